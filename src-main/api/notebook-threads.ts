/**
 * The notebook's own threads: a writer, which runs an import's long transactions on a connection
 * of its own, and a reader, which runs reads whose cost grows with the whole notebook (tasks in
 * store/thread-tasks.ts). The main process meanwhile answers other requests: SQLite's write-ahead
 * log lets its connection read while another writes. Writes stay one at a time: `dispatch` gives
 * the writer's tasks the notebook's write turn (write-turn.ts), as it gives its own transactions.
 *
 * A notebook with no file (in memory), or a thread that cannot open it, runs the tasks in-process,
 * on the notebook's own connection: the same results, only without the responsiveness.
 */
import { Worker } from 'node:worker_threads';
import { CasebookError, ERROR_CODES, type ErrorCode } from '../contract/errors';
import { workerDirectoryUrl } from '../importers/isolated-run';
import type { Notebook } from '../store/db';
import { runThreadTask, type ThreadTaskInput, type ThreadTaskName, type ThreadTaskOutput } from '../store/thread-tasks';
import { logError } from './error-log';

export interface NotebookThreads {
  /** Runs a write task on the writer thread. The caller holds the notebook's write turn. */
  write<T extends ThreadTaskName>(task: T, input: ThreadTaskInput<T>): Promise<ThreadTaskOutput<T>>;
  /** Runs a read task on the reader thread: it sees what the notebook's last commit holds. */
  read<T extends ThreadTaskName>(task: T, input: ThreadTaskInput<T>): Promise<ThreadTaskOutput<T>>;
}

export interface ThreadOptions {
  /** Where notebook-thread.mjs is (the importers' worker folder). */
  workerDirectory?: string | URL;
  /** false: every task runs in-process (the command line, which answers one request at a time). */
  enabled?: boolean;
}

interface ThreadError {
  name: string;
  code?: string;
  message: string;
}

/** The error a task threw, as the callers know it: a CasebookError with its code, or one with SQLite's code (busy, disk full…). */
function rebuilt({ name, code, message }: ThreadError): Error {
  if (name === 'CasebookError' && code && ERROR_CODES.includes(code as ErrorCode)) return new CasebookError(code as ErrorCode, message);
  return Object.assign(new Error(message), { code });
}

interface Pending {
  run(): unknown;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

class NotebookThread {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  /** The thread could not open the notebook: the tasks run in-process from then on. */
  private unavailable = false;

  constructor(
    private readonly notebook: Notebook,
    private readonly readonly: boolean,
    private readonly script: URL,
  ) {}

  run<T extends ThreadTaskName>(task: T, input: ThreadTaskInput<T>): Promise<ThreadTaskOutput<T>> {
    const here = () => runThreadTask(this.notebook.db, task, input);
    if (this.unavailable) return Promise.resolve().then(here);
    let worker: Worker;
    try {
      worker = this.worker ??= this.start();
    } catch (error) {
      this.runHereFromNowOn(error);
      return Promise.resolve().then(here);
    }
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { run: here, resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ id, task, input });
    });
  }

  close(): void {
    this.worker?.postMessage({ close: true });
    this.worker = undefined;
  }

  private runHereFromNowOn(why: unknown): void {
    if (!this.unavailable) logError('a notebook thread could not start; its work runs in-process', why);
    this.unavailable = true;
  }

  private settleHere(p: Pending): void {
    try {
      p.resolve(p.run());
    } catch (error) {
      p.reject(error);
    }
  }

  private start(): Worker {
    const { path, nativeBinding } = this.notebook;
    const worker = new Worker(this.script, { workerData: { path, readonly: this.readonly, nativeBinding } });
    worker.unref(); // an idle thread keeps no process alive
    let answered = false;
    worker.on('message', (m: { id: number; ok: boolean; value?: unknown; notStarted?: boolean; error?: ThreadError }) => {
      answered = true;
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.ok) return p.resolve(m.value);
      if (!m.notStarted) return p.reject(rebuilt(m.error as ThreadError));
      this.runHereFromNowOn(m.error?.message);
      this.settleHere(p);
      if (!this.pending.size) void worker.terminate();
    });
    // A thread that stopped (it crashed, or ran out of memory) fails what it was doing, which its
    // transaction rolled back; the next task starts a new one. One that never answered could not
    // start at all (its script missing): its tasks run here.
    const stopped = (why: unknown) => {
      if (this.worker === worker) this.worker = undefined;
      const pending = [...this.pending.values()];
      this.pending.clear();
      if (!pending.length) return;
      if (!answered) {
        this.runHereFromNowOn(why);
        return pending.forEach((p) => this.settleHere(p));
      }
      logError('a notebook thread stopped', why);
      for (const p of pending) p.reject(new Error(`the notebook thread stopped: ${String((why as Error)?.message ?? why)}`));
    };
    worker.on('error', stopped);
    worker.on('exit', (code) => stopped(`exit code ${code}`));
    return worker;
  }
}

const threadsOfNotebook = new WeakMap<Notebook, NotebookThreads>();

/** Runs every task in-process. */
const inProcess = (notebook: Notebook): NotebookThreads => ({
  write: async (task, input) => runThreadTask(notebook.db, task, input),
  read: async (task, input) => runThreadTask(notebook.db, task, input),
});

/** The notebook's threads, started on first use and closed with the notebook. */
export function notebookThreads(notebook: Notebook, options: ThreadOptions = {}): NotebookThreads {
  let threads = threadsOfNotebook.get(notebook);
  if (threads) return threads;
  if (options.enabled === false || !notebook.path || notebook.path === ':memory:' || notebook.damage) {
    threads = inProcess(notebook);
  } else {
    const script = new URL('notebook-thread.mjs', workerDirectoryUrl(options.workerDirectory));
    const writer = new NotebookThread(notebook, false, script);
    const reader = new NotebookThread(notebook, true, script);
    notebook.whenClosed(() => {
      writer.close();
      reader.close();
    });
    threads = { write: (task, input) => writer.run(task, input), read: (task, input) => reader.run(task, input) };
  }
  threadsOfNotebook.set(notebook, threads);
  return threads;
}
