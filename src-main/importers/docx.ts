/**
 * Word documents (.docx): mammoth turns the file into HTML in a worker thread with a memory cap
 * and a deadline (isolated-run.ts), after the worker has unpacked the zip under a size cap and
 * checked every part (workers/zip-read.mjs: zip bombs, damaged parts); this side walks the HTML
 * into blocks (docx-html.ts) and reads the core properties (docx-metadata.ts).
 * Files the document links to (pictures, other documents) are never read, and embedded
 * pictures are dropped: Casebook keeps the text.
 */
import { z } from 'zod';
import { CasebookError } from '../contract/errors';
import type { ImportedDocument, Importer } from './types';
import { runIsolatedOrThrow, type IsolationOptions } from './isolated-run';
import { blocksFromMammothHtml } from './docx-html';
import { readCoreProperties } from './docx-metadata';
import { titleFromFileName } from './normalise';

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** Most a Word file's XML parts may unpack to; far above any real document's text and styles. */
export const MAX_DOCX_UNPACKED_BYTES = 256 * 1024 * 1024;
const MAX_DOCX_PARTS = 5000;

const ConversionSchema = z.object({
  html: z.string(),
  messages: z.array(z.object({ type: z.string(), message: z.string() })),
  coreXml: z.string().nullable(),
  skippedParts: z.array(z.string()),
  externalLinks: z.array(z.object({ type: z.string(), target: z.string() })),
});
type Conversion = z.infer<typeof ConversionSchema>;

const damaged = (fileName: string, why: string) =>
  new CasebookError('DAMAGED_FILE', `This Word document (“${fileName}”) is damaged: ${why}. If Word can open it, save a fresh copy and import that.`);

function convert(bytes: Uint8Array, fileName: string, isolation: IsolationOptions): Promise<Conversion> {
  const input = { bytes, maxUnpackedBytes: MAX_DOCX_UNPACKED_BYTES, maxEntries: MAX_DOCX_PARTS };
  return runIsolatedOrThrow('docx-convert.mjs', input, ConversionSchema, {
    reader: 'Word',
    damaged: (why = 'Casebook could not read its text') => damaged(fileName, why),
    failed: (kind) => {
      switch (kind) {
        case 'not-docx':
          return new CasebookError('UNSUPPORTED_FORMAT', `“${fileName}” is a zip file but not a Word document.`);
        case 'too-large':
          return new CasebookError(
            'TOO_LARGE',
            `“${fileName}” unpacks to more than ${MAX_DOCX_UNPACKED_BYTES / 1024 / 1024} MB (or more than ${MAX_DOCX_PARTS} parts), more than Casebook will open.`,
          );
        case 'zip-broken':
          return damaged(fileName, 'its zip package is broken, so Casebook could not open it');
        default:
          return undefined;
      }
    },
  }, isolation);
}

/** mammoth's notes about styles and pictures: nothing of the text is lost. */
const HARMLESS_MESSAGE = /^Unrecognised (paragraph|run|table|numbering) style|style mapping|unlikely to display in web browsers|external image/i;

/** What the analyst should know, in plain words: linked pictures not loaded, parts left out. */
function warningsFrom(conversion: Conversion): string[] {
  const warnings = new Set<string>();
  for (const { type, target } of conversion.externalLinks) {
    if (type === 'image') warnings.add(`This document shows a picture kept outside the file (“${target}”); Casebook did not load it.`);
  }
  if (conversion.messages.some(({ message }) => !HARMLESS_MESSAGE.test(message))) {
    warnings.add('Some parts of this document were not recognised and were left out.');
  }
  if (conversion.skippedParts.length > 0) warnings.add('Some parts of this Word file were damaged and were left out.');
  return [...warnings];
}

/** `isolation`: other worker limits (tests use short ones) or folder; the defaults otherwise. */
export const importDocx: Importer = async ({ bytes, fileName }, isolation = {}): Promise<ImportedDocument> => {
  const conversion = await convert(bytes, fileName, isolation);
  let blocks;
  try {
    blocks = blocksFromMammothHtml(conversion.html);
  } catch {
    throw damaged(fileName, 'Casebook could not read its text');
  }
  const core = readCoreProperties(conversion.coreXml);
  const heading = blocks.find((b) => b.kind === 'heading' && (b.section ?? 'body') === 'body')?.text;
  return {
    title: core.title ?? heading ?? titleFromFileName(fileName),
    authors: core.authors,
    ...(core.created ? { publishedAt: core.created } : {}),
    mediaType: DOCX_MEDIA_TYPE,
    blocks,
    warnings: warningsFrom(conversion),
  };
};
