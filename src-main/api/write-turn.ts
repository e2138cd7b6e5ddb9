/**
 * The notebook's write turn: one write at a time in this process. A write on the main connection
 * is one synchronous transaction and needs no turn of its own, but one on the writer thread
 * (notebook-threads.ts) takes a while; a main-process write meanwhile would find the notebook
 * locked and wait for it in SQLite's busy handler, which sleeps on the main thread and would hold
 * up every request. So each write waits for its turn here, without blocking anything.
 */
import type { Notebook } from '../store/db';

const lastOfNotebook = new WeakMap<Notebook, Promise<unknown>>();

/** Lets the requests waiting run (timers, I/O) before going on. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs `write` once every write the notebook was given before it has settled, in a turn of its
 * own: what came before it in this turn (reading a worker's answer) and the requests waiting go first.
 */
export function inWriteTurn<T>(notebook: Notebook, write: () => T | Promise<T>): Promise<T> {
  const turn = (lastOfNotebook.get(notebook) ?? Promise.resolve()).then(nextTurn).then(write);
  lastOfNotebook.set(
    notebook,
    turn.then(
      () => undefined,
      () => undefined,
    ),
  );
  return turn;
}
