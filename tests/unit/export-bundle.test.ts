/**
 * The .casebook bundle: exported through the API, opened again with every blob checked against
 * the manifest; a tampered bundle, a foreign zip and an existing destination are refused.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../src-main/api/dispatch';
import { CasebookError } from '../../src-main/contract/errors';
import { importBundle, type BundleManifest } from '../../src-main/exporters/bundle';
import { sha256Hex } from '../../src-main/store/sources';
import { openNotebook } from '../../src-main/store/db';
import { buildSeed, ok, type Seed } from './export-seed';

let seed: Seed;
let bundle: Uint8Array;

beforeAll(async () => {
  seed = await buildSeed();
  const out = await ok(seed.api, 'exports.bundle', {});
  expect(out.fileName).toBe('belarus-cuba.casebook');
  bundle = new Uint8Array(Buffer.from(out.data, 'base64'));
}, 60_000);
afterAll(() => seed?.cleanup());

function expectRefused(fn: () => unknown, code: string, words: RegExp): void {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(CasebookError);
    expect((err as CasebookError).code).toBe(code);
    expect((err as CasebookError).message).toMatch(words);
    return;
  }
  throw new Error('expected a refusal');
}

describe('notebook bundle', () => {
  it('holds the notebook and a manifest with the counts and every blob’s SHA-256', () => {
    const files = unzipSync(bundle);
    expect(Object.keys(files).sort()).toEqual(['manifest.json', 'notebook.sqlite']);
    const manifest = JSON.parse(strFromU8(files['manifest.json'])) as BundleManifest;
    expect(manifest).toMatchObject({ format: 'casebook-bundle', formatVersion: 1, counts: { sources: seed.sources.size, claims: seed.claims.length, evidence: seed.links.length, briefs: 1 } });
    expect(manifest.notebookSha256).toBe(sha256Hex(files['notebook.sqlite']));
    expect(manifest.blobs.map((b) => b.sha256).sort()).toEqual([...seed.sources.values()].map((s) => s.sha256).sort());
    expect(strFromU8(files['notebook.sqlite'].subarray(0, 15))).toBe('SQLite format 3');
  });

  it('round-trips: the imported notebook has the same counts, claims and text, and verifies', async () => {
    const dest = join(seed.dir, 'opened.casebook');
    const result = importBundle('belarus-cuba.casebook', bundle, dest);
    expect(result.verify.ok).toBe(true);
    const notebook = openNotebook(dest);
    try {
      const api = createApi(notebook);
      const info = await ok(api, 'notebook.info', {});
      expect(info.counts).toEqual({ sources: seed.sources.size, claims: seed.claims.length, evidence: seed.links.length, briefs: 1 });
      expect((await ok(api, 'notebook.verify', {})).ok).toBe(true);
      const { claims } = await ok(api, 'claims.list', {});
      expect(claims.map((c) => [c.id, c.statement, c.start, c.end]).sort()).toEqual(seed.claims.map((c) => [c.id, c.statement, c.start, c.end]).sort());
      const hits = await ok(api, 'search.query', { query: 'Beltechexport' });
      expect(hits.hits.length).toBeGreaterThan(0);
    } finally {
      notebook.close();
    }
  });

  it('never replaces an existing file without force', () => {
    const dest = join(seed.dir, 'existing.casebook');
    writeFileSync(dest, 'keep me');
    expectRefused(() => importBundle('b.casebook', bundle, dest), 'CONFLICT', /already exists/);
    expect(readFileSync(dest, 'utf8')).toBe('keep me');
    importBundle('b.casebook', bundle, dest, { force: true });
    expect(readFileSync(dest).subarray(0, 15).toString()).toBe('SQLite format 3');
  });

  it('refuses a bundle whose archived original was altered, even with the manifest hash patched', () => {
    const files = unzipSync(bundle);
    const path = join(seed.dir, 'tamper.sqlite');
    writeFileSync(path, files['notebook.sqlite']);
    const db = new Database(path);
    db.prepare("UPDATE blobs SET bytes = CAST(replace(CAST(bytes AS TEXT), 'Borchuk', 'Borchak') AS BLOB) WHERE instr(CAST(bytes AS TEXT), 'Borchuk') > 0").run();
    db.close();
    const altered = readFileSync(path);
    const manifest = JSON.parse(strFromU8(files['manifest.json'])) as BundleManifest;
    // A careless forger: the database changed, the manifest not.
    const naive = zipSync({ 'manifest.json': files['manifest.json'], 'notebook.sqlite': new Uint8Array(altered) });
    expectRefused(() => importBundle('naive.casebook', naive, join(seed.dir, 'n.casebook')), 'DAMAGED_FILE', /altered or damaged.*notebook does not match/);
    // A careful one: the file hash in the manifest patched too; the blob hashes still give it away.
    const patched = zipSync({ 'manifest.json': strToU8(JSON.stringify({ ...manifest, notebookSha256: sha256Hex(altered) })), 'notebook.sqlite': new Uint8Array(altered) });
    const dest = join(seed.dir, 'p.casebook');
    expectRefused(() => importBundle('patched.casebook', patched, dest), 'DAMAGED_FILE', /archived original [0-9a-f]{12}… no longer matches its SHA-256/);
    expect(existsSync(dest)).toBe(false);
  });

  it('refuses what is not a bundle, in words', () => {
    const dest = join(seed.dir, 'x.casebook');
    expectRefused(() => importBundle('notes.txt', strToU8('just text'), dest), 'DAMAGED_FILE', /not a Casebook bundle/);
    expectRefused(() => importBundle('other.zip', zipSync({ 'a.txt': strToU8('hello') }), dest), 'DAMAGED_FILE', /not a Casebook bundle/);
    expect(existsSync(dest)).toBe(false);
  });
});
