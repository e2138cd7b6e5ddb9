/** Picks the importer for a file by its name and its first bytes, and enforces the size limit. */
import { extname } from 'node:path';
import { CasebookError } from '../contract/errors';
import type { IsolationOptions } from './isolated-run';
import type { ImportedDocument, ImportInput, Importer } from './types';
import { looksBinary } from './normalise';

export const DEFAULT_MAX_IMPORT_BYTES = 200 * 1024 * 1024;

interface Format {
  name: string;
  extensions: string[];
  importer: Importer;
  /** Checks the first bytes; returns a message when they do not fit the format. */
  check(bytes: Uint8Array): string | null;
  /** Why a file of this format may hold no text, and what to do about it. */
  noText: string;
}

const startsWith = (bytes: Uint8Array, ascii: string) => ascii.split('').every((c, i) => bytes[i] === c.charCodeAt(0));

const textCheck = (what: string) => (bytes: Uint8Array) =>
  looksBinary(bytes) ? `This file is named like ${what} but holds binary data, not text.` : null;

/**
 * Each importer is loaded when a file of its kind first comes in: together they pull in pdf.js,
 * mammoth and an HTML parser, about a second of start-up a command that imports nothing
 * (an export from the command line, say) should not pay.
 */
const importText: Importer = async (input, isolation) => (await import('./text')).importText(input, isolation);
const importMarkdown: Importer = async (input, isolation) => (await import('./markdown')).importMarkdown(input, isolation);
const importHtml: Importer = async (input, isolation) => (await import('./html')).importHtml(input, isolation);
const importPdf: Importer = async (input, isolation) => (await import('./pdf')).importPdf(input, isolation);
const importDocx: Importer = async (input, isolation) => (await import('./docx')).importDocx(input, isolation);

const FORMATS: Format[] = [
  { name: 'plain text', extensions: ['.txt', '.text'], importer: importText, check: textCheck('a text file'), noText: 'it is blank' },
  { name: 'Markdown', extensions: ['.md', '.markdown', '.mdown'], importer: importMarkdown, check: textCheck('a Markdown file'), noText: 'it is blank' },
  {
    name: 'HTML',
    extensions: ['.html', '.htm', '.xhtml'],
    importer: importHtml,
    check: textCheck('a web page'),
    noText:
      'the page may write its text with scripts, which Casebook never runs. Save it again from a browser once it has loaded (or print it to PDF) and import that',
  },
  {
    name: 'PDF',
    extensions: ['.pdf'],
    importer: importPdf,
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

export interface ImportOptions {
  /** Largest file accepted, in bytes. */
  maxBytes?: number;
  isolation?: IsolationOptions;
}

export async function importDocument(input: ImportInput, { maxBytes = DEFAULT_MAX_IMPORT_BYTES, isolation }: ImportOptions = {}): Promise<ImportedDocument> {
  const format = formatFor(input.fileName);
  if (input.bytes.length === 0) throw new CasebookError('VALIDATION', `“${input.fileName}” is empty (0 bytes): there is nothing to import.`);
  if (input.bytes.length > maxBytes) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    throw new CasebookError('TOO_LARGE', `“${input.fileName}” is ${mb(input.bytes.length)}, over the import limit of ${mb(maxBytes)}.`);
  }
  const problem = format.check(input.bytes);
  if (problem) throw new CasebookError('UNSUPPORTED_FORMAT', `“${input.fileName}”: ${problem}`);
  const doc = await format.importer(input, isolation);
  if (doc.blocks.every((b) => b.text.trim() === '')) {
    throw new CasebookError('VALIDATION', `“${input.fileName}” holds no readable text: ${format.noText}. Nothing was imported.`);
  }
  return doc;
}
