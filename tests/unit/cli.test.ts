import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src-main/cli/commands/index';
import { fixture, ROOT, tempDir } from '../helpers';
import { runCli } from './cli-runner';

const SEED = fixture('reports', '000_f21f05dd4cd8cb1c.txt');
const FACT_SHEET = fixture('topic', 'us-gov-whitehouse', '2026-01-29-fact-sheet-president-donald-j-trump-addresses-threats-to-the-united-states-by-the-government-of-cuba.md');
const EO = fixture('topic', 'us-gov-whitehouse', '2021-08-09-executive-order-on-blocking-property-of-additional-persons-contributing-to-the-situation-in-belarus.md');

let dir: string;
let cleanup: () => void;
let notebook: string;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  notebook = join(dir, 'case.sqlite');
});
afterEach(() => cleanup());

/** Runs the CLI in-process, the way bin/casebook.mjs does, capturing its output. */
const cli = (...argv: string[]) => runCli(argv);

describe('casebook CLI', () => {
  it('imports, lists, prints text, claims, links, searches and verifies, with --notebook anywhere', async () => {
    const imported = await cli('import', SEED, FACT_SHEET, '--json', '--notebook', notebook);
    expect(imported.code).toBe(0);
    const { sources } = imported.json();
    expect(sources).toHaveLength(2);
    for (const s of sources) expect(Object.keys(s)).toEqual(expect.arrayContaining(['id', 'title', 'sha256', 'duplicate']));
    const [seed, sheet] = sources;

    const again = await cli('--notebook', notebook, 'import', SEED, '--json');
    expect(again.json().sources[0]).toMatchObject({ id: seed.id, duplicate: true });

    const listed = (await cli('sources', '--json', '--notebook', notebook)).json();
    expect(listed.sources).toHaveLength(2);
    for (const s of listed.sources) {
      expect(Object.keys(s)).toEqual(expect.arrayContaining(['id', 'title', 'mediaType', 'sha256', 'capturedAt', 'origin', 'reliability']));
    }

    const text = (await cli('text', seed.id, '--notebook', notebook)).stdout;
    const quote = 'Polonez-M missile systems from Belarus, with a range of 300 km';
    const added = await cli('claim', 'add', seed.id, '--quote', quote, '--status', 'disputed', '--credibility', '3', '--event-date', '2024-01', '--json', '--notebook', notebook);
    expect(added.code).toBe(0);
    const { claim } = added.json();
    expect(claim).toMatchObject({ sourceId: seed.id, exact: quote, statement: quote, status: 'disputed' });
    expect(text.slice(claim.start, claim.end)).toBe(quote);
    expect(text.slice(claim.start - claim.prefix.length, claim.end + claim.suffix.length)).toBe(claim.prefix + quote + claim.suffix);

    const claims = (await cli('claims', '--source', seed.id, '--json', '--notebook', notebook)).json().claims;
    expect(claims.map((c: { id: string }) => c.id)).toEqual([claim.id]);

    const linked = await cli('link', claim.id, sheet.id, '--quote', 'Cuba', '--occurrence', '1', '--relation', 'context', '--json', '--notebook', notebook);
    expect(linked.code).toBe(0);
    expect(linked.json().link).toMatchObject({ claimId: claim.id, sourceId: sheet.id, relation: 'context', exact: 'Cuba' });

    const hits = (await cli('search', 'Borchuk', '--limit', '5', '--json', '--notebook', notebook)).json().hits;
    expect(hits[0]).toMatchObject({ kind: 'source', id: seed.id, sourceId: seed.id });
    expect(hits[0].snippet).toContain('[[Borchuk]]');

    const verified = await cli('verify', '--json', '--notebook', notebook);
    expect(verified.code).toBe(0);
    expect(verified.json()).toMatchObject({ ok: true, problems: [] });
  });

  it('exits 1 with one line on stderr for errors, 2 for usage, and changes nothing', async () => {
    const first = (await cli('import', SEED, '--json', '--notebook', notebook)).json().sources[0];
    const missingQuote = await cli('claim', 'add', first.id, '--quote', 'Iskander missiles', '--notebook', notebook, '--json');
    expect(missingQuote.code).toBe(1);
    expect(missingQuote.stdout).toBe('');
    expect(missingQuote.stderr.trim().split('\n')).toHaveLength(1);
    expect(missingQuote.stderr).toMatch(/^casebook: The quoted passage “Iskander missiles” is not in this source/);

    const emptyFile = join(dir, 'empty.txt');
    writeFileSync(emptyFile, '');
    const bad = await cli('import', emptyFile, '--notebook', notebook);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/empty/);
    expect((await cli('import', join(dir, 'nope.txt'), '--notebook', notebook)).stderr).toMatch(/no such file/);

    expect((await cli('claim', 'add', first.id, '--credibility', 'three', '--notebook', notebook)).code).toBe(2);
    expect((await cli('frobnicate', '--notebook', notebook)).code).toBe(2);
    expect((await cli('search', '--bogus', '--notebook', notebook)).code).toBe(2);
    expect((await cli('link', 'a', 'b', '--notebook', notebook)).stderr).toMatch(/--relation/);

    const sources = (await cli('sources', '--json', '--notebook', notebook)).json().sources;
    expect(sources).toHaveLength(1);
    expect((await cli('claims', '--json', '--notebook', notebook)).json().claims).toHaveLength(0);
  });

  it('refuses a file that is not a notebook and leaves it untouched', async () => {
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'my notes\n');
    const result = await cli('sources', '--notebook', notes);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/not a Casebook notebook/);
    expect(readFileSync(notes, 'utf8')).toBe('my notes\n');
  });

  it('never creates a notebook for a command that does not use one', async () => {
    const result = await cli('import-bundle', join(dir, 'missing.casebook'), '--out', join(dir, 'restored.sqlite'), '--notebook', notebook);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no such file/);
    expect(existsSync(notebook)).toBe(false);
    expect((await cli('--help')).code).toBe(0);
    expect(existsSync(notebook)).toBe(false);
  });

  it('a wrong number of arguments is a usage mistake in every command, saying what it needs, and opens no notebook', async () => {
    for (const command of COMMANDS) {
      const { min, max } = command.args;
      const tries = [...(min > 0 ? [min - 1] : []), ...(max < Infinity ? [max + 1] : [])];
      expect(tries.length, command.name.join(' ')).toBeGreaterThan(0);
      for (const count of tries) {
        const result = await cli(...command.name, ...Array.from({ length: count }, (_, i) => `arg${i}`), '--notebook', notebook);
        expect(result.code, `${command.name.join(' ')} with ${count} argument(s)`).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr).toMatch(new RegExp(`^casebook: ${command.name.join(' ')} (needs|takes no arguments)`));
        expect(result.stderr).toContain(`\nUsage: casebook ${command.usage}\n`);
      }
    }
    expect(existsSync(notebook)).toBe(false);
  });

  it('verify exits 1 when an archived original was altered', async () => {
    await cli('import', EO, '--notebook', notebook);
    const db = new Database(notebook);
    db.prepare("UPDATE blobs SET bytes = CAST(replace(CAST(bytes AS TEXT), 'Belarus', 'Belgium') AS BLOB)").run();
    db.close();
    const result = await cli('verify', '--json', '--notebook', notebook);
    expect(result.code).toBe(1);
    expect(result.json().ok).toBe(false);
    expect(result.json().problems[0]).toMatch(/has been altered/);
  });
});

describe('bin/casebook.mjs as a real process', () => {
  const run = promisify(execFile);
  const bin = join(ROOT, 'bin', 'casebook.mjs');

  it('prints exactly one JSON document and uses CASEBOOK_NOTEBOOK', async () => {
    const env = { ...process.env, CASEBOOK_NOTEBOOK: notebook };
    const { stdout } = await run(process.execPath, [bin, 'import', SEED, '--json'], { env });
    const parsed = JSON.parse(stdout);
    expect(parsed.sources[0].title).toMatch(/^Lukashenko and Cuba/);
    const info = JSON.parse((await run(process.execPath, [bin, 'info', '--json'], { env })).stdout);
    expect(info).toMatchObject({ path: notebook, counts: { sources: 1 } });
  });

  it('exits with 1 and a single stderr line on errors', async () => {
    const err = await run(process.execPath, [bin, 'sources', '--notebook', SEED]).catch((e) => e);
    expect(err.code).toBe(1);
    expect(err.stdout).toBe('');
    expect(err.stderr.trim().split('\n')).toHaveLength(1);
  });
});
