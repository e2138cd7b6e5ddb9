/**
 * The command line's PDF export starts Chromium before it loads its modules
 * (exporters/early-chromium.ts, cli/start-early.ts) and prints in it over the DevTools pipe
 * (cdp-pipe.ts, cdp-print.ts) without playwright-core: which arguments start it, that the export
 * then prints in that browser the same pages as a browser driven by playwright-core, that any
 * failure of the pipe still gives the whole PDF (printed the playwright-core way), and that no
 * browser or profile folder is left behind, used or not. Real Chromium processes, read from /proc.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPdfExport, requestedStyle, startEarlyForCommand } from '../../src-main/cli/start-early';
import { buildBriefModel } from '../../src-main/exporters/brief-model';
import { hasEarlyEngine } from '../../src-main/exporters/early-bibliography';
import { startChromiumEarly, takeEarlyChromium } from '../../src-main/exporters/early-chromium';
import { renderHtml } from '../../src-main/exporters/html';
import { chromiumHtmlToPdf, preparePdf } from '../../src-main/exporters/pdf';
import { openNotebook } from '../../src-main/store/db';
import { ROOT, tempDir } from '../helpers';
import type { TestNotebook } from './notebook-helpers';
import { exportPdf as exportNotebookPdf, notebookWithClaims, notebookWithOneClaim, pdfPageTexts } from './pdf-notebook';

interface EarlyProcess {
  pid: number;
  profile: string;
}

/** The Chromium processes started early by this test process that still run, with their profile folders. */
function earlyChromiumProcesses(): EarlyProcess[] {
  const found: EarlyProcess[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const [, , rest] = /^\d+ \((.*)\) (.*)$/s.exec(readFileSync(join('/proc', entry, 'stat'), 'utf8')) ?? [];
      if (Number(rest?.split(' ')[1]) !== process.pid) continue;
      const args = readFileSync(join('/proc', entry, 'cmdline'), 'utf8').split('\0');
      const profile = args.find((a) => a.startsWith('--user-data-dir='))?.slice('--user-data-dir='.length);
      // Playwright-core's own browsers take the pipe too, in profiles of another name.
      if (profile?.includes('casebook-chromium-') && args.includes('--remote-debugging-pipe')) found.push({ pid: Number(entry), profile });
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}

/** The profile folders of the Chromium processes this test process started early and that still run. */
function earlyChromiumProfiles(): string[] {
  return earlyChromiumProcesses().map((p) => p.profile);
}

/** Prints `html` as an export does, in whatever preparePdf picks (the browser started early, if any). */
async function printPrepared(html: string): Promise<Uint8Array> {
  const printer = await preparePdf();
  try {
    return await (printer.htmlToPdf ?? chromiumHtmlToPdf())(html);
  } finally {
    await printer.release();
  }
}

/** Whether a test process's earlier rounds are gone: no browser started early runs, its profile is removed. */
async function expectNothingLeft(profile: string): Promise<void> {
  expect(earlyChromiumProfiles()).toEqual([]);
  await expect.poll(() => existsSync(profile), { timeout: 15_000 }).toBe(false);
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
  /** The print HTML of a brief of several pages, and its PDF printed the playwright-core way. */
  let html: string;
  let playwrightPages: string[];

  const exportPdf = () => exportNotebookPdf(nb);

  beforeAll(async () => {
    nb = await notebookWithOneClaim();
    const long = await notebookWithClaims(60);
    const notebook = openNotebook(long.path);
    try {
      html = renderHtml(buildBriefModel(notebook, { now: new Date('2026-03-01T12:00:00Z') }), { printOnly: true });
    } finally {
      notebook.close();
      long.close();
    }
    playwrightPages = await pdfPageTexts(await chromiumHtmlToPdf()(html)); // no early browser: playwright-core launches one
  }, 60_000);

  afterAll(() => nb?.close());

  it('an export prints in that browser the same pages as in a launched one, then ends it and removes its profile', async () => {
    const launched = await pdfPageTexts(await exportPdf());
    startChromiumEarly();
    const [profile] = earlyChromiumProfiles();
    expect(profile).toBeTruthy();
    const early = await pdfPageTexts(await exportPdf());
    expect(takeEarlyChromium()).toBeNull();
    await expectNothingLeft(profile);
    expect(early).toEqual(launched);
  });

  it('with the citation engine built early too (as the command line does): the same pages, browser and engine used up', async () => {
    const launched = await pdfPageTexts(await exportPdf());
    startEarlyForCommand(['export', '--out', 'brief.pdf']);
    expect(hasEarlyEngine()).toBe(true);
    const [profile] = earlyChromiumProfiles();
    expect(profile).toBeTruthy();
    // The page is opened in that browser while the engine is still building, then printed.
    const early = await pdfPageTexts(await exportPdf());
    expect(hasEarlyEngine()).toBe(false);
    expect(takeEarlyChromium()).toBeNull();
    await expectNothingLeft(profile);
    expect(early).toEqual(launched);
  });

  it('answers over the DevTools protocol, and is stopped with its profile', async () => {
    startChromiumEarly();
    const [profile] = earlyChromiumProfiles();
    expect(profile).toBeTruthy();
    const early = takeEarlyChromium();
    if (!early) throw new Error('no browser was started early');
    const { product } = await early.cdp.send<{ product: string }>('Browser.getVersion');
    expect(product).toMatch(/Chrome\/\d+\./);
    await early.stop();
    await expectNothingLeft(profile);
  });

  it('a browser that died before the export: the whole PDF, printed the playwright-core way, and nothing left', async () => {
    startChromiumEarly();
    const [browser] = earlyChromiumProcesses();
    expect(browser).toBeTruthy();
    process.kill(browser.pid, 'SIGKILL');
    const pages = await pdfPageTexts(await printPrepared(html));
    expect(takeEarlyChromium()).toBeNull();
    await expectNothingLeft(browser.profile);
    expect(pages).toEqual(playwrightPages);
  });

  it('a browser that answers what is not the protocol: the whole PDF, printed the playwright-core way, and nothing left', async () => {
    const temp = tempDir();
    try {
      // Runs as the browser would, with its switches, and writes one message that is not JSON.
      const fake = join(temp.dir, 'not-chromium');
      writeFileSync(fake, `#!${process.execPath}\nrequire('node:fs').writeSync(4, 'not the protocol\\0');\nsetTimeout(() => {}, 60_000);\n`);
      chmodSync(fake, 0o755);
      startChromiumEarly({ ...process.env, CHROMIUM_PATH: fake });
      const [browser] = earlyChromiumProcesses();
      expect(browser).toBeTruthy();
      const pages = await pdfPageTexts(await printPrepared(html));
      await expectNothingLeft(browser.profile);
      expect(pages).toEqual(playwrightPages);
    } finally {
      temp.cleanup();
    }
  });

  /** Runs `lines` as an ES module in a Node process of its own (our TypeScript through tsx). */
  const runModule = (lines: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', lines.join('\n')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  const source = (...path: string[]) => JSON.stringify(join(ROOT, 'src-main', ...path));
  /** The module ran to its end, printing exactly `stdout` and nothing on stderr. */
  const expectPrinted = (run: ReturnType<typeof runModule>, stdout: string) => {
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(stdout);
    expect(run.status).toBe(0);
  };

  it('holds the process open once taken: a command that asks for it before it answers waits for it', () => {
    // A process with nothing else to wait for: before the fix it ended with exit code 13 (a
    // top-level await never settled), as the bundled command line did when it got there first.
    const run = runModule([
      `import { startChromiumEarly, takeEarlyChromium } from ${source('exporters', 'early-chromium.ts')};`,
      'startChromiumEarly();',
      'const early = takeEarlyChromium();',
      "const { product } = await early.cdp.send('Browser.getVersion');",
      "console.log(/Chrome/.test(product) ? 'answering' : product);",
      'await early.stop();',
    ]);
    expectPrinted(run, 'answering\n');
  });

  it('prints the same pages and text as playwright-core does, without loading it', async () => {
    const temp = tempDir();
    try {
      const [htmlFile, pdfFile] = [join(temp.dir, 'brief.html'), join(temp.dir, 'brief.pdf')];
      writeFileSync(htmlFile, html);
      const run = runModule([
        "import { readFileSync, writeFileSync } from 'node:fs';",
        "import { createRequire } from 'node:module';",
        `import { startChromiumEarly } from ${source('exporters', 'early-chromium.ts')};`,
        `import { preparePdf } from ${source('exporters', 'pdf.ts')};`,
        'startChromiumEarly();',
        'const printer = await preparePdf();',
        `writeFileSync(${JSON.stringify(pdfFile)}, await printer.htmlToPdf(readFileSync(${JSON.stringify(htmlFile)}, 'utf8')));`,
        'await printer.release();',
        "const loaded = Object.keys(createRequire(`${process.cwd()}/`).cache).some((file) => file.includes('playwright-core'));",
        "console.log(loaded ? 'with playwright-core' : 'without playwright-core');",
      ]);
      expectPrinted(run, 'without playwright-core\n');
      expect(playwrightPages.length).toBeGreaterThanOrEqual(3);
      expect(await pdfPageTexts(readFileSync(pdfFile))).toEqual(playwrightPages);
    } finally {
      temp.cleanup();
    }
  });
});
