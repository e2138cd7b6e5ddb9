/**
 * Entities. (1) A 50,000-word source (the seed report and the topic fixtures, repeated): our
 * extraction, and extraction + storing into a notebook (the work an import adds), beside the bare
 * compromise calls on the same text (nlp(text) then people(), organizations(), places()); target
 * ≤ 1 s and ≤ 1.5× the bare calls. (2) Import throughput over the Readability test pages (the
 * optional corpus in ../shared): our HTML import with extraction on, beside the bare parse
 * (linkedom + Readability) and beside our import with it off; target ≤ 1.3× the bare parse.
 * CPU time (user + system) of this process, median of the rounds.
 *
 *   npm run bench -- entities
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { extractEntities } from '../src-main/entities/extract';
import { importDocument } from '../src-main/importers/index';
import { importHtml } from '../src-main/importers/html';
import { openNotebook } from '../src-main/store/db';
import { saveAndResolve } from '../src-main/store/entities';
import { insertSource, layOutBlocks, sha256Hex } from '../src-main/store/sources';
import { fixture, tempDir } from '../tests/helpers';
import { readabilityPages } from './readability-pages';
import { fmt, percentile } from './stats';

const WORDS = 50_000;
const ROUNDS = 3;

export interface EntitiesBenchResult {
  words: number;
  entities: number;
  extractSeconds: number;
  extractAndStoreSeconds: number;
  bareCompromiseSeconds: number;
  ratioToBare: number;
  pages: number;
  importWithEntitiesPagesPerSecond: number;
  importWithoutEntitiesPagesPerSecond: number;
  barePagesPerSecond: number;
  importRatioToBare: number;
}

async function cpuSeconds(run: () => unknown): Promise<number> {
  const start = process.cpuUsage();
  await run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

async function median(run: () => unknown, rounds = ROUNDS): Promise<number> {
  await run(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) samples.push(await cpuSeconds(run));
  return percentile(samples, 50);
}

async function longText(): Promise<string> {
  const files = [
    ['reports', '000_f21f05dd4cd8cb1c.txt'],
    ['topic', 'wikipedia-2019', 'Foreign_relations_of_Belarus.md'],
    ['topic', 'wikipedia-2019', 'Armed_Forces_of_Belarus.md'],
    ['topic', 'us-gov-whitehouse', '2026-01-29-addressing-threats-to-the-united-states-by-the-government-of-cuba.md'],
  ];
  const texts: string[] = [];
  for (const parts of files) texts.push(layOutBlocks(await importDocument({ bytes: readFileSync(fixture(...parts)), fileName: parts[parts.length - 1] })).text);
  let text = '';
  while (text.split(/\s+/u).length < WORDS) text += `${texts.join('\n\n')}\n\n`;
  return text.split(/(?<=\s)/u).slice(0, WORDS).join('');
}

export async function benchEntities(): Promise<EntitiesBenchResult> {
  const text = await longText();
  const entities = extractEntities(text).length;
  const bare = () => {
    const doc = nlp(text);
    return [doc.people().json({ offset: true }), doc.organizations().json({ offset: true }), doc.places().json({ offset: true })];
  };
  const bareCompromiseSeconds = await median(bare);
  const extractSeconds = await median(() => extractEntities(text));
  const { dir, cleanup } = tempDir('casebook-bench-entities-');
  let extractAndStoreSeconds: number;
  try {
    const notebook = openNotebook(join(dir, 'bench.sqlite'));
    const bytes = Buffer.from(text);
    const doc = { title: 'Long source', authors: [], mediaType: 'text/plain', blocks: [{ kind: 'paragraph' as const, text }], warnings: [] };
    const sourceId = insertSource(notebook.db, { doc, bytes, sha256: sha256Hex(bytes), fileName: 'long.txt' });
    extractAndStoreSeconds = await median(() => notebook.db.transaction(() => saveAndResolve(notebook.db, sourceId, extractEntities(text)))());
    notebook.close();
  } finally {
    cleanup();
  }

  const html = readabilityPages();
  const decoded = new Map(html.map((p) => [p, new TextDecoder().decode(p)]));
  const barePage = () => html.forEach((p) => new Readability(parseHTML(decoded.get(p) ?? '').document).parse());
  const without = async () => {
    for (const p of html) await importHtml({ bytes: p, fileName: 'page.html' });
  };
  const withEntities = async () => {
    for (const p of html) extractEntities(layOutBlocks(await importHtml({ bytes: p, fileName: 'page.html' })).text);
  };
  const bareSeconds = html.length ? await median(barePage) : 0;
  const withoutSeconds = html.length ? await median(without) : 0;
  const withSeconds = html.length ? await median(withEntities) : 0;
  const perSecond = (s: number) => (s ? html.length / s : 0);
  return {
    words: WORDS,
    entities,
    extractSeconds,
    extractAndStoreSeconds,
    bareCompromiseSeconds,
    ratioToBare: extractAndStoreSeconds / bareCompromiseSeconds,
    pages: html.length,
    importWithEntitiesPagesPerSecond: perSecond(withSeconds),
    importWithoutEntitiesPagesPerSecond: perSecond(withoutSeconds),
    barePagesPerSecond: perSecond(bareSeconds),
    importRatioToBare: bareSeconds ? withSeconds / bareSeconds : 0,
  };
}

export function printEntities(r: EntitiesBenchResult): void {
  console.log(`  ${r.words} words, ${r.entities} entities`);
  console.log(`  extraction ${fmt(r.extractSeconds, 3)} s; extraction + storing ${fmt(r.extractAndStoreSeconds, 3)} s (target ≤ 1 s)`);
  console.log(`  bare compromise (nlp + people/organizations/places) ${fmt(r.bareCompromiseSeconds, 3)} s → ours is ${fmt(r.ratioToBare)}× it (target ≤ 1.5×)`);
  if (!r.pages) return console.log('  import throughput: the Readability test pages are not beside the checkout (../shared/fixtures): skipped');
  console.log(`  import of ${r.pages} Readability pages: ${fmt(r.importWithEntitiesPagesPerSecond, 1)} pages/s with entities, ${fmt(r.importWithoutEntitiesPagesPerSecond, 1)} without`);
  console.log(`  bare parse (linkedom + Readability) ${fmt(r.barePagesPerSecond, 1)} pages/s → import with entities costs ${fmt(r.importRatioToBare)}× it (target ≤ 1.3×)`);
}
