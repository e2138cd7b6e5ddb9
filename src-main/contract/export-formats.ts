/**
 * The one table of export formats: what the contract's `exports.render` accepts, which renderer
 * the exporters dispatch to, which format the CLI reads from a file's extension and what the
 * Export dialog offers, in the dialog's order.
 */

/** A brief laid out as a document, claims and sources as data, or the whole notebook. */
export type ExportFormatKind = 'brief' | 'data' | 'notebook';

export interface ExportFormatSpec {
  id: string;
  kind: ExportFormatKind;
  /** File extensions without the dot; the first is the one exports are named with. */
  extensions: readonly [string, ...string[]];
  mediaType: string;
  /** How the Export dialog names it. */
  label: string;
}

export const EXPORT_FORMATS = [
  { id: 'docx', kind: 'brief', extensions: ['docx'], mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'Word' },
  { id: 'pdf', kind: 'brief', extensions: ['pdf'], mediaType: 'application/pdf', label: 'PDF' },
  { id: 'html', kind: 'brief', extensions: ['html', 'htm'], mediaType: 'text/html; charset=utf-8', label: 'Web page' },
  { id: 'md', kind: 'brief', extensions: ['md', 'markdown'], mediaType: 'text/markdown; charset=utf-8', label: 'Markdown' },
  { id: 'w3c', kind: 'data', extensions: ['jsonld'], mediaType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"', label: 'W3C Web Annotations' },
  { id: 'csv', kind: 'data', extensions: ['csv'], mediaType: 'text/csv; charset=utf-8', label: 'Spreadsheet' },
  { id: 'analyses', kind: 'data', extensions: ['ach.csv'], mediaType: 'text/csv; charset=utf-8', label: 'ACH matrices' },
  { id: 'csl', kind: 'data', extensions: ['json'], mediaType: 'application/vnd.citationstyles.csl+json', label: 'CSL JSON (Zotero)' },
  { id: 'bibtex', kind: 'data', extensions: ['bib'], mediaType: 'application/x-bibtex; charset=utf-8', label: 'BibTeX' },
  { id: 'ris', kind: 'data', extensions: ['ris'], mediaType: 'application/x-research-info-systems', label: 'RIS' },
  { id: 'bundle', kind: 'notebook', extensions: ['casebook'], mediaType: 'application/zip', label: 'The whole notebook, originals included' },
] as const satisfies readonly ExportFormatSpec[];

type Spec = (typeof EXPORT_FORMATS)[number];
/** Every format, the notebook bundle included. */
export type ExportFormatId = Spec['id'];
/** The formats `exports.render` makes (the bundle has its own method, `exports.bundle`). */
export type RenderFormat = Extract<Spec, { kind: 'brief' | 'data' }>['id'];
export type BriefFormat = Extract<Spec, { kind: 'brief' }>['id'];
export type DataFormat = Extract<Spec, { kind: 'data' }>['id'];

const idsOf = <Id extends string>(kinds: readonly ExportFormatKind[]) =>
  EXPORT_FORMATS.filter((f) => kinds.includes(f.kind)).map((f) => f.id) as unknown as readonly [Id, ...Id[]];

export const EXPORT_FORMAT_IDS = idsOf<ExportFormatId>(['brief', 'data', 'notebook']);
export const RENDER_FORMATS = idsOf<RenderFormat>(['brief', 'data']);
export const BRIEF_FORMATS = idsOf<BriefFormat>(['brief']);
export const DATA_FORMATS = idsOf<DataFormat>(['data']);

export function exportFormat(id: ExportFormatId): ExportFormatSpec {
  return EXPORT_FORMATS.find((f) => f.id === id)!;
}

export function isBriefFormat(id: string): id is BriefFormat {
  return (BRIEF_FORMATS as readonly string[]).includes(id);
}

/** The format a file extension stands for (".json" → csl, case ignored), or undefined. */
export function formatOfExtension(extension: string): ExportFormatId | undefined {
  const bare = extension.replace(/^\./, '').toLowerCase();
  return EXPORT_FORMATS.find((f) => (f.extensions as readonly string[]).includes(bare))?.id;
}
