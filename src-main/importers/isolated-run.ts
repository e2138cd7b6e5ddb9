/**
 * Runs a parsing job on hostile input in a worker thread with a memory cap and a deadline, so a
 * file built to stall or exhaust a parser costs a bounded wait instead of a hung or crashed app.
 *
 * Each job is a plain JavaScript module in ./workers/ (no TypeScript: vitest and tsx would
 * transpile it, but a Worker loads it straight from disk, and in the Electron build it is not
 * bundled). It reads `workerData`, imports only npm packages, and posts back exactly one
 * message: `{ ok: true, value }` or `{ ok: false, error: { kind, message } }`.
 *
 * Where the workers are: beside this file in the source tree (vitest, tsx). The Electron build
 * copies src-main/importers/workers/ next to the bundled main script and names that folder in
 * `createApi`'s options (`isolation.workerDirectory`), which reach every job from there.
 */
import { Worker } from 'node:worker_threads';
import { resolve as resolvePath } from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { z } from 'zod';
import { CasebookError } from '../contract/errors';

export interface IsolationLimits {
  /** After this long the worker is terminated and the job counts as timed out. */
  timeoutMs: number;
  /** The worker's V8 heap cap (old generation), in MB. */
  maxMemoryMb: number;
}

export const DEFAULT_ISOLATION_LIMITS: Readonly<IsolationLimits> = { timeoutMs: 30_000, maxMemoryMb: 512 };

/** Limits other than the defaults, and where the worker modules are when not beside this file. */
export interface IsolationOptions extends Partial<IsolationLimits> {
  workerDirectory?: string | URL;
  /** Called with 0..1 when the job posts `{ progress }` messages before its answer. */
  onProgress?: (fraction: number) => void;
}

const DEFAULT_WORKER_DIRECTORY = new URL('./workers/', import.meta.url);

/** A folder given as a path or a file: URL, as a URL ending in "/" (so names resolve inside it). */
function asDirectoryUrl(directory: string | URL): URL {
  const url = typeof directory === 'string' && !directory.startsWith('file:') ? pathToFileURL(resolvePath(directory)) : new URL(directory);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/** The folder of the job modules: the one given, else the one beside this file. */
export function workerDirectoryUrl(directory: string | URL | undefined): URL {
  return directory === undefined ? DEFAULT_WORKER_DIRECTORY : asDirectoryUrl(directory);
}

export type IsolatedOutcome<T> =
  | { status: 'done'; value: T }
  /** The job ran and reported a failure of its own (kind is the job's word for it). */
  | { status: 'failed'; kind: string; message: string }
  | { status: 'timeout' }
  | { status: 'out_of_memory' }
  /** The job's module, or a package it imports, is missing: the app is broken, not the file. */
  | { status: 'unavailable'; message: string }
  /** The worker died or answered something that is not a job result. */
  | { status: 'crashed'; message: string };

interface JobMessage {
  progress?: unknown;
  ok?: unknown;
  value?: unknown;
  error?: { kind?: unknown; message?: unknown };
}

/**
 * Runs `workers/<job>` with `input` as its workerData (structured-cloned) and checks its answer
 * against `schema`. Never rejects: every way the job can end is an outcome.
 */
export function runIsolated<T>(job: string, input: unknown, schema: z.ZodType<T>, options: IsolationOptions = {}): Promise<IsolatedOutcome<T>> {
  const { timeoutMs, maxMemoryMb } = { ...DEFAULT_ISOLATION_LIMITS, ...withoutUndefined(options) };
  const workerDirectory = workerDirectoryUrl(options.workerDirectory);
  return new Promise((resolve) => {
    let settled = false;
    let worker: Worker | undefined;
    const settle = (outcome: IsolatedOutcome<T>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker?.terminate();
      resolve(outcome);
    };
    const timer = setTimeout(() => settle({ status: 'timeout' }), timeoutMs);

    const jobUrl = new URL(job, workerDirectory);
    if (!existsSync(fileURLToPath(jobUrl))) {
      settle({ status: 'unavailable', message: `no job module at ${fileURLToPath(jobUrl)}` });
      return;
    }
    try {
      worker = new Worker(jobUrl, {
        workerData: input,
        resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, maxMemoryMb / 8)) },
        // The jobs' console output is theirs to keep; nothing of it belongs on ours.
        stdout: true,
        stderr: true,
      });
    } catch (error) {
      settle({ status: 'crashed', message: error instanceof Error ? error.message : String(error) });
      return;
    }
    worker.stdout.resume();
    worker.stderr.resume();
    worker.on('message', (message: JobMessage) => {
      if (typeof message?.progress === 'number' && message.ok === undefined) {
        options.onProgress?.(message.progress);
      } else if (message?.ok === true) {
        const parsed = schema.safeParse(message.value);
        settle(parsed.success ? { status: 'done', value: parsed.data } : { status: 'crashed', message: `unexpected job result: ${parsed.error.message}` });
      } else if (message?.ok === false && typeof message.error?.kind === 'string') {
        settle({ status: 'failed', kind: message.error.kind, message: String(message.error.message ?? '') });
      } else {
        settle({ status: 'crashed', message: 'unexpected message from the job' });
      }
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') settle({ status: 'out_of_memory' });
      else if (error.code === 'ERR_MODULE_NOT_FOUND') settle({ status: 'unavailable', message: error.message });
      else settle({ status: 'crashed', message: error.message });
    });
    worker.on('exit', (code) => settle({ status: 'crashed', message: `the job ended (exit code ${code}) without an answer` }));
  });
}

function withoutUndefined(limits: Partial<IsolationLimits>): Partial<IsolationLimits> {
  return Object.fromEntries(Object.entries(limits).filter(([, v]) => v !== undefined));
}

/** How a reader's failures read to the analyst; each importer words its own. */
export interface ReaderFailures {
  /** The reader's name, as in "Casebook could not start its PDF reader". */
  reader: string;
  /** The error for a file the reader could not read; `why` is the reason when it is known. */
  damaged(why?: string): CasebookError;
  /** The error for a failure the job reported itself (by its kind, with its message); undefined: a damaged file. */
  failed?(kind: string, message: string): CasebookError | undefined;
}

/** Runs a job like `runIsolated` and returns its value, or throws the error its outcome means. */
export async function runIsolatedOrThrow<T>(job: string, input: unknown, schema: z.ZodType<T>, failures: ReaderFailures, options: IsolationOptions = {}, run = runIsolated<T>): Promise<T> {
  const outcome = await run(job, input, schema, options);
  switch (outcome.status) {
    case 'done':
      return outcome.value;
    case 'timeout':
      throw failures.damaged('reading it took too long, so Casebook gave up');
    case 'out_of_memory':
      throw failures.damaged('reading it needed more memory than Casebook allows');
    case 'unavailable':
      throw new CasebookError('INTERNAL', `Casebook could not start its ${failures.reader} reader: part of the app is missing. Reinstalling Casebook should fix this.`);
    case 'crashed':
      throw failures.damaged();
    case 'failed':
      throw failures.failed?.(outcome.kind, outcome.message) ?? failures.damaged();
  }
}
