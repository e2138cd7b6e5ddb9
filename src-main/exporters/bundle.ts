/**
 * The notebook bundle: one `.casebook` file to hand a whole case to someone else. A zip holding
 * `notebook.sqlite` (a consistent copy made with SQLite's online backup API) and `manifest.json`
 * (format version, when, counts, the SHA-256 of the database file and of every archived original).
 * Opening a bundle checks all of it before writing the notebook anywhere, and refuses a bundle that
 * was altered after it was made.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { z } from 'zod';
import type { VerifyReport } from '../contract/domain';
import { CasebookError } from '../contract/errors';
import { archivedBlobs, writeTrimmedCopy } from '../store/bundle-copy';
import { notebookCounts } from '../store/counts';
import { openNotebook, type Notebook, type OpenOptions } from '../store/db';
import { sha256Hex } from '../store/sources';
import { verifyNotebook } from '../store/verify';

export const BUNDLE_FORMAT = 'casebook-bundle';
export const BUNDLE_VERSION = 1;
const DB_ENTRY = 'notebook.sqlite';
const MANIFEST_ENTRY = 'manifest.json';
/** Larger entries than this are refused before they are inflated (a zip bomb, or not ours). */
const MAX_ENTRY_BYTES = 4 * 1024 ** 3;

const countsSchema = z.object({ sources: z.number(), claims: z.number(), evidence: z.number(), briefs: z.number() });
const manifestSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.number().int(),
  created: z.string(),
  schemaVersion: z.number().int(),
  counts: countsSchema,
  notebookSha256: z.string().regex(/^[0-9a-f]{64}$/),
  blobs: z.array(z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), size: z.number().int().min(0) })),
});
export type BundleManifest = z.infer<typeof manifestSchema>;
export type BundleCounts = z.infer<typeof countsSchema>;

/** Makes the bundle's bytes. */
export async function createBundle(notebook: Notebook, now = new Date()): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-bundle-'));
  const copyPath = join(dir, DB_ENTRY);
  try {
    const blobs: BundleManifest['blobs'] = [];
    const counts = await writeTrimmedCopy(notebook.db, copyPath, (row) => {
      if (sha256Hex(row.bytes) !== row.sha256) {
        throw new CasebookError(
          'DAMAGED_FILE',
          `The archived original ${row.sha256.slice(0, 12)}… in this notebook no longer matches its SHA-256, so the bundle would not verify. Run “verify” to see what is damaged. No bundle was made.`,
        );
      }
      blobs.push({ sha256: row.sha256, size: row.size });
    });
    const bytes = readFileSync(copyPath);
    const manifest: BundleManifest = {
      format: BUNDLE_FORMAT,
      formatVersion: BUNDLE_VERSION,
      created: now.toISOString(),
      schemaVersion: notebook.schemaVersion,
      counts,
      notebookSha256: sha256Hex(bytes),
      blobs,
    };
    return zipSync({ [MANIFEST_ENTRY]: strToU8(`${JSON.stringify(manifest, null, 2)}\n`), [DB_ENTRY]: [new Uint8Array(bytes), { level: 6 }] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const tampered = (name: string, what: string) =>
  new CasebookError('DAMAGED_FILE', `“${name}” has been altered or damaged since it was made: ${what}. It was not opened; ask for a fresh copy of the bundle.`);

function readEntries(name: string, bytes: Uint8Array): { manifest: BundleManifest; db: Uint8Array } {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if ((f.name === DB_ENTRY || f.name === MANIFEST_ENTRY) && f.originalSize > MAX_ENTRY_BYTES) {
          throw new CasebookError('TOO_LARGE', `“${name}” holds a notebook larger than Casebook opens (${Math.round(f.originalSize / 1024 ** 3)} GB).`);
        }
        return f.name === DB_ENTRY || f.name === MANIFEST_ENTRY;
      },
    });
  } catch (err) {
    if (err instanceof CasebookError) throw err;
    throw new CasebookError('DAMAGED_FILE', `“${name}” is not a Casebook bundle (it is not a readable zip file).`);
  }
  if (!files[MANIFEST_ENTRY] || !files[DB_ENTRY]) {
    throw new CasebookError('DAMAGED_FILE', `“${name}” is not a Casebook bundle: it lacks its ${!files[MANIFEST_ENTRY] ? 'manifest' : 'notebook'}.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(strFromU8(files[MANIFEST_ENTRY]));
  } catch {
    throw tampered(name, 'its manifest is not valid JSON');
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const format = (json as { format?: unknown } | null)?.format;
    if (format !== BUNDLE_FORMAT) throw new CasebookError('DAMAGED_FILE', `“${name}” is not a Casebook bundle (its manifest is of another kind).`);
    throw tampered(name, 'its manifest is incomplete');
  }
  if (parsed.data.formatVersion > BUNDLE_VERSION) {
    throw new CasebookError('NEWER_NOTEBOOK', `“${name}” was made by a newer version of Casebook (bundle format ${parsed.data.formatVersion}). Update Casebook to open it.`);
  }
  return { manifest: parsed.data, db: files[DB_ENTRY] };
}

/** Every archived original in the copy must be the one the manifest lists, byte for byte. */
function checkBlobs(name: string, notebook: Notebook, manifest: BundleManifest): void {
  const expected = new Map(manifest.blobs.map((b) => [b.sha256, b.size]));
  let seen = 0;
  for (const row of archivedBlobs(notebook.db)) {
    seen++;
    const actual = sha256Hex(row.bytes);
    if (!expected.has(row.sha256)) throw tampered(name, `it holds an archived original (${row.sha256.slice(0, 12)}…) its manifest does not list`);
    if (actual !== row.sha256 || expected.get(row.sha256) !== row.bytes.length) {
      throw tampered(name, `the archived original ${row.sha256.slice(0, 12)}… no longer matches its SHA-256`);
    }
  }
  if (seen !== expected.size) throw tampered(name, `${expected.size - seen} archived original(s) listed in its manifest are missing`);
}

export interface BundleImportOptions {
  /** Replace an existing file at the destination. */
  force?: boolean;
  openOptions?: OpenOptions;
}

export interface BundleImportResult {
  path: string;
  manifest: BundleManifest;
  counts: BundleCounts;
  verify: VerifyReport;
}

/** Checks a bundle and writes its notebook to `destPath` (never over an existing file without `force`). */
export function importBundle(bundleName: string, bytes: Uint8Array, destPath: string, options: BundleImportOptions = {}): BundleImportResult {
  if (existsSync(destPath) && !options.force) {
    throw new CasebookError('CONFLICT', `“${basename(destPath)}” already exists; choose another name, or confirm to replace it.`);
  }
  const { manifest, db } = readEntries(bundleName, bytes);
  if (sha256Hex(db) !== manifest.notebookSha256) throw tampered(bundleName, 'its notebook does not match the SHA-256 in its manifest');

  // Checked in a temporary file beside the destination, then moved into place in one step.
  mkdirSync(dirname(destPath), { recursive: true });
  const workDir = mkdtempSync(join(dirname(destPath), '.casebook-open-'));
  const workPath = join(workDir, DB_ENTRY);
  try {
    writeFileSync(workPath, db);
    let notebook: Notebook;
    try {
      notebook = openNotebook(workPath, options.openOptions);
    } catch (err) {
      if (err instanceof CasebookError && err.code === 'NEWER_NOTEBOOK') throw err;
      throw tampered(bundleName, 'its notebook cannot be opened');
    }
    let counts: BundleCounts;
    let verify: VerifyReport;
    try {
      checkBlobs(bundleName, notebook, manifest);
      counts = notebookCounts(notebook.db);
      if (JSON.stringify(counts) !== JSON.stringify(manifest.counts)) throw tampered(bundleName, 'its notebook holds other records than its manifest counts');
      verify = verifyNotebook(notebook.db);
      if (!verify.ok) throw tampered(bundleName, verify.problems.slice(0, 3).join(' '));
    } finally {
      notebook.close();
    }
    if (!options.force && existsSync(destPath)) throw new CasebookError('CONFLICT', `“${basename(destPath)}” already exists; choose another name, or confirm to replace it.`);
    renameSync(workPath, destPath);
    // A replaced notebook's write-ahead log must not be replayed into the new one.
    for (const suffix of ['-wal', '-shm']) rmSync(`${destPath}${suffix}`, { force: true });
    return { path: destPath, manifest, counts, verify };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
