/**
 * Like runIsolated, for a job module that answers messages (one job per message) and is worth
 * keeping warm: starting a worker that loads the importers costs a second or more, far more than
 * parsing a typical file. One idle worker per job module and limits is kept (unref'd: it never
 * keeps the process alive by itself, but a command line ends them, closeIdleWorkers); a worker that timed out, ran out of memory or crashed is thrown away
 * and the next job starts a fresh one. Jobs run one per worker; concurrent jobs get more workers.
 */
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { DEFAULT_ISOLATION_LIMITS, workerDirectoryUrl, type IsolatedOutcome, type IsolationOptions } from './isolated-run';

interface JobMessage {
  ok?: unknown;
  value?: unknown;
  error?: { kind?: unknown; message?: unknown };
}

const idle = new Map<string, Worker>();

function startWorker(jobUrl: URL, maxMemoryMb: number, key: string): Worker {
  const worker = new Worker(jobUrl, {
    resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, maxMemoryMb / 8)) },
    stdout: true,
    stderr: true,
  });
  worker.stdout.resume();
  worker.stderr.resume();
  worker.once('exit', () => idle.get(key) === worker && idle.delete(key));
  return worker;
}

/** Runs one job on a pooled worker of `job`; never rejects (every ending is an outcome). */
export function runPooled<T>(job: string, input: unknown, schema: z.ZodType<T>, options: IsolationOptions = {}): Promise<IsolatedOutcome<T>> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_ISOLATION_LIMITS.timeoutMs;
  const maxMemoryMb = options.maxMemoryMb ?? DEFAULT_ISOLATION_LIMITS.maxMemoryMb;
  const jobUrl = new URL(job, workerDirectoryUrl(options.workerDirectory));
  if (!existsSync(fileURLToPath(jobUrl))) return Promise.resolve({ status: 'unavailable', message: `no job module at ${fileURLToPath(jobUrl)}` });
  const key = `${jobUrl.href}|${maxMemoryMb}`;

  return new Promise((resolve) => {
    let worker = idle.get(key);
    idle.delete(key);
    try {
      worker ??= startWorker(jobUrl, maxMemoryMb, key);
    } catch (error) {
      resolve({ status: 'crashed', message: error instanceof Error ? error.message : String(error) });
      return;
    }
    const used = worker;
    used.ref();
    let settled = false;
    const settle = (outcome: IsolatedOutcome<T>, reusable: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      used.off('message', onMessage);
      used.off('error', onError);
      used.off('exit', onExit);
      if (reusable && !idle.has(key)) {
        used.unref();
        idle.set(key, used);
      } else {
        void used.terminate();
      }
      resolve(outcome);
    };
    const timer = setTimeout(() => settle({ status: 'timeout' }, false), timeoutMs);
    const onMessage = (message: JobMessage) => {
      if (message?.ok === true) {
        const parsed = schema.safeParse(message.value);
        settle(parsed.success ? { status: 'done', value: parsed.data } : { status: 'crashed', message: `unexpected job result: ${parsed.error.message}` }, parsed.success);
      } else if (message?.ok === false && typeof message.error?.kind === 'string') {
        settle({ status: 'failed', kind: message.error.kind, message: String(message.error.message ?? '') }, message.error.kind !== 'crashed');
      } else {
        settle({ status: 'crashed', message: 'unexpected message from the job' }, false);
      }
    };
    const onError = (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') settle({ status: 'out_of_memory' }, false);
      else if (error.code === 'ERR_MODULE_NOT_FOUND') settle({ status: 'unavailable', message: error.message }, false);
      else settle({ status: 'crashed', message: error.message }, false);
    };
    const onExit = (code: number) => settle({ status: 'crashed', message: `the job ended (exit code ${code}) without an answer` }, false);
    used.on('message', onMessage);
    used.on('error', onError);
    used.on('exit', onExit);
    used.postMessage(input);
  });
}

/** Ends the idle workers (a command line that is done: a kept worker's output streams would hold the process open). */
export async function closeIdleWorkers(): Promise<void> {
  const workers = [...idle.values()];
  idle.clear();
  await Promise.all(workers.map((worker) => worker.terminate()));
}
