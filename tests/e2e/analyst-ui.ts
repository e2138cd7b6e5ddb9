/**
 * What an analyst does with the mouse and keyboard, for the end-to-end tests: open the app, select
 * a passage in the reader (a real drag, or a selection plus the shortcut), open sources.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { MethodInput, MethodName, MethodOutput } from '../../src-main/contract/methods';
import { fixture, tempDir } from '../helpers';
import { ARTIFACTS_DIR, launchChromium, startWebApp, type WebApp } from './harness';

export const SEED = fixture('reports', '000_f21f05dd4cd8cb1c.txt');
export const SEED_TITLE = 'Lukashenko and Cuba';
export const FACT_SHEET = fixture(
  'topic',
  'us-gov-whitehouse',
  '2026-01-29-fact-sheet-president-donald-j-trump-addresses-threats-to-the-united-states-by-the-government-of-cuba.md',
);
export const FACT_SHEET_TITLE = 'Fact Sheet: President Donald J. Trump Addresses Threats';
/** The seed report's passage about the missiles, and the claim the tests make of it. */
export const SEED_PASSAGE = 'with a range of 300 km';
export const SEED_STATEMENT = 'Belarus offered Cuba Polonez-M missile systems with a 300 km range';
/** A fact-sheet passage the tests link as evidence. */
export const FACT_SHEET_EVIDENCE = 'The Cuban regime aligns itself with numerous hostile countries and malign actors';
export const FACT_SHEET_FULL_TITLE = 'Fact Sheet: President Donald J. Trump Addresses Threats to the United States by the Government of Cuba';

/** The app in Chromium over a fresh notebook, with everything that went wrong on the page recorded. */
export interface AnalystSession {
  app: WebApp;
  browser: Browser;
  page: Page;
  /** Console errors and uncaught page errors. */
  problems: string[];
  pageErrors: string[];
  /** Requests to anything but this machine's bridge (data: and blob: URLs aside). */
  foreignRequests: string[];
  /** Messages of alert/confirm/prompt dialogs the page opened (each dismissed). */
  dialogs: string[];
  close(): Promise<void>;
}

/**
 * Starts the app on a fresh notebook and opens it at 1280×800, waiting for the empty library.
 * `beforeOpen` runs before the first navigation (init scripts, extra listeners).
 */
export async function openAnalystSession(name: string, beforeOpen?: (page: Page) => Promise<unknown>): Promise<AnalystSession> {
  const temp = tempDir(`casebook-e2e-${name}-`);
  const app = await startWebApp({ notebookPath: join(temp.dir, 'notebook.sqlite') });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(10_000);
  const session: AnalystSession = {
    app,
    browser,
    page,
    problems: [],
    pageErrors: [],
    foreignRequests: [],
    dialogs: [],
    close: async () => {
      await browser.close();
      await app.close();
      temp.cleanup();
    },
  };
  page.on('console', (m) => m.type() === 'error' && session.problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => {
    session.problems.push(`page error: ${e.message}`);
    session.pageErrors.push(e.message);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.hostname !== '127.0.0.1') session.foreignRequests.push(request.url());
  });
  page.on('dialog', (dialog) => {
    session.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await beforeOpen?.(page);
  await page.goto(app.url);
  await page.getByText('Import a report to start').waitFor();
  return session;
}

/**
 * One session for all the tests of the calling `describe`: opened before them (`ready` gets it, to
 * keep in the test's own variables and to set up what the tests start from) and closed after them,
 * checking first, with `noPageErrors`, that the page threw nothing.
 */
export function sessionForSuite(
  name: string,
  ready: (session: AnalystSession) => void | Promise<void>,
  options: { beforeOpen?: (page: Page) => Promise<unknown>; noPageErrors?: boolean } = {},
): void {
  let session: AnalystSession | undefined;
  beforeAll(async () => {
    session = await openAnalystSession(name, options.beforeOpen);
    await ready(session);
  });
  afterAll(async () => {
    if (options.noPageErrors) expect(session?.pageErrors ?? []).toEqual([]);
    await session?.close();
  });
}

/** Calls the bridge's API as another tool on this machine would (with the run's token); throws with the API's message. */
export function callBridge<M extends MethodName>(app: WebApp, method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
export function callBridge(app: WebApp, method: string, input: unknown): Promise<unknown>;
export async function callBridge(app: WebApp, method: string, input: unknown): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${app.port}/api/call/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${app.token}` },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error?.message}`);
  return result.value;
}

/** Opens a source from the library and waits for the reader to show it. */
export async function openSource(page: Page, title: string): Promise<void> {
  await page.locator('.source-row', { hasText: title }).click();
  await expect.poll(() => page.locator('.source-header__title').innerText()).toContain(title);
}

export const SCREENSHOTS_DIR = join(ARTIFACTS_DIR, 'screenshots');

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  return join(SCREENSHOTS_DIR, `${name}.png`);
}

interface TextBox {
  start: { x: number; y: number };
  end: { x: number; y: number };
}

/** Scrolls `phrase` (inside one text run of the reader) into view and returns where its first and last characters are. */
async function locatePhrase(page: Page, phrase: string): Promise<TextBox> {
  const box = await page.evaluate((wanted) => {
    const root = document.querySelector('.reader-doc');
    if (!root) return null;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const first = document.createRange();
      first.setStart(node, at);
      first.setEnd(node, at + 1);
      const last = document.createRange();
      last.setStart(node, at + wanted.length - 1);
      last.setEnd(node, at + wanted.length);
      const a = first.getBoundingClientRect();
      const z = last.getBoundingClientRect();
      return { start: { x: a.left + 1, y: a.top + a.height / 2 }, end: { x: z.right - 1, y: z.top + z.height / 2 } };
    }
    return null;
  }, phrase);
  if (!box) throw new Error(`“${phrase}” is not in the reader`);
  return box;
}

/** Selects a phrase in the reader by dragging the mouse across it, as a person would. */
export async function dragSelect(page: Page, phrase: string): Promise<void> {
  const { start, end } = await locatePhrase(page, phrase);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 4 });
  await page.mouse.move(end.x, end.y, { steps: 4 });
  await page.mouse.up();
}

/** Selects a phrase in the reader the way a keyboard user ends up with one: a document selection over it. */
export async function selectPhrase(page: Page, phrase: string): Promise<void> {
  await locatePhrase(page, phrase);
  await page.evaluate((wanted) => {
    const root = document.querySelector('.reader-doc') as HTMLElement;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = window.getSelection() as Selection;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
  }, phrase);
}

/** The reader's text as the analyst sees it. */
export function readerText(page: Page): Promise<string> {
  return page.locator('.reader-doc').innerText();
}
