/** Picks the importer for a file by its name and its first bytes, and enforces the size limit. */
import { CasebookError } from '../contract/errors';
import { checkImportSize, DEFAULT_MAX_IMPORT_BYTES, importFormatFor, type ImportFormatId, type ImportFormatSpec } from '../contract/import-formats';
import type { IsolationOptions } from './isolated-run';
import type { ImportedDocument, ImportInput, Importer } from './types';
import { inWorker, inWorkerPacked } from './in-worker';
import { packDocument, type PackedDocument } from './packed-document';
import { looksBinary } from './normalise';

export { checkImportSize, DEFAULT_MAX_IMPORT_BYTES } from '../contract/import-formats';

/** How each format of the contract's table (name, extensions, size limit) is read. */
interface FormatReader {
  importer: Importer;
  /** Checks the first bytes; returns a message when they do not fit the format. */
  check(bytes: Uint8Array): string | null;
  /** Why a file of this format may hold no text, and what to do about it. */
  noText: string;
}

type Format = ImportFormatSpec & FormatReader;

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

const READERS: Record<ImportFormatId, FormatReader> = {
  text: { importer: inWorker('text'), check: textCheck('a text file'), noText: 'it is blank' },
  markdown: { importer: inWorker('markdown'), check: textCheck('a Markdown file'), noText: 'it is blank' },
  html: {
    importer: inWorker('html'),
    check: textCheck('a web page'),
    noText:
      'the page may write its text with scripts, which Casebook never runs. Save it again from a browser once it has loaded (or print it to PDF) and import that',
  },
  pdf: {
    importer: importPdf,
    check: (bytes) => {
      const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
      return head.includes('%PDF-') ? null : 'This file is named .pdf but is not a PDF (it has no PDF header).';
    },
    noText: 'its pages are probably scanned images, and Casebook does not read text from images. Run it through OCR first (for example “ocrmypdf”) and import the result',
  },
  docx: {
    importer: importDocx,
    check: (bytes) => (startsWith(bytes, 'PK') ? null : 'This file is named .docx but is not a Word document (it is not a zip package).'),
    noText: 'it is empty or holds only pictures, and Casebook does not read text from pictures',
  },
};

/** The format a file is imported as, by its extension; refuses a file Casebook cannot import. */
export function formatFor(fileName: string): Format {
  const spec = importFormatFor(fileName);
  return { ...spec, ...READERS[spec.id] };
}

export interface ImportOptions {
  /** Largest file accepted, in bytes. */
  maxBytes?: number;
  isolation?: IsolationOptions;
}

/** Refuses, before reading it, a file that is empty, too large or not of the format its name says. */
function formatToRead(input: ImportInput, maxBytes: number): Format {
  const format = formatFor(input.fileName);
  if (input.bytes.length === 0) throw new CasebookError('VALIDATION', `“${input.fileName}” is empty (0 bytes): there is nothing to import.`);
  checkImportSize(input.fileName, input.bytes.length, maxBytes);
  const problem = format.check(input.bytes);
  if (problem) throw new CasebookError('UNSUPPORTED_FORMAT', `“${input.fileName}”: ${problem}`);
  return format;
}

const noText = (input: ImportInput, format: Format) => new CasebookError('VALIDATION', `“${input.fileName}” holds no readable text: ${format.noText}. Nothing was imported.`);

export async function importDocument(input: ImportInput, { maxBytes = DEFAULT_MAX_IMPORT_BYTES, isolation }: ImportOptions = {}): Promise<ImportedDocument> {
  const format = formatToRead(input, maxBytes);
  const doc = await format.importer(input, isolation);
  if (doc.blocks.every((b) => b.text.trim() === '')) throw noText(input, format);
  return doc;
}

/**
 * `importDocument`, its document packed (packed-document.ts) for the notebook's writer thread:
 * text, Markdown and web pages come from their worker packed, never laid out in objects here.
 */
export async function importPackedDocument(input: ImportInput, { maxBytes = DEFAULT_MAX_IMPORT_BYTES, isolation }: ImportOptions = {}): Promise<PackedDocument> {
  const format = formatToRead(input, maxBytes);
  const packedImporter = format.id === 'text' || format.id === 'markdown' || format.id === 'html' ? inWorkerPacked(format.id) : undefined;
  const doc = packedImporter ? await packedImporter(input, isolation) : packDocument(await format.importer(input, isolation));
  if (doc.text.trim() === '') throw noText(input, format);
  return doc;
}
