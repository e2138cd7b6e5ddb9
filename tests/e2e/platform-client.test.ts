/**
 * The renderer's platform layer in browser mode (src-renderer/platform), in Chromium against the
 * real bridge: the HTTP client's calls and change events, the token's handling, file encoding,
 * and what a call returns when the bridge is gone. Uses a bare page, not the app's UI.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge, type Bridge } from '../../src-main/bridge/server';
import { tempDir } from '../helpers';
import { launchChromium } from './harness';

type Outcome = { ok: boolean; value?: Record<string, unknown>; error?: { code: string; message: string } };

// The steps run in order on one page: the reload step needs the token the first step took out of the address, and the last stops the bridge.
describe('platform client in browser mode', () => {
  const temp = tempDir('casebook-platform-');
  const pageDir = join(temp.dir, 'page');
  let bridge: Bridge;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    await build({ root: join(import.meta.dirname, 'platform-page'), base: './', logLevel: 'warn', build: { outDir: pageDir, emptyOutDir: true } });
    bridge = await startBridge({ notebookPath: join(temp.dir, 'notebook.sqlite'), rendererDir: pageDir });
    browser = await launchChromium();
    page = await browser.newPage();
    await page.goto(bridge.url);
    await page.waitForSelector('body[data-ready="yes"]', { state: 'attached' });
  });

  afterAll(async () => {
    await browser?.close();
    await bridge?.close();
    temp.cleanup();
  });

  it('is the HTTP client (no window.casebook), keeps the token for the tab and takes it out of the address', async () => {
    expect(await page.evaluate(() => window.platform.isDesktopApp())).toBe(false);
    const info = (await page.evaluate(() => window.platform.getClient().call('notebook.info', {}))) as Outcome;
    expect(info).toMatchObject({ ok: true, value: { path: join(temp.dir, 'notebook.sqlite') } });
    expect(page.url()).toBe(`http://127.0.0.1:${bridge.port}/`);
    expect(await page.evaluate(() => sessionStorage.getItem('casebook.bridge-token'))).toBe(bridge.token);
  });

  it('returns the dispatch’s error Results as they are', async () => {
    const invalid = (await page.evaluate(() => window.platform.getClient().call('sources.get', { id: '' }))) as Outcome;
    expect(invalid.ok).toBe(false);
    expect(invalid.error?.code).toBe('VALIDATION');
    const missing = (await page.evaluate(() => window.platform.getClient().call('sources.get', { id: 'src_nope' }))) as Outcome;
    expect(missing.error?.code).toBe('NOT_FOUND');
  });

  it('encodes a file as base64, imports it, and hears the change event', async () => {
    const outcome = await page.evaluate(async () => {
      const client = window.platform.getClient();
      const events: unknown[] = [];
      const heard = new Promise<void>((resolve) => {
        const stop = client.onChange((event) => {
          events.push(event);
          stop();
          resolve();
        });
      });
      // Give the event stream a moment to connect before the write.
      await new Promise((r) => setTimeout(r, 300));
      const text = 'Álvaro López reported on 3 May that the convoy — 12 trucks — left at dawn 🚚.';
      const data = await window.platform.readFileAsBase64(new File([text], 'note.txt', { type: 'text/plain' }));
      const imported = await client.call('sources.import', { fileName: 'note.txt', data });
      await heard;
      return { data, imported, events };
    });
    const text = 'Álvaro López reported on 3 May that the convoy — 12 trucks — left at dawn 🚚.';
    expect(outcome.data).toBe(Buffer.from(text, 'utf8').toString('base64'));
    expect(outcome.imported.ok).toBe(true);
    const source = (outcome.imported as Outcome).value?.source as { id: string };
    expect(outcome.events).toEqual([{ entity: 'source', action: 'created', id: source.id }]);
  });

  it('still works after a reload (the token no longer in the address)', async () => {
    await page.reload();
    await page.waitForSelector('body[data-ready="yes"]', { state: 'attached' });
    const info = (await page.evaluate(() => window.platform.getClient().call('notebook.info', {}))) as Outcome;
    expect(info).toMatchObject({ ok: true, value: { counts: { sources: 1 } } });
  });

  it('opens only http(s) links', async () => {
    const refused = await page.evaluate(() => window.platform.openExternal('javascript:alert(1)'));
    expect(refused).toBe(false);
  });

  it('answers INTERNAL with a plain message when the bridge is gone', async () => {
    await bridge.close();
    const result = (await page.evaluate(() => window.platform.getClient().call('notebook.info', {}))) as Outcome;
    expect(result.ok).toBe(false);
    expect(result.error?.code).toBe('INTERNAL');
    expect(result.error?.message).toMatch(/not answering/);
  });
});
