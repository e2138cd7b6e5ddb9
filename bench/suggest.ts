/**
 * Suggested claims for a 50,000-word source made of whole paragraphs of the real fixtures (the
 * seed report, the White House texts, the Wikipedia articles), beside the bare library call on
 * the same text: chrono-node's parse (what the suggester runs), and compromise's for reference.
 * Target: the suggester within 1.5× the bare chrono calls on the same slices, and under 1 s with the
 * worker's start.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import { computeSuggestions, rankSentences } from '../src-main/analysis/suggest';
import { dateSpans } from '../src-main/importers/workers/date-spans.mjs';
import { FIXTURES } from '../tests/helpers';
import { fmt, isMain, timeMs } from './stats';

export interface SuggestBenchResult {
  words: number;
  chars: number;
  suggestions: number;
  bareChronoMs: number;
  /** chrono.parse over the same text cut in the suggester's slices of whole paragraphs (~20,000 characters). */
  bareChronoSlicedMs: number;
  bareCompromiseMs: number;
  inProcessMs: number;
  workerMs: number;
  ratio: number;
}

function paragraphsOfFixtures(): string[] {
  const files = [join(FIXTURES, 'reports', '000_f21f05dd4cd8cb1c.txt')];
  for (const dir of ['us-gov-whitehouse', 'wikipedia-2019']) {
    for (const f of readdirSync(join(FIXTURES, 'topic', dir))) if (f.endsWith('.md')) files.push(join(FIXTURES, 'topic', dir, f));
  }
  return files.flatMap((f) => readFileSync(f, 'utf8').replace(/\r/g, '').split(/\n\s*\n/)).map((p) => p.trim()).filter(Boolean);
}

export function fiftyThousandWords(wordCount = 50_000): string {
  const paragraphs = paragraphsOfFixtures();
  const out: string[] = [];
  let words = 0;
  for (let i = 0; words < wordCount; i++) {
    const p = paragraphs[i % paragraphs.length];
    out.push(p);
    words += p.split(/\s+/).length;
  }
  return out.join('\n\n');
}

function sliced(text: string, size = 20_000): string[] {
  const out: string[] = [];
  for (let at = 0; at < text.length; ) {
    const para = at + size >= text.length ? -1 : text.indexOf('\n\n', at + size);
    const end = para === -1 ? text.length : para;
    out.push(text.slice(at, end));
    at = end;
  }
  return out;
}

const best = (n: number, f: () => void) => Math.min(...Array.from({ length: n }, () => timeMs(f)));

export async function benchSuggest(): Promise<SuggestBenchResult> {
  const text = fiftyThousandWords();
  const published = '2025-02-01';
  const ref = new Date(`${published}T12:00:00Z`);
  const bareChronoMs = best(3, () => void chrono.parse(text, ref, { forwardDate: false }));
  const slices = sliced(text);
  const bareChronoSlicedMs = best(3, () => void slices.forEach((t) => chrono.parse(t, ref, { forwardDate: false })));
  const bareCompromiseMs = best(2, () => void nlp(text).json());
  let count = 0;
  const inProcessMs = best(3, () => void (count = rankSentences(text, dateSpans(text, published)).length));
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    await computeSuggestions(text, published);
    times.push(performance.now() - t0);
  }
  const workerMs = Math.min(...times);
  return { words: text.split(/\s+/).length, chars: text.length, suggestions: count, bareChronoMs, bareChronoSlicedMs, bareCompromiseMs, inProcessMs, workerMs, ratio: inProcessMs / bareChronoSlicedMs };
}

export function printSuggest(r: SuggestBenchResult): void {
  console.log(`suggested claims for a ${r.words}-word source (${r.chars} characters, ${r.suggestions} suggestions):`);
  console.log(`  bare chrono.parse        ${fmt(r.bareChronoMs)} ms  (the whole text at once)`);
  console.log(`  bare chrono.parse, sliced ${fmt(r.bareChronoSlicedMs)} ms  (baseline: the same paragraph slices the suggester reads)`);
  console.log(`  bare compromise(text)    ${fmt(r.bareCompromiseMs)} ms  (reference; the suggester does not call it)`);
  console.log(`  suggester, in-process    ${fmt(r.inProcessMs)} ms  = ${r.ratio.toFixed(2)}× the bare sliced chrono calls (target ≤ 1.5×)`);
  console.log(`  suggester, with worker   ${fmt(r.workerMs)} ms  (what a long source costs, worker start included; target ≤ 1 s)`);
}

if (isMain(import.meta.url)) printSuggest(await benchSuggest());
