/**
 * Browser mode, smoke: the current renderer, served by the bridge, loads in Chromium without a
 * console error and talks to the API with its token; a request from the page without the token is refused.
 */
import { join } from 'node:path';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main as cli } from '../../src-main/cli/main';
import { fixture, tempDir } from '../helpers';
import { artifactPath, launchChromium, startWebApp, type WebApp } from './harness';

// The steps run in order against one server and page: the last clears the problems the refused request of the one before logged on purpose.
describe('browser mode over the bridge', () => {
  const temp = tempDir('casebook-e2e-');
  let app: WebApp;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const apiStatuses: number[] = [];

  beforeAll(async () => {
    app = await startWebApp({ notebookPath: join(temp.dir, 'notebook.sqlite') });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('response', (response) => {
      if (response.url().includes('/api/call/')) apiStatuses.push(response.status());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    temp.cleanup();
  });

  it('loads the app from the printed address, with no console errors, and connects with the token', async () => {
    const firstCall = page.waitForResponse((response) => response.url().includes('/api/call/'), { timeout: 15_000 });
    const response = await page.goto(app.url, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect((await firstCall).status()).toBe(200);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: artifactPath('bridge-smoke-start.png') });

    expect(problems).toEqual([]);
    expect(apiStatuses.length).toBeGreaterThan(0);
    expect(apiStatuses.every((status) => status === 200)).toBe(true);
    // The token leaves the address bar once the page has it.
    expect(page.url()).not.toContain(app.token);
  });

  it('refuses a request from the page that lacks the token', async () => {
    const status = await page.evaluate(async () => {
      const reply = await fetch('/api/call/notebook.info', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
      return reply.status;
    });
    expect(status).toBe(401);
  });

  it('shows, after a refresh, what the command line added to the same notebook while the page was open', async () => {
    problems.length = 0; // the refused request above logged its 401 on purpose
    const quiet = { out: () => {}, err: () => {} };
    const code = await cli(['import', fixture('reports', '000_f21f05dd4cd8cb1c.txt'), '--notebook', app.notebookPath], quiet, {});
    expect(code).toBe(0);
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => page.getByText('Lukashenko and Cuba – Waging a Covert War').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
