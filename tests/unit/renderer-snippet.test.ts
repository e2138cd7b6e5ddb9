/** Search snippets from the real search index turned into plain and matched runs, never markup. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSnippet } from '../../src-renderer/panels/search/snippet';
import { importFixture, ok, openTestNotebook, SEED, type TestNotebook } from './notebook-helpers';

let nb: TestNotebook;
beforeAll(async () => {
  nb = openTestNotebook();
  await importFixture(nb.api, ...SEED);
});
afterAll(() => nb.close());

describe('search snippets', () => {
  it('marks exactly the matched words of a real hit, and keeps all the other text', async () => {
    const [hit] = (await ok(nb.api, 'search.query', { query: 'Borchuk' })).hits;
    const parts = parseSnippet(hit.snippet);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toContain('Borchuk');
    expect(parts.map((p) => p.text).join('')).toBe(hit.snippet.replaceAll('[[', '').replaceAll(']]', ''));
  });

  it('leaves angle brackets and unbalanced markers as text', () => {
    expect(parseSnippet('<img src=x onerror=alert(1)> [[Borchuk]] and [[open')).toEqual([
      { text: '<img src=x onerror=alert(1)> ', match: false },
      { text: 'Borchuk', match: true },
      { text: ' and [[open', match: false },
    ]);
    expect(parseSnippet('[[a]][[b]]')).toEqual([{ text: 'ab', match: true }]);
    expect(parseSnippet('')).toEqual([]);
  });
});
