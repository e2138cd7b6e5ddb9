/**
 * Importer fuzz: every mutant imported by the real command line in a child process with a time
 * limit. Counted: crashes (killed by a signal, or an exit code other than 0 and 1), hangs (past
 * the limit), stack traces on stdout or stderr, refusals that are not a clear message (INTERNAL
 * or more than one line), and refusals that changed the notebook.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasStackTrace, ROOT, runCasebook, seededRandom } from './child';
import { mutants, type Format } from './mutants';

const F = (...parts: string[]) => join(ROOT, 'tests', 'fixtures', ...parts);
const SEEDS: Record<Format, string[]> = {
  txt: [F('reports', '000_f21f05dd4cd8cb1c.txt')],
  md: [F('topic', 'wikipedia-2019', 'Foreign_relations_of_Belarus.md'), F('topic', 'us-gov-whitehouse', '2021-08-09-statement-by-president-joseph-r-biden-jr-on-belarus.md')],
  html: [F('html', 'structure.html'), F('html', 'metadata.html'), F('html', 'windows-1251.html')],
  pdf: [F('robustness', 'pdf-py-pdf-sample-files', '001-trivial', 'minimal-document.pdf'), F('robustness', 'pdf-py-pdf-sample-files', '026-latex-multicolumn', 'multicolumn.pdf')],
  docx: [F('robustness', 'docx-mammoth', 'single-paragraph.docx'), F('robustness', 'docx-mammoth', 'footnotes.docx')],
};
export const FORMATS = Object.keys(SEEDS) as Format[];

export interface FuzzCounts {
  mutants: number;
  imported: number;
  refused: number;
  crashes: number;
  hangs: number;
  stackTraces: number;
  unclear: number;
  changedByRefusal: number;
  failures: string[];
}

function sourceCount(notebook: string): number {
  if (!existsSync(notebook)) return 0;
  const db = new Database(notebook, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM sources').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

export async function fuzzFormat(format: Format, count: number, { workDir, seed = 1, timeoutMs = 60_000, lanes = 2 }: { workDir: string; seed?: number; timeoutMs?: number; lanes?: number }): Promise<FuzzCounts> {
  const dir = join(workDir, `fuzz-${format}`);
  mkdirSync(dir, { recursive: true });
  const all = mutants(format, SEEDS[format].map((p) => readFileSync(p)), count, seededRandom(seed));
  const counts: FuzzCounts = { mutants: all.length, imported: 0, refused: 0, crashes: 0, hangs: 0, stackTraces: 0, unclear: 0, changedByRefusal: 0, failures: [] };
  let next = 0;
  async function lane(n: number) {
    const notebook = join(dir, `lane-${n}.sqlite`);
    while (next < all.length) {
      const mutant = all[next++];
      const file = join(dir, mutant.fileName);
      writeFileSync(file, mutant.bytes);
      const before = sourceCount(notebook);
      const run = await runCasebook(['import', file, '--notebook', notebook, '--json'], { timeoutMs });
      const fail = (what: string) => counts.failures.push(`${mutant.name}: ${what}`);
      if (run.timedOut) {
        counts.hangs++;
        fail(`no answer after ${timeoutMs} ms`);
        continue;
      }
      if (run.signal || (run.code !== 0 && run.code !== 1)) {
        counts.crashes++;
        fail(`crashed (${run.signal ?? `exit ${run.code}`}): ${run.stderr.slice(0, 300)}`);
        continue;
      }
      if (hasStackTrace(run.stdout + run.stderr)) {
        counts.stackTraces++;
        fail(`printed a stack trace: ${run.stderr.slice(0, 300)}`);
      }
      if (run.code === 0) {
        counts.imported++;
        continue;
      }
      counts.refused++;
      const message = run.stderr.trim();
      if (!/^casebook: \S/.test(message) || message.includes('\n') || /inside Casebook/.test(message)) {
        counts.unclear++;
        fail(`unclear refusal: ${message.slice(0, 300)}`);
      }
      if (sourceCount(notebook) !== before) {
        counts.changedByRefusal++;
        fail('the refusal changed the notebook');
      }
    }
  }
  await Promise.all(Array.from({ length: lanes }, (_, n) => lane(n)));
  return counts;
}

export function fuzzSummary(format: Format, c: FuzzCounts): string {
  return `importer fuzz ${format}: ${c.mutants} mutants, ${c.imported} imported, ${c.refused} refused; ${c.crashes} crashes, ${c.hangs} hangs, ${c.stackTraces} stack traces, ${c.unclear} unclear refusals, ${c.changedByRefusal} refusals that changed the notebook`;
}
