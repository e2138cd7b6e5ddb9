import type { BlockKind, BlockSection } from '../contract/domain';
import type { IsolationOptions } from './isolated-run';

/** One block of a normalised document. `text` is already normalised (see normalise.ts). */
export interface DocBlock {
  kind: BlockKind;
  /** Heading level 1–6; list nesting depth (1 = top) for list items. */
  level?: number;
  section?: BlockSection;
  text: string;
}

/** What every importer returns: metadata it could recover and the document's blocks. */
export interface ImportedDocument {
  title: string;
  authors: string[];
  publisher?: string;
  /** ISO 8601 date or date-time, as precise as the file says. */
  publishedAt?: string;
  language?: string;
  dir?: 'ltr' | 'rtl';
  /** Where the document says it came from (a URL in front matter, say). */
  origin?: string;
  mediaType: string;
  blocks: DocBlock[];
  /** Things the analyst should know (a damaged part skipped, an external image not fetched…). */
  warnings: string[];
}

export interface ImportInput {
  bytes: Uint8Array;
  fileName: string;
  password?: string;
}

/**
 * Throws CasebookError (UNSUPPORTED_FORMAT, DAMAGED_FILE, PASSWORD_REQUIRED, VALIDATION) for bad
 * input. `isolation` reaches the importers that parse in a worker (PDF, DOCX).
 */
export type Importer = (input: ImportInput, isolation?: IsolationOptions) => Promise<ImportedDocument>;
