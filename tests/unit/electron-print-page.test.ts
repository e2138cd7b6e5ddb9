/**
 * The plain-Node half of the desktop app's PDF printing (print-page.ts): the page set-up it hands
 * Electron's printToPDF matches the headless-Chromium path's, and the brief's HTML reaches the
 * hidden window intact. The data: URL is loaded in a real Chromium (Electron's engine).
 */
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../src-main/api/dispatch';
import { htmlDataUrl, MAX_DATA_URL_CHARS, printToPdfOptions } from '../../src-main/electron/print-page';
import { buildBriefModel } from '../../src-main/exporters/brief-model';
import { CHROMIUM_LAUNCH_ARGS, findChromium } from '../../src-main/exporters/chromium';
import { renderHtml } from '../../src-main/exporters/html';
import { PDF_MARGINS_MM } from '../../src-main/exporters/pdf';
import { openNotebook, type Notebook } from '../../src-main/store/db';
import { readFixture, tempDir } from '../helpers';
import { ok } from './notebook-helpers';

const TITLE = 'Cuba & Belarus: <script>alert("x")</script> “missiles” — Минск';
const STATEMENT = 'Belarus offered Cuba missiles — “Polonez-M”, 300 km';

describe('printing a brief in the desktop app (the parts without Electron)', () => {
  const temp = tempDir();
  let notebook: Notebook;
  let html: string;

  beforeAll(async () => {
    notebook = openNotebook(join(temp.dir, 'case.sqlite'));
    const api = createApi(notebook);
    const { source } = await ok(api, 'sources.import', { fileName: 'seed.txt', data: readFixture('reports', '000_f21f05dd4cd8cb1c.txt').toString('base64') });
    const { claim } = await ok(api, 'claims.create', { sourceId: source.id, quote: 'with a range of 300 km', occurrence: 1 });
    await ok(api, 'claims.update', { id: claim.id, patch: { statement: STATEMENT } });
    html = renderHtml(buildBriefModel(notebook, { title: TITLE }));
  });

  afterAll(() => {
    notebook?.close();
    temp.cleanup();
  });

  it('prints A4 with backgrounds and the same margins as headless Chromium, the footer left to the brief’s CSS', () => {
    const options = printToPdfOptions();
    expect(options).toMatchObject({ pageSize: 'A4', printBackground: true, displayHeaderFooter: false, preferCSSPageSize: false });
    for (const side of ['top', 'bottom', 'left', 'right'] as const) {
      expect(options.margins?.[side]).toBeCloseTo(PDF_MARGINS_MM[side] / 25.4, 3);
    }
  });

  it('hands over the brief as a data: URL that Chromium, scripts off, shows with its text intact', async () => {
    const url = htmlDataUrl(html);
    expect(url).toMatch(/^data:text\/html;charset=utf-8;base64,/);
    const executablePath = findChromium();
    expect(executablePath, 'Chromium is needed for this test: apt-get install chromium').toBeTruthy();
    const browser = await chromium.launch({ executablePath: executablePath ?? undefined, args: CHROMIUM_LAUNCH_ARGS });
    try {
      const page = await browser.newPage({ javaScriptEnabled: false });
      await page.goto(url as string);
      expect(await page.locator('h1').first().innerText()).toBe(TITLE);
      expect(await page.locator('body').innerText()).toContain(STATEMENT);
    } finally {
      await browser.close();
    }
  });

  it('does not make a data: URL Chromium would refuse (over 2 MiB): such a brief is printed from a file', () => {
    const big = `<!doctype html><title>Big</title><p>${'x'.repeat(MAX_DATA_URL_CHARS)}</p>`;
    expect(htmlDataUrl(big)).toBeNull();
    expect(MAX_DATA_URL_CHARS).toBeLessThanOrEqual(2 * 1024 * 1024);
  });
});
