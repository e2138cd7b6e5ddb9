/**
 * What the parse-document worker runs (workers/parse-document.mjs): the importers that work on the
 * main thread's language alone (text, Markdown, HTML), by format name, and the language work on a
 * long text (analysis/off-thread.ts). Kept apart from index.ts so the worker loads these and
 * nothing else of the app. The Electron build bundles this file as out/main/import-parse.js,
 * beside the workers folder.
 */
import type { ImportedDocument, ImportInput } from './types';
import { importText } from './text';
import { importMarkdown } from './markdown';
import { importHtml } from './html';

import { extractEntities } from '../entities/extract';
import { packEntities } from '../entities/packed';
import { packDocument, type PackedDocument } from './packed-document';
import { rankSentences } from '../analysis/rank';
import { unpackDateSpans, type PackedDateSpans } from './workers/date-spans.mjs';

/** Ranks a text's sentences given its date spans, packed (workers/date-spans.mjs). */
export const rankSentencesPacked = (text: string, dates: PackedDateSpans) => rankSentences(text, unpackDateSpans(dates));

/** A text's entities, packed to travel back (entities/packed.ts). */
export const findEntitiesPacked = (text: string) => packEntities(extractEntities(text));

export const IN_WORKER_IMPORTERS = { text: importText, markdown: importMarkdown, html: importHtml };
export type InWorkerFormat = keyof typeof IN_WORKER_IMPORTERS;

export function parseDocument(format: InWorkerFormat, input: ImportInput): Promise<ImportedDocument> {
  return IN_WORKER_IMPORTERS[format](input);
}

export async function parseDocumentPacked(format: InWorkerFormat, input: ImportInput): Promise<PackedDocument> {
  return packDocument(await parseDocument(format, input));
}
