/**
 * Search through the real dispatch on a real notebook: where hits land (the match the snippet
 * shows), how many matches each holds, the total, and the matches the reader steps through; what
 * it finds (sources, claims by statement or comment), FTS syntax typed by accident, and the index
 * kept in step with claim edits.
 */
import { describe, expect, it } from 'vitest';
import { ok, notebookPerTest, openSeededNotebook, type TestNotebook } from './notebook-helpers';

let nb: TestNotebook;
let seedId: string;
let text: string;
notebookPerTest(openSeededNotebook, (opened) => ({ seedId, seedText: text, ...nb } = opened));

const POLONEZ = 'Polonez-M missile systems from Belarus, with a range of 300 km';

const search = (query: string, extra: { limit?: number; offset?: number; kinds?: ('source' | 'claim' | 'brief')[] } = {}) =>
  ok(nb.api, 'search.query', { query, ...extra });
const matchesIn = async (sourceId: string, query: string) => (await ok(nb.api, 'search.matches', { sourceId, query })).matches;

/** The snippet's first marked words, as the palette shows them. */
const shownWords = (snippet: string) => /\[\[(.*?)\]\]/.exec(snippet)?.[1];

async function importText(fileName: string, body: string) {
  const { source } = await ok(nb.api, 'sources.import', { fileName, data: Buffer.from(body, 'utf8').toString('base64') });
  return source.id;
}

describe('search hits land on the words the snippet shows', () => {
  it('a word: offsets slice back to the marked word, and every match is counted', async () => {
    const { hits, total } = await search('Borchuk');
    const hit = hits.find((h) => h.id === seedId)!;
    expect(text.slice(hit.start!, hit.end!)).toBe(shownWords(hit.snippet));
    const occurrences = text.match(/Borchuk/g)!.length;
    expect(hit.matches).toBe(occurrences);
    expect(total).toBe(hits.length);
    const all = await matchesIn(seedId, 'Borchuk');
    expect(all).toHaveLength(occurrences);
    expect(all.map((m) => text.slice(m.start, m.end))).toEqual(Array(occurrences).fill('Borchuk'));
    expect(all).toContainEqual({ start: hit.start, end: hit.end });
  });

  it('a phrase lands on the phrase, not on its first word elsewhere', async () => {
    const phrase = 'Cuban president';
    const firstWordAlone = text.search(/\bCuban\b(?! president)/);
    const phraseAt = text.indexOf(phrase);
    expect(firstWordAlone).toBeGreaterThanOrEqual(0);
    expect(firstWordAlone).toBeLessThan(phraseAt); // the trap: "Cuban" alone comes first
    const { hits } = await search(`"${phrase}"`);
    const hit = hits.find((h) => h.id === seedId)!;
    expect(text.slice(hit.start!, hit.end!)).toBe(phrase);
    expect(shownWords(hit.snippet)).toBe(phrase);
    const all = await matchesIn(seedId, `"${phrase}"`);
    expect(all.every((m) => text.slice(m.start, m.end).toLowerCase() === phrase.toLowerCase())).toBe(true);
    expect(hit.matches).toBe(all.length);
  });

  it('a prefix matches whole words, in any case', async () => {
    const { hits } = await search('sanction*');
    const hit = hits.find((h) => h.id === seedId)!;
    const words = (await matchesIn(seedId, 'sanction*')).map((m) => text.slice(m.start, m.end));
    expect(words.length).toBe(text.match(/\bsanction\w*/gi)!.length);
    for (const w of words) expect(w).toMatch(/^sanction\w*$/i);
    expect(text.slice(hit.start!, hit.end!)).toMatch(/^sanction\w*$/i);
    expect(hit.matches).toBe(words.length);
  });

  it('diacritics and case are ignored: alvaro lopez lands on Álvaro', async () => {
    const { hits } = await search('alvaro LOPEZ');
    const hit = hits.find((h) => h.id === seedId)!;
    expect(['Álvaro', 'López']).toContain(text.slice(hit.start!, hit.end!));
    const words = (await matchesIn(seedId, 'alvaro lopez')).map((m) => text.slice(m.start, m.end));
    expect(new Set(words)).toEqual(new Set(['Álvaro', 'López']));
    expect(hit.matches).toBe(words.length);
  });

  it('offsets are UTF-16 units past emoji and other surrogate pairs', async () => {
    const body = 'Report 🛰️ on 𝒳 units.\n\nThe 🚀 launcher reached Havana 🇨🇺 before the Havana talks.\n';
    const id = await importText('emoji.txt', body);
    const sourceText = (await ok(nb.api, 'sources.text', { id })).text;
    const { hits } = await search('havana', { kinds: ['source'] });
    const hit = hits.find((h) => h.id === id)!;
    expect(sourceText.slice(hit.start!, hit.end!)).toBe('Havana');
    expect(hit.matches).toBe(2);
    const all = await matchesIn(id, 'havana');
    expect(all.map((m) => sourceText.slice(m.start, m.end))).toEqual(['Havana', 'Havana']);
    expect(all[0].start).toBe(sourceText.indexOf('Havana'));
  });

  it('a text holding the control characters FTS5 markers could use still places its matches', async () => {
    const id = await importText('controls.txt', 'Odd \u0002bytes\u0003 around: \uFDD0 Minsk \uFDD1 then Minsk again.\n');
    const sourceText = (await ok(nb.api, 'sources.text', { id })).text;
    const all = await matchesIn(id, 'minsk');
    expect(all.map((m) => sourceText.slice(m.start, m.end))).toEqual(['Minsk', 'Minsk']);
  });
});

describe('claim hits', () => {
  it('point into the statement, count its matches, and keep the claim id', async () => {
    const quote = 'Polonez-M missile systems from Belarus, with a range of 300 km';
    const statement = 'Cuba wants Belarusian rocket launchers; rocket range matters';
    const { claim } = await ok(nb.api, 'claims.create', { sourceId: seedId, quote, statement, comment: 'ask a weapons analyst' });
    const { hits } = await search('rocket', { kinds: ['claim'] });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ kind: 'claim', id: claim.id, sourceId: seedId, matches: 2 });
    expect(statement.slice(hits[0].start!, hits[0].end!)).toBe('rocket');
    // words only in the comment: a hit, but no place in the statement
    const byComment = (await search('weapons analyst', { kinds: ['claim'] })).hits;
    expect(byComment.map((h) => [h.id, h.start, h.end, h.matches])).toEqual([[claim.id, null, null, 0]]);
  });
});

describe('total and pages', () => {
  it('counts every hit, not only the page, and pages through them in order', async () => {
    for (let i = 0; i < 7; i++) await importText(`note-${i}.txt`, `Field note ${i}: the okapi was seen ${i + 1} times near the okapi reserve.\n`);
    const all = await search('okapi', { limit: 100 });
    expect(all.total).toBe(7);
    expect(all.hits).toHaveLength(7);
    const first = await search('okapi', { limit: 3 });
    const second = await search('okapi', { limit: 3, offset: 3 });
    expect(first.total).toBe(7);
    expect(second.total).toBe(7);
    expect([...first.hits, ...second.hits].map((h) => h.id)).toEqual(all.hits.slice(0, 6).map((h) => h.id));
    for (const h of all.hits) expect(h.matches).toBe(2);
    expect((await search('okapi', { kinds: ['claim'] })).total).toBe(0);
  });

  it('answers an empty result with total 0, and refuses an unknown source for matches', async () => {
    expect(await search('zzyzzyva')).toEqual({ hits: [], total: 0 });
    const result = await nb.api.dispatch('search.matches', { sourceId: 'src_doesnotexist', query: 'x' });
    expect(result.ok).toBe(false);
  });
});

describe('search', () => {
  it('finds sources and claims, with snippets and the passage’s position', async () => {
    const { hits } = await ok(nb.api, 'search.query', { query: 'Borchuk' });
    expect(hits[0]).toMatchObject({ kind: 'source', id: seedId, sourceId: seedId });
    expect(hits[0].snippet).toContain('[[Borchuk]]');
    expect(text.slice(hits[0].start!, hits[0].end!)).toBe('Borchuk');

    const { claim } = await ok(nb.api, 'claims.create', { sourceId: seedId, quote: POLONEZ, statement: 'Cuba wants Belarusian rocket launchers', comment: 'ask a weapons analyst' });
    // matched by its comment only: the hit opens the claim, with no place in the statement
    const claimHits = (await ok(nb.api, 'search.query', { query: 'weapons analyst', kinds: ['claim'] })).hits;
    expect(claimHits.map((h) => [h.kind, h.id, h.start, h.end])).toEqual([['claim', claim.id, null, null]]);
  });

  it('ignores diacritics and case, and never fails on FTS syntax typed by accident', async () => {
    const { hits } = await ok(nb.api, 'search.query', { query: 'alvaro LOPEZ' });
    expect(hits[0].id).toBe(seedId);
    expect(text.slice(hits[0].start!, hits[0].end!)).toBe('Álvaro');
    for (const q of ['Polonez-M', '"300 km"', 'U.S. AND (Cuba', 'NEAR(', '*', 'column:value', 'Borch*']) {
      const result = await nb.api.dispatch('search.query', { query: q });
      expect(result.ok, q).toBe(true);
    }
    expect((await ok(nb.api, 'search.query', { query: 'Borch*' })).hits.length).toBeGreaterThan(0);
    expect((await ok(nb.api, 'search.query', { query: '"range of 300 km"' })).hits[0].id).toBe(seedId);
    expect((await ok(nb.api, 'search.query', { query: '"300 km range"' })).hits).toEqual([]);
  });

  it('keeps the index in step with claim edits', async () => {
    const { claim } = await ok(nb.api, 'claims.create', { sourceId: seedId, quote: POLONEZ, statement: 'zebra statement' });
    expect((await ok(nb.api, 'search.query', { query: 'zebra' })).hits).toHaveLength(1);
    await ok(nb.api, 'claims.update', { id: claim.id, patch: { statement: 'giraffe statement' } });
    expect((await ok(nb.api, 'search.query', { query: 'zebra' })).hits).toHaveLength(0);
    expect((await ok(nb.api, 'search.query', { query: 'giraffe' })).hits).toHaveLength(1);
    await ok(nb.api, 'claims.delete', { id: claim.id });
    expect((await ok(nb.api, 'search.query', { query: 'giraffe' })).hits).toHaveLength(0);
  });
});
