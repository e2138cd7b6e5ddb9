import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CasebookError } from '../../src-main/contract/errors';
import { APPLICATION_ID, migrate, openNotebook } from '../../src-main/store/db';
import { LATEST_VERSION, MIGRATIONS, type Migration } from '../../src-main/store/migrations/index';
import { listSources } from '../../src-main/store/source-list';
import { fixture, tempDir } from '../helpers';
import { createApi } from '../../src-main/api/dispatch';
import { ok, SEED } from './notebook-helpers';

/** Applies `migrations` in order to a bare database, recording each as its user_version, as the Casebook of that version did. */
function applyMigrations(db: Database.Database, migrations: readonly Migration[]): void {
  for (const m of migrations) {
    m.up(db);
    db.pragma(`user_version = ${m.version}`);
  }
}

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
function temp(): string {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

function openError(path: string): CasebookError {
  try {
    openNotebook(path).close();
  } catch (err) {
    return err as CasebookError;
  }
  throw new Error('openNotebook should have refused the file');
}

describe('opening a notebook', () => {
  it('creates a new notebook in WAL mode at the latest schema, marked as Casebook', () => {
    const path = join(temp(), 'new.sqlite');
    const nb = openNotebook(path);
    expect(nb.schemaVersion).toBe(LATEST_VERSION);
    expect(nb.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(nb.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(nb.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(nb.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    nb.close();
    const again = openNotebook(path);
    expect(again.schemaVersion).toBe(LATEST_VERSION);
    again.close();
  });

  it('initialises an empty (0-byte) file', () => {
    const path = join(temp(), 'empty.sqlite');
    writeFileSync(path, '');
    const nb = openNotebook(path);
    expect(nb.schemaVersion).toBe(LATEST_VERSION);
    nb.close();
  });

  it('refuses a file that is not SQLite, leaving it untouched', () => {
    const path = join(temp(), 'notes.txt');
    writeFileSync(path, 'These are my notes, not a notebook.\n'.repeat(20));
    const before = readFileSync(path);
    const err = openError(path);
    expect(err.code).toBe('NOT_A_NOTEBOOK');
    expect(err.message).toMatch(/not a Casebook notebook/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses another program’s SQLite database, leaving it untouched', () => {
    const path = join(temp(), 'other.sqlite');
    const other = new Database(path);
    other.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices (total) VALUES (12.5);');
    other.close();
    const before = readFileSync(path);
    const err = openError(path);
    expect(err.code).toBe('NOT_A_NOTEBOOK');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a notebook from a newer Casebook with a clear message, leaving it untouched', () => {
    const path = join(temp(), 'future.sqlite');
    openNotebook(path).close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const before = readFileSync(path);
    const err = openError(path);
    expect(err.code).toBe('NEWER_NOTEBOOK');
    expect(err.message).toContain(`format ${LATEST_VERSION + 5}`);
    expect(err.message).toMatch(/Update Casebook/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

describe('migrations', () => {
  it('are numbered 1, 2, 3… without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  // Each migration is tested on a real file brought to the version before it.
  for (const migration of MIGRATIONS) {
    it(`migration ${migration.version} (${migration.name}) upgrades a real notebook from version ${migration.version - 1}`, () => {
      const path = join(temp(), `v${migration.version - 1}.sqlite`);
      const db = new Database(path);
      applyMigrations(db, MIGRATIONS.filter((m) => m.version < migration.version));
      db.pragma('foreign_keys = ON');
      expect(migrate(db)).toBe(LATEST_VERSION);
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table')").all() as { name: string }[]).map((t) => t.name);
      for (const t of ['blobs', 'sources', 'documents', 'blocks', 'claims', 'evidence_links', 'tags', 'claim_tags', 'briefs', 'audit_log', 'search_index']) {
        expect(tables).toContain(t);
      }
      db.close();
    });
  }

  it('migration 3 (trash) keeps a notebook’s data, and its deletes can then be undone', async () => {
    const path = join(temp(), 'before-trash.sqlite');
    const old = new Database(path);
    applyMigrations(old, MIGRATIONS.filter((m) => m.version < 3));
    old.pragma(`application_id = ${APPLICATION_ID}`);
    old.close();
    // Data written by the app at the version before, through the real API.
    const { createApi } = await import('../../src-main/api/dispatch');
    const { readFixture } = await import('../helpers');
    const bytes = readFixture('reports', '000_f21f05dd4cd8cb1c.txt');
    const nb = openNotebook(path);
    expect(nb.schemaVersion).toBe(LATEST_VERSION);
    const api = createApi(nb);
    const imported = await api.call('sources.import', { fileName: 'report.txt', data: bytes.toString('base64') });
    if (!imported.ok) throw new Error(imported.error.message);
    const id = imported.value.source.id;
    const deleted = await api.call('sources.delete', { id });
    if (!deleted.ok) throw new Error(deleted.error.message);
    nb.close();
    const again = openNotebook(path);
    const restored = await createApi(again).call('trash.restore', { id: deleted.value.trashId });
    expect(restored.ok).toBe(true);
    expect((again.db.prepare('SELECT count(*) AS n FROM sources WHERE id = ?').get(id) as { n: number }).n).toBe(1);
    again.close();
  });

  it('a failing migration leaves the notebook at the version before it', () => {
    const path = join(temp(), 'half.sqlite');
    const db = new Database(path);
    db.exec('CREATE TABLE blobs (x INTEGER)'); // collides with migration 1
    expect(() => migrate(db)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect((db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'sources'").get() as { n: number }).n).toBe(0);
    db.close();
  });
});

describe('migration 2 (brief export details)', () => {
  it('keeps a version-1 notebook’s brief and gives it blank export details, which the store then remembers', async () => {
    const { getBrief, setBriefExportDetails } = await import('../../src-main/store/briefs');
    const path = join(temp(), 'v1-brief.sqlite');
    const db = new Database(path);
    MIGRATIONS[0].up(db);
    db.pragma('user_version = 1');
    db.pragma(`application_id = ${APPLICATION_ID}`);
    const doc = JSON.stringify({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Khrenin in Havana' }] }] } });
    db.prepare("INSERT INTO briefs (id, title, doc, created_at, updated_at) VALUES ('brf_old', 'Old brief', ?, '2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z')").run(doc);
    db.close();

    const nb = openNotebook(path);
    expect(nb.schemaVersion).toBe(LATEST_VERSION);
    const brief = getBrief(nb.db, 'brf_old');
    expect(brief).toMatchObject({ title: 'Old brief', updatedAt: '2026-01-02T00:00:00.000Z', exportDetails: { title: '', author: '' } });
    expect(brief.doc).toEqual(JSON.parse(doc));
    setBriefExportDetails(nb.db, 'brf_old', { title: 'Havana', author: 'J. Doe' });
    nb.close();
    const again = openNotebook(path);
    expect(getBrief(again.db, 'brf_old').exportDetails).toEqual({ title: 'Havana', author: 'J. Doe' });
    again.close();
  });
});

describe('migration 4 (indexes for the library sorts)', () => {
  it('adds the sort indexes to a real version-1 notebook holding sources, keeping every row, and the library pages use them', () => {
    const path = join(temp(), 'v1-with-sources.sqlite');
    const db = new Database(path);
    applyMigrations(db, MIGRATIONS.filter((m) => m.version < 4));
    const now = '2025-01-01T00:00:00.000Z';
    for (let i = 0; i < 30; i++) {
      const sha = `${i}`.padStart(64, '0');
      db.prepare('INSERT INTO blobs (sha256, size, bytes) VALUES (?, 1, x\'00\')').run(sha);
      db.prepare(
        'INSERT INTO sources (id, title, origin, file_name, captured_at, media_type, sha256, published_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(`src_${i}`, `Report ${30 - i}`, `file-${i}.txt`, `file-${i}.txt`, `2025-01-${String(1 + i).padStart(2, '0')}`, 'text/plain', sha, i % 3 ? `2024-0${1 + (i % 9)}` : null, now);
    }
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.close();

    const nb = openNotebook(path);
    expect(nb.schemaVersion).toBe(LATEST_VERSION);
    expect((nb.db.prepare('SELECT count(*) AS n FROM sources').get() as { n: number }).n).toBe(30);
    const indexes = (nb.db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'sources'").all() as { name: string }[]).map((r) => r.name);
    expect(indexes).toEqual(expect.arrayContaining(['sources_by_captured', 'sources_by_title', 'sources_by_published', 'sources_by_reliability']));
    expect(listSources(nb.db, { sort: 'capturedAt', limit: 2 }).map((s) => s.id)).toEqual(['src_29', 'src_28']);
    expect(listSources(nb.db, { sort: 'publishedAt' }).at(-1)?.publishedAt).toBeNull();
    nb.close();
  });
});

describe('migration 5 (suggested claims)', () => {
  it('upgrades a real version-4 notebook holding a source: its suggestions are then read, kept, and go with the source', async () => {
    const path = join(temp(), 'v4-with-source.sqlite');
    const db = new Database(path);
    applyMigrations(db, MIGRATIONS.filter((m) => m.version < 5));
    const text = readFileSync(fixture(...SEED), 'utf8').replace(/\r/g, '');
    const now = '2025-02-01T00:00:00.000Z';
    db.prepare("INSERT INTO blobs (sha256, size, bytes) VALUES (?, 1, x'00')").run('a'.repeat(64));
    db.prepare('INSERT INTO sources (id, title, origin, file_name, captured_at, media_type, sha256, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
      'src_old',
      'Lukashenko and Cuba',
      'seed.txt',
      'seed.txt',
      now,
      'text/plain',
      'a'.repeat(64),
      now,
    );
    db.prepare('INSERT INTO documents (source_id, text) VALUES (?, ?)').run('src_old', text);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.close();

    const nb = openNotebook(path);
    expect(nb.schemaVersion).toBe(LATEST_VERSION);
    const api = createApi(nb);
    const { suggestions } = await ok(api, 'suggestions.list', { sourceId: 'src_old', limit: 5 });
    expect(suggestions).toHaveLength(5);
    await ok(api, 'suggestions.dismiss', { id: suggestions[0].id });
    nb.close();

    const again = openNotebook(path);
    const stored = again.db.prepare('SELECT state, count(*) AS n FROM suggestions GROUP BY state ORDER BY state').all();
    expect(stored).toEqual([expect.objectContaining({ state: 'dismissed', n: 1 }), expect.objectContaining({ state: 'open' })]);
    await ok(createApi(again), 'sources.delete', { id: 'src_old', force: true });
    expect((again.db.prepare('SELECT count(*) AS n FROM suggestions').get() as { n: number }).n).toBe(0);
    expect((again.db.prepare('SELECT count(*) AS n FROM suggestion_runs').get() as { n: number }).n).toBe(0);
    again.close();
  });
});

/** A real notebook at the version before the migration named `name`, holding the seed report as that version's app stored it (still open). */
async function seedNotebookBefore(name: string) {
  const { importDocument } = await import('../../src-main/importers/index');
  const { insertSource, sha256Hex } = await import('../../src-main/store/sources');
  const { readFixture } = await import('../helpers');
  const before = MIGRATIONS.slice(0, MIGRATIONS.findIndex((m) => m.name === name));
  const path = join(temp(), `v${before.at(-1)?.version}-with-seed.sqlite`);
  const db = new Database(path);
  applyMigrations(db, before);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.pragma('foreign_keys = ON');
  const bytes = readFixture('reports', '000_f21f05dd4cd8cb1c.txt');
  const doc = await importDocument({ bytes, fileName: 'report.txt' });
  const id = insertSource(db, { doc, bytes, sha256: sha256Hex(bytes), fileName: 'report.txt' });
  return { path, db, id, doc };
}

describe('migration 6 (entities)', () => {
  it('upgrades a real notebook holding the seed report from the version before; its entities are then found once by entities.extract', async () => {
    const { createApi } = await import('../../src-main/api/dispatch');
    const { path, db, id } = await seedNotebookBefore('entities');
    db.close();

    const nb = openNotebook(path);
    expect(nb.schemaVersion).toBe(LATEST_VERSION);
    expect(nb.db.pragma('foreign_key_check')).toEqual([]);
    const api = createApi(nb);
    const listed = await api.call('entities.list', {});
    expect(listed.ok && listed.value).toEqual({ entities: [], pending: 1 });
    const run = await api.call('entities.extract', {});
    expect(run.ok && run.value).toEqual({ extracted: 1, remaining: 0 });
    nb.close();
    const again = openNotebook(path);
    const after = await createApi(again).call('entities.list', { sourceId: id, type: 'person' });
    expect(after.ok && after.value.entities.map((e) => e.name)).toContain('Viktor Khrenin');
    expect(after.ok && after.value.pending).toBe(0);
    again.close();
  });
});

describe('migration 7 (analyses of competing hypotheses)', () => {
  it('brings a real notebook from the version before it to analyses whose claim rows go with their claims', async () => {
    const index = MIGRATIONS.findIndex((m) => m.name === 'analyses of competing hypotheses');
    expect(index).toBeGreaterThan(0);
    const before = MIGRATIONS[index - 1];
    const path = join(temp(), `v${before.version}.sqlite`);
    const db = new Database(path);
    applyMigrations(db, MIGRATIONS.slice(0, index));
    db.exec(`INSERT INTO blobs (sha256, size, bytes) VALUES ('abc', 1, x'00');
      INSERT INTO sources (id, title, origin, file_name, captured_at, media_type, sha256, updated_at) VALUES ('src_1', 'A report', 'a.txt', 'a.txt', '2026-01-01', 'text/plain', 'abc', '2026-01-01');
      INSERT INTO claims (id, source_id, start, end, exact, prefix, suffix, statement, created_at, updated_at) VALUES ('clm_1', 'src_1', 0, 1, 'x', '', '', 'A claim', '2026-01-01', '2026-01-01');`);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.close();

    const nb = openNotebook(path);
    expect(nb.schemaVersion).toBe(LATEST_VERSION);
    nb.db.exec(`INSERT INTO analyses VALUES ('ach_1', 'Why?', '2026-01-01', '2026-01-01');
      INSERT INTO analysis_hypotheses VALUES ('hyp_1', 'ach_1', 1, 'A'), ('hyp_2', 'ach_1', 2, 'B');
      INSERT INTO analysis_rows (id, analysis_id, seq, claim_id) VALUES ('row_1', 'ach_1', 1, 'clm_1');
      INSERT INTO analysis_ratings (row_id, hypothesis_id, rating) VALUES ('row_1', 'hyp_1', 'II');`);
    expect(() => nb.db.prepare("INSERT INTO analysis_ratings (row_id, hypothesis_id, rating) VALUES ('row_1', 'hyp_2', 'maybe')").run()).toThrow(/CHECK/);
    expect(() => nb.db.prepare("INSERT INTO analysis_rows (id, analysis_id, seq) VALUES ('row_2', 'ach_1', 2)").run()).toThrow(/CHECK/);
    nb.db.prepare("DELETE FROM claims WHERE id = 'clm_1'").run();
    const count = (t: string) => (nb.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    expect([count('analysis_rows'), count('analysis_ratings'), count('analysis_hypotheses')]).toEqual([0, 0, 2]);
    expect(nb.db.pragma('foreign_key_check')).toEqual([]);
    nb.close();
  });
});

describe('migration 8 (dismissed brief findings)', () => {
  it('adds the dismissals table to a real notebook from the version before, keeping its brief; dismissals then persist and go with their brief', async () => {
    const { dismissFinding, listDismissals } = await import('../../src-main/store/brief-findings');
    const { deleteBrief, getBrief } = await import('../../src-main/store/briefs');
    const at = MIGRATIONS.findIndex((m) => m.name === 'dismissed brief findings');
    const mine = MIGRATIONS[at];
    const previous = MIGRATIONS[at - 1];
    const path = join(temp(), `v${previous.version}-brief.sqlite`);
    const db = new Database(path);
    applyMigrations(db, MIGRATIONS.slice(0, at));
    db.pragma(`application_id = ${APPLICATION_ID}`);
    const doc = JSON.stringify({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'It may be so.' }] }] } });
    db.prepare("INSERT INTO briefs (id, title, doc, created_at, updated_at) VALUES ('brf_old', 'Old brief', ?, '2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z')").run(doc);
    db.close();

    const nb = openNotebook(path);
    expect(nb.schemaVersion).toBeGreaterThanOrEqual(mine.version);
    expect(getBrief(nb.db, 'brf_old').doc).toEqual(JSON.parse(doc));
    expect(listDismissals(nb.db, 'brf_old')).toEqual([]);
    dismissFinding(nb.db, 'brf_old', { fingerprint: 'hedge:1', rule: 'hedge', excerpt: 'may' }, 'Quoted');
    nb.close();
    const again = openNotebook(path);
    expect(listDismissals(again.db, 'brf_old')).toEqual([expect.objectContaining({ fingerprint: 'hedge:1', rule: 'hedge', excerpt: 'may', reason: 'Quoted' })]);
    deleteBrief(again.db, 'brf_old');
    expect((again.db.prepare('SELECT count(*) AS n FROM brief_dismissals').get() as { n: number }).n).toBe(0);
    again.close();
  });
});

describe('migration 9 (index of entity mention forms)', () => {
  it('indexes a real version-8 notebook’s entity mentions, keeping its entities; the whole list then reads its aliases from the index', async () => {
    const { extractEntities } = await import('../../src-main/entities/extract');
    const { saveAndResolve } = await import('../../src-main/store/entities');
    const { listEntities } = await import('../../src-main/store/entity-list');
    const { path, db, id, doc } = await seedNotebookBefore('index of entity mention forms');
    saveAndResolve(db, id, extractEntities(doc.blocks.map((b) => b.text).join('\n\n')));
    const mentions = (db.prepare('SELECT count(*) AS n FROM entity_mentions').get() as { n: number }).n;
    db.close();

    const nb = openNotebook(path);
    expect(nb.schemaVersion).toBe(LATEST_VERSION);
    expect((nb.db.prepare('SELECT count(*) AS n FROM entity_mentions').get() as { n: number }).n).toBe(mentions);
    const plan = nb.db.prepare("EXPLAIN QUERY PLAN SELECT entity_id, exact, count(*) FROM entity_mentions INDEXED BY entity_mentions_by_form WHERE entity_id IS NOT NULL GROUP BY entity_id, exact").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('COVERING INDEX entity_mentions_by_form');
    const entities = listEntities(nb.db);
    expect(entities.map((e) => e.name)).toContain('Viktor Khrenin');
    expect(entities.find((e) => e.name === 'Viktor Khrenin')?.mentions).toBeGreaterThan(0);
    nb.close();
  });
});
