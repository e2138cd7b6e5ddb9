// Building the app with electron-vite only when its output is missing or older than its sources.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const CONFIG_INPUTS = ['electron.vite.config.ts', 'package.json', 'package-lock.json'];

/** What each part of the build is made from, and what it produces. */
export const PARTS = {
  renderer: { sources: ['src-renderer', 'src-main/contract', ...CONFIG_INPUTS], outputs: ['out/renderer/index.html'] },
  all: { sources: ['src-main', 'src-renderer', ...CONFIG_INPUTS], outputs: ['out/main/index.js', 'out/preload/preload.cjs', 'out/renderer/index.html'] },
};

function newestModification(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestModification(join(path, entry)));
  }
  return newest;
}

/** True when an output is missing or older than any source. */
export function needsBuild(part) {
  const { sources, outputs } = PARTS[part];
  const outputPaths = outputs.map((p) => join(ROOT, p));
  if (outputPaths.some((p) => !existsSync(p))) return true;
  const oldestOutput = Math.min(...outputPaths.map((p) => statSync(p).mtimeMs));
  return sources.some((s) => newestModification(join(ROOT, s)) > oldestOutput);
}

/**
 * Runs `electron-vite build` (only the renderer when part is 'renderer'). Its output goes to
 * stderr, so a script's stdout stays its own. Resolves to the exit code.
 */
export function runBuild(part) {
  const cli = join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const env = { ...process.env };
  if (part === 'renderer') env.CASEBOOK_BUILD_ONLY = 'renderer';
  else delete env.CASEBOOK_BUILD_ONLY;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, 'build', '--logLevel', 'warn'], { cwd: ROOT, env, stdio: ['ignore', 2, 2] });
    child.on('error', () => resolve(1));
    child.on('exit', (code) => resolve(code ?? 1));
  });
}
