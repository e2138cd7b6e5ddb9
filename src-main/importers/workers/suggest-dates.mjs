// Worker job (see ../isolated-run.ts): the dates named in a long source's text, off the main
// thread. Reads { text, published } and posts { ok: true, value: DateSpan[] }, after progress
// messages { progress: 0..1 } as it goes through the text in slices of whole paragraphs.
import { parentPort, workerData } from 'node:worker_threads';
import { dateSpans } from './date-spans.mjs';

const SLICE = 20_000;
const { text, published } = workerData;
const spans = [];
let at = 0;
while (at < text.length) {
  let end = Math.min(text.length, at + SLICE);
  if (end < text.length) {
    const para = text.indexOf('\n\n', end);
    end = para === -1 ? text.length : para;
  }
  for (const s of dateSpans(text.slice(at, end), published)) spans.push({ ...s, start: s.start + at, end: s.end + at });
  at = end;
  parentPort.postMessage({ progress: at / text.length });
}
parentPort.postMessage({ ok: true, value: spans });
