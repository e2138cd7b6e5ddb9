/**
 * Importing W3C Web Annotations and Hypothesis JSON: our own export re-imported onto a fresh
 * notebook with the same sources (claims back at the same offsets), an edited source giving an
 * orphan, the W3C "incorrect" examples each refused for their labelled defect with nothing created,
 * the "correct" ones accepted as well-formed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../src-main/api/dispatch';
import { openNotebook, type Notebook } from '../../src-main/store/db';
import { readFixture, tempDir } from '../helpers';
import { buildSeed, importSources, ok, SEED_FILE, type Seed } from './export-seed';
import { EXAMPLES } from './export-w3c-suite';

let seed: Seed;
let exported: string;
const opened: { notebook: Notebook; cleanup: () => void }[] = [];

function freshNotebook(): Api {
  const { dir, cleanup } = tempDir('casebook-anno-');
  const notebook = openNotebook(join(dir, 'fresh.casebook'));
  opened.push({ notebook, cleanup });
  return createApi(notebook);
}

const importFile = (api: Api, fileName: string, text: string) => api.call('annotations.import', { fileName, data: Buffer.from(text).toString('base64') });

beforeAll(async () => {
  seed = await buildSeed();
  const out = await ok(seed.api, 'exports.render', { format: 'w3c' });
  exported = Buffer.from(out.data, 'base64').toString('utf8');
}, 60_000);

afterAll(() => {
  seed?.cleanup();
  for (const o of opened) {
    o.notebook.close();
    o.cleanup();
  }
});

describe('our own export, re-imported', () => {
  it('recreates every claim at the same offsets, with its grades and tags, and every evidence link', async () => {
    const api = freshNotebook();
    await importSources(api);
    const result = await ok(api, 'annotations.import', { fileName: 'belarus-cuba-annotations.jsonld', data: Buffer.from(exported).toString('base64') });
    expect(result.orphans).toEqual([]);
    expect(result.errors).toEqual([]);
    expect(result.created).toHaveLength(seed.claims.length);
    expect(result.links).toHaveLength(seed.links.length);
    const strip = (c: (typeof seed.claims)[number]) => ({
      start: c.start,
      end: c.end,
      exact: c.exact,
      statement: c.statement,
      status: c.status,
      credibility: c.credibility,
      likelihood: c.likelihood,
      eventDate: c.eventDate,
      tags: c.tags,
      comment: c.comment,
      evidenceCounts: c.evidenceCounts,
    });
    const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;
    expect(result.created.map(strip).sort(byStart)).toEqual(seed.claims.map(strip).sort(byStart));
    const link = (l: (typeof seed.links)[number]) => [l.start, l.end, l.exact, l.relation, l.note].join('|');
    expect(result.links.map(link).sort()).toEqual(seed.links.map(link).sort());
    expect((await ok(api, 'notebook.verify', {})).problems).toEqual([]);

    const again = await ok(api, 'annotations.import', { fileName: 'again.jsonld', data: Buffer.from(exported).toString('base64') });
    expect(again.created).toEqual([]);
    expect(again.errors.every((e) => /already in this notebook/.test(e.reason))).toBe(true);
  });

  it('onto an edited copy of the source: the changed passage is an orphan, the others re-anchor', async () => {
    const origin = 'https://example.org/latushka-report';
    const original = readFixture('reports', SEED_FILE).toString('utf8');
    const a = freshNotebook();
    const { source } = await ok(a, 'sources.import', { fileName: SEED_FILE, data: Buffer.from(original).toString('base64'), origin });
    const kept = await ok(a, 'claims.create', { sourceId: source.id, quote: 'Washington has long kept Belarus on its sanctions list' });
    const changed = await ok(a, 'claims.create', { sourceId: source.id, quote: 'with a range of 300 km', statement: 'Polonez-M reaches 300 km' });
    const out = await ok(a, 'exports.render', { format: 'w3c' });

    const edited = `Editor’s note added at the top.\n\n${original.replace('with a range of 300 km', 'with a range of about 290 kilometres, it is said')}`;
    const b = freshNotebook();
    const { source: copy } = await ok(b, 'sources.import', { fileName: 'edited.txt', data: Buffer.from(edited).toString('base64'), origin });
    const result = await ok(b, 'annotations.import', { fileName: 'report.jsonld', data: out.data });
    expect(result.created).toHaveLength(1);
    expect(result.created[0].exact).toBe(kept.claim.exact);
    const { text } = await ok(b, 'sources.text', { id: copy.id });
    expect(text.slice(result.created[0].start, result.created[0].end)).toBe(kept.claim.exact);
    expect(result.created[0].start).not.toBe(kept.claim.start);
    expect(result.orphans).toEqual([expect.objectContaining({ annotation: expect.stringContaining(changed.claim.id), sourceId: copy.id, quote: 'with a range of 300 km' })]);
  });
});

describe('annotations from elsewhere', () => {
  it('Hypothesis API JSON (a search result) becomes claims on the matching web source', async () => {
    const api = freshNotebook();
    const sources = await importSources(api);
    const eo = [...sources.values()].find((s) => s.title.startsWith('Executive Order on Blocking')) as { origin: string; id: string };
    const hypothesis = {
      total: 2,
      rows: [
        {
          id: 'Ab12Cd34',
          uri: eo.origin,
          text: 'Covers the arms trade.',
          tags: ['sanctions', 'status:supported'],
          target: [{ source: eo.origin, selector: [{ type: 'TextQuoteSelector', exact: 'defense and related materiel sector', prefix: 'have operated in the ', suffix: ', security sector' }] }],
        },
        { id: 'PageNote1', uri: eo.origin, text: 'A page note', tags: [], target: [{ source: eo.origin }] },
      ],
    };
    const result = await ok(api, 'annotations.import', { fileName: 'hypothesis.json', data: Buffer.from(JSON.stringify(hypothesis)).toString('base64') });
    expect(result.created).toHaveLength(1);
    expect(result.created[0]).toMatchObject({ sourceId: eo.id, exact: 'defense and related materiel sector', status: 'supported', tags: ['sanctions'], comment: 'Covers the arms trade.' });
    expect(result.errors).toEqual([expect.objectContaining({ annotation: expect.stringContaining('PageNote1'), reason: expect.stringMatching(/page note/) })]);
  });

  it('every correct W3C example is accepted as well formed (and skipped: its source is not here)', async () => {
    const api = freshNotebook();
    for (const folder of ['wd2-2016-11-examples/correct', 'cr-2016-06-examples-json']) {
      for (const name of readdirSync(join(EXAMPLES, folder)).filter((f) => /^anno\d+\.json$/.test(f))) {
        const result = await importFile(api, name, readFileSync(join(EXAMPLES, folder, name), 'utf8'));
        expect(result.ok, `${folder}/${name}: ${result.ok ? '' : result.error.message}`).toBe(true);
        if (result.ok) expect(result.value.created).toEqual([]);
      }
    }
  });
});

/** What each incorrect example's refusal must name (its label says what is wrong with it). */
const EXPECTED_REASON: Record<string, RegExp> = {
  'No context': /no @context/,
  'Bad context': /“@context” must include/,
  'bad id': /“id” must be one IRI/,
  'multiple identifiers': /“id” must be one IRI, not 2/,
  'no type': /no type/,
  'bad type': /“type” must be Annotation/,
  'no target': /no target/,
  'bad target': /“target” must be an IRI/,
  'bad body': /“body” must be an IRI/,
  'bad body id': /“body\.id” must be one IRI/,
  'bad format': /“body\.format” must be a media type/,
  // The example misspells the key ("langauage"), so only its two-valued id is wrong.
  'bad language': /“id” must be one IRI, not 2/,
  'bad text direction': /“body\.textDirection” must be ltr, rtl or auto/,
  'no value for textual body': /textual body \(“body”\) has no value/,
  'bad value for textual body': /must have one piece of text as its value/,
  'body and bodyValue': /both a body and a bodyValue/,
  'bad bodyValue': /“bodyValue” must be one piece of text/,
  'Too many composite types (choice? list?)': /Choice and a List at once/,
  'too many processing languages': /“body\.processingLanguage” must be one language/,
  'Uninterpretable body (choice? list?)': /not a resource the model recognises/,
  'bad creator': /“creator” must be a person or software/,
  'bad generator': /“generator” must be a person or software/,
  'bad created': /“(created|modified|generated)” must be (one date and time|a date and time)/,
  'bad rights': /“rights” must be the IRI of a licence/,
  'bad via': /“via” must be an IRI/,
  'bad canonical': /“canonical” must be one IRI/,
  'no source for specific resource': /specific resource \(“target”\) has no “source”/,
  'no value for Fragment Selector': /FragmentSelector \(“target\.selector”\) has no value/,
  'multiple values for Fragment Selector': /“target\.selector\.value” must be one piece of text/,
  'multiple conformsTo for Fragment Selector': /“target\.selector\.conformsTo” must be one IRI/,
};

describe('the W3C incorrect examples', () => {
  const folder = join(EXAMPLES, 'wd2-2016-11-examples', 'incorrect');
  const files = readdirSync(folder).filter((f) => /^anno\d+\.json$/.test(f));

  it('each is refused with a reason in words, and nothing at all is created', async () => {
    const api = freshNotebook();
    await importSources(api);
    const before = await ok(api, 'notebook.info', {});
    expect(files).toHaveLength(40);
    for (const name of files) {
      const text = readFileSync(join(folder, name), 'utf8');
      const result = await importFile(api, name, text);
      expect(result.ok, name).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.message).toContain(`“${name}”`);
      expect(result.error.message).toMatch(/Nothing was imported\.$/);
      let label: string | null = null;
      try {
        label = (JSON.parse(text) as { label?: string }).label ?? null;
      } catch {
        expect(result.error.message, name).toMatch(name === 'anno1.json' ? /is not a JSON file/ : /comma before a closing bracket on line \d+/);
      }
      if (label) expect(result.error.message, `${name} (${label})`).toMatch(EXPECTED_REASON[label]);
      if (name === 'anno2.json') expect(result.error.message).toMatch(/empty JSON object/);
    }
    expect((await ok(api, 'notebook.info', {})).counts).toEqual(before.counts);
  });

  it('the trailing-comma ones, comma removed, are still refused for their labelled defect', async () => {
    const api = freshNotebook();
    for (const name of files) {
      const text = readFileSync(join(folder, name), 'utf8');
      if (name === 'anno1.json' || !/,\s*[}\]]/.test(text)) continue;
      const fixed = text.replace(/,(\s*[}\]])/g, '$1');
      const { label } = JSON.parse(fixed) as { label: string };
      const result = await importFile(api, name, fixed);
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect(result.error.message, `${name} (${label})`).toMatch(EXPECTED_REASON[label]);
    }
  });

  it('contents that did not arrive as base64 are refused before anything is read', async () => {
    const result = await freshNotebook().call('annotations.import', { fileName: 'x.jsonld', data: 'not base64!' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/did not arrive intact/) } });
  });

  it('a file with one good and one malformed annotation imports nothing', async () => {
    const api = freshNotebook();
    await importSources(api);
    const collection = JSON.parse(exported) as { first: { items: Record<string, unknown>[] } };
    const good = collection.first.items[0];
    const bad = { ...collection.first.items[1], created: 'yesterday' };
    const result = await importFile(api, 'mixed.jsonld', JSON.stringify([good, bad]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/annotation 2 \(urn:casebook:claim:clm_\w+\): its “created” must be a date and time/);
    expect((await ok(api, 'notebook.info', {})).counts.claims).toBe(0);
  });
});
