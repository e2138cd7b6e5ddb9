/**
 * Printing HTML to PDF in a Chromium driven directly over the DevTools protocol (cdp-pipe.ts), as
 * playwright-core's `page.setContent(html, { waitUntil: 'load' })` and `page.pdf(options)` do
 * (1.65: frames.ts, crPage.ts, crPdf.ts), without loading playwright-core. The brief's own
 * Content-Security-Policy forbids fetching anything and running scripts, so no request
 * interception or script switch is needed here.
 */
import type { Page } from 'playwright-core';
import type { CdpPipe } from './cdp-pipe';

export type PdfOptions = NonNullable<Parameters<Page['pdf']>[0]>;

/** How long the page may take to appear, and the brief to load (playwright-core's default timeout). */
const WAIT_MS = 30_000;

/** The default font families playwright-core gives a headless page on Linux, for the same text in the same fonts. */
const LINUX_FONT_FAMILIES = {
  standard: 'Times New Roman',
  fixed: 'Monospace',
  serif: 'Times New Roman',
  sansSerif: 'Arial',
  cursive: 'Comic Sans MS',
  fantasy: 'Impact',
};

const PAPER_INCHES: Record<string, { width: number; height: number }> = {
  letter: { width: 8.5, height: 11 },
  legal: { width: 8.5, height: 14 },
  tabloid: { width: 11, height: 17 },
  ledger: { width: 17, height: 11 },
  a0: { width: 33.1, height: 46.8 },
  a1: { width: 23.4, height: 33.1 },
  a2: { width: 16.54, height: 23.4 },
  a3: { width: 11.7, height: 16.54 },
  a4: { width: 8.27, height: 11.7 },
  a5: { width: 5.83, height: 8.27 },
  a6: { width: 4.13, height: 5.83 },
};

const PIXELS_PER_UNIT: Record<string, number> = { px: 1, in: 96, cm: 37.8, mm: 3.78 };

/** "16mm", "1in", "20px", "20" or 20 (pixels) in inches, as playwright-core converts them. */
function inches(value: string | number | undefined): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  const unit = text.slice(-2).toLowerCase();
  const known = unit in PIXELS_PER_UNIT;
  const number = Number(known ? text.slice(0, -2) : text);
  if (Number.isNaN(number)) throw new Error(`Not a length: ${text}`);
  return (number * PIXELS_PER_UNIT[known ? unit : 'px']) / 96;
}

/** The parameters of `Page.printToPDF` that playwright-core's `page.pdf(options)` sends. */
export function printToPdfParams(options: PdfOptions): Record<string, unknown> {
  const margin = options.margin ?? {};
  const paper = options.format ? PAPER_INCHES[options.format.toLowerCase()] : undefined;
  if (options.format && !paper) throw new Error(`Unknown paper format: ${options.format}`);
  return {
    transferMode: 'ReturnAsStream',
    landscape: options.landscape ?? false,
    displayHeaderFooter: options.displayHeaderFooter ?? false,
    headerTemplate: options.headerTemplate ?? '',
    footerTemplate: options.footerTemplate ?? '',
    printBackground: options.printBackground ?? false,
    scale: options.scale ?? 1,
    paperWidth: paper?.width ?? (inches(options.width) || 8.5),
    paperHeight: paper?.height ?? (inches(options.height) || 11),
    marginTop: inches(margin.top) || 0,
    marginBottom: inches(margin.bottom) || 0,
    marginLeft: inches(margin.left) || 0,
    marginRight: inches(margin.right) || 0,
    pageRanges: options.pageRanges ?? '',
    preferCSSPageSize: options.preferCSSPageSize ?? false,
    generateTaggedPDF: options.tagged ?? false,
    generateDocumentOutline: options.outline ?? false,
  };
}

export interface CdpPrintPage {
  /** Replaces the page's document by `html`, waits for its load event, and prints it. */
  print(html: string, options: PdfOptions): Promise<Uint8Array>;
}

interface FrameTree {
  frameTree: { frame: { id: string; url: string } };
}

/** The browser's first tab (it was started with one), attached and ready for a document. */
export async function openCdpPrintPage(cdp: CdpPipe): Promise<CdpPrintPage> {
  // Discovering targets reports those already there too, then those to come.
  const [{ targetInfo }] = await Promise.all([
    cdp.waitFor<{ targetInfo: { targetId: string; type: string } }>('Target.targetCreated', undefined, ({ targetInfo }) => targetInfo.type === 'page', WAIT_MS),
    cdp.send('Target.setDiscoverTargets', { discover: true }),
  ]);
  const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId: targetInfo.targetId, flatten: true });
  // A tab still on its initial empty document has its about:blank yet to commit, which would
  // replace a document set before it: wait for that navigation, as playwright-core does.
  const navigated = cdp.waitFor('Page.frameNavigated', sessionId, undefined, WAIT_MS);
  navigated.catch(() => {});
  const [, { frameTree }] = await Promise.all([
    cdp.send('Page.enable', {}, sessionId),
    cdp.send<FrameTree>('Page.getFrameTree', {}, sessionId),
    process.platform === 'linux' ? cdp.send('Page.setFontFamilies', { fontFamilies: LINUX_FONT_FAMILIES }, sessionId) : null,
  ]);
  if (frameTree.frame.url === '' || frameTree.frame.url === ':') await navigated;
  const frameId = frameTree.frame.id;

  return {
    async print(html, options) {
      // The load event that counts is the one after our document opened, not the tab's own.
      let opened = false;
      cdp.waitFor('Page.documentOpened', sessionId, () => (opened = true)).catch(() => {});
      const loaded = cdp.waitFor('Page.loadEventFired', sessionId, () => opened, WAIT_MS);
      await Promise.all([cdp.send('Page.setDocumentContent', { frameId, html }, sessionId), loaded]);
      const { stream } = await cdp.send<{ stream: string }>('Page.printToPDF', printToPdfParams(options), sessionId);
      const chunks: Buffer[] = [];
      for (let eof = false; !eof; ) {
        const read = await cdp.send<{ data: string; base64Encoded?: boolean; eof: boolean }>('IO.read', { handle: stream, size: 4 << 20 }, sessionId);
        chunks.push(Buffer.from(read.data, read.base64Encoded ? 'base64' : 'utf8'));
        eof = read.eof;
      }
      await cdp.send('IO.close', { handle: stream }, sessionId);
      const pdf = Buffer.concat(chunks);
      if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-' || !pdf.subarray(-1024).toString('latin1').includes('%%EOF')) {
        throw new Error('Chromium’s PDF is not whole');
      }
      return pdf;
    },
  };
}
