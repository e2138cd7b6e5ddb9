// Builds the citeproc engine of one citation style on a thread of its own, from the moment a
// command-line export starts, while the main thread loads the command line and reads the notebook
// (early-bibliography.ts); then formats the one bibliography it is sent and ends.
// workerData: { styleFile, localeFile, signal (a SharedArrayBuffer of one Int32), port }.
// The answer, { result } (citeproc's makeBibliography) or { error }, goes to `port`; then the
// signal turns 1, for the main thread waiting on it with Atomics.wait.
/* global structuredClone */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { workerData } from 'node:worker_threads';
import { makeCiteprocEngine } from '../citeproc-engine.mjs';

const { styleFile, localeFile, signal, port } = workerData;
const done = new Int32Array(signal);
const items = new Map();

function answer(message) {
  port.postMessage(message);
  Atomics.store(done, 0, 1);
  Atomics.notify(done, 0);
  port.close();
}
const failed = (error) => answer({ error: String(error?.message ?? error) });
process.on('uncaughtException', failed);

let engine = null;
let failure = null;
try {
  const csl = createRequire(import.meta.url)('citeproc');
  const locale = readFileSync(localeFile, 'utf8');
  // citeproc may annotate the objects it is given: it gets copies.
  const sys = { retrieveLocale: () => locale, retrieveItem: (id) => structuredClone(items.get(id)) };
  engine = makeCiteprocEngine(csl, sys, readFileSync(styleFile, 'utf8'));
} catch (error) {
  failure = error;
}

port.once('message', (keyed) => {
  if (!engine) return failed(failure);
  try {
    for (const item of keyed) items.set(item.id, item);
    engine.updateItems(keyed.map((item) => item.id));
    answer({ result: engine.makeBibliography() });
  } catch (error) {
    failed(error);
  }
});
