/**
 * The annotated brief as PDF: the HTML brief printed by a browser engine. Which engine is a
 * parameter: headless Chromium (playwright-core) by default, warm or launched per export (see
 * warm-chromium.ts); the desktop app passes Electron's printToPDF with the same page setup.
 */
import type { BrowserContext } from 'playwright-core';
import type { BriefModel } from './brief-model';
import { renderHtml } from './html';
import type { HtmlToPdf } from './types';
import { borrowChromium } from './warm-chromium';

/** The page margins of the printed brief, in millimetres. */
export const PDF_MARGINS_MM = { top: 16, bottom: 18, left: 15, right: 15 } as const;

/** Prints HTML to an A4 PDF with headless Chromium. */
export function chromiumHtmlToPdf(): HtmlToPdf {
  return async (html) => {
    const { browser, release } = await borrowChromium();
    let context: BrowserContext | undefined;
    try {
      // A context of its own per export: a warm browser serves several, none sees another's page.
      context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      // Nothing may be fetched while printing: the brief is self-contained.
      await page.route('**/*', (route) => route.abort());
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({
        format: 'A4',
        printBackground: true,
        // The footer comes from the brief's own CSS (@page margin boxes): Chromium's header and
        // footer templates are a document each per page, a third of the time on a long brief.
        displayHeaderFooter: false,
        margin: {
          top: `${PDF_MARGINS_MM.top}mm`,
          bottom: `${PDF_MARGINS_MM.bottom}mm`,
          left: `${PDF_MARGINS_MM.left}mm`,
          right: `${PDF_MARGINS_MM.right}mm`,
        },
        // No tagged PDF or outline: on a 500-claim brief they double the printing time and the size.
        preferCSSPageSize: false,
      });
    } finally {
      await context?.close().catch(() => {});
      await release();
    }
  };
}

export async function renderPdf(model: BriefModel, htmlToPdf: HtmlToPdf = chromiumHtmlToPdf()): Promise<Uint8Array> {
  return htmlToPdf(renderHtml(model, { printOnly: true }));
}
