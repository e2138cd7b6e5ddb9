/**
 * `npm run torture`: the project's own proof under faults and attack, bounded (it stops by
 * itself): kill -9 trials, importer fuzz, bridge abuse. Prints one summary line per part and
 * exits 1 when any part found a problem. `npm run torture -- --quick` runs a small slice;
 * `-- kill fuzz abuse` runs only the named parts. A fast slice of each also runs in `npm test`
 * (tests/unit/torture-slice.test.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { abuseBridge, abuseSummary } from './bridge-abuse';
import { FORMATS, fuzzFormat, fuzzSummary } from './fuzz';
import { bridgeWriteKills, cliImportKills, killSummary } from './kill-trials';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const parts = args.filter((a) => !a.startsWith('--'));
const wanted = (part: string) => parts.length === 0 || parts.includes(part);
const workDir = mkdtempSync(join(tmpdir(), 'casebook-torture-'));
const summaries: string[] = [];
const failures: string[] = [];
const started = Date.now();
const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`;

function report(summary: string, found: string[]): void {
  summaries.push(summary);
  failures.push(...found);
  console.log(`${summary}  [${elapsed()}]`);
  for (const f of found.slice(0, 20)) console.log(`    ${f.replace(/\s+/g, ' ').slice(0, 300)}`);
}

try {
  if (wanted('kill')) {
    const cli = await cliImportKills(quick ? 3 : 20, { workDir });
    report(killSummary('CLI import', cli), cli.failures);
    const bridge = await bridgeWriteKills(quick ? 3 : 20, { workDir });
    report(killSummary('browser-mode writers', bridge), bridge.failures);
  }
  if (wanted('fuzz')) {
    for (const format of FORMATS) {
      const counts = await fuzzFormat(format, quick ? 20 : 150, { workDir, timeoutMs: 60_000 });
      report(fuzzSummary(format, counts), counts.failures);
    }
  }
  if (wanted('abuse')) {
    const counts = await abuseBridge({ workDir: join(workDir, 'abuse') });
    report(abuseSummary(counts), counts.failures);
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}

console.log(`\n${summaries.join('\n')}\n${failures.length === 0 ? 'All parts held.' : `${failures.length} problems found.`} (${elapsed()})`);
process.exitCode = failures.length === 0 ? 0 : 1;
