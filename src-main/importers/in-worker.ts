/**
 * Text, Markdown and HTML parsed off the main thread, in a pooled worker with a deadline and a
 * memory cap (isolated-pool.ts), as PDF and Word files are: a file built to stall or exhaust a
 * parser costs a bounded wait and a message in words, and the app answers other requests meanwhile.
 */
import { z } from 'zod';
import { BLOCK_KINDS, BLOCK_SECTIONS } from '../contract/domain';
import { CasebookError, ERROR_CODES, type ErrorCode } from '../contract/errors';
import type { ImportedDocument, ImportInput, Importer } from './types';
import type { IsolationOptions } from './isolated-run';
import type { PackedDocument, PackedImporter } from './packed-document';
import { runIsolatedOrThrow } from './isolated-run';
import { runPooled } from './isolated-pool';
import type { InWorkerFormat } from './parse-in-worker';

const DocumentSchema = z.object({
  title: z.string(),
  authors: z.array(z.string()),
  publisher: z.string().optional(),
  publishedAt: z.string().optional(),
  language: z.string().optional(),
  dir: z.enum(['ltr', 'rtl']).optional(),
  origin: z.string().optional(),
  mediaType: z.string(),
  blocks: z.array(z.object({ kind: z.enum(BLOCK_KINDS), level: z.number().int().optional(), section: z.enum(BLOCK_SECTIONS).optional(), text: z.string() })),
  warnings: z.array(z.string()),
}) satisfies z.ZodType<ImportedDocument>;

const READERS: Record<InWorkerFormat, { reader: string; what: string }> = {
  text: { reader: 'text', what: 'a text file' },
  markdown: { reader: 'Markdown', what: 'a Markdown file' },
  html: { reader: 'web page', what: 'a web page' },
};

const PackedDocumentSchema = DocumentSchema.omit({ blocks: true }).extend({ text: z.string(), layout: z.instanceof(Int32Array) }) satisfies z.ZodType<PackedDocument>;

/** Parses a file of `format` in the parse-document worker; `pack`: answered as a PackedDocument. */
function parseInWorker<T>(format: InWorkerFormat, schema: z.ZodType<T>, pack: boolean) {
  const { reader, what } = READERS[format];
  return ({ bytes, fileName }: ImportInput, isolation: IsolationOptions = {}): Promise<T> => {
    const damaged = (why = 'its contents trip up Casebook’s reader') =>
      new CasebookError('DAMAGED_FILE', `“${fileName}” could not be read as ${what}: ${why}. Nothing was imported.`);
    return runIsolatedOrThrow(
      'parse-document.mjs',
      { format, bytes, fileName, pack },
      schema,
      {
        reader,
        damaged,
        // The importer's own refusal (a CasebookError in the worker), as it worded it.
        failed: (kind, message) => {
          const code = kind.startsWith('casebook:') ? (kind.slice('casebook:'.length) as ErrorCode) : undefined;
          return code && ERROR_CODES.includes(code) && code !== 'INTERNAL' && message ? new CasebookError(code, message) : undefined;
        },
      },
      isolation,
      runPooled,
    );
  };
}

/** The importer of `format`, run in the parse-document worker. */
export const inWorker = (format: InWorkerFormat): Importer => parseInWorker(format, DocumentSchema, false);

/** The same, its document packed (packed-document.ts): for the notebook's writer thread, not the main process. */
export const inWorkerPacked = (format: InWorkerFormat): PackedImporter => parseInWorker(format, PackedDocumentSchema, true);
