/**
 * Browser mode refuses a file over its format's import limit at once, by its size, before reading
 * or uploading it (issue 13), in the words the main side uses; a file within its limit still
 * imports, its name and size declared to the bridge.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { callBridge, screenshotPath, sessionForSuite, type AnalystSession } from './analyst-ui';

const MB = 1024 * 1024;
const HUGE_MD_MESSAGE = '“huge.md” is 9.0 MB, over the import limit of 8.0 MB for Markdown files. Split it into smaller files, then import them.';

/** A Markdown report of `bytes` bytes: headings and paragraphs, as an analyst's export would be. */
function markdownOf(bytes: number): Buffer {
  const section = '## Section\n\nBelarus offered Cuba Polonez-M missile systems with a range of 300 km, the ministry said.\n\n';
  return Buffer.from(`# A long report\n\n${section.repeat(Math.ceil(bytes / section.length))}`.slice(0, bytes));
}

/** Counts the page's file reads (FileReader is how it reads a file to upload) and its import requests. */
async function countReadsAndUploads(page: Page, uploads: Record<string, string>[]): Promise<void> {
  page.on('request', (request) => {
    if (request.url().includes('/api/call/sources.import')) uploads.push(request.headers());
  });
  await page.addInitScript(() => {
    const read = FileReader.prototype.readAsDataURL;
    (window as unknown as { fileReads: number }).fileReads = 0;
    FileReader.prototype.readAsDataURL = function (this: FileReader, blob: Blob) {
      (window as unknown as { fileReads: number }).fileReads++;
      read.call(this, blob);
    };
  });
}

describe('browser mode: import limits checked before uploading', () => {
  let session: AnalystSession;
  let page: Page;
  const uploads: Record<string, string>[] = [];
  const fileReads = () => page.evaluate(() => (window as unknown as { fileReads: number }).fileReads);
  const sourceCount = async () => (await callBridge(session.app, 'sources.list', {})).total;

  sessionForSuite(
    'upload-limit',
    (opened) => {
      session = opened;
      page = opened.page;
    },
    { beforeOpen: (p) => countReadsAndUploads(p, uploads), noPageErrors: true },
  );

  it('refuses a picked 9 MB Markdown file at once with the limit, reading and uploading nothing', async () => {
    await page.locator('input[type=file]').setInputFiles({ name: 'huge.md', mimeType: 'text/markdown', buffer: markdownOf(9 * MB) });
    const failure = page.locator('.import-failure', { hasText: 'huge.md' });
    await failure.waitFor();
    expect(await failure.innerText()).toContain(HUGE_MD_MESSAGE);
    expect(await fileReads()).toBe(0);
    expect(uploads).toEqual([]);
    expect(await sourceCount()).toBe(0);
    await expect.poll(() => page.getByRole('progressbar', { name: 'Import progress' }).count()).toBe(0);
    await page.screenshot({ path: screenshotPath('upload-limit-refused-light') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('upload-limit-refused-dark') });
    await page.emulateMedia({ colorScheme: 'light' });
    await failure.getByRole('button', { name: 'Dismiss the message about huge.md' }).click();
    await failure.waitFor({ state: 'detached' });
  });

  it('refuses a dropped oversized text file beside a good one, and imports the good one (name and size declared to the bridge)', async () => {
    const good = 'Álvaro López — notas.md';
    await page.evaluate(
      ({ good, bigBytes }) => {
        const data = new DataTransfer();
        data.items.add(new File([new Uint8Array(bigBytes)], 'capture.txt', { type: 'text/plain' }));
        data.items.add(new File(['# Notas de Álvaro López\n\nBelarus offered Cuba missile systems.\n'], good, { type: 'text/markdown' }));
        const target = document.querySelector('.library') ?? document.body;
        for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      },
      { good, bigBytes: 33 * MB },
    );
    await page.locator('.source-row', { hasText: 'Notas de Álvaro López' }).waitFor();
    const failure = page.locator('.import-failure', { hasText: 'capture.txt' });
    expect(await failure.innerText()).toContain('“capture.txt” is 33.0 MB, over the import limit of 32.0 MB for plain text files. Split it into smaller files, then import them.');
    expect(await fileReads()).toBe(1);
    expect(uploads).toHaveLength(1);
    const declaredSize = new TextEncoder().encode('# Notas de Álvaro López\n\nBelarus offered Cuba missile systems.\n').length;
    expect(decodeURIComponent(uploads[0]['x-casebook-file-name'])).toBe(good);
    expect(uploads[0]['x-casebook-file-size']).toBe(String(declaredSize));
    expect(await sourceCount()).toBe(1);
  });
});
