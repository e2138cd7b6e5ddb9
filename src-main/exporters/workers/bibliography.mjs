// Builds the citeproc engine of one citation style on a thread of its own, from the moment a
// command-line export starts, while the main thread loads the command line and reads the notebook
// (early-bibliography.ts); then formats the one bibliography it is sent and ends.
// workerData: { styleFile, localeFile, signal (a SharedArrayBuffer of one Int32), port }.
// The answer, { result } (citeproc's makeBibliography) or { error }, goes to `port`; then the
// signal turns 1, for the main thread waiting on it with Atomics.wait.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { workerData } from 'node:worker_threads';
import { makeBibliographyFormatter } from '../citeproc-engine.mjs';

const { styleFile, localeFile, signal, port } = workerData;
const done = new Int32Array(signal);

function answer(message) {
  port.postMessage(message);
  Atomics.store(done, 0, 1);
  Atomics.notify(done, 0);
  port.close();
}
const failed = (error) => answer({ error: String(error?.message ?? error) });
process.on('uncaughtException', failed);

let format = null;
let failure = null;
try {
  const csl = createRequire(import.meta.url)('citeproc');
  format = makeBibliographyFormatter(csl, readFileSync(localeFile, 'utf8'), readFileSync(styleFile, 'utf8'));
} catch (error) {
  failure = error;
}

port.once('message', (keyed) => {
  if (!format) return failed(failure);
  try {
    answer({ result: format(keyed) });
  } catch (error) {
    failed(error);
  }
});
