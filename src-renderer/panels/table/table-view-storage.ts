/** The claims table's sort and filters survive a reload (they are forgotten when switching notebooks). */
import { CLAIM_SORT_KEYS } from '../../../src-main/contract/claim-table';
import { RELIABILITY_GRADES, type Reliability } from '../../../src-main/contract/domain';
import { EVIDENCE_SUPPORT_FILTERS } from '../../../src-main/contract/claim-table';
import type { Filters } from './ClaimFilters';
import type { SortState } from './ClaimsGrid';
import { readStoredJson, writeStoredJson } from '../../app/stored-json';

export const TABLE_VIEW_KEY = 'casebook.claims-table';

interface TableView {
  sort: SortState;
  filters: Filters;
}

const DEFAULT: TableView = { sort: { sort: 'updatedAt', direction: 'desc' }, filters: {} };

const isText = (v: unknown): v is string => typeof v === 'string' && v.length <= 500;

export function restoreTableView(): TableView {
  const saved = readStoredJson(TABLE_VIEW_KEY) as Partial<{ sort: Partial<SortState>; filters: Record<string, unknown> }> | null;
  if (!saved || typeof saved !== 'object') return DEFAULT;
  const sortKey = CLAIM_SORT_KEYS.find((k) => k === saved.sort?.sort) ?? DEFAULT.sort.sort;
  const f = saved.filters ?? {};
  // Only well-formed values come back; the API checks them again anyway.
  const filters: Filters = {
    text: isText(f.text) ? f.text : undefined,
    statuses: Array.isArray(f.statuses) ? (f.statuses.filter(isText) as Filters['statuses']) : undefined,
    credibilities: Array.isArray(f.credibilities) ? f.credibilities.filter((n): n is number => Number.isInteger(n) && n >= 0 && n <= 6) : undefined,
    tag: isText(f.tag) ? f.tag : undefined,
    sourceId: isText(f.sourceId) ? f.sourceId : undefined,
    dateFrom: isText(f.dateFrom) ? f.dateFrom : undefined,
    dateTo: isText(f.dateTo) ? f.dateTo : undefined,
    reliabilities: Array.isArray(f.reliabilities) ? f.reliabilities.filter((g): g is Reliability => typeof g === 'string' && g in RELIABILITY_GRADES) : undefined,
    evidence: EVIDENCE_SUPPORT_FILTERS.find((e) => e === f.evidence),
    entityId: isText(f.entityId) ? f.entityId : undefined,
  };
  return { sort: { sort: sortKey, direction: saved.sort?.direction === 'asc' ? 'asc' : 'desc' }, filters };
}

export function saveTableView(view: TableView): void {
  writeStoredJson(TABLE_VIEW_KEY, view);
}

export function forgetTableView(): void {
  try {
    window.localStorage.removeItem(TABLE_VIEW_KEY);
  } catch {
    // nothing to forget
  }
}
