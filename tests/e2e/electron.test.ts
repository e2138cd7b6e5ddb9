/**
 * The desktop app, where Electron's binary exists (it is downloaded on first `npm start`; it
 * cannot be here without internet). Launches the built app with Playwright's _electron.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { _electron as electron, type ElectronApplication } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers';
import { needsBuild, runBuild } from '../../scripts/lib/build.mjs';

function electronBinary(): string | undefined {
  const dir = join(ROOT, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

const binary = electronBinary();
const nativeReady = existsSync(join(ROOT, '.electron-native', 'better_sqlite3.node'));
const skipReason = !binary
  ? 'Electron binary not available on this machine (no download possible); the app is tested through browser mode instead'
  : !nativeReady
    ? 'The Electron build of better-sqlite3 is not prepared; run “npm start” once, then these tests run'
    : undefined;
if (skipReason) console.warn(`electron.test.ts skipped: ${skipReason}`);

describe.skipIf(Boolean(skipReason))(`desktop app${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  const temp = tempDir('casebook-electron-');
  let app: ElectronApplication;

  beforeAll(async () => {
    if (needsBuild('all') && (await runBuild('all')) !== 0) throw new Error('Building the app failed; see the messages above.');
    app = await electron.launch({
      executablePath: binary,
      args: [ROOT],
      cwd: ROOT,
      env: { ...process.env, CASEBOOK_NOTEBOOK: join(temp.dir, 'notebook.sqlite'), CASEBOOK_USER_DATA_DIR: join(temp.dir, 'user-data') } as Record<string, string>,
    });
  });

  afterAll(async () => {
    await app?.close();
    temp.cleanup();
  });

  it('opens the window on the app’s own page with the hardened preload', async () => {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    expect(page.url()).toMatch(/^casebook:\/\/app\//);
    const globals = await page.evaluate(() => ({
      casebook: typeof (window as unknown as { casebook?: unknown }).casebook,
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      ipcRenderer: 'ipcRenderer' in ((window as unknown as { casebook?: object }).casebook ?? {}),
    }));
    expect(globals).toEqual({ casebook: 'object', require: 'undefined', process: 'undefined', ipcRenderer: false });
  });

  it('answers a notebook.info call through the preload', async () => {
    const page = await app.firstWindow();
    const info = await page.evaluate(async () => {
      const api = (window as unknown as { casebook: Record<string, (input: unknown) => Promise<unknown>> }).casebook;
      return api['notebook.info']({});
    });
    expect(info).toMatchObject({ ok: true, value: { path: join(temp.dir, 'notebook.sqlite'), counts: { sources: 0 } } });
  });

  it('denies pop-ups and navigation away from the app', async () => {
    const page = await app.firstWindow();
    const before = page.url();
    const opened = await page.evaluate(() => window.open('https://example.com/') === null);
    expect(opened).toBe(true);
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
    expect(app.windows()).toHaveLength(1);
  });
});
