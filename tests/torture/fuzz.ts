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
import { mutants, type Format, type Mutant } from './mutants';

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

/**
 * Imports `count` mutants of `format`. Mutants go `batch` at a time through one command line
 * (starting the command line costs more than most imports): a batch is accepted only when it
 * ended by itself in time with exit 0 or 1, printed no stack trace, answered every file (one
 * clear line per refusal, the rest imported) and grew the notebook by exactly its new imports.
 * Anything else in a batch, and every mutant of it is imported again alone, in its own process,
 * so a crash, hang, stack trace or unclear refusal is counted against the mutant that caused it.
 */
export async function fuzzFormat(format: Format, count: number, { workDir, seed = 1, timeoutMs = 60_000, lanes = 3, batch = 5 }: { workDir: string; seed?: number; timeoutMs?: number; lanes?: number; batch?: number }): Promise<FuzzCounts> {
  const dir = join(workDir, `fuzz-${format}`);
  mkdirSync(dir, { recursive: true });
  const all = mutants(format, SEEDS[format].map((p) => readFileSync(p)), count, seededRandom(seed));
  const counts: FuzzCounts = { mutants: all.length, imported: 0, refused: 0, crashes: 0, hangs: 0, stackTraces: 0, unclear: 0, changedByRefusal: 0, failures: [] };
  const fileOf = (mutant: Mutant) => {
    const file = join(dir, mutant.fileName);
    writeFileSync(file, mutant.bytes);
    return file;
  };

  /** True when the whole batch was imported or refused cleanly (its counts added); false to judge each alone. */
  async function tryBatch(group: Mutant[], notebook: string): Promise<boolean> {
    const files = group.map(fileOf);
    const before = sourceCount(notebook);
    const run = await runCasebook(['import', ...files, '--notebook', notebook, '--json'], { timeoutMs });
    if (run.timedOut || run.signal || (run.code !== 0 && run.code !== 1) || hasStackTrace(run.stdout + run.stderr)) return false;
    let sources: { duplicate: boolean }[];
    try {
      sources = (JSON.parse(run.stdout) as { sources: { duplicate: boolean }[] }).sources;
    } catch {
      return false;
    }
    const refusals = run.stderr.split('\n').filter((line) => line.trim() !== '');
    if (!refusals.every(isClearRefusal) || sources.length + refusals.length !== group.length) return false;
    if (run.code !== (refusals.length > 0 ? 1 : 0)) return false;
    if (sourceCount(notebook) - before !== sources.filter((s) => !s.duplicate).length) return false;
    counts.imported += sources.length;
    counts.refused += refusals.length;
    return true;
  }

  async function judgeAlone(mutant: Mutant, notebook: string): Promise<void> {
    const file = fileOf(mutant);
    const before = sourceCount(notebook);
    const run = await runCasebook(['import', file, '--notebook', notebook, '--json'], { timeoutMs });
    const fail = (what: string) => counts.failures.push(`${mutant.name}: ${what}`);
    if (run.timedOut) {
      counts.hangs++;
      fail(`no answer after ${timeoutMs} ms`);
      return;
    }
    if (run.signal || (run.code !== 0 && run.code !== 1)) {
      counts.crashes++;
      fail(`crashed (${run.signal ?? `exit ${run.code}`}): ${run.stderr.slice(0, 300)}`);
      return;
    }
    if (hasStackTrace(run.stdout + run.stderr)) {
      counts.stackTraces++;
      fail(`printed a stack trace: ${run.stderr.slice(0, 300)}`);
    }
    if (run.code === 0) {
      counts.imported++;
      return;
    }
    counts.refused++;
    const message = run.stderr.trim();
    if (!isClearRefusal(message)) {
      counts.unclear++;
      fail(`unclear refusal: ${message.slice(0, 300)}`);
    }
    if (sourceCount(notebook) !== before) {
      counts.changedByRefusal++;
      fail('the refusal changed the notebook');
    }
  }

  let next = 0;
  async function lane(n: number) {
    const notebook = join(dir, `lane-${n}.sqlite`);
    while (next < all.length) {
      const group = all.slice(next, next + batch);
      next += group.length;
      if (group.length > 1 && (await tryBatch(group, notebook))) continue;
      for (const mutant of group) await judgeAlone(mutant, notebook);
    }
  }
  await Promise.all(Array.from({ length: lanes }, (_, n) => lane(n)));
  return counts;
}

/** One line, in words: `casebook: <message>`, never the catch-all for a fault inside Casebook. */
function isClearRefusal(message: string): boolean {
  return /^casebook: \S/.test(message) && !message.includes('\n') && !/inside Casebook/.test(message);
}

export function fuzzSummary(format: Format, c: FuzzCounts): string {
  return `importer fuzz ${format}: ${c.mutants} mutants, ${c.imported} imported, ${c.refused} refused; ${c.crashes} crashes, ${c.hangs} hangs, ${c.stackTraces} stack traces, ${c.unclear} unclear refusals, ${c.changedByRefusal} refusals that changed the notebook`;
}
