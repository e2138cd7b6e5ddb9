/**
 * The command line's PDF export starts Chromium before it loads its modules
 * (exporters/early-chromium.ts, cli/start-early.ts): which arguments start it, that the export then
 * prints in that browser (the same pages as a browser launched by playwright-core) and that no
 * browser or profile folder is left behind, used or not. Real Chromium processes, read from /proc.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPdfExport, requestedStyle, startEarlyForCommand } from '../../src-main/cli/start-early';
import { hasEarlyEngine } from '../../src-main/exporters/early-bibliography';
import { connectToEarlyChromium } from '../../src-main/exporters/chromium';
import { startChromiumEarly, takeEarlyChromium } from '../../src-main/exporters/early-chromium';
import { ROOT } from '../helpers';
import type { TestNotebook } from './notebook-helpers';
import { exportPdf as exportNotebookPdf, notebookWithOneClaim } from './pdf-notebook';


/** The profile folders of the Chromium processes this test process started and that still run. */
function earlyChromiumProfiles(): string[] {
  const profiles: string[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const [, , rest] = /^\d+ \((.*)\) (.*)$/s.exec(readFileSync(join('/proc', entry, 'stat'), 'utf8')) ?? [];
      if (Number(rest?.split(' ')[1]) !== process.pid) continue;
      const args = readFileSync(join('/proc', entry, 'cmdline'), 'utf8').split('\0');
      const profile = args.find((a) => a.startsWith('--user-data-dir='));
      if (profile && args.includes('--remote-debugging-port=0')) profiles.push(profile.slice('--user-data-dir='.length));
    } catch {
      // the process ended while we looked
    }
  }
  return profiles;
}

describe('which command lines start Chromium early', () => {
  it('a PDF export, by --format or by the file’s extension, and nothing else', () => {
    expect(isPdfExport(['export', '--out', 'brief.pdf'])).toBe(true);
    expect(isPdfExport(['export', '--notebook', 'case.sqlite', '--out', 'b.bin', '--format', 'pdf', '--force'])).toBe(true);
    expect(isPdfExport(['--notebook', 'case.sqlite', 'export', '--out=BRIEF.PDF'])).toBe(true);
    expect(isPdfExport(['export', '--out', 'brief.pdf', '--format', 'docx'])).toBe(false);
    expect(isPdfExport(['export', '--out', 'brief.docx'])).toBe(false);
    expect(isPdfExport(['export', '--out', 'brief.pdf', '--help'])).toBe(false);
    expect(isPdfExport(['sources', '--out', 'brief.pdf'])).toBe(false);
    expect(isPdfExport(['export', '--out', 'brief.pdf', '--no-such-option'])).toBe(false);
  });

  it('and the citation engine of the style it asks for (APA unless --style says otherwise)', () => {
    expect(requestedStyle(['export', '--out', 'brief.pdf'])).toBe('apa');
    expect(requestedStyle(['export', '--out', 'brief.pdf', '--style', 'chicago'])).toBe('chicago');
    expect(requestedStyle(['export', '--style=apa', '--out', 'brief.pdf'])).toBe('apa');
    expect(requestedStyle(['export', '--out', 'brief.pdf', '--style', 'mla'])).toBeNull();
  });
});

describe.skipIf(process.platform !== 'linux')('a PDF export with Chromium started early', () => {
  let nb: TestNotebook;

  const exportPdf = () => exportNotebookPdf(nb);

  beforeAll(async () => {
    nb = await notebookWithOneClaim();
  });

  afterAll(() => nb?.close());

  it('prints in that browser, the same pages as a launched one, then ends it and removes its profile', async () => {
    const launched = await exportPdf(); // no early browser: playwright-core launches one
    startChromiumEarly();
    const [profile] = earlyChromiumProfiles();
    expect(profile).toBeTruthy();
    expect(existsSync(profile)).toBe(true);
    const early = await exportPdf();
    expect(takeEarlyChromium()).toBeNull(); // used up by that export
    expect(earlyChromiumProfiles()).toEqual([]);
    await expect.poll(() => existsSync(profile), { timeout: 15_000 }).toBe(false); // removed once the browser has exited
    // The same brief: the same pages and text (the PDF's dates differ at most).
    expect(Math.abs(early.length - launched.length)).toBeLessThan(200);
  });

  it('with the citation engine built early too (as the command line does): the same pages, browser and engine used up', async () => {
    const launched = await exportPdf();
    startEarlyForCommand(['export', '--out', 'brief.pdf']);
    expect(hasEarlyEngine()).toBe(true);
    const [profile] = earlyChromiumProfiles();
    expect(profile).toBeTruthy();
    // The page is borrowed from that browser while the engine is still building, then printed.
    const early = await exportPdf();
    expect(hasEarlyEngine()).toBe(false);
    expect(takeEarlyChromium()).toBeNull();
    expect(earlyChromiumProfiles()).toEqual([]);
    expect(Math.abs(early.length - launched.length)).toBeLessThan(200);
  });

  it('answers over the DevTools protocol, and is stopped with its profile', async () => {
    startChromiumEarly();
    const [profile] = earlyChromiumProfiles();
    expect(profile).toBeTruthy();
    const early = takeEarlyChromium();
    if (!early) throw new Error('no browser was started early');
    const browser = await connectToEarlyChromium(early);
    expect(browser.version()).toMatch(/\d+\./);
    await browser.close();
    await early.stop();
    expect(earlyChromiumProfiles()).toEqual([]);
    await expect.poll(() => existsSync(profile), { timeout: 15_000 }).toBe(false);
  });

  it('holds the process open once taken: a command that asks for it before it listens waits for it', () => {
    // A process with nothing else to wait for: before the fix it ended with exit code 13 (a
    // top-level await never settled), as the bundled command line did when it got there first.
    const script = [
      `import { startChromiumEarly, takeEarlyChromium } from ${JSON.stringify(join(ROOT, 'src-main', 'exporters', 'early-chromium.ts'))};`,
      'startChromiumEarly();',
      'const early = takeEarlyChromium();',
      "console.log(/^ws:/.test(await early.endpoint) ? 'listening' : 'no endpoint');",
      'await early.stop();',
    ].join('\n');
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('listening\n');
    expect(run.status).toBe(0);
  });
});
