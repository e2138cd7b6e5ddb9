/**
 * Find-in-source benchmark: a 50,000-word source made of the real fixtures' words, folded once
 * (when the find bar first opens) and searched on every keystroke. Target: a keystroke's search
 * well under a frame (16 ms), the one-off fold under 100 ms.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findAll, foldBlocks } from '../src-renderer/panels/reader/find-text';
import { FIXTURES, seededRandom } from '../tests/helpers';
import { fmt, isMain, percentile, timeMs } from './stats';

export interface FindBenchResult {
  words: number;
  chars: number;
  foldMs: number;
  keystroke: { p50: number; p95: number };
  matchesOfCommonWord: number;
}

function words(): string[] {
  const files = [join(FIXTURES, 'reports', '000_f21f05dd4cd8cb1c.txt')];
  for (const f of readdirSync(join(FIXTURES, 'topic', 'wikipedia-2019'))) if (f.endsWith('.md')) files.push(join(FIXTURES, 'topic', 'wikipedia-2019', f));
  return files.flatMap((f) => readFileSync(f, 'utf8').split(/\s+/).filter(Boolean));
}

export function benchFind(wordCount = 50_000): FindBenchResult {
  const vocabulary = words();
  const random = seededRandom(7);
  const blocks: { start: number; text: string }[] = [];
  let start = 0;
  for (let made = 0; made < wordCount; ) {
    const n = Math.min(wordCount - made, 40 + Math.floor(random() * 80));
    const text = Array.from({ length: n }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(' ');
    blocks.push({ start, text });
    start += text.length + 2;
    made += n;
  }
  let folded = foldBlocks(blocks);
  const foldMs = Math.min(...Array.from({ length: 5 }, () => timeMs(() => void (folded = foldBlocks(blocks)))));
  // What typing produces: every prefix of a few words and names.
  const typed = ['Lukashenko', 'the', 'alvaro lopez', 'Polonez-M', 'Belarusian armed forces', 'zzyzzyva'].flatMap((w) => Array.from({ length: w.length }, (_, i) => w.slice(0, i + 1)));
  const times = typed.map((q) => timeMs(() => void findAll(folded, q)));
  return { words: wordCount, chars: start, foldMs, keystroke: { p50: percentile(times, 50), p95: percentile(times, 95) }, matchesOfCommonWord: findAll(folded, 'the').length };
}

export function printFind(r: FindBenchResult): void {
  console.log(`find in a ${r.words}-word source (${r.chars} characters):`);
  console.log(`  fold once            ${fmt(r.foldMs)} ms  (target < 100 ms)`);
  console.log(`  search per keystroke p50 ${fmt(r.keystroke.p50)} ms  p95 ${fmt(r.keystroke.p95)} ms  (target < 16 ms)`);
  console.log(`  matches of "the"     ${r.matchesOfCommonWord}`);
}

if (isMain(import.meta.url)) printFind(benchFind());
