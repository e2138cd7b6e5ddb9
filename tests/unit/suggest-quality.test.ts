/**
 * Quality of the suggested claims, measured on passages an analyst marked by hand
 * (tests/fixtures/suggestions/): how many of them the top suggestions cover.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { anchorFromQuote } from '../../src-main/core/anchoring';
import { fixture } from '../helpers';
import { importFixture, ok, openTestNotebook, type TestNotebook } from './notebook-helpers';

interface Marked {
  fixture: string[];
  top: number;
  atLeast: number;
  passages: { quote: string; why: string }[];
}

const opened: TestNotebook[] = [];
afterEach(() => opened.splice(0).forEach((nb) => nb.close()));

/** A suggestion covers a passage when it contains it or overlaps at least 60% of it. */
function covers(s: { start: number; end: number }, p: { start: number; end: number }): boolean {
  const overlap = Math.min(s.end, p.end) - Math.max(s.start, p.start);
  return overlap >= 0.6 * (p.end - p.start);
}

async function measure(file: string) {
  const marked = JSON.parse(readFileSync(fixture('suggestions', file), 'utf8')) as Marked;
  const nb = openTestNotebook();
  opened.push(nb);
  const sourceId = (await importFixture(nb.api, ...marked.fixture)).source.id;
  const { text } = await ok(nb.api, 'sources.text', { id: sourceId });
  const { suggestions } = await ok(nb.api, 'suggestions.list', { sourceId, limit: marked.top });
  const missed = marked.passages.filter((p) => {
    const passage = anchorFromQuote(text, { quote: p.quote });
    return !suggestions.some((s) => covers(s, passage));
  });
  return { marked, suggestions, text, covered: marked.passages.length - missed.length, missed };
}

describe('suggested claims cover what an analyst marks as check-worthy', () => {
  it('the seed report: at least 12 of the 15 hand-marked passages are in the top 25', async () => {
    const { marked, covered, missed } = await measure('seed-checkworthy.json');
    expect(marked.passages).toHaveLength(15);
    expect(covered, `missed: ${missed.map((m) => m.quote).join(' | ')}`).toBeGreaterThanOrEqual(marked.atLeast);
  });

  it('a White House sanctions fact sheet, written differently: at least 6 of 8 in the top 12', async () => {
    const { marked, covered, missed } = await measure('topic-sanctions-fact-sheet.json');
    expect(covered, `missed: ${missed.map((m) => m.quote).join(' | ')}`).toBeGreaterThanOrEqual(marked.atLeast);
  });

  it('explains each suggestion by its kinds, and ranks questions, page furniture and calls to action low', async () => {
    const { suggestions, text } = await measure('seed-checkworthy.json');
    const find = (start: string) => suggestions.find((s) => s.exact.startsWith(start));
    expect(find('The distance between Cuba and the U.S.')?.kinds).toContain('quantity');
    expect(find('On January 1, 2025, Lukashenko stated')?.kinds).toEqual(expect.arrayContaining(['date', 'attribution', 'quote']));
    expect(find('For the first time')?.kinds).toContain('superlative');
    expect(find('Between 2013 and 2015')?.kinds).toEqual(expect.arrayContaining(['date', 'sanction']));
    for (const s of suggestions) {
      expect(s.kinds.length).toBeGreaterThan(0);
      expect(s.score).toBeGreaterThan(0);
      expect(s.score).toBeLessThanOrEqual(1);
      expect(text.slice(s.start, s.end)).toBe(s.exact);
      expect(s.exact.trim().endsWith('?')).toBe(false);
      expect(s.exact).not.toMatch(/^(top of page|Comments|bottom of page)/);
      expect(s.exact).not.toMatch(/must act now/);
    }
    const scores = suggestions.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});
