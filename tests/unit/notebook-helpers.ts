/** Helpers for tests that drive a real notebook file through the real dispatch. */
import { join } from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';
import { createApi, type Api } from '../../src-main/api/dispatch';
import type { ApiOptions } from '../../src-main/api/context';
import type { MethodName } from '../../src-main/contract/methods';
import { openNotebook } from '../../src-main/store/db';
import { readFixture, tempDir } from '../helpers';
import { ok } from '../api-call';
export { ok };

export interface TestNotebook {
  api: Api;
  path: string;
  close(): void;
}

export function openTestNotebook(options: ApiOptions = {}): TestNotebook {
  const { dir, cleanup } = tempDir();
  const path = join(dir, 'test.sqlite');
  const notebook = openNotebook(path);
  return {
    api: createApi(notebook, options),
    path,
    close: () => {
      notebook.close();
      cleanup();
    },
  };
}

/** Calls a method and fails the test with the API's own message when it does not succeed. */

/** Calls a method that must fail, and returns its error. */
export async function fails<M extends MethodName>(api: Api, method: M, input: unknown) {
  const result = await api.dispatch(method, input);
  expect(result.ok, `${method} should have failed`).toBe(false);
  if (result.ok) throw new Error('unreachable');
  return result.error;
}

export async function importFixture(api: Api, ...parts: string[]) {
  const bytes = readFixture(...parts);
  return ok(api, 'sources.import', { fileName: parts[parts.length - 1], data: bytes.toString('base64') });
}

/** Every table's row count plus the audit log: equal snapshots mean nothing was written. */
export function snapshot(api: Api): Record<string, number> {
  const db = api.notebook.db;
  const tables = ['blobs', 'sources', 'documents', 'blocks', 'claims', 'evidence_links', 'tags', 'claim_tags', 'briefs', 'audit_log', 'search_docs', 'search_index'];
  return Object.fromEntries(tables.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
}

export const SEED = ['reports', '000_f21f05dd4cd8cb1c.txt'] as const;
export const WH_FACT_SHEET = [
  'topic',
  'us-gov-whitehouse',
  '2026-01-29-fact-sheet-president-donald-j-trump-addresses-threats-to-the-united-states-by-the-government-of-cuba.md',
] as const;

export interface SeededNotebook extends TestNotebook {
  /** The seed report's plain text (what offsets point into). */
  seedText: string;
  seedId: string;
  factSheetId: string;
}

/** A test notebook holding the seed report and the White House fact sheet (SEED, WH_FACT_SHEET). */
export async function openSeededNotebook(): Promise<SeededNotebook> {
  const nb = openTestNotebook();
  const seedId = (await importFixture(nb.api, ...SEED)).source.id;
  const factSheetId = (await importFixture(nb.api, ...WH_FACT_SHEET)).source.id;
  const seedText = (await ok(nb.api, 'sources.text', { id: seedId })).text;
  return { ...nb, seedId, factSheetId, seedText };
}

/** A notebook opened by `open` before each test of the file or `describe`, closed after it; `ready` gets it (to keep in the test's own variables). */
export function notebookPerTest<T extends TestNotebook>(open: () => T | Promise<T>, ready: (nb: T) => void): void {
  let nb: T | undefined;
  beforeEach(async () => {
    nb = await open();
    ready(nb);
  });
  afterEach(() => nb?.close());
}
