/**
 * A damaged notebook in browser mode: a real notebook file, backed up, then damaged on disk as a
 * failing disk would. The app opens it read-only, says so in a bar that names the newest good
 * backup, and refuses every change in the same words.
 */
import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, tempDir } from '../helpers';
import { runCli } from '../unit/cli-runner';
import { callBridge, screenshotPath } from './analyst-ui';
import { launchChromium, startWebApp, type WebApp } from './harness';

describe('a damaged notebook in the app', () => {
  const temp = tempDir('casebook-e2e-damaged-');
  const notebookPath = join(temp.dir, 'case.sqlite');
  let backupName = '';
  let app: WebApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    expect((await runCli(['import', fixture('reports', '000_f21f05dd4cd8cb1c.txt')], notebookPath)).code).toBe(0);
    const backup = await runCli(['backup', '--json'], notebookPath);
    backupName = basename(backup.json().backup.path as string);
    const size = statSync(notebookPath).size;
    const fd = openSync(notebookPath, 'r+');
    writeSync(fd, Buffer.alloc(16_384, 0xa5), 0, 16_384, Math.floor(size / 3));
    closeSync(fd);
    app = await startWebApp({ notebookPath });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(10_000);
    await page.goto(app.url);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    temp.cleanup();
  });

  it('says it is read-only and names the newest good backup', async () => {
    const bar = page.getByRole('alert').filter({ hasText: 'Read-only: this notebook is damaged.' });
    await bar.waitFor();
    expect(await bar.innerText()).toContain(backupName);
    expect(await bar.innerText()).toContain('casebook restore');
    await page.screenshot({ path: screenshotPath('damaged-notebook-light') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('damaged-notebook-dark') });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('refuses a change in the same words', async () => {
    const briefs = await callBridge(app, 'briefs.list', {}).catch((err: Error) => err);
    const attempt = await callBridge(app, 'briefs.create', { title: 'Weekly' }).catch((err: Error) => err);
    expect(attempt).toBeInstanceOf(Error);
    expect((attempt as Error).message).toContain(backupName);
    expect(briefs instanceof Error ? briefs.message : 'read').toMatch(/read|damaged and cannot be read/);
  });
});
