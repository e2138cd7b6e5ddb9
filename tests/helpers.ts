/** Shared test helpers: temp folders and fixture paths. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CasebookError } from '../src-main/contract/errors';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');
/** The shared folder beside the checkout (optional corpora that are not copied into the repo). */
export const SHARED_FIXTURES = join(ROOT, '..', 'shared', 'fixtures');

export function fixture(...parts: string[]): string {
  return join(FIXTURES, ...parts);
}

export function readFixture(...parts: string[]): Buffer {
  return readFileSync(fixture(...parts));
}

/** A fresh temp folder, removed by the returned cleanup. */
export function tempDir(prefix = 'casebook-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A small seeded generator (mulberry32): the same sequence every run, so a failing case can be replayed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The CasebookError a promise rejects with; any other outcome fails the test. */
export async function caught(promise: Promise<unknown>): Promise<CasebookError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CasebookError) return error;
    throw error;
  }
  throw new Error('expected a CasebookError');
}
