/** The claims table's columns: what each shows, how wide it is, and what it sorts by. */
import type { ReactNode } from 'react';
import type { ClaimSortKey, ClaimTableRow } from '../../../src-main/contract/claim-table';
import { LIKELIHOODS } from '../../../src-main/contract/domain';
import { formatDate } from '../../app/labels';
import { CredibilityBadge, StatusBadge } from '../../ui/badges';

export interface Column {
  key: ClaimSortKey;
  label: string;
  /** CSS grid track. */
  width: string;
  render(row: ClaimTableRow): ReactNode;
  /** Text for the cell's tooltip, when it may be cut off. */
  title?(row: ClaimTableRow): string;
}

const evidenceTotal = (row: ClaimTableRow) => row.evidenceCounts.supports + row.evidenceCounts.contradicts + row.evidenceCounts.context;

export const COLUMNS: Column[] = [
  { key: 'statement', label: 'Statement', width: 'minmax(200px, 3fr)', render: (r) => r.statement, title: (r) => r.statement },
  { key: 'source', label: 'Source', width: 'minmax(100px, 1.2fr)', render: (r) => r.sourceTitle, title: (r) => r.sourceTitle },
  { key: 'status', label: 'Status', width: '116px', render: (r) => <StatusBadge status={r.status} /> },
  { key: 'credibility', label: 'Cred.', width: '52px', render: (r) => <CredibilityBadge grade={r.credibility} /> },
  { key: 'likelihood', label: 'Likelihood', width: '104px', render: (r) => (r.likelihood ? LIKELIHOODS[r.likelihood].label : '') },
  { key: 'eventDate', label: 'Event date', width: '100px', render: (r) => formatDate(r.eventDate) },
  { key: 'tags', label: 'Tags', width: 'minmax(90px, 1fr)', render: (r) => r.tags.join(', '), title: (r) => r.tags.join(', ') },
  {
    key: 'evidence',
    label: 'Evid.',
    width: '52px',
    render: (r) => evidenceTotal(r) || '',
    title: (r) => `${r.evidenceCounts.supports} supporting, ${r.evidenceCounts.contradicts} contradicting, ${r.evidenceCounts.context} context`,
  },
  { key: 'updatedAt', label: 'Updated', width: '96px', render: (r) => formatDate(r.updatedAt) },
];

/** The selection checkbox's track, then every column's. */
export const GRID_TEMPLATE = ['36px', ...COLUMNS.map((c) => c.width)].join(' ');

export const COLUMN_NAMES: Record<ClaimSortKey, string> = {
  statement: 'statement',
  source: 'source',
  status: 'status',
  credibility: 'credibility',
  likelihood: 'likelihood',
  eventDate: 'event date',
  tags: 'tags',
  evidence: 'evidence count',
  updatedAt: 'last change',
};
