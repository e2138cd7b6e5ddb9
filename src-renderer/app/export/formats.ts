/** The formats the Export dialog offers, grouped as the analyst thinks of them. */
import type { MethodInput } from '../../../src-main/contract/methods';

export type ExportFormat = MethodInput<'exports.render'>['format'] | 'bundle';
export type CitationStyle = NonNullable<MethodInput<'exports.render'>['style']>;

export interface FormatChoice {
  value: ExportFormat;
  label: string;
  hint: string;
}

export const FORMAT_GROUPS: { title: string; formats: FormatChoice[] }[] = [
  {
    title: 'The brief, with its claims cited',
    formats: [
      { value: 'docx', label: 'Word', hint: '.docx' },
      { value: 'pdf', label: 'PDF', hint: '.pdf' },
      { value: 'html', label: 'Web page', hint: '.html' },
      { value: 'md', label: 'Markdown', hint: '.md' },
    ],
  },
  {
    title: 'Claims and sources as data',
    formats: [
      { value: 'w3c', label: 'W3C Web Annotations', hint: '.jsonld' },
      { value: 'csv', label: 'Spreadsheet', hint: '.csv' },
      { value: 'csl', label: 'CSL JSON (Zotero)', hint: '.json' },
      { value: 'bibtex', label: 'BibTeX', hint: '.bib' },
      { value: 'ris', label: 'RIS', hint: '.ris' },
    ],
  },
  {
    title: 'Everything',
    formats: [{ value: 'bundle', label: 'The whole notebook, originals included', hint: '.casebook' }],
  },
];

const BRIEF_FORMATS: readonly ExportFormat[] = ['docx', 'pdf', 'html', 'md'];

export function isBriefFormat(format: ExportFormat): boolean {
  return BRIEF_FORMATS.includes(format);
}

/** "PDF", "Word"…: how the progress line names what is being made. */
export function formatName(format: ExportFormat): string {
  if (format === 'bundle') return 'the notebook';
  return FORMAT_GROUPS.flatMap((g) => g.formats).find((f) => f.value === format)?.label ?? format.toUpperCase();
}
