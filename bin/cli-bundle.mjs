/**
 * The command line's TypeScript bundled by esbuild into out/cli/, so a command does not pay on
 * every start for tsx compiling and resolving its ~180 modules one by one through a loader
 * thread (0.7 s of CPU on a PDF export). The bundle is only a cache of the sources: it is used
 * while every file it was built from still has the content it was built from (each is hashed at
 * start, a few milliseconds); otherwise it is rebuilt first. When it cannot be (no esbuild, a
 * read-only checkout), the caller runs the sources through tsx, as before.
 *
 * out/cli/current.json names the build in use and the hash of each of its inputs; the builds
 * themselves are folders named by the hash of their inputs, written whole and then renamed into
 * place, so two commands building at once, or one killed mid-way, never leave a half bundle.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The command line's two entries: the early start of Chromium, then everything else. */
export const CLI_ENTRIES = { 'start-early': 'src-main/cli/start-early.ts', main: 'src-main/cli/main.ts' };

/** Builds older than this, and not in use, are removed (a command still running may load a chunk of its build late). */
const OLD_BUILD_MS = 60 * 60 * 1000;

/**
 * Packages stay in node_modules, loaded by Node, except the ES-module ones every command loads:
 * Node would resolve and read them file by file (zod and chrono-node, hundreds of files: 0.3 s).
 */
const BUNDLED_PACKAGES = ['zod', 'chrono-node', 'approx-string-match'];
const EXTERNAL = Object.keys(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).dependencies ?? {}).filter((name) => !BUNDLED_PACKAGES.includes(name));

const LOADERS = { '.ts': 'ts', '.mts': 'ts', '.cts': 'ts', '.tsx': 'tsx', '.js': 'js', '.mjs': 'js', '.cjs': 'js', '.json': 'json' };

const sha1 = (data) => createHash('sha1').update(data).digest('hex');

/** A change to how bundles are made (this file) makes every earlier bundle stale. */
const BUILDER = sha1(readFileSync(fileURLToPath(import.meta.url)));

/** The URL of each entry's module in a build folder. */
function entryUrls(dir, entries) {
  return Object.fromEntries(Object.keys(entries).map((name) => [name, pathToFileURL(join(dir, `${name}.js`)).href]));
}

/** The build folder recorded in current.json, if every source it was made from is unchanged. */
function currentBuild(root, outDir) {
  let record;
  try {
    record = JSON.parse(readFileSync(join(outDir, 'current.json'), 'utf8'));
  } catch {
    return null;
  }
  if (record.builder !== BUILDER || typeof record.build !== 'string' || !record.inputs) return null;
  for (const [path, hash] of Object.entries(record.inputs)) {
    try {
      if (sha1(readFileSync(join(root, path))) !== hash) return null;
    } catch {
      return null; // gone: what imported it now resolves elsewhere, or fails
    }
  }
  const dir = join(outDir, record.build);
  return existsSync(join(dir, '.complete')) ? dir : null;
}

/**
 * Every source file is read here, and hashed as read, so the record holds exactly what went into
 * the bundle. `import.meta.url` becomes the source file's own URL, computed from the bundle's
 * place, so paths relative to a source (the citation styles, the importers' workers, packages
 * required with createRequire) resolve as they do from the sources.
 */
function readSources(root, buildDir, inputs) {
  return {
    name: 'casebook-sources',
    setup(build) {
      build.onLoad({ filter: /.*/ }, (args) => {
        const bytes = readFileSync(args.path);
        inputs[relative(root, args.path).split(sep).join('/')] = sha1(bytes);
        let contents = bytes.toString('utf8');
        if (contents.includes('import.meta.url')) {
          const fromBundle = relative(buildDir, args.path).split(sep).join('/');
          contents = contents.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`);
        }
        return { contents, loader: LOADERS[extname(args.path)] ?? 'default' };
      });
    },
  };
}

function removeOldBuilds(outDir, keep) {
  for (const name of readdirSync(outDir)) {
    const path = join(outDir, name);
    if (name === keep || name === 'current.json') continue;
    try {
      if (Date.now() - statSync(path).mtimeMs > OLD_BUILD_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // removed by another command meanwhile
    }
  }
}

async function buildBundle(root, outDir, entries) {
  const { build } = await import('esbuild');
  mkdirSync(outDir, { recursive: true });
  // A sibling of the final folder: the same depth, so the relative source URLs hold after the rename.
  const tmp = join(outDir, `tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  const inputs = {};
  try {
    await build({
      absWorkingDir: root,
      entryPoints: Object.fromEntries(Object.entries(entries).map(([name, path]) => [name, join(root, path)])),
      bundle: true,
      splitting: true, // one copy of each module shared by both entries (the early browser is handed over)
      format: 'esm',
      platform: 'node',
      target: 'node20',
      external: EXTERNAL,
      outdir: tmp,
      logLevel: 'silent',
      plugins: [readSources(root, tmp, inputs)],
    });
    writeFileSync(join(tmp, '.complete'), '');
    const sorted = Object.fromEntries(Object.entries(inputs).sort(([a], [b]) => a.localeCompare(b)));
    const name = `build-${sha1(JSON.stringify({ builder: BUILDER, sorted }))}`;
    const dir = join(outDir, name);
    try {
      renameSync(tmp, dir);
    } catch {
      if (!existsSync(join(dir, '.complete'))) throw new Error(`could not put the command line's bundle in ${dir}`);
      rmSync(tmp, { recursive: true, force: true }); // another command built the same
    }
    const record = join(outDir, `current-${process.pid}-${randomBytes(4).toString('hex')}.json`);
    writeFileSync(record, JSON.stringify({ builder: BUILDER, build: name, inputs: sorted }, null, 1));
    renameSync(record, join(outDir, 'current.json'));
    removeOldBuilds(outDir, name);
    return dir;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * The URLs of the bundled entries, up to date with the sources (built now if need be), or null
 * when there is no bundle to be had: the caller then loads the sources through tsx.
 */
export async function cliBundle({ root = ROOT, outDir = join(root, 'out', 'cli'), entries = CLI_ENTRIES } = {}) {
  const current = currentBuild(root, outDir);
  if (current) return entryUrls(current, entries);
  try {
    return entryUrls(await buildBundle(root, outDir, entries), entries);
  } catch {
    return null;
  }
}
