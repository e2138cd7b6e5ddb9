/** What every exporter shares: the format type (the formats are listed in contract/export-formats.ts), the options of a brief, and what an export produces. */
import type { ParsedInput } from '../contract/methods';

export type ExportFormat = ParsedInput<'exports.render'>['format'];
export type CitationStyle = NonNullable<ParsedInput<'exports.render'>['style']>;

export const CITATION_STYLES = ['apa', 'chicago'] as const satisfies readonly CitationStyle[];

/** Which claims an export covers: all (neither given), one source's, or a chosen list. */
export interface ExportScope {
  claimIds?: string[];
  sourceId?: string;
}

export interface BriefOptions {
  scope?: ExportScope;
  style?: CitationStyle;
  /** Evidence passages are listed under each claim unless this is false. */
  includeEvidence?: boolean;
  /** Every analysis of competing hypotheses is laid out as a matrix table when this is true. */
  includeAnalyses?: boolean;
  title?: string;
  author?: string;
  /** Which brief to lay out; default: the most recently edited one. */
  briefId?: string;
  /** Add a chronology: the claims in scope that have an event date, in time order. */
  chronology?: boolean;
  /** The moment the export is made (tests pass a fixed one). */
  now?: Date;
}

/** A finished export file. */
export interface ExportFile {
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
}

/** Turns a self-contained HTML document into PDF bytes (headless Chromium here, printToPDF in Electron). */
export type HtmlToPdf = (html: string) => Promise<Uint8Array>;
