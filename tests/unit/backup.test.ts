/**
 * Backups end to end on real notebook files: `casebook backup` and `casebook restore` (checked
 * before use, never over a file without --force), the rolling backups the app keeps (at open,
 * then at most hourly while the notebook changes, the newest N kept), and a damaged notebook,
 * which opens read-only naming the newest good backup.
 */
import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readdirSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BackupSchedule } from '../../src-main/api/backup-schedule';
import { NotebookHost } from '../../src-main/api/notebook-host';
import { backupFolderFor, listBackups } from '../../src-main/store/backup';
import { closeNotebookCleanly, openNotebook } from '../../src-main/store/db';
import { cleanupAfterEach } from './cleanup-after-each';
import { runCli } from './cli-runner';
import { fixture } from '../helpers';

const SEED = fixture('reports', '000_f21f05dd4cd8cb1c.txt');
const { folder, later } = cleanupAfterEach('casebook-backup-');

/** A notebook file holding the seed report and one claim on it. */
async function seededNotebook(dir: string, name = 'case.sqlite'): Promise<{ path: string; sourceId: string; claimId: string }> {
  const path = join(dir, name);
  const imported = await runCli(['import', SEED, '--json'], path);
  expect(imported.code, imported.stderr).toBe(0);
  const sourceId = imported.json().sources[0].id as string;
  const claim = await runCli(['claim', 'add', sourceId, '--quote', 'Vitaly Borchuk', '--occurrence', '1', '--statement', 'Borchuk is the ambassador', '--json'], path);
  expect(claim.code, claim.stderr).toBe(0);
  return { path, sourceId, claimId: claim.json().claim.id as string };
}

function counts(path: string): { sources: number; claims: number } {
  const db = new Database(path, { readonly: true });
  try {
    return {
      sources: (db.prepare('SELECT count(*) AS n FROM sources').get() as { n: number }).n,
      claims: (db.prepare('SELECT count(*) AS n FROM claims').get() as { n: number }).n,
    };
  } finally {
    db.close();
  }
}

/** Overwrites the middle of a file (its header stays), as a failing disk would. */
function damage(path: string): void {
  const size = statSync(path).size;
  const fd = openSync(path, 'r+');
  try {
    const garbage = Buffer.alloc(Math.min(16_384, Math.floor(size / 2)), 0xa5);
    writeSync(fd, garbage, 0, garbage.length, Math.floor(size / 3));
  } finally {
    closeSync(fd);
  }
}

describe('casebook backup and restore', () => {
  it('backs up beside the notebook, and restores the backup, checked, as a notebook of its own', async () => {
    const dir = folder();
    const { path, claimId } = await seededNotebook(dir);
    const backup = await runCli(['backup', '--json'], path);
    expect(backup.code, backup.stderr).toBe(0);
    const made = backup.json().backup.path as string;
    expect(made.startsWith(backupFolderFor(path))).toBe(true);
    expect(readdirSync(join(dir, 'case.backups'))).toHaveLength(1);

    const restoredPath = join(dir, 'restored.sqlite');
    const restore = await runCli(['restore', made, '--out', restoredPath, '--json']);
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.json().restored).toMatchObject({ to: restoredPath });
    expect(counts(restoredPath)).toEqual(counts(path));
    const shown = await runCli(['claim', 'show', claimId, '--json'], restoredPath);
    expect(shown.json().claim.statement).toBe('Borchuk is the ambassador');
    expect((await runCli(['verify', '--json'], restoredPath)).json().ok).toBe(true);
  });

  it('never writes over a file without --force, and with --force drops the replaced notebook’s write-ahead log', async () => {
    const dir = folder();
    const { path } = await seededNotebook(dir);
    const out = join(dir, 'copy.sqlite');
    writeFileSync(out, 'the analyst’s other file');
    const refused = await runCli(['backup', '--out', out], path);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already exists.*--force/);
    expect(existsSync(out) && statSync(out).size).toBe('the analyst’s other file'.length + 2);
    expect((await runCli(['backup', '--out', out, '--force'], path)).code).toBe(0);

    const target = join(dir, 'target.sqlite');
    writeFileSync(target, 'keep me');
    const notForced = await runCli(['restore', out, '--out', target]);
    expect(notForced.code).toBe(1);
    expect(notForced.stderr).toMatch(/never replaces a file unless you add --force/);
    writeFileSync(`${target}-wal`, 'a stale log that belongs to the replaced file');
    const forced = await runCli(['restore', out, '--out', target, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(existsSync(`${target}-wal`) && statSync(`${target}-wal`).size > 0 && readdirSync(dir).includes('target.sqlite-wal')).toBe(false);
    expect(counts(target)).toEqual(counts(path));
  });

  it('refuses to restore a damaged backup, and leaves the destination alone', async () => {
    const dir = folder();
    const { path } = await seededNotebook(dir);
    const out = join(dir, 'backup.sqlite');
    expect((await runCli(['backup', '--out', out], path)).code).toBe(0);
    damage(out);
    const target = join(dir, 'restored.sqlite');
    const result = await runCli(['restore', out, '--out', target]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/did not pass the check, so nothing was restored/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(target)).toBe(false);
  });

  it('says what is wrong with a restore that names no destination or a missing backup', async () => {
    const dir = folder();
    expect((await runCli(['restore', join(dir, 'nothing.sqlite')])).stderr).toMatch(/needs --out FILE/);
    expect((await runCli(['restore', join(dir, 'nothing.sqlite'), '--out', join(dir, 'x.sqlite')])).stderr).toMatch(/There is no backup/);
  });
});

describe('rolling backups while the app has the notebook open', () => {
  it('makes one at open, then at most one per interval while it changes, and keeps the newest N', async () => {
    const dir = folder();
    const { path } = await seededNotebook(dir);
    const notebook = openNotebook(path);
    later(() => notebook.close());
    let clock = Date.parse('2026-11-30T08:00:00Z');
    const schedule = new BackupSchedule(notebook, { intervalMs: 3_600_000, keep: 3 }, () => clock);
    await schedule.atOpen(Date.now());
    expect(listBackups(path)).toHaveLength(1);

    clock += 10 * 60_000; // ten minutes later: too soon
    schedule.changed();
    await schedule.idle();
    expect(listBackups(path)).toHaveLength(1);

    for (let hour = 1; hour <= 4; hour++) {
      clock += 3_600_000;
      schedule.changed();
      await schedule.idle();
    }
    const kept = listBackups(path);
    expect(kept).toHaveLength(3);
    expect(kept.map((b) => b.at)).toEqual(['2026-11-30T10:10:00Z', '2026-11-30T11:10:00Z', '2026-11-30T12:10:00Z']);
    for (const backup of kept) expect(counts(backup.path)).toEqual(counts(path));
  });

  it('makes none at open when the newest backup is younger than the notebook’s last change', async () => {
    const dir = folder();
    const { path } = await seededNotebook(dir);
    const notebook = openNotebook(path);
    later(() => notebook.close());
    const schedule = new BackupSchedule(notebook, { intervalMs: 3_600_000, keep: 5 });
    await schedule.atOpen(Date.now() - 60_000);
    expect(listBackups(path)).toHaveLength(1);
    const again = new BackupSchedule(notebook, { intervalMs: 3_600_000, keep: 5 });
    await again.atOpen(Date.now() - 120_000);
    expect(listBackups(path)).toHaveLength(1);
  });

  it('is what the app host does when it opens a notebook', async () => {
    const dir = folder();
    const { path } = await seededNotebook(dir);
    const host = new NotebookHost(path, { stateDir: dir });
    await host.backupsIdle();
    host.close();
    expect(listBackups(path)).toHaveLength(1);
  });
});

describe('a damaged notebook', () => {
  it('opens read-only, refuses every write in words naming the newest good backup, and reads what it can', async () => {
    const dir = folder();
    const { path, sourceId } = await seededNotebook(dir);
    const host = new NotebookHost(path, { stateDir: dir });
    await host.backupsIdle();
    const [good] = listBackups(path);
    host.close();
    const notebook = openNotebook(path);
    closeNotebookCleanly(notebook);
    damage(path);

    const damaged = new NotebookHost(path, { stateDir: dir });
    later(() => damaged.close());
    const info = await damaged.dispatch('notebook.info', {});
    expect(info.ok).toBe(true);
    const damageInfo = (info as { value: { damage?: { message: string; newestBackup: string } } }).value.damage;
    expect(damageInfo?.newestBackup).toBe(good.path);
    expect(damageInfo?.message).toMatch(/damaged, so Casebook opened it read-only/);
    expect(damageInfo?.message).toContain('casebook restore');

    const write = await damaged.dispatch('claims.create', { sourceId, quote: 'Borchuk', statement: 'x' });
    expect(write).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
    expect((write as { error: { message: string } }).error.message).toContain(good.path.split('/').pop());
    // Reads go on where the damage allows; where it does not, they say so in words.
    for (const [method, input] of [['sources.list', {}], ['briefs.list', {}], ['claims.list', { sourceId }], ['search.query', { query: 'Belarus' }]] as const) {
      const read = await damaged.dispatch(method, input);
      if (!read.ok) expect(read.error, method).toMatchObject({ code: 'DAMAGED_FILE', message: expect.stringMatching(/damaged and cannot be read/) });
    }
    // No automatic backup of a damaged notebook: it would push a good one out.
    await damaged.backupsIdle();
    expect(listBackups(path)).toHaveLength(1);
  });
});
