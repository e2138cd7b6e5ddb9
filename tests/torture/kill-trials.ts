/**
 * kill -9 at random moments: a command-line import of many files (some of them large, so kills
 * land mid-transaction), and browser mode with several writers at once. After each kill the
 * notebook must pass `checkNotebookAfterCrash` with every write the client saw acknowledged, and
 * `casebook verify` must be clean.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, ROOT, runCasebook, seededRandom } from './child';
import { checkNotebookAfterCrash, type Acknowledged } from './notebook-check';

export interface KillCounts {
  trials: number;
  killedMidWay: number;
  acknowledged: number;
  damaged: number;
  lost: number;
  verifyFailures: number;
  failures: string[];
}

const F = (...parts: string[]) => join(ROOT, 'tests', 'fixtures', ...parts);
const FIXTURES = [
  F('reports', '000_f21f05dd4cd8cb1c.txt'),
  F('topic', 'wikipedia-2019', 'Armed_Forces_of_Belarus.md'),
  F('topic', 'wikipedia-2019', 'Foreign_relations_of_Belarus.md'),
  F('html', 'structure.html'),
  F('robustness', 'docx-mammoth', 'footnotes.docx'),
  F('robustness', 'pdf-py-pdf-sample-files', '026-latex-multicolumn', 'multicolumn.pdf'),
];

/** A text report of about `mb` megabytes that no other trial has imported. */
function bigReport(dir: string, trial: number, mb: number): string {
  const path = join(dir, `big-${trial}.txt`);
  const line = `Trial ${trial}: the convoy crossed the border at dawn, according to the ministry; 42 vehicles were counted.\n`;
  writeFileSync(path, line.repeat(Math.ceil((mb * 1024 * 1024) / line.length)));
  return path;
}

function record(counts: KillCounts, trial: string, problems: string[]): void {
  for (const p of problems) {
    if (p.startsWith('acknowledged')) counts.lost++;
    else counts.damaged++;
    counts.failures.push(`${trial}: ${p}`);
  }
}

async function verifyClean(counts: KillCounts, trial: string, notebook: string): Promise<void> {
  const verify = await runCasebook(['verify', '--json', '--notebook', notebook], { timeoutMs: 120_000 });
  if (verify.code !== 0) {
    counts.verifyFailures++;
    counts.failures.push(`${trial}: verify: ${verify.stdout.slice(0, 300)}${verify.stderr.slice(0, 300)}`);
  }
}

export async function cliImportKills(trials: number, { workDir, seed = 7 }: { workDir: string; seed?: number }): Promise<KillCounts> {
  const rng = seededRandom(seed);
  const dir = join(workDir, 'kill-cli');
  mkdirSync(dir, { recursive: true });
  const notebook = join(dir, 'notebook.sqlite');
  const counts: KillCounts = { trials: 0, killedMidWay: 0, acknowledged: 0, damaged: 0, lost: 0, verifyFailures: 0, failures: [] };
  const acknowledged: Acknowledged = { sources: [] };
  // How long a whole trial's import takes on this machine, now: kills are spread over that span,
  // so they land mid-way (most of them after some files were acknowledged) on a quiet or busy machine.
  const filesFor = (trial: number) => [...FIXTURES, ...[0, 1, 2].map((k) => bigReport(dir, trial * 3 + k, 2 + Math.floor(rng() * 10)))].sort(() => rng() - 0.5);
  const calibration = await runCasebook(['import', ...filesFor(-1), '--notebook', join(dir, 'calibration.sqlite')], { timeoutMs: 300_000 });
  const span = Math.max(1_000, calibration.ms);
  for (let trial = 0; trial < trials; trial++) {
    const files = filesFor(trial);
    const delay = 300 + Math.floor(rng() * span * 0.9);
    const run = await runCasebook(['import', ...files, '--notebook', notebook], { killAfterMs: delay });
    counts.trials++;
    if (run.signal === 'SIGKILL') counts.killedMidWay++;
    for (const match of run.stdout.matchAll(/^(?:imported|already archived)\s+(src_\w+)/gm)) acknowledged.sources!.push(match[1]);
    counts.acknowledged = new Set(acknowledged.sources).size;
    record(counts, `cli trial ${trial}`, checkNotebookAfterCrash(notebook, acknowledged));
    if (trial % 5 === 4 || trial === trials - 1) await verifyClean(counts, `cli trial ${trial}`, notebook);
  }
  return counts;
}

interface Server {
  port: number;
  token: string;
  kill(): Promise<void>;
}

function startServer(notebook: string, workDir: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tests', 'torture', 'bridge-child.ts'), notebook, workDir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const closed = new Promise<void>((done) => child.on('close', () => done()));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n')) {
        const { port, token } = JSON.parse(line) as { port: number; token: string };
        resolve({ port, token, kill: () => (child.kill('SIGKILL'), closed) });
      }
    });
    child.on('error', reject);
    child.on('close', (code) => reject(new Error(`the bridge stopped before it started (exit ${code})`)));
  });
}

/** Several writers through browser mode at once until the server is killed; returns what was acknowledged. */
async function writeUntilKilled(server: Server, sourceId: string, rng: () => number, killAfterMs: number): Promise<Acknowledged> {
  const acknowledged: Required<Acknowledged> = { sources: [], claims: [], briefs: [] };
  let alive = true;
  const call = async (method: string, input: unknown) => {
    const response = await fetch(`http://127.0.0.1:${server.port}/api/call/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
      body: JSON.stringify(input),
    });
    return (await response.json()) as { ok: boolean; value?: Record<string, { id: string; title?: string }> };
  };
  const writer = async (kind: number) => {
    for (let i = 0; alive; i++) {
      try {
        if (kind === 0) {
          const r = await call('claims.create', { sourceId, quote: 'Belarus', occurrence: 1 + (i % 5), statement: `Claim ${i} ${rng()}` });
          if (r.ok) acknowledged.claims.push(r.value!.claim.id);
        } else if (kind === 1) {
          const title = `Brief ${i} ${rng()}`;
          const r = await call('briefs.create', { title });
          if (r.ok) acknowledged.briefs.push({ id: r.value!.brief.id, title });
        } else {
          const text = `Report ${i} ${rng()}: ${'the delegation met the minister. '.repeat(200 + Math.floor(rng() * 4000))}`;
          const r = await call('sources.import', { fileName: `report-${i}-${kind}.txt`, data: Buffer.from(text).toString('base64') });
          if (r.ok) acknowledged.sources.push(r.value!.source.id);
        }
      } catch {
        return; // the server is gone
      }
    }
  };
  const writers = [0, 1, 2, 2].map((kind) => writer(kind));
  await new Promise((r) => setTimeout(r, killAfterMs));
  await server.kill();
  alive = false;
  await Promise.all(writers);
  return acknowledged;
}

export async function bridgeWriteKills(trials: number, { workDir, seed = 11 }: { workDir: string; seed?: number }): Promise<KillCounts> {
  const rng = seededRandom(seed);
  const dir = join(workDir, 'kill-bridge');
  mkdirSync(dir, { recursive: true });
  const notebook = join(dir, 'notebook.sqlite');
  const imported = await runCasebook(['import', FIXTURES[0], '--notebook', notebook, '--json']);
  const sourceId = (JSON.parse(imported.stdout) as { sources: { id: string }[] }).sources[0].id;
  const counts: KillCounts = { trials: 0, killedMidWay: 0, acknowledged: 0, damaged: 0, lost: 0, verifyFailures: 0, failures: [] };
  const all: Required<Acknowledged> = { sources: [sourceId], claims: [], briefs: [] };
  for (let trial = 0; trial < trials; trial++) {
    const server = await startServer(notebook, dir);
    const acknowledged = await writeUntilKilled(server, sourceId, rng, 300 + Math.floor(rng() * 2_500));
    counts.trials++;
    counts.killedMidWay++;
    all.sources.push(...acknowledged.sources!);
    all.claims.push(...acknowledged.claims!);
    all.briefs.push(...acknowledged.briefs!);
    counts.acknowledged = all.sources.length + all.claims.length + all.briefs.length;
    record(counts, `browser-mode trial ${trial}`, checkNotebookAfterCrash(notebook, all));
    if (trial % 5 === 4 || trial === trials - 1) await verifyClean(counts, `browser-mode trial ${trial}`, notebook);
  }
  return counts;
}

export function killSummary(what: string, c: KillCounts): string {
  return `kill -9 ${what}: ${c.trials} trials (${c.killedMidWay} killed mid-way), ${c.acknowledged} acknowledged writes; ${c.damaged} integrity problems, ${c.lost} acknowledged writes lost, ${c.verifyFailures} verify failures`;
}

export { CLI };
