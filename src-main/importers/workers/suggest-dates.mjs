// Worker job (see ../isolated-run.ts): the dates named in a long source's text, off the main
// thread. Reads { text, published } and posts { ok: true, value: PackedDateSpans }, after progress
// messages { progress: 0..1 } as it goes through the text in slices of whole paragraphs.
import { parentPort, workerData } from 'node:worker_threads';
import { dateSpans, packDateSpans } from './date-spans.mjs';
import { textOf } from './text-of.mjs';

const { published } = workerData;
const text = textOf(workerData.text);
const spans = dateSpans(text, published, (progress) => parentPort.postMessage({ progress }));
parentPort.postMessage({ ok: true, value: packDateSpans(spans) });
