/**
 * The annotated brief as PDF: the HTML brief printed by a browser engine. Which engine is a
 * parameter: headless Chromium (playwright-core) by default, warm or launched per export (see
 * warm-chromium.ts); the desktop app passes Electron's printToPDF with the same page setup.
 */
import type { Page } from 'playwright-core';
import type { BriefModel } from './brief-model';
import { loadPlaywright } from './chromium';
import { renderHtml } from './html';
import type { HtmlToPdf } from './types';
import { borrowPrintPage } from './warm-chromium';

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

/** Prints HTML to an A4 PDF with headless Chromium. */
export function chromiumHtmlToPdf(): HtmlToPdf {
  return async (html) => {
    const { page, release } = await borrowPrintPage();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf(CHROMIUM_PDF_OPTIONS);
    } finally {
      await release();
    }
  };
}

/**
 * Loads what prints with headless Chromium, before the brief is built: on the command line, while
 * the citation engine started early finishes on its own thread (exporters/early-bibliography.ts).
 */
export function preparePdf(htmlToPdf?: HtmlToPdf): void {
  if (!htmlToPdf) loadPlaywright();
}

export async function renderPdf(model: BriefModel, htmlToPdf: HtmlToPdf = chromiumHtmlToPdf()): Promise<Uint8Array> {
  return htmlToPdf(renderHtml(model, { printOnly: true }));
}
