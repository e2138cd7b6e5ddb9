/** Sentences as the suggester cuts them, on the seed report's real text. */
import { describe, expect, it } from 'vitest';
import { sentences } from '../../src-main/core/sentences';
import { openSeededNotebook } from './notebook-helpers';

describe('sentences of a source', () => {
  it('cuts the seed report at sentence ends, not after “U.S.”, and keeps headings and captions apart', async () => {
    const nb = await openSeededNotebook();
    try {
      const text = nb.seedText;
      const all = sentences(text).map((s) => text.slice(s.start, s.end));
      expect(all).toContain('On January 30, 2025, U.S. Secretary of State Marco Rubio, the son of Cuban immigrants, stated:');
      expect(all).toContain('Between 2013 and 2015, he worked for Beltechexport, one of Belarus\'s leading arms exporters, which is already under U.S. and EU sanctions.');
      expect(all).toContain('How Will the U.S. React?');
      // A caption is a sentence of its own, not the start of the paragraph after it.
      expect(all).toContain('Marco Rubio, U.S. Secretary of State');
      expect(all.some((s) => s.startsWith('Marco Rubio, U.S. Secretary of State') && s.length > 40)).toBe(false);
      for (const s of sentences(text)) {
        expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
        expect(text.slice(s.start, s.end)).not.toContain('\n\n');
      }
    } finally {
      nb.close();
    }
  });

  it('keeps initials, titles and abbreviations inside their sentence', () => {
    const text = 'Mr. Reeves met Gen. J. Smith in Jan. 2020 at the U.N. offices. Then he left.';
    expect(sentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['Mr. Reeves met Gen. J. Smith in Jan. 2020 at the U.N. offices.', 'Then he left.']);
  });
});
