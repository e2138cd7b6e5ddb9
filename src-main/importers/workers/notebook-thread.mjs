// One of the notebook's own threads (../../api/notebook-threads.ts): a connection of its own to
// the notebook, read-only or read-write, running one task at a time (../../store/thread-tasks.ts,
// loaded through tsx in a checkout, or the bundled ../notebook-thread.js in the Electron build).
// A message { id, task, input } is answered { id, ok, value } or { id, ok: false, error } with the
// error's name, code (SQLITE_BUSY, a CasebookError's code…) and message, and notStarted when the
// thread could not open the notebook; { close: true } closes.
import { parentPort, workerData } from 'node:worker_threads';
import { loadAppModule } from './load-app-module.mjs';

const ready = loadAppModule(new URL('../../store/thread-tasks.ts', import.meta.url), new URL('../notebook-thread.js', import.meta.url)).then((tasks) => ({ tasks, db: tasks.openThreadConnection(workerData.path, workerData) }));
// A failure to start is answered to every task, so the main process can run them itself.
ready.catch(() => {});

parentPort.on('message', async (message) => {
  if (message.close) {
    try {
      (await ready).db.close();
    } finally {
      process.exit(0);
    }
  }
  const { id, task, input } = message;
  let started;
  try {
    started = await ready;
  } catch (error) {
    parentPort.postMessage({ id, ok: false, notStarted: true, error: described(error) });
    return;
  }
  try {
    const value = started.tasks.runThreadTask(started.db, task, input);
    // JSON written here (../../contract/json-text.ts) is handed over, not copied.
    const bytes = value?.casebookJson instanceof Uint8Array ? [value.casebookJson.buffer] : [];
    parentPort.postMessage({ id, ok: true, value }, bytes);
  } catch (error) {
    parentPort.postMessage({ id, ok: false, error: described(error) });
  }
});

function described(error) {
  return { name: String(error?.name ?? 'Error'), code: typeof error?.code === 'string' ? error.code : undefined, message: String(error?.message ?? error) };
}
