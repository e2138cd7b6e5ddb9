// Parses text, Markdown and HTML files off the main thread, one job per message, for as long as
// the pool keeps it (isolated-pool.ts). The importers themselves are TypeScript: loaded from
// ../parse-in-worker.ts through tsx in a checkout (tests, the command line, browser mode), or from
// the bundled ../import-parse.js in the Electron build.
// A job: { format, bytes, fileName, pack } (pack: the document comes back packed, ../packed-document.ts). A CasebookError comes back as its code and message.
// It also runs the language work on a long text (../../analysis/off-thread.ts): { task: 'entities',
// text } finds its entities (packed), { task: 'rank', text, dates } ranks its sentences (dates packed, date-spans.mjs).
import { parentPort } from 'node:worker_threads';
import { loadAppModule } from './load-app-module.mjs';
import { textOf } from './text-of.mjs';

const importers = loadAppModule(new URL('../parse-in-worker.ts', import.meta.url), new URL('../import-parse.js', import.meta.url));

parentPort.on('message', async ({ task, format, bytes, fileName, pack, text, dates }) => {
  try {
    const { parseDocument, parseDocumentPacked, findEntitiesPacked, rankSentencesPacked } = await importers;
    const value = task === 'entities' ? findEntitiesPacked(textOf(text)) : task === 'rank' ? rankSentencesPacked(textOf(text), dates) : await (pack ? parseDocumentPacked : parseDocument)(format, { bytes, fileName });
    parentPort.postMessage({ ok: true, value });
  } catch (error) {
    const casebook = error && error.name === 'CasebookError' && typeof error.code === 'string';
    parentPort.postMessage({
      ok: false,
      error: casebook ? { kind: `casebook:${error.code}`, message: String(error.message) } : { kind: 'crashed', message: String(error?.message ?? error) },
    });
  }
});
