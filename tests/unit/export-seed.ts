/**
 * A brief of the seed report for the export tests, built through the real API in a temp notebook:
 * the seed, the White House texts and two Wikipedia articles imported; six claims made by quote on
 * the seed, each with evidence from the topic fixtures linked by quote; a brief document that refers
 * to claims; and hostile content (script tags, javascript: links, spreadsheet formulas) in a source
 * title, a claim statement, a comment, an evidence note and the brief.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createApi, type Api } from '../../src-main/api/dispatch';
import type { Claim, EvidenceLink, SourceSummary } from '../../src-main/contract/domain';
import type { MethodInput } from '../../src-main/contract/methods';
import { openNotebook, type Notebook } from '../../src-main/store/db';
import { fixture, readFixture, tempDir } from '../helpers';
import { ok } from '../api-call';
export { ok };

export const HOSTILE_STATEMENT = '<script>alert(1)</script> Cuba is [close](javascript:alert(1)) =HYPERLINK("http://evil.example","click")';
export const HOSTILE_TITLE = 'Statement on Belarus <script>alert("title")</script> ](javascript:alert(2)) =cmd|\' /C calc\'!A0';
export const HOSTILE_NOTE = '<img src=x onerror=alert(3)> @SUM(1+1) {\\bf}';

export const SEED_FILE = '000_f21f05dd4cd8cb1c.txt';
export const WHITE_HOUSE = readdirSync(fixture('topic', 'us-gov-whitehouse')).filter((f) => f.endsWith('.md'));
export const WIKIPEDIA = ['Armed_Forces_of_Belarus.md', 'Foreign_relations_of_Belarus.md'];


export interface Seed {
  dir: string;
  notebook: Notebook;
  api: Api;
  /** Sources by file name. */
  sources: Map<string, SourceSummary>;
  claims: Claim[];
  links: EvidenceLink[];
  cleanup(): void;
}

/** Imports the seed, the White House texts and the Wikipedia articles into a notebook. */
export async function importSources(api: Api): Promise<Map<string, SourceSummary>> {
  const files = [
    ['reports', SEED_FILE],
    ...WHITE_HOUSE.map((f) => ['topic', 'us-gov-whitehouse', f]),
    ...WIKIPEDIA.map((f) => ['topic', 'wikipedia-2019', f]),
  ];
  const sources = new Map<string, SourceSummary>();
  for (const parts of files) {
    const name = parts[parts.length - 1];
    const { source } = await ok(api, 'sources.import', { fileName: name, data: readFixture(...parts).toString('base64') });
    sources.set(name, source);
  }
  return sources;
}

const wh = (prefix: string) => {
  const name = WHITE_HOUSE.find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no White House fixture starting ${prefix}`);
  return name;
};

interface ClaimPlan {
  quote: string;
  fields: Omit<MethodInput<'claims.create'>, 'sourceId' | 'quote'>;
  evidence: { file: string; quote?: string; relation: 'supports' | 'contradicts' | 'context'; note?: string }[];
}

const PLAN: ClaimPlan[] = [
  {
    quote: 'he worked for Beltechexport, one of Belarus\'s leading arms exporters, which is already under U.S. and EU sanctions',
    fields: { statement: 'Vitaly Borchuk worked for Beltechexport, a sanctioned Belarusian arms exporter, from 2013 to 2015', status: 'supported', credibility: 2, likelihood: 'likely', eventDate: '2013', tags: ['Borchuk', 'Beltechexport'] },
    evidence: [
      { file: wh('2021-08-09-executive-order'), quote: 'to operate or have operated in the defense and related materiel sector', relation: 'supports', note: 'EO 14038 makes the Belarusian defence sector a sanctions target.' },
    ],
  },
  {
    quote: 'Lukashenko’s Minister of Defense, Viktor Khrenin, visited Cuba',
    fields: { statement: 'Belarus’s defence minister Viktor Khrenin visited Cuba in January 2024', status: 'partly_supported', credibility: 3, eventDate: '2024-01', tags: ['Khrenin', 'Cuba'], comment: 'Only the seed report names the visit; look for Cuban press.' },
    evidence: [{ file: 'Foreign_relations_of_Belarus.md', quote: 'Bilateral relations between Cuba and Belarus began in April 1992', relation: 'context', note: 'Relations go back to 1992.' }],
  },
  {
    quote: 'interested in purchasing Polonez-M missile systems from Belarus, with a range of 300 km',
    fields: { statement: 'Cuba showed interest in buying Polonez-M missile systems from Belarus', status: 'disputed', credibility: 4, likelihood: 'roughly_even', tags: ['Polonez'] },
    evidence: [
      { file: 'Armed_Forces_of_Belarus.md', quote: 'Polonez (MRL)', relation: 'context', note: 'Belarus fields the Polonez launcher.' },
      { file: wh('2026-01-29-fact-sheet'), quote: 'Cuba hosts Russia’s largest overseas signals intelligence facility', relation: 'context' },
    ],
  },
  {
    quote: 'Russia has been recruiting Cubans to fight in Ukraine since the spring of 2023',
    fields: { statement: 'Russia has recruited Cubans to fight in Ukraine since spring 2023', status: 'unverifiable', credibility: 6, eventDate: '2023', tags: ['Cuba', 'Russia'] },
    evidence: [{ file: wh('2026-01-29-addressing'), quote: 'including the Government of the Russian Federation (Russia)', relation: 'context' }],
  },
  {
    quote: 'Washington has long kept Belarus on its sanctions list',
    fields: { statement: 'The United States has kept Belarus under sanctions for years', status: 'supported', credibility: 1, likelihood: 'almost_certain', tags: ['sanctions'] },
    evidence: [
      { file: wh('2024-06-13'), quote: 'I am continuing for 1 year the national emergency declared in Executive Order 13405', relation: 'supports', note: 'Renewed every year since 2006.' },
      { file: wh('2022-03-02'), quote: 'Sweeping restrictions on Belarus to choke off its import of technological goods', relation: 'supports' },
      { file: wh('2021-08-09-statement'), relation: 'context', note: HOSTILE_NOTE },
    ],
  },
  {
    quote: 'The distance between Cuba and the U.S. at the narrowest point of the Florida Strait is just 180 km',
    fields: { statement: HOSTILE_STATEMENT, status: 'refuted', credibility: 5, comment: '=1+1 <b>bold</b>' },
    evidence: [{ file: wh('2026-01-29-fact-sheet'), quote: 'The Order imposes a new tariff system', relation: 'contradicts', note: '-2+3 is not a formula' }],
  },
];

/** A Lexical editor state as the brief editor saves it, with claim references. */
export function briefDocument(claimIds: string[]): unknown {
  const text = (t: string, format = 0) => ({ type: 'text', text: t, format, detail: 0, mode: 'normal', style: '', version: 1 });
  const ref = (claimId: string) => ({ type: 'claim-reference', claimId, statement: 'statement as first written', version: 1 });
  const block = (type: string, children: unknown[], extra: object = {}) => ({ type, children, direction: 'ltr', format: '', indent: 0, version: 1, ...extra });
  return {
    root: block('root', [
      block('heading', [text('Key judgements')], { tag: 'h1' }),
      block('paragraph', [text('We assess that '), ref(claimIds[0]), text('. The report also says that '), ref(claimIds[2]), text(', which is '), text('not confirmed', 1), text('.')]),
      block('list', [block('listitem', [ref(claimIds[4])], { value: 1 }), block('listitem', [text('Watch for '), text('Polonez', 2), text(' deliveries.')], { value: 2 })], { listType: 'bullet', tag: 'ul', start: 1 }),
      block('paragraph', [text('Hostile input stays text: <script>alert("brief")</script> '), block('link', [text('bad link')], { url: 'javascript:alert(4)' }), text(' and '), block('link', [text('a good one')], { url: 'https://example.org/report' })]),
      block('quote', [text('Minsk has always been and remains a reliable ally of Havana')]),
    ]),
  };
}

export async function buildSeed(): Promise<Seed> {
  const { dir, cleanup } = tempDir('casebook-export-');
  const notebook = openNotebook(join(dir, 'belarus-cuba.casebook'));
  const api = createApi(notebook);
  const sources = await importSources(api);
  const seedId = sources.get(SEED_FILE)?.id as string;
  const statementSource = wh('2021-08-09-statement');
  await ok(api, 'sources.update', { id: sources.get(statementSource)?.id as string, patch: { title: HOSTILE_TITLE, reliability: 'A', authors: ['Joseph R. Biden'] } });
  await ok(api, 'sources.update', { id: seedId, patch: { reliability: 'C', authors: ['Pavel Latushka'], publisher: 'United Transitional Cabinet of Belarus', publishedAt: '2025-02' } });

  const claims: Claim[] = [];
  const links: EvidenceLink[] = [];
  for (const plan of PLAN) {
    const { claim } = await ok(api, 'claims.create', { sourceId: seedId, quote: plan.quote, ...plan.fields });
    for (const e of plan.evidence) {
      const sourceId = sources.get(e.file)?.id as string;
      const { link } = await ok(api, 'evidence.link', { claimId: claim.id, sourceId, quote: e.quote, relation: e.relation, note: e.note });
      links.push(link);
    }
    claims.push((await ok(api, 'claims.get', { id: claim.id })).claim);
  }
  await ok(api, 'briefs.save', { title: 'Belarus–Cuba military cooperation', doc: briefDocument(claims.map((c) => c.id)) });
  return {
    dir,
    notebook,
    api,
    sources,
    claims,
    links,
    cleanup: () => {
      notebook.close();
      cleanup();
    },
  };
}

/** Text with all whitespace removed: long hashes and statements may be broken across lines. */
export const squash = (s: string) => s.replace(/\s+/g, '');
