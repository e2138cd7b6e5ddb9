/**
 * Data exports of the seed notebook read back by real readers: CSL-JSON against the CSL schema,
 * BibTeX with @retorquere/bibtex-parser, RIS and CSV with small readers written here (no
 * well-kept RIS parser on npm runs on Node 20: citation-js's core needs Node 22). Hostile
 * content must survive as plain data, and CSV cells must not start a formula. Also: citeproc
 * renders manubot's real CSL-JSON records in both shipped styles.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Source } from '../../src-main/contract/domain';
import { formatBibliography } from '../../src-main/exporters/bibliography';
import type { CslItem } from '../../src-main/exporters/csl-items';
import { runsText } from '../../src-main/exporters/rich-text';
import { fixture } from '../helpers';
import { HOSTILE_STATEMENT, HOSTILE_TITLE, buildSeed, ok, type Seed } from './export-seed';

let seed: Seed;
let sources: Source[];

async function exported(format: 'csl' | 'bibtex' | 'ris' | 'csv', extra: Record<string, unknown> = {}): Promise<string> {
  const out = await ok(seed.api, 'exports.render', { format, ...extra });
  return Buffer.from(out.data, 'base64').toString('utf8');
}

/** RIS: "TY  - value" lines; a record runs from TY to ER. */
function readRis(text: string): Record<string, string[]>[] {
  const records: Record<string, string[]>[] = [];
  let current: Record<string, string[]> | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const m = line.match(/^([A-Z][A-Z0-9]) {2}- ?(.*)$/);
    if (!m) throw new Error(`not a RIS line: ${line}`);
    const [, tag, value] = m;
    if (tag === 'TY') current = {};
    if (!current) throw new Error(`${tag} before TY`);
    (current[tag] ??= []).push(value);
    if (tag === 'ER') {
      records.push(current);
      current = null;
    }
  }
  if (current) throw new Error('a record has no ER');
  return records;
}

/** RFC 4180: fields split on commas, quoted fields may hold commas, "" and line breaks. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endRow();
      i++;
    } else if (c === '"' || c === '\n' || c === '\r') throw new Error(`stray ${JSON.stringify(c)} at ${i}`);
    else field += c;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field || row.length) endRow();
  return rows;
}

beforeAll(async () => {
  seed = await buildSeed();
  sources = (await ok(seed.api, 'sources.list', {})).sources.map((s) => s as Source);
}, 60_000);
afterAll(() => seed?.cleanup());

describe('CSL-JSON', () => {
  it('validates against the CSL schema and holds every source', async () => {
    const items = JSON.parse(await exported('csl')) as CslItem[];
    const ajv = new Ajv({ allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(fixture('csl', 'schema', 'csl-data.json'), 'utf8')));
    expect(validate(items), JSON.stringify(validate.errors)).toBe(true);
    expect(items.map((i) => i.id).sort()).toEqual(sources.map((s) => s.id).sort());
    expect(items.map((i) => i.title)).toContain(HOSTILE_TITLE);
    const eo = items.find((i) => i.title.startsWith('Executive Order on Blocking'));
    expect(eo).toMatchObject({ type: 'webpage', issued: { 'date-parts': [[2021, 8, 9]] } });
    expect(eo?.URL).toMatch(/^https:\/\/bidenwhitehouse\.archives\.gov\//);
    const seedItem = items.find((i) => i.title.startsWith('Lukashenko and Cuba'));
    expect(seedItem?.author).toEqual([{ given: 'Pavel', family: 'Latushka' }]);
  });

  it('with a scope, only the sources the claims cite', async () => {
    const claim = seed.claims[0];
    const items = JSON.parse(await exported('csl', { scope: { claimIds: [claim.id] } })) as CslItem[];
    const cited = new Set([claim.sourceId, ...seed.links.filter((l) => l.claimId === claim.id).map((l) => l.sourceId)]);
    expect(new Set(items.map((i) => i.id))).toEqual(cited);
  });
});

describe('BibTeX', () => {
  it('parses with the right number of entries and the titles as they are', async () => {
    const bib = await exported('bibtex');
    // english: false reads titles as written (by default the parser sentence-cases them as Zotero would).
    const parsed = parseBibtex(bib, { english: false });
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries).toHaveLength(sources.length);
    const titles = parsed.entries.map((e) => String(e.fields.title));
    for (const s of sources) expect(titles).toContain(s.title);
    const keys = parsed.entries.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    const eo = parsed.entries.find((e) => String(e.fields.title).startsWith('Executive Order on Blocking'));
    expect(String(eo?.fields.url)).toMatch(/^https:\/\/bidenwhitehouse/);
    expect(String(eo?.fields.note)).toContain('6d4719649eed7ce1a1cbccbf2ddb73b37248a3b3a1b7e0753a7bf35dff6d0b4f');
  });
});

describe('RIS', () => {
  it('reads back: one record per source, TY first, ER last, titles and SHA-256 intact', async () => {
    const ris = await exported('ris');
    const records = readRis(ris);
    expect(records).toHaveLength(sources.length);
    for (const s of sources) {
      const record = records.find((r) => r.ID?.[0] === s.id);
      expect(record?.TI).toEqual([s.title]);
      expect(record?.N1?.[0]).toContain(s.sha256);
    }
    expect(ris.split(/\r\n/).filter((l) => l.startsWith('TY  - '))).toHaveLength(sources.length);
  });
});

describe('CSV', () => {
  it('one row per claim, counts by relation, and no cell a spreadsheet would run as a formula', async () => {
    const csv = await exported('csv');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = readCsv(csv.slice(1));
    expect(header).toEqual(['id', 'statement', 'status', 'credibility', 'likelihood', 'event_date', 'tags', 'source_title', 'quote', 'supports', 'contradicts', 'context']);
    expect(rows).toHaveLength(seed.claims.length);
    for (const claim of seed.claims) {
      const row = rows.find((r) => r[0] === claim.id) as string[];
      expect(row[1].replace(/^'/, '')).toBe(claim.statement);
      expect(row[8]).toBe(claim.exact);
      expect(row.slice(9).map(Number)).toEqual([claim.evidenceCounts.supports, claim.evidenceCounts.contradicts, claim.evidenceCounts.context]);
    }
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const hostile = rows.find((r) => r[1].includes('HYPERLINK')) as string[];
    expect(hostile[1]).toBe(HOSTILE_STATEMENT);
    const formula = seed.claims.find((c) => c.statement === HOSTILE_STATEMENT);
    expect(formula).toBeDefined();
  });

  it('a statement starting with = is prefixed with an apostrophe', async () => {
    await ok(seed.api, 'claims.update', { id: seed.claims[3].id, patch: { statement: '=HYPERLINK("http://evil.example","x")' } });
    const rows = readCsv((await exported('csv')).slice(1));
    expect(rows.find((r) => r[0] === seed.claims[3].id)?.[1]).toBe('\'=HYPERLINK("http://evil.example","x")');
    await ok(seed.api, 'claims.update', { id: seed.claims[3].id, patch: { statement: seed.claims[3].statement } });
  });
});

describe('citeproc with the shipped styles on real CSL-JSON (manubot)', () => {
  const root = fixture('csl', 'csl-json-samples', 'manubot');
  const cases = readdirSync(root).filter((d) => d !== 'empty-csl' && !d.includes('.'));
  it.each(cases)('%s renders non-empty and the same twice, in APA and Chicago', (name) => {
    const items = JSON.parse(readFileSync(join(root, name, 'pruned.json'), 'utf8')) as CslItem[];
    for (const style of ['apa', 'chicago'] as const) {
      const first = formatBibliography(items, style).map((e) => runsText(e.runs));
      const second = formatBibliography(items, style).map((e) => runsText(e.runs));
      expect(first).toHaveLength(items.length);
      for (const entry of first) expect(entry.trim().length).toBeGreaterThan(0);
      expect(second).toEqual(first);
      if (items[0].title) expect(first.join(' ').toLowerCase()).toContain(items[0].title.slice(0, 20).toLowerCase());
    }
  });
});
