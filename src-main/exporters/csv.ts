/**
 * Claims as CSV (RFC 4180): one row per claim, CRLF line ends, fields quoted when needed, a UTF-8
 * byte-order mark so spreadsheet programs read the accents right. A cell that starts with
 * = + - @ (or a tab or carriage return) gets a leading apostrophe, so a spreadsheet shows it as
 * text instead of running it as a formula (CSV formula injection).
 */
import type { Claim, Source } from '../contract/domain';
import { CLAIM_STATUSES } from '../contract/domain';
import { credibilityLabel, likelihoodLabel } from './brief-model';

export const CSV_COLUMNS = [
  'id',
  'statement',
  'status',
  'credibility',
  'likelihood',
  'event_date',
  'tags',
  'source_title',
  'quote',
  'supports',
  'contradicts',
  'context',
] as const;

/** Neutralises spreadsheet formulas, then quotes the field if it holds a comma, quote or line break. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as CSV, header first; numbers are written as they are (a number cannot carry a formula). */
export function csvTable(header: readonly string[], rows: (string | number)[][]): string {
  const lines = [[...header], ...rows].map((row) => row.map((v) => (typeof v === 'number' ? String(v) : csvField(v))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function renderCsv(claims: Claim[], sources: Map<string, Source>): string {
  const rows = claims.map((c) => [
    c.id,
    c.statement,
    CLAIM_STATUSES[c.status],
    credibilityLabel(c.credibility),
    likelihoodLabel(c.likelihood),
    c.eventDate ?? '',
    c.tags.join('; '),
    sources.get(c.sourceId)?.title ?? '',
    c.exact,
    String(c.evidenceCounts.supports),
    String(c.evidenceCounts.contradicts),
    String(c.evidenceCounts.context),
  ]);
  const lines = [[...CSV_COLUMNS], ...rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
