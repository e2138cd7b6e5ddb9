/**
 * The command line's bundle (bin/cli-bundle.mjs) is a cache of the sources: built on first use,
 * reused while every source it was made from is unchanged, rebuilt as soon as one changes or
 * disappears, and given up (null: the command line runs the sources through tsx) when the sources
 * cannot be bundled. Checked on a small project of its own in a temp folder, with real esbuild.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliBundle } from '../../bin/cli-bundle.mjs';
import { ROOT, tempDir } from '../helpers';

interface Entry {
  word: () => string;
  here: string;
  note: string;
}

describe('the command line bundle', () => {
  let temp: ReturnType<typeof tempDir>;
  let src: string;
  const entries = { entry: 'src/entry.ts' };
  const bundle = () => cliBundle({ root: temp.dir, entries });
  const load = async (urls: Record<string, string> | null) => (await import(/* @vite-ignore */ (urls as Record<string, string>).entry)) as Entry;

  beforeEach(() => {
    temp = tempDir('casebook-cli-bundle-');
    src = join(temp.dir, 'src');
    mkdirSync(join(src, 'lib'), { recursive: true });
    writeFileSync(
      join(src, 'entry.ts'),
      [
        "import { readFileSync } from 'node:fs';",
        "import { word } from './lib/word';",
        'export { word };',
        'export const here: string = import.meta.url;',
        "export const note = readFileSync(new URL('./note.txt', import.meta.url), 'utf8');",
      ].join('\n'),
    );
    writeFileSync(join(src, 'lib', 'word.ts'), "export const word = (): string => 'one';\n");
    writeFileSync(join(src, 'note.txt'), 'beside the source');
  });
  afterEach(() => temp.cleanup());

  it('runs the sources, whose own URL is the source file’s', async () => {
    const entry = await load(await bundle());
    expect(entry.word()).toBe('one');
    expect(entry.here).toBe(pathToFileURL(join(src, 'entry.ts')).href);
    expect(entry.note).toBe('beside the source');
  });

  it('is built once and reused while the sources are unchanged', async () => {
    const first = await bundle();
    const record = join(temp.dir, 'out', 'cli', 'current.json');
    const written = statSync(record).mtimeMs;
    expect(await bundle()).toEqual(first);
    expect(statSync(record).mtimeMs).toBe(written);
  });

  it('is rebuilt when a source it was made from changes, even one it only imports', async () => {
    const first = await bundle();
    writeFileSync(join(src, 'lib', 'word.ts'), "export const word = (): string => 'two';\n");
    const second = await bundle();
    expect(second).not.toEqual(first);
    expect((await load(second)).word()).toBe('two');
    expect(JSON.parse(readFileSync(join(temp.dir, 'out', 'cli', 'current.json'), 'utf8')).inputs).toHaveProperty('src/lib/word.ts');
  });

  it('gives up, for the sources to be run directly, when a source is gone or broken', async () => {
    await bundle();
    writeFileSync(join(src, 'lib', 'word.ts'), 'export const word = (: string => ;\n');
    expect(await bundle()).toBeNull();
    rmSync(join(src, 'lib', 'word.ts'));
    expect(await bundle()).toBeNull();
  });
});

describe('bin/casebook.mjs', () => {
  it('says the same from its bundle as from the sources run through tsx', () => {
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, [join(ROOT, 'bin', 'casebook.mjs'), '--help'], { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: '', ...env }, encoding: 'utf8' });
    const bundled = run({});
    const direct = run({ CASEBOOK_CLI_TSX: '1' });
    expect(bundled.status).toBe(0);
    expect(bundled.stdout).toMatch(/^Casebook: archive sources/);
    expect(bundled.stdout).toBe(direct.stdout);
    expect(JSON.parse(readFileSync(join(ROOT, 'out', 'cli', 'current.json'), 'utf8')).inputs).toHaveProperty(['src-main/cli/main.ts']);
  });
});
