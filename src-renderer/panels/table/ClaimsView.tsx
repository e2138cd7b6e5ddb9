/**
 * The Claims centre view: every claim of the notebook in one table, with the tag browser beside
 * it, filters above it, and changes to a selection of claims at once.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ClaimSortKey, ClaimTableRow } from '../../../src-main/contract/claim-table';
import { useQuery } from '../../app/use-query';
import { plural } from '../../app/labels';
import { useDispatch } from '../../app/state';
import { EmptyState } from '../../ui/EmptyState';
import { BulkBar } from './BulkBar';
import { ClaimFilters, type Filters } from './ClaimFilters';
import { ClaimsGrid, type SortState } from './ClaimsGrid';
import { TagBrowser } from './TagBrowser';
import { useClaimTable } from './useClaimTable';
import { useRowSelection } from './useRowSelection';
import { restoreTableView, saveTableView } from './table-view-storage';

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** Columns whose natural first order is largest first. */
const DESCENDING_FIRST: ClaimSortKey[] = ['updatedAt', 'evidence', 'eventDate'];

export function ClaimsView() {
  const dispatch = useDispatch();
  const root = useRef<HTMLDivElement>(null);
  const [sort, setSort] = useState<SortState>(() => restoreTableView().sort);
  const [filters, setFilters] = useState<Filters>(() => restoreTableView().filters);
  useEffect(() => saveTableView({ sort, filters }), [sort, filters]);
  // Words are looked up once typing pauses (each lookup reads every claim).
  const text = useDebounced(filters.text?.trim() || undefined, 200);
  const query = useMemo(() => ({ ...sort, ...filters, text }), [sort, filters, text]);
  const table = useClaimTable(query);
  const selection = useRowSelection(table);
  const tagData = useQuery('tags.list', {}, { keepPrevious: true }).data?.tags;
  const tagNames = useMemo(() => (tagData ?? []).map((t) => t.name), [tagData]);

  // A selection is of what the filters show: a new filter starts a new selection.
  const { clear } = selection;
  useEffect(() => clear(), [filters, clear]);

  const onSort = (key: ClaimSortKey) =>
    setSort((s) => (s.sort === key ? { sort: key, direction: s.direction === 'asc' ? 'desc' : 'asc' } : { sort: key, direction: DESCENDING_FIRST.includes(key) ? 'desc' : 'asc' }));
  const open = (row: ClaimTableRow) => {
    dispatch({ type: 'showPassage', sourceId: row.sourceId, start: row.start, end: row.end, claimId: row.id });
    // The table goes away with the focus: it goes to the source's text, or else to the Reader tab.
    requestAnimationFrame(() => {
      const doc = document.querySelector<HTMLElement>('.reader-doc');
      doc?.focus();
      if (!doc || document.activeElement !== doc) document.querySelector<HTMLElement>('[role=tab][aria-selected=true]')?.focus();
    });
  };
  const activate = (row: ClaimTableRow) => dispatch({ type: 'openClaim', claimId: row.id, sourceId: row.sourceId });

  // The bar (and its button that had the focus) goes away: the focus goes to the rows.
  const clearAndFocusGrid = () => {
    selection.clear();
    root.current?.querySelector<HTMLElement>('[role=grid]')?.focus();
  };

  const filtered = Object.values(filters).some((v) => v !== undefined && v !== '');
  return (
    <div className="claims-view" ref={root}>
      <TagBrowser tags={tagData} chosen={filters.tag} onChoose={(tag) => setFilters((f) => ({ ...f, tag }))} />
      <section className="claims-view__main" aria-label="Claims table">
        <div className="pane-header">
          <h2 className="pane-header__title">Claims</h2>
          <span className="muted claims-view__total" aria-live="polite">
            {table.total === undefined ? '' : filtered ? `${plural(table.total, 'claim')} match` : plural(table.total, 'claim')}
          </span>
        </div>
        <ClaimFilters filters={filters} tags={tagNames} onChange={setFilters} />
        {selection.selected.size > 0 && <BulkBar ids={[...selection.selected]} tags={tagNames} onClear={clearAndFocusGrid} />}
        {table.error && <p className="field__error claims-view__error">{table.error}</p>}
        {table.total === 0 ? (
          <EmptyState title={filtered ? 'No claim matches' : 'No claims yet'}>
            {filtered ? 'Nothing matches these filters. Clear them to see every claim.' : 'Select a passage in the reader and make it a claim; every claim of the notebook is listed here.'}
          </EmptyState>
        ) : (
          <ClaimsGrid table={table} queryKey={JSON.stringify(query)} selection={selection} sort={sort.sort} direction={sort.direction} onSort={onSort} onActivate={activate} onOpen={open} />
        )}
      </section>
    </div>
  );
}
