/**
 * `npm run bench`: every benchmark, each figure beside its baseline from the same run.
 * `npm run bench -- search import` runs only the named sections (search, import, renderer, export,
 * scale, claims-table, find, markdown-shapes).
 * scale, claims-table, find, timeline).
 * Figures go to stdout and to bench/results/latest.json (not committed).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchSearch, printSearch } from './search';
import { benchImportHtml, printImportHtml } from './import-html';
import { benchRenderer, printRenderer } from './renderer';
import { benchExport, printExport } from './export';
import { benchScale, printScale } from './scale';
import { benchClaimsTable, printClaimsTable } from './claims-table';
import { benchFind, printFind } from './find';
import { benchMarkdownShapes, printMarkdownShapes } from './markdown-shapes';
import { benchMap, printMap } from './map';
import { benchBriefChecks, printBriefChecks } from './brief-checks';
import { benchTimeline, printTimeline } from './timeline';
import { benchEntities, printEntities } from './entities';
import { benchSuggest, printSuggest } from './suggest';

const only = process.argv.slice(2);
const wanted = (name: string) => only.length === 0 || only.includes(name);
const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };

async function section(name: string, run: () => Promise<unknown>): Promise<void> {
  if (!wanted(name)) return;
  console.log(`\n== ${name} ==`);
  try {
    results[name] = await run();
  } catch (err) {
    console.log(`  ${name} could not run: ${(err as Error).message}`);
    results[name] = { error: (err as Error).message };
  }
}

await section('search', async () => {
  const r = await benchSearch();
  printSearch(r);
  return r;
});

await section('import', async () => {
  const r = await benchImportHtml();
  printImportHtml(r);
  return r;
});

await section('renderer', async () => {
  const r = await benchRenderer();
  printRenderer(r);
  return r;
});

await section('export', async () => {
  const r = await benchExport();
  printExport(r);
  return r;
});

await section('scale', async () => {
  const r = await benchScale();
  printScale(r);
  return r;
});

await section('claims-table', async () => {
  const r = await benchClaimsTable();
  printClaimsTable(r);
  return r;
});

await section('find', async () => {
  const r = benchFind();
  printFind(r);
  return r;
});

await section('markdown-shapes', async () => {
  const r = await benchMarkdownShapes();
  printMarkdownShapes(r);
  return r;
});

await section('map', async () => {
  const r = await benchMap();
  printMap(r);
  return r;
});

await section('brief-checks', async () => {
  const r = benchBriefChecks();
  printBriefChecks(r);
  return r;
});

await section('timeline', async () => {
  const r = await benchTimeline();
  printTimeline(r);
  return r;
});

await section('entities', async () => {
  const r = await benchEntities();
  printEntities(r);
  return r;
});

await section('suggest', async () => {
  const r = await benchSuggest();
  printSuggest(r);
  return r;
});

const here = dirname(fileURLToPath(import.meta.url));
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nFigures written to bench/results/latest.json');
