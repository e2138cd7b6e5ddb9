/**
 * The annotated brief as PDF: the HTML brief printed by a browser engine. Which engine is a
 * parameter: headless Chromium by default, warm or launched per export through playwright-core
 * (warm-chromium.ts), or, for the command line, started early and driven over its DevTools pipe
 * (early-chromium.ts, cdp-print.ts); the desktop app passes Electron's printToPDF with the same
 * page setup.
 */
import type { Page } from 'playwright-core';
import type { BriefModel } from './brief-model';
import { openCdpPrintPage } from './cdp-print';
import { loadPlaywright } from './chromium';
import { hasEarlyEngine } from './early-bibliography';
import { takeEarlyChromium, type EarlyChromium } from './early-chromium';
import { renderHtml } from './html';
import type { HtmlToPdf } from './types';
import { borrowPrintPage, isChromiumWarm } from './warm-chromium';

/** The page margins of the printed brief, in millimetres. */
export const PDF_MARGINS_MM = { top: 16, bottom: 18, left: 15, right: 15 } as const;

/** How headless Chromium prints the brief: A4, backgrounds, our margins. */
export const CHROMIUM_PDF_OPTIONS = {
  format: 'A4',
  printBackground: true,
  // The footer comes from the brief's own CSS (@page margin boxes): Chromium's header and footer
  // templates are a document each per page, a third of the time on a long brief.
  displayHeaderFooter: false,
  margin: {
    top: `${PDF_MARGINS_MM.top}mm`,
    bottom: `${PDF_MARGINS_MM.bottom}mm`,
    left: `${PDF_MARGINS_MM.left}mm`,
    right: `${PDF_MARGINS_MM.right}mm`,
  },
  // No tagged PDF or outline: on a 500-claim brief they double the printing time and the size.
  preferCSSPageSize: false,
} as const satisfies Parameters<Page['pdf']>[0];

async function printIn(page: Page, html: string): Promise<Uint8Array> {
  await page.setContent(html, { waitUntil: 'load' });
  return page.pdf(CHROMIUM_PDF_OPTIONS);
}

/** Prints HTML to an A4 PDF with headless Chromium. */
export function chromiumHtmlToPdf(): HtmlToPdf {
  return async (html) => {
    const { page, release } = await borrowPrintPage();
    try {
      return await printIn(page, html);
    } finally {
      await release();
    }
  };
}

export interface PdfPrinter {
  /** How to print; undefined: chromiumHtmlToPdf. */
  htmlToPdf?: HtmlToPdf;
  release(): Promise<void>;
}

/**
 * Prints in the browser started early, over its DevTools pipe. Should that fail in any way, the
 * browser is stopped and the brief printed whole in one launched through playwright-core.
 */
async function earlyChromiumPrinter(early: EarlyChromium): Promise<PdfPrinter> {
  const opening = openCdpPrintPage(early.cdp);
  opening.catch(() => {}); // the print falls back
  // The main thread is about to wait for the citation engine synchronously: open the page first.
  if (hasEarlyEngine()) await opening.catch(() => null);
  return {
    htmlToPdf: async (html) => {
      try {
        return await (await opening).print(html, CHROMIUM_PDF_OPTIONS);
      } catch {
        await early.stop();
        return chromiumHtmlToPdf()(html);
      }
    },
    release: early.stop,
  };
}

/**
 * What prints an export, readied before its brief is built: the browser started early, if any
 * (and none is kept warm). Else playwright-core is loaded now; and while a citation engine started
 * early is still being built on its own thread (the command line: early-bibliography.ts), the page
 * is borrowed now too, so opening it overlaps that build instead of following it. `release` once
 * printed, or on failure.
 */
export async function preparePdf(htmlToPdf?: HtmlToPdf): Promise<PdfPrinter> {
  if (htmlToPdf) return { htmlToPdf, release: async () => {} };
  const early = isChromiumWarm() ? null : takeEarlyChromium();
  if (early) return earlyChromiumPrinter(early);
  loadPlaywright();
  if (!hasEarlyEngine()) return { release: async () => {} };
  const { page, release } = await borrowPrintPage();
  return { htmlToPdf: (html) => printIn(page, html), release };
}

export async function renderPdf(model: BriefModel, htmlToPdf: HtmlToPdf = chromiumHtmlToPdf()): Promise<Uint8Array> {
  return htmlToPdf(renderHtml(model, { printOnly: true }));
}
