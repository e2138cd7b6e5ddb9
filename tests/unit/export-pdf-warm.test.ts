/**
 * PDF export with a warm Chromium (browser mode) and without (CLI, tests): real exports through the
 * real dispatch, real Chromium processes. Launches are counted at the one seam the warm browser
 * offers (its launcher); the browsers still running are read from /proc.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startBridge } from '../../src-main/bridge/server';
import { launchChromium } from '../../src-main/exporters/chromium';
import { keepChromiumWarm, type WarmChromiumHandle } from '../../src-main/exporters/warm-chromium';
import { tempDir } from '../helpers';
import type { TestNotebook } from './notebook-helpers';
import { exportPdf as exportNotebookPdf, notebookWithOneClaim, STATEMENT } from './pdf-notebook';


/** Chromium processes this test process started and that are still running (Linux). */
function runningChromiums(): number {
  let count = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(join('/proc', entry, 'stat'), 'utf8');
      const [, comm, rest] = /^\d+ \((.*)\) (.*)$/s.exec(stat) ?? [];
      const ppid = Number(rest?.split(' ')[1]);
      if (ppid === process.pid && /chrom/i.test(comm ?? '')) count++;
    } catch {
      // the process ended while we looked
    }
  }
  return count;
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.skipIf(process.platform !== 'linux')('PDF export: a warm Chromium only when asked for', () => {
  let nb: TestNotebook;
  const launched: Browser[] = [];
  const countingLaunch = async () => {
    const browser = await launchChromium(process.env, { handleSignals: false });
    launched.push(browser);
    return browser;
  };
  let handle: WarmChromiumHandle | undefined;

  const exportPdf = () => exportNotebookPdf(nb);

  beforeAll(async () => {
    nb = await notebookWithOneClaim();
  });

  afterEach(async () => {
    await handle?.close();
    handle = undefined;
    launched.length = 0;
  });

  afterAll(() => nb?.close());

  it('by default an export launches its own browser and leaves none running', async () => {
    const before = runningChromiums();
    await exportPdf();
    expect(runningChromiums()).toBe(before);
  });

  it('kept warm, exports in a row or at once launch Chromium once, each in its own context; closing lets it go', async () => {
    handle = keepChromiumWarm({ launch: countingLaunch });
    const first = await exportPdf();
    const second = await exportPdf();
    await Promise.all([exportPdf(), exportPdf()]);
    expect(launched).toHaveLength(1);
    expect(launched[0].isConnected()).toBe(true);
    // The exports' contexts are closed; one blank page waits for the next export, in a context of its own.
    await waitFor(() => launched[0].contexts().length === 1 && launched[0].contexts()[0].pages().length === 1, 'the next page is open');
    const [spare] = launched[0].contexts()[0].pages();
    expect(spare.url()).toBe('about:blank');
    expect(await spare.content()).not.toContain(STATEMENT);
    const third = await exportPdf();
    expect(spare.isClosed()).toBe(true); // the third export printed on it, then closed it
    expect(Math.abs(third.length - first.length)).toBeLessThan(200);
    // The same brief twice from the same browser: the same pages (the PDF's dates differ at most).
    expect(Math.abs(first.length - second.length)).toBeLessThan(200);
    await handle.close();
    expect(launched[0].isConnected()).toBe(false);
  });

  it('a warm browser idle for longer than its idle time is closed, and one that died is replaced', async () => {
    handle = keepChromiumWarm({ idleMs: 150, launch: countingLaunch });
    await exportPdf();
    expect(launched[0].isConnected()).toBe(true);
    await waitFor(() => !launched[0].isConnected(), 'the idle browser is closed');
    await exportPdf();
    expect(launched).toHaveLength(2);
    await launched[1].close();
    await exportPdf();
    expect(launched).toHaveLength(3);
    expect(launched[2].isConnected()).toBe(true);
  });

  it('the browser-mode bridge keeps it warm when asked and closes it with the bridge', async () => {
    const temp = tempDir();
    const before = runningChromiums();
    const bridge = await startBridge({ api: nb.api, rendererDir: temp.dir, keepChromiumWarm: true });
    try {
      await exportPdf();
      expect(runningChromiums()).toBe(before + 1);
    } finally {
      await bridge.close();
      temp.cleanup();
    }
    await waitFor(() => runningChromiums() === before, 'the bridge’s browser has exited');
    // Closed for good: the next export (no bridge) launches and closes its own again.
    await exportPdf();
    expect(runningChromiums()).toBe(before);
  });
});
