/**
 * Brief-checks benchmark: a long brief (about 20,000 words of the seed report's sentences, with
 * likelihood and confidence terms, hedges, percentages and 200 claim references) turned into its
 * plain text and checked, as happens after every save. Target: well under 100 ms, so the marks
 * follow a save at once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { briefText } from '../src-main/contract/brief-text';
import { checkBrief, type CheckedClaim } from '../src-main/core/brief-checks/index';
import { FIXTURES, seededRandom } from '../tests/helpers';
import { fmt, isMain, percentile, timeMs } from './stats';

export interface BriefChecksBenchResult {
  words: number;
  claimRefs: number;
  findings: number;
  check: { p50: number; p95: number };
  /** CPU time of the same runs: what the check costs, whatever else the machine is doing. */
  cpu: { p50: number; p95: number };
}

const ADDITIONS = ['We assess it is likely (90%) that', 'with high confidence it is probable that', 'it may be that', 'we judge that', 'almost certainly'];

export function benchBriefChecks(paragraphs = 200): BriefChecksBenchResult {
  const sentences = readFileSync(join(FIXTURES, 'reports', '000_f21f05dd4cd8cb1c.txt'), 'utf8').split(/(?<=\.)\s+/).filter((s) => s.length > 20);
  const random = seededRandom(11);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const claims = new Map<string, CheckedClaim>();
  for (let i = 0; i < 200; i++) {
    const id = `clm_${i}`;
    claims.set(id, {
      id,
      statement: pick(sentences).slice(0, 80),
      status: i % 7 === 0 ? 'disputed' : 'supported',
      credibility: ((i % 6) + 1) as CheckedClaim['credibility'],
      likelihood: i % 3 === 0 ? 'likely' : null,
      source: { id: `src_${i % 20}`, title: `Source ${i % 20}`, reliability: i % 5 === 0 ? 'E' : 'B' },
      evidence: i % 4 === 0 ? [] : [{ relation: 'supports', source: { id: `src_${(i + 1) % 20}`, title: 'Other', reliability: 'C' } }],
    });
  }
  const text = (t: string) => ({ type: 'text', text: t, format: 0, detail: 0, mode: 'normal', style: '', version: 1 });
  let words = 0;
  let refs = 0;
  const children = Array.from({ length: paragraphs }, (_, p) => {
    const inline: object[] = [];
    for (let s = 0; s < 4; s++) {
      const sentence = `${pick(ADDITIONS)} ${pick(sentences)} `;
      words += sentence.split(/\s+/).length;
      inline.push(text(sentence));
    }
    if (p % 5 < 2) {
      const claim = claims.get(`clm_${(p * 7) % 200}`) as CheckedClaim;
      inline.push({ type: 'claim-reference', version: 1, claimId: claim.id, statement: claim.statement }, text('.'));
      refs++;
    }
    return { type: 'paragraph', version: 1, children: inline };
  });
  const doc = { root: { type: 'root', version: 1, children } };
  let findings = 0;
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 15; i++) {
    const before = process.cpuUsage();
    times.push(timeMs(() => void (findings = checkBrief(briefText(doc), claims).length)));
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  }
  return { words, claimRefs: refs, findings, check: { p50: percentile(times, 50), p95: percentile(times, 95) }, cpu: { p50: percentile(cpu, 50), p95: percentile(cpu, 95) } };
}

export function printBriefChecks(r: BriefChecksBenchResult): void {
  console.log(`brief checks on a ${r.words}-word brief with ${r.claimRefs} claim references (${r.findings} findings):`);
  console.log(`  plain text + check   p50 ${fmt(r.check.p50)} ms  p95 ${fmt(r.check.p95)} ms  (target < 100 ms)`);
  console.log(`  of which CPU time    p50 ${fmt(r.cpu.p50)} ms  p95 ${fmt(r.cpu.p95)} ms`);
}

if (isMain(import.meta.url)) printBriefChecks(benchBriefChecks());
