/** Picks the importer for a file by its name and its first bytes, and enforces the size limit. */
import { extname } from 'node:path';
import { CasebookError } from '../contract/errors';
import type { IsolationOptions } from './isolated-run';
import type { ImportedDocument, ImportInput, Importer } from './types';
import { inWorker } from './in-worker';
import { looksBinary } from './normalise';

export const DEFAULT_MAX_IMPORT_BYTES = 200 * 1024 * 1024;
const MB = 1024 * 1024;

interface Format {
  name: string;
  extensions: string[];
  importer: Importer;
  /** Checks the first bytes; returns a message when they do not fit the format. */
  check(bytes: Uint8Array): string | null;
  /** Why a file of this format may hold no text, and what to do about it. */
  noText: string;
  /**
   * Largest file of this format accepted (README, "What an import keeps"). Text formats are read
   * whole into strings several times their size; past this they are refused before being read.
   */
  maxBytes: number;
}

const startsWith = (bytes: Uint8Array, ascii: string) => ascii.split('').every((c, i) => bytes[i] === c.charCodeAt(0));

const textCheck = (what: string) => (bytes: Uint8Array) =>
  looksBinary(bytes) ? `This file is named like ${what} but holds binary data, not text.` : null;

/**
 * The PDF and Word importers are loaded when a file of their kind first comes in (text, Markdown
 * and HTML parse in a worker): they pull in pdf.js and mammoth, start-up that a command importing
 * nothing (an export from the command line, say) should not pay.
 */
const importPdf: Importer = async (input, isolation) => (await import('./pdf')).importPdf(input, isolation);
const importDocx: Importer = async (input, isolation) => (await import('./docx')).importDocx(input, isolation);

const FORMATS: Format[] = [
  { name: 'plain text', extensions: ['.txt', '.text'], importer: inWorker('text'), check: textCheck('a text file'), noText: 'it is blank', maxBytes: 32 * MB },
  { name: 'Markdown', extensions: ['.md', '.markdown', '.mdown'], importer: inWorker('markdown'), check: textCheck('a Markdown file'), noText: 'it is blank', maxBytes: 8 * MB },
  {
    name: 'HTML',
    extensions: ['.html', '.htm', '.xhtml'],
    importer: inWorker('html'),
    check: textCheck('a web page'),
    maxBytes: 32 * MB,
    noText:
      'the page may write its text with scripts, which Casebook never runs. Save it again from a browser once it has loaded (or print it to PDF) and import that',
  },
  {
    name: 'PDF',
    extensions: ['.pdf'],
    importer: importPdf,
    maxBytes: 200 * MB,
    check: (bytes) => {
      const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
      return head.includes('%PDF-') ? null : 'This file is named .pdf but is not a PDF (it has no PDF header).';
    },
    noText: 'its pages are probably scanned images, and Casebook does not read text from images. Run it through OCR first (for example “ocrmypdf”) and import the result',
  },
  {
    name: 'Word document',
    extensions: ['.docx'],
    importer: importDocx,
    maxBytes: 100 * MB,
    check: (bytes) => (startsWith(bytes, 'PK') ? null : 'This file is named .docx but is not a Word document (it is not a zip package).'),
    noText: 'it is empty or holds only pictures, and Casebook does not read text from pictures',
  },
];

export const SUPPORTED_EXTENSIONS = FORMATS.flatMap((f) => f.extensions);

export function formatFor(fileName: string): Format {
  const ext = extname(fileName).toLowerCase();
  const format = FORMATS.find((f) => f.extensions.includes(ext));
  if (!format) {
    const shown = ext ? `“${ext}” files` : 'files without an extension';
    throw new CasebookError('UNSUPPORTED_FORMAT', `Casebook cannot import ${shown}. It reads ${SUPPORTED_EXTENSIONS.join(', ')}.`);
  }
  return format;
}

const mb = (n: number) => `${(n / MB).toFixed(1)} MB`;

/**
 * Refuses a file too large to import, by its name and size alone: callers check before reading
 * the file (or decoding its base64) so a huge file never sits in memory whole.
 */
export function checkImportSize(fileName: string, size: number, maxBytes = DEFAULT_MAX_IMPORT_BYTES): void {
  const format = formatFor(fileName);
  const limit = Math.min(format.maxBytes, maxBytes);
  if (size > limit) {
    throw new CasebookError('TOO_LARGE', `“${fileName}” is ${mb(size)}, over the import limit of ${mb(limit)} for ${format.name} files. Split it into smaller files, then import them.`);
  }
}

export interface ImportOptions {
  /** Largest file accepted, in bytes. */
  maxBytes?: number;
  isolation?: IsolationOptions;
}

export async function importDocument(input: ImportInput, { maxBytes = DEFAULT_MAX_IMPORT_BYTES, isolation }: ImportOptions = {}): Promise<ImportedDocument> {
  const format = formatFor(input.fileName);
  if (input.bytes.length === 0) throw new CasebookError('VALIDATION', `“${input.fileName}” is empty (0 bytes): there is nothing to import.`);
  checkImportSize(input.fileName, input.bytes.length, maxBytes);
  const problem = format.check(input.bytes);
  if (problem) throw new CasebookError('UNSUPPORTED_FORMAT', `“${input.fileName}”: ${problem}`);
  const doc = await format.importer(input, isolation);
  if (doc.blocks.every((b) => b.text.trim() === '')) {
    throw new CasebookError('VALIDATION', `“${input.fileName}” holds no readable text: ${format.noText}. Nothing was imported.`);
  }
  return doc;
}
