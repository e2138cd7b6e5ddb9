/**
 * `npm run bench`: every benchmark, each figure beside its baseline from the same run.
 * `npm run bench -- search import` runs only the named sections (search, import, renderer, export,
 * scale, claims-table, find, markdown-shapes, map, brief-checks, timeline, entities, suggest,
 * upload-memory, responsiveness).
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
import { benchUploadMemory, printUploadMemory } from './upload-memory';
import { closeIdleWorkers } from '../src-main/importers/isolated-pool';
import { benchResponsiveness, printResponsiveness } from './responsiveness';

const only = process.argv.slice(2);
const wanted = (name: string) => only.length === 0 || only.includes(name);
const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };

/** Runs one benchmark when it is wanted, prints its figures (`print`) and keeps them for latest.json. */
async function section<R>(name: string, run: () => R | Promise<R>, print?: (result: R) => void): Promise<void> {
  if (!wanted(name)) return;
  console.log(`\n== ${name} ==`);
  try {
    const result = await run();
    print?.(result);
    results[name] = result;
  } catch (err) {
    console.log(`  ${name} could not run: ${(err as Error).message}`);
    results[name] = { error: (err as Error).message };
  }
}

await section('search', benchSearch, printSearch);
await section('import', benchImportHtml, printImportHtml);
await section('renderer', benchRenderer, printRenderer);
await section('export', benchExport, printExport);
await section('scale', benchScale, printScale);
await section('claims-table', benchClaimsTable, printClaimsTable);
await section('find', benchFind, printFind);
await section('markdown-shapes', benchMarkdownShapes, printMarkdownShapes);
await section('map', benchMap, printMap);
await section('brief-checks', benchBriefChecks, printBriefChecks);
await section('timeline', benchTimeline, printTimeline);
await section('entities', benchEntities, printEntities);
await section('suggest', benchSuggest, printSuggest);
await section('upload-memory', benchUploadMemory, printUploadMemory);
await section('responsiveness', benchResponsiveness, printResponsiveness);

const here = dirname(fileURLToPath(import.meta.url));
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nFigures written to bench/results/latest.json');
// The importers' idle workers are unref'd, but their output streams still hold the process open.
await closeIdleWorkers();
