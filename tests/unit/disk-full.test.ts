/**
 * A full disk: on a small tmpfs, an import that runs out of space fails with a clear message and
 * leaves the notebook exactly as it was (every earlier source intact, `verify` clean), and an
 * export to the full disk says so too. Mounting needs root; elsewhere the test says it skipped.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';
import { runCli } from './cli-runner';

const { dir: root, cleanup } = tempDir('casebook-disk-full-');
const mountPoint = join(root, 'small-disk');
mkdirSync(mountPoint);
const mounted = process.platform === 'linux' && spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', mountPoint]).status === 0;
if (!mounted) console.warn('disk-full.test.ts: skipped, this machine does not let the tests mount a small tmpfs (needs root on Linux).');

afterAll(() => {
  if (mounted) execFileSync('umount', [mountPoint]);
  cleanup();
});

/** Text files of `kb` kilobytes each, different so none is a duplicate. */
function textFile(name: string, kb: number, seed: number): string {
  const path = join(root, name);
  const line = (i: number) => `Line ${i} of report ${seed}: the convoy of ${seed * 7 + i} vehicles crossed at ${i % 24}:00 hours.\n`;
  let text = '';
  for (let i = 0; text.length < kb * 1024; i++) text += line(i);
  writeFileSync(path, text);
  return path;
}

/** Fills the small disk until only `freeKb` kilobytes are left; returns a function that frees it again. */
function fillDisk(freeKb: number): () => void {
  const filler = join(mountPoint, 'filler.bin');
  const { bavail, bsize } = statfsSync(mountPoint);
  const size = Math.max(0, bavail * bsize - freeKb * 1024);
  try {
    writeFileSync(filler, Buffer.alloc(size));
  } catch {
    // filled to the last byte: what the caller wants
  }
  return () => rmSync(filler, { force: true });
}

describe.skipIf(!mounted)('a full disk', () => {
  const notebook = join(mountPoint, 'case.sqlite');
  const sourceCount = async () => {
    const run = await runCli(['sources', '--json'], notebook);
    expect(run.code, run.stderr).toBe(0);
    return run.json().sources.length as number;
  };

  beforeAll(async () => {
    expect((await runCli(['import', textFile('first.txt', 200, 1), '--json'], notebook)).code).toBe(0);
  });

  it('refuses an import that does not fit, in words; once space is freed the notebook is as it was, and the import goes through', async () => {
    const before = await sourceCount();
    const big = textFile('big.txt', 900, 2);
    const free = fillDisk(300);
    const run = await runCli(['import', big], notebook);
    free();
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/disk is full, so nothing was changed/);
    expect(run.stderr).not.toMatch(/\n\s+at |SqliteError|SQLITE_/);
    expect(await sourceCount()).toBe(before);
    expect((await runCli(['verify', '--json'], notebook)).json()).toMatchObject({ ok: true, problems: [] });
    expect((await runCli(['import', big], notebook)).code).toBe(0);
    expect(await sourceCount()).toBe(before + 1);
  });

  it('says the disk is full when an export cannot be written, and writes no half file', async () => {
    const elsewhere = join(root, 'elsewhere.sqlite');
    expect((await runCli(['import', textFile('report.txt', 50, 3)], elsewhere)).code).toBe(0);
    const free = fillDisk(0);
    const out = join(mountPoint, 'brief.md');
    const run = await runCli(['export', '--format', 'md', '--out', out], elsewhere);
    free();
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/disk is full/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(mountPoint).filter((f) => f !== 'filler.bin' && !f.startsWith('case.sqlite'))).toEqual([]);
  });
});
