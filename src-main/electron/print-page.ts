/**
 * What Electron's printToPDF needs to print a brief like headless Chromium does (pdf.ts): the
 * same A4 page and margins (the footer is in the brief's CSS), and how to load the HTML.
 * Plain Node: no electron import.
 */
import type { PrintToPDFOptions } from 'electron';
import { PDF_MARGINS_MM } from '../exporters/pdf';

const MM_PER_INCH = 25.4;
/** Chromium refuses to navigate to URLs over 2 MiB; a bigger brief is printed from a temp file. */
export const MAX_DATA_URL_CHARS = 2 * 1024 * 1024 - 1024;

export function printToPdfOptions(): PrintToPDFOptions {
  const inches = (mm: number) => Math.round((mm / MM_PER_INCH) * 1000) / 1000;
  return {
    pageSize: 'A4',
    printBackground: true,
    // The footer (title, page n / N) is in the brief's CSS, as for headless Chromium.
    displayHeaderFooter: false,
    margins: {
      top: inches(PDF_MARGINS_MM.top),
      bottom: inches(PDF_MARGINS_MM.bottom),
      left: inches(PDF_MARGINS_MM.left),
      right: inches(PDF_MARGINS_MM.right),
    },
    preferCSSPageSize: false,
  };
}

/** The brief as a data: URL, or null when it is too big for one (then load it from a file). */
export function htmlDataUrl(html: string): string | null {
  const url = `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
  return url.length <= MAX_DATA_URL_CHARS ? url : null;
}
