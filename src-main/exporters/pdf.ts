/**
 * The annotated brief as PDF: the HTML brief printed by a browser engine. Which engine is a
 * parameter: headless Chromium (playwright-core) by default; the desktop app passes Electron's
 * printToPDF.
 */
import type { BriefModel } from './brief-model';
import { launchChromium } from './chromium';
import { escapeHtml, renderHtml } from './html';
import type { HtmlToPdf } from './types';

const FOOTER_STYLE = 'font: 8px Arial, sans-serif; color: #5b6575; width: 100%; padding: 0 15mm; display: flex; justify-content: space-between;';

/** The page footer: the brief's title on the left, page n of N on the right. */
function footerTemplate(title: string): string {
  const short = title.length > 90 ? `${title.slice(0, 89)}…` : title;
  return `<div style="${FOOTER_STYLE}"><span>${escapeHtml(short)}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`;
}

/** Prints HTML to an A4 PDF with headless Chromium. */
export function chromiumHtmlToPdf(footerTitle = ''): HtmlToPdf {
  return async (html) => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ javaScriptEnabled: false });
      // Nothing may be fetched while printing: the brief is self-contained.
      await page.route('**/*', (route) => route.abort());
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: footerTemplate(footerTitle),
        margin: { top: '16mm', bottom: '18mm', left: '15mm', right: '15mm' },
        // No tagged PDF or outline: on a 500-claim brief they double the printing time and the size.
        preferCSSPageSize: false,
      });
    } finally {
      await browser.close();
    }
  };
}

export async function renderPdf(model: BriefModel, htmlToPdf: HtmlToPdf = chromiumHtmlToPdf(model.title)): Promise<Uint8Array> {
  return htmlToPdf(renderHtml(model));
}
