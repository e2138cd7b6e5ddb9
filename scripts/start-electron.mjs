#!/usr/bin/env node
// `npm start`: opens the desktop app. On first start it fetches what the checkout lacks (nothing
// runs at npm install time): Electron's own binary, and a build of better-sqlite3 for Electron's
// ABI kept in .electron-native/ (node_modules/better-sqlite3 stays the Node build the tests use).
// Then it builds the app if needed and launches it.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { needsBuild, ROOT, runBuild } from './lib/build.mjs';

const require = createRequire(import.meta.url);
const ELECTRON_DIR = join(ROOT, 'node_modules', 'electron');
const electronVersion = JSON.parse(readFileSync(join(ELECTRON_DIR, 'package.json'), 'utf8')).version;
const NATIVE_DIR = join(ROOT, '.electron-native');
const NATIVE_FILE = join(NATIVE_DIR, 'better_sqlite3.node');
const STAMP_FILE = join(NATIVE_DIR, 'stamp.json');
const WORK_DIR = join(ROOT, '.cache', 'better-sqlite3-electron');
const BROWSER_HINT = '“npm run web” gives you the same app in your browser, with no download.';

function cannotLaunch(why) {
  console.error(`\nCasebook’s desktop window cannot be launched on this machine: ${why}`);
  console.error(BROWSER_HINT);
  process.exit(1);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  return result.status === 0;
}

function electronBinary() {
  const pathFile = join(ELECTRON_DIR, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(ELECTRON_DIR, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

function ensureElectron() {
  const present = electronBinary();
  if (present) return present;
  console.log(`First start: downloading Electron ${electronVersion} (about 100 MB, once)…`);
  // The installer prints a stack trace when it fails; only its first line is worth showing.
  const install = spawnSync(process.execPath, [join(ELECTRON_DIR, 'install.js')], { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
  const binary = electronBinary();
  if (!binary) {
    const said = (install.stderr ?? '').trim().split('\n')[0];
    cannotLaunch(`Electron could not be downloaded (is this computer offline?)${said ? ` — the installer said: ${said}` : ''}.`);
  }
  return binary;
}

function nativeStamp() {
  const sqliteVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'better-sqlite3', 'package.json'), 'utf8')).version;
  return { electron: electronVersion, betterSqlite3: sqliteVersion, platform: process.platform, arch: process.arch };
}

function nativeIsReady(stamp) {
  if (!existsSync(NATIVE_FILE) || !existsSync(STAMP_FILE)) return false;
  try {
    return JSON.stringify(JSON.parse(readFileSync(STAMP_FILE, 'utf8'))) === JSON.stringify(stamp);
  } catch {
    return false;
  }
}

function ensureNativeModule() {
  const stamp = nativeStamp();
  if (nativeIsReady(stamp)) return;
  console.log(`Preparing the database module for Electron ${electronVersion} (once)…`);
  const source = join(ROOT, 'node_modules', 'better-sqlite3');
  rmSync(WORK_DIR, { recursive: true, force: true });
  mkdirSync(WORK_DIR, { recursive: true });
  const buildDir = join(source, 'build');
  cpSync(source, WORK_DIR, { recursive: true, filter: (path) => path !== buildDir && !path.startsWith(buildDir + sep) });

  const target = ['--runtime', 'electron', '--target', electronVersion, '--arch', process.arch];
  const prebuildInstall = require.resolve('prebuild-install/bin.js');
  let built = run(process.execPath, [prebuildInstall, ...target], { cwd: WORK_DIR });
  if (!built) {
    console.log('No ready-made build was found; compiling it instead (this needs a C++ compiler and takes a few minutes)…');
    built = run('npx', ['--yes', 'node-gyp', 'rebuild', '--release', '--runtime=electron', `--target=${electronVersion}`, `--arch=${process.arch}`, '--dist-url=https://electronjs.org/headers'], {
      cwd: WORK_DIR,
      shell: process.platform === 'win32',
    });
  }
  const output = join(WORK_DIR, 'build', 'Release', 'better_sqlite3.node');
  if (!built || !existsSync(output)) cannotLaunch('the database module could not be prepared for Electron (is this computer offline?).');
  mkdirSync(NATIVE_DIR, { recursive: true });
  cpSync(output, NATIVE_FILE);
  writeFileSync(STAMP_FILE, `${JSON.stringify(stamp, null, 2)}\n`);
}

const electron = ensureElectron();
ensureNativeModule();
if (needsBuild('all')) {
  console.log('Building Casebook…');
  if ((await runBuild('all')) !== 0) {
    console.error('Casebook could not be built; the messages above say why.');
    process.exit(1);
  }
}
console.log('Starting Casebook…');
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const app = spawn(electron, ['.', ...process.argv.slice(2)], { cwd: ROOT, env, stdio: 'inherit' });
app.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
