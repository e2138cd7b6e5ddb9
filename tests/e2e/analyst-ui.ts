/**
 * What an analyst does with the mouse and keyboard, for the end-to-end tests: select a passage
 * in the reader (a real drag, or a selection plus the shortcut), open things, wait for saves.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS_DIR } from './harness';

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
