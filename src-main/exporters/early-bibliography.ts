/**
 * The citation style engine of a command-line export, built on a thread of its own from the start
 * (cli/start-early.ts) while the main thread loads the command line, reads the notebook and loads
 * the PDF printer: building APA's engine is half a second of CPU, Chicago's more. The export's one
 * bibliography is then formatted there (bibliography.ts), and the thread ends. The main thread
 * waits for it synchronously (the brief model is built synchronously): should the thread never
 * answer, the wait gives up after WAIT_MS and the bibliography is formatted in-process, as it is
 * whenever no engine was started early.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type CslModule from 'citeproc';
import type { CslItem } from './csl-items';

export type RawBibliography = ReturnType<InstanceType<(typeof CslModule)['Engine']>['makeBibliography']>;

interface EarlyEngine {
  styleFile: string;
  worker: Worker;
  port: MessagePort;
  done: Int32Array;
}

/** Far longer than any engine takes to build, even on a machine under load. */
const WAIT_MS = 60_000;

let pending: EarlyEngine | null = null;

/** Starts building the engine of the CSL style in `styleFile`, for the next bibliography of this process. */
export function startBibliographyEngine(styleFile: string, localeFile: string): void {
  if (pending) return;
  const signal = new SharedArrayBuffer(4);
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(new URL('./workers/bibliography.mjs', import.meta.url), {
    workerData: { styleFile, localeFile, signal, port: port2 },
    transferList: [port2],
  });
  worker.on('error', () => {}); // the bibliography is then formatted in-process
  // Never keeps the process alive: an export that does not use it simply exits.
  worker.unref();
  port1.unref();
  pending = { styleFile, worker, port: port1, done: new Int32Array(signal) };
}

/**
 * citeproc's bibliography of `items` (each id unique) from the engine started early for
 * `styleFile`, or null when there is none (or it failed): format it in-process then.
 */
export function formatWithEarlyEngine(styleFile: string, items: CslItem[]): RawBibliography | null {
  const early = pending;
  pending = null;
  if (!early) return null;
  try {
    if (early.styleFile !== styleFile) return null;
    early.port.postMessage(items);
    if (Atomics.wait(early.done, 0, 0, WAIT_MS) === 'timed-out') return null;
    const answer = receiveMessageOnPort(early.port)?.message as { result?: RawBibliography } | undefined;
    return answer && 'result' in answer ? (answer.result ?? false) : null;
  } finally {
    early.port.close();
    void early.worker.terminate();
  }
}

/** Whether an engine started early is waiting for a bibliography. */
export function hasEarlyEngine(): boolean {
  return pending !== null;
}
