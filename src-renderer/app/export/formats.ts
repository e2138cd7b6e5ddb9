/** The formats the Export dialog offers (the contract's table), grouped as the analyst thinks of them. */
import { EXPORT_FORMATS, exportFormat, isBriefFormat, type ExportFormatId, type ExportFormatKind } from '../../../src-main/contract/export-formats';
import type { MethodInput } from '../../../src-main/contract/methods';

export type ExportFormat = ExportFormatId;
export type CitationStyle = NonNullable<MethodInput<'exports.render'>['style']>;
export { isBriefFormat };

export interface FormatChoice {
  value: ExportFormat;
  label: string;
  hint: string;
}

const GROUP_TITLES: Record<ExportFormatKind, string> = {
  brief: 'The brief, with its claims cited',
  data: 'Claims and sources as data',
  notebook: 'Everything',
};

export const FORMAT_GROUPS: { title: string; formats: FormatChoice[] }[] = (Object.keys(GROUP_TITLES) as ExportFormatKind[]).map((kind) => ({
  title: GROUP_TITLES[kind],
  formats: EXPORT_FORMATS.filter((f) => f.kind === kind).map((f) => ({ value: f.id, label: f.label, hint: `.${f.extensions[0]}` })),
}));

/** "PDF", "Word"…: how the progress line names what is being made. */
export function formatName(format: ExportFormat): string {
  if (format === 'bundle') return 'the notebook';
  return exportFormat(format).label;
}
