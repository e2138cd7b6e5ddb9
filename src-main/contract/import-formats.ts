/**
 * The one table of import formats and their size limits (README, "What an import keeps"): the
 * importers pick their parser by it, and every door checks a file's size against it before reading
 * the file whole (the command line and the desktop app on disk, the page before uploading, the
 * bridge before reading a request's body, the handler before decoding base64). Pure: the renderer
 * imports it too.
 */
import { CasebookError } from './errors';

const MB = 1024 * 1024;

/** The largest file any door accepts; each format has its own limit at or under it. */
export const DEFAULT_MAX_IMPORT_BYTES = 200 * MB;

export type ImportFormatId = 'text' | 'markdown' | 'html' | 'pdf' | 'docx';

export interface ImportFormatSpec {
  id: ImportFormatId;
  /** How messages name the format. */
  name: string;
  /** Lower case, with the dot. */
  extensions: readonly string[];
  /**
   * Largest file of this format accepted. Text formats are read whole into strings several times
   * their size; past this they are refused before being read.
   */
  maxBytes: number;
}

export const IMPORT_FORMATS: readonly ImportFormatSpec[] = [
  { id: 'text', name: 'plain text', extensions: ['.txt', '.text'], maxBytes: 32 * MB },
  { id: 'markdown', name: 'Markdown', extensions: ['.md', '.markdown', '.mdown'], maxBytes: 8 * MB },
  { id: 'html', name: 'HTML', extensions: ['.html', '.htm', '.xhtml'], maxBytes: 32 * MB },
  { id: 'pdf', name: 'PDF', extensions: ['.pdf'], maxBytes: 200 * MB },
  { id: 'docx', name: 'Word document', extensions: ['.docx'], maxBytes: 100 * MB },
];

export const SUPPORTED_EXTENSIONS = IMPORT_FORMATS.flatMap((f) => f.extensions);

/** A file name's extension, lower case with its dot, as Node's `path.extname` finds it ('' for “.md” or “notes”). */
export function fileExtension(fileName: string): string {
  const base = fileName.slice(fileName.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot).toLowerCase();
}

/** The format a file is imported as, by its extension; refuses a file Casebook cannot import. */
export function importFormatFor(fileName: string): ImportFormatSpec {
  const ext = fileExtension(fileName);
  const format = IMPORT_FORMATS.find((f) => f.extensions.includes(ext));
  if (!format) {
    const shown = ext ? `“${ext}” files` : 'files without an extension';
    throw new CasebookError('UNSUPPORTED_FORMAT', `Casebook cannot import ${shown}. It reads ${SUPPORTED_EXTENSIONS.join(', ')}.`);
  }
  return format;
}

/** The largest file of this name's format accepted, in bytes (`maxBytes`: a lower limit of the caller's). */
export function importLimitFor(fileName: string, maxBytes = DEFAULT_MAX_IMPORT_BYTES): number {
  return Math.min(importFormatFor(fileName).maxBytes, maxBytes);
}

const mb = (n: number) => `${(n / MB).toFixed(1)} MB`;

/**
 * The refusal of a file over its format's limit. `size` undefined: the size is not known, only
 * that it is over (a body that kept coming past the limit).
 */
export function tooLargeError(fileName: string, size: number | undefined, maxBytes = DEFAULT_MAX_IMPORT_BYTES): CasebookError {
  const limit = importLimitFor(fileName, maxBytes);
  const what = size === undefined ? 'is larger than' : `is ${mb(size)}, over`;
  return new CasebookError('TOO_LARGE', `“${fileName}” ${what} the import limit of ${mb(limit)} for ${importFormatFor(fileName).name} files. Split it into smaller files, then import them.`);
}

/**
 * Refuses a file too large to import (or of a format Casebook cannot import), by its name and
 * size alone: callers check before reading the file (or decoding its base64) so a huge file never
 * sits in memory whole.
 */
export function checkImportSize(fileName: string, size: number, maxBytes = DEFAULT_MAX_IMPORT_BYTES): void {
  if (size > importLimitFor(fileName, maxBytes)) throw tooLargeError(fileName, size, maxBytes);
}

/** How many bytes a base64 text decodes to, without decoding it. */
export function base64DecodedLength(data: string): number {
  const padding = data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((data.length * 3) / 4) - padding);
}

/**
 * Browser mode: the page declares an imported file's name (URL-encoded) and size in these request
 * headers of `sources.import`, so the bridge can refuse an oversized file before reading the body.
 */
export const UPLOAD_FILE_NAME_HEADER = 'X-Casebook-File-Name';
export const UPLOAD_FILE_SIZE_HEADER = 'X-Casebook-File-Size';
