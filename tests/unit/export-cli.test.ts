/**
 * The export commands of the CLI, run through its real entry point on the seed notebook:
 * `export`, `import-annotations`, `import-bundle`; usage mistakes exit 2, an existing file is
 * kept unless --force.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src-main/cli/main';
import { importSources, buildSeed, ok, type Seed } from './export-seed';
import { createApi } from '../../src-main/api/dispatch';
import { openNotebook } from '../../src-main/store/db';

let seed: Seed;

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main([...argv, '--notebook', seed.notebook.path], { out: (t) => void (out += t), err: (t) => void (err += t) }, {});
  return { code, out, err };
}

beforeAll(async () => {
  seed = await buildSeed();
}, 60_000);
afterAll(() => seed?.cleanup());

describe('casebook export', () => {
  it('writes the file and, with --json, says where and how big', async () => {
    const file = join(seed.dir, 'out', 'brief.md');
    const { code, out, err } = await run('export', '--format', 'md', '--out', file, '--json', '--style', 'chicago', '--title', 'Cuba file');
    expect(err).toBe('');
    expect(code).toBe(0);
    const written = JSON.parse(out) as { written: string; bytes: number };
    expect(written).toEqual({ written: file, bytes: readFileSync(file).length });
    const md = readFileSync(file, 'utf8');
    expect(md.startsWith('# Cuba file\n')).toBe(true);
    expect(md).toContain('Chicago');
  });

  it('tells the format from the extension, honours --claims and --no-evidence', async () => {
    const file = join(seed.dir, 'claims.csv');
    const { code } = await run('export', '--out', file, '--claims', `${seed.claims[0].id},${seed.claims[1].id}`, '--no-evidence');
    expect(code).toBe(0);
    expect(readFileSync(file, 'utf8').trim().split('\r\n')).toHaveLength(3);
  });

  it('tells CSL-JSON from .json, as the Export dialog names it', async () => {
    const file = join(seed.dir, 'sources.json');
    const { code, err } = await run('export', '--out', file);
    expect(err).toBe('');
    expect(code).toBe(0);
    const csl = await ok(seed.api, 'exports.render', { format: 'csl' });
    expect(readFileSync(file, 'utf8')).toBe(Buffer.from(csl.data, 'base64').toString('utf8'));
    const items = JSON.parse(readFileSync(file, 'utf8')) as { id: string; title: string }[];
    expect(items).toHaveLength(seed.sources.size);
    expect(items.every((item) => item.id && item.title)).toBe(true);
  });

  it('keeps an existing file unless --force', async () => {
    const file = join(seed.dir, 'keep.bib');
    writeFileSync(file, 'mine');
    const refused = await run('export', '--out', file);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/already exists; add --force/);
    expect(readFileSync(file, 'utf8')).toBe('mine');
    expect((await run('export', '--out', file, '--force')).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^@misc\{/);
  });

  it.each([
    [['export', '--out', 'x.md', '--format', 'odt'], /--format must be one of/],
    [['export', '--out', 'x.txt'], /cannot be told from “x.txt”/],
    [['export', '--format', 'md'], /needs --out/],
    [['export', '--out', 'x.md', '--style', 'mla'], /--style must be apa or chicago/],
    [['export', '--out', 'x.md', '--claims', 'a', '--source', 'b'], /either --claims or --source/],
    [['export', '--out', 'x.casebook', '--style', 'apa'], /bundle always holds the whole notebook/],
    [['import-annotations'], /needs one file/],
    [['import-bundle', 'x.casebook'], /needs --out/],
  ])('usage mistake %j exits 2 with the usage', async (argv, message) => {
    const { code, err } = await run(...argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err).toMatch(/Usage: casebook /);
  });

  it('an unknown claim id is an error in words (exit 1)', async () => {
    const { code, err } = await run('export', '--out', join(seed.dir, 'none.md'), '--claims', 'clm_nope');
    expect(code).toBe(1);
    expect(err).toMatch(/no claim with id “clm_nope”/);
    expect(existsSync(join(seed.dir, 'none.md'))).toBe(false);
  });
});

describe('casebook import-annotations and import-bundle', () => {
  it('round-trips annotations into another notebook', async () => {
    const file = join(seed.dir, 'notes.jsonld');
    expect((await run('export', '--out', file)).code).toBe(0);
    const otherPath = join(seed.dir, 'other.casebook');
    const other = openNotebook(otherPath);
    await importSources(createApi(other));
    other.close();
    let out = '';
    const code = await main(['import-annotations', file, '--notebook', otherPath, '--json'], { out: (t) => void (out += t), err: () => undefined }, {});
    expect(code).toBe(0);
    const result = JSON.parse(out) as { created: unknown[]; links: unknown[] };
    expect(result.created).toHaveLength(seed.claims.length);
    expect(result.links).toHaveLength(seed.links.length);
  });

  it('exports a bundle and opens it as a new notebook, verified', async () => {
    const bundle = join(seed.dir, 'case.casebook');
    expect((await run('export', '--out', bundle)).code).toBe(0);
    const dest = join(seed.dir, 'opened', 'case-copy.casebook');
    const opened = await run('import-bundle', bundle, '--out', dest);
    expect(opened.code).toBe(0);
    expect(opened.out).toMatch(/wrote .*case-copy\.casebook: \d+ sources, 6 claims, \d+ evidence links, 1 briefs; every archived original verified/);
    const again = await run('import-bundle', bundle, '--out', dest);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already exists/);
  });
});
