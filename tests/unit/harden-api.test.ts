/**
 * Hostile input at the API boundary (issue 13): each refusal is a VALIDATION message in words,
 * never INTERNAL.
 */
import { describe, expect, it } from 'vitest';
import { fails, ok, notebookPerTest, openTestNotebook, type TestNotebook } from './notebook-helpers';

/** A Lexical document whose paragraph holds `depth` nested quotes. */
function nestedDoc(depth: number): unknown {
  let node: Record<string, unknown> = { type: 'text', text: 'deep' };
  for (let i = 0; i < depth; i++) node = { type: 'quote', children: [node] };
  return { root: { type: 'root', children: [node] } };
}

describe('API input checks', () => {
  let nb: TestNotebook;
  notebookPerTest(openTestNotebook, (opened) => (nb = opened));

  it('says what was wrong with a value of the wrong type, not that it is missing', async () => {
    const error = await fails(nb.api, 'sources.get', { id: 0 });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe('“id” must be text.');
    const missing = await fails(nb.api, 'sources.get', {});
    expect(missing.message).toBe('“id” is missing.');
    const list = await fails(nb.api, 'audit.list', { limit: 'ten' });
    expect(list.message).toBe('“limit” must be a number.');
  });

  it('refuses a brief nested thousands of levels deep with a VALIDATION message, and keeps a deep but sane one', async () => {
    const { brief } = await ok(nb.api, 'briefs.create', { title: 'Deep' });
    for (const depth of [3_000, 4_000]) {
      const error = await fails(nb.api, 'briefs.save', { id: brief.id, title: 'Deep', doc: nestedDoc(depth) });
      expect(error.code).toBe('VALIDATION');
      expect(error.message).toMatch(/^The brief is nested too deeply \(more than \d+ levels\)/);
    }
    const saved = await ok(nb.api, 'briefs.save', { id: brief.id, title: 'Deep', doc: nestedDoc(50) });
    expect(saved.brief.doc).toEqual(nestedDoc(50));
  });
});
