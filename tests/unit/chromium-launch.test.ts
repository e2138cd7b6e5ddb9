/**
 * How Casebook starts headless Chromium: its --disable-features switch replaces playwright-core's
 * (Chromium keeps only the last one), so it must still hold every feature Playwright disables, and
 * it must keep the WebUI omnibox popup from loading beside the brief being printed. Both are read
 * from the real processes' command lines in /proc (Linux).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_LAUNCH_ARGS, DISABLED_CHROMIUM_FEATURES, findChromium } from '../../src-main/exporters/chromium';

/** A process's arguments (Chromium's child processes rewrite theirs as one space-separated string). */
function commandLine(pid: number | string): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/).filter(Boolean);
  } catch {
    return []; // the process ended while we looked
  }
}

/** The arguments of every child process started with this user-data dir (the browser's family). */
function childrenOf(userDataDir: string): string[][] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(commandLine)
    .filter((args) => args.includes(`--user-data-dir=${userDataDir}`) && args.some((a) => a.startsWith('--type=')));
}

async function launchAndOpenPage(args: string[]): Promise<{ browserArgs: string[]; family: string[][] }> {
  const executablePath = findChromium();
  expect(executablePath, 'Chromium is needed for this test: apt-get install chromium').toBeTruthy();
  const server = await chromium.launchServer({ executablePath: executablePath ?? undefined, args });
  try {
    const browser = await chromium.connect(server.wsEndpoint());
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await page.setContent('<p>Brief</p>');
    // The omnibox popup is loaded shortly after the page's window opens.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const browserArgs = commandLine(server.process().pid as number);
    const userDataDir = browserArgs.find((a) => a.startsWith('--user-data-dir='))?.slice('--user-data-dir='.length) ?? '';
    expect(userDataDir).not.toBe('');
    const family = childrenOf(userDataDir);
    await browser.close();
    return { browserArgs, family };
  } finally {
    await server.close();
  }
}

const disabledFeatures = (args: string[]) => args.filter((a) => a.startsWith('--disable-features=')).map((a) => a.slice('--disable-features='.length).split(','));

describe.skipIf(process.platform !== 'linux')('launching headless Chromium for PDF export', () => {
  it('disables what playwright-core disables plus the WebUI omnibox popup, so no such renderer runs beside the brief', async () => {
    const { browserArgs, family } = await launchAndOpenPage(CHROMIUM_LAUNCH_ARGS);
    const lists = disabledFeatures(browserArgs);
    expect(lists.length).toBeGreaterThanOrEqual(2);
    expect(lists.at(-1)).toEqual(DISABLED_CHROMIUM_FEATURES);
    expect(DISABLED_CHROMIUM_FEATURES).toEqual(expect.arrayContaining(lists[0]));
    // What the browser hands its renderers is what is in effect.
    const renderers = family.filter((args) => args.includes('--type=renderer'));
    expect(renderers.length).toBeGreaterThan(0);
    for (const args of renderers) expect(disabledFeatures(args).at(-1)?.sort()).toEqual([...DISABLED_CHROMIUM_FEATURES].sort());
    expect(renderers.filter((args) => args.includes('--top-chrome-webui'))).toEqual([]);
  });
});
