/**
 * PDF (application/pdf): pdf.js reads the file in a worker thread with a memory cap and a
 * deadline (isolated-run.ts), since hostile or broken PDFs can make it spin; this side turns
 * the positioned text it returns into blocks (pdf-layout.ts) and metadata (pdf-metadata.ts).
 * Nothing is fetched, no script or font is run: the worker only asks pdf.js for text.
 */
import { CasebookError } from '../contract/errors';
import type { ImportedDocument, Importer } from './types';
import { runIsolatedOrThrow, type IsolationOptions } from './isolated-run';
import { PdfExtractionSchema, reportsRepairs, type PdfExtraction } from './pdf-extraction';
import { blocksFromPages } from './pdf-layout';
import { pdfMetadata, textDirection } from './pdf-metadata';

export const PDF_MEDIA_TYPE = 'application/pdf';
export const PDF_RECOVERED_WARNING = 'This PDF was damaged; Casebook recovered what it could.';

const damaged = (fileName: string, why = '') =>
  new CasebookError(
    'DAMAGED_FILE',
    `This PDF is damaged and Casebook could not read its text${why} (“${fileName}”). If a PDF reader can open it, save or print it to a new PDF and import that.`,
  );

function extract(bytes: Uint8Array, fileName: string, password: string | undefined, isolation: IsolationOptions): Promise<PdfExtraction> {
  return runIsolatedOrThrow('pdf-extract.mjs', { bytes, password }, PdfExtractionSchema, {
    reader: 'PDF',
    damaged: (why) => damaged(fileName, why ? `: ${why}` : ''),
    failed: (kind) => {
      if (kind === 'password-needed') return new CasebookError('PASSWORD_REQUIRED', `This PDF needs a password to open (“${fileName}”). Enter its password and import it again.`);
      if (kind === 'password-incorrect') return new CasebookError('PASSWORD_REQUIRED', `The password for “${fileName}” is wrong: this PDF did not open. Check the password and try again.`);
      return undefined;
    },
  }, isolation);
}

function warningsFor(extraction: PdfExtraction, repaired: boolean): string[] {
  const warnings: string[] = [];
  if (repaired) warnings.push(PDF_RECOVERED_WARNING);
  const { unreadablePages, pageCount, pages } = extraction;
  if (unreadablePages.length > 0) {
    const which = unreadablePages.length === 1 ? `page ${unreadablePages[0]}` : `${unreadablePages.length} pages (${unreadablePages.join(', ')})`;
    warnings.push(`Casebook could not read the text of ${which} of ${pageCount}.`);
  }
  const blank = pages.filter((p, i) => p.items.length === 0 && !unreadablePages.includes(i + 1)).length;
  const withText = pages.filter((p) => p.items.length > 0).length;
  if (blank > 0 && withText > 0) {
    const which = blank === 1 ? `1 page of ${pageCount} has` : `${blank} pages of ${pageCount} have`;
    warnings.push(`${which} no text layer (scanned images?); what is on them was not imported.`);
  }
  return warnings;
}

/** `isolation`: other worker limits (tests use short ones) or folder; the defaults otherwise. */
export const importPdf: Importer = async ({ bytes, fileName, password }, isolation = {}): Promise<ImportedDocument> => {
  const extraction = await extract(bytes, fileName, password, isolation);
  const repaired = reportsRepairs(extraction);
  const blocks = blocksFromPages(extraction.pages);
  // A broken file that gave no text at all is damaged, not "a scanned PDF".
  if (repaired && blocks.length === 0) throw damaged(fileName);
  const metadata = pdfMetadata(extraction, blocks, fileName);
  const dir = textDirection(blocks);
  return {
    ...metadata,
    ...(dir ? { dir } : {}),
    mediaType: PDF_MEDIA_TYPE,
    blocks,
    warnings: warningsFor(extraction, repaired),
  };
};
