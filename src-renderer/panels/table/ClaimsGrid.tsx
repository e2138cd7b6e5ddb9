/**
 * The claims grid: one Tab stop (the rows; the column headers are sort buttons before them),
 * arrows move the active row, Space selects it, Shift extends, Ctrl/Cmd+A selects all, Enter
 * opens the claim at its passage. Only the rows in view are in the page (50,000 claims scroll).
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { ClaimSortKey, ClaimTableRow } from '../../../src-main/contract/claim-table';
import { isModKey } from '../../app/labels';
import { COLUMN_NAMES, COLUMNS, GRID_TEMPLATE } from './columns';
import type { ClaimTable } from './useClaimTable';
import type { RowSelection } from './useRowSelection';

const ROW_HEIGHT = 34;
const HEADER_HEIGHT = 32;

export interface SortState {
  sort: ClaimSortKey;
  direction: 'asc' | 'desc';
}

interface Props extends SortState {
  table: ClaimTable;
  /** Changes with the filters and sort: the grid goes back to its first row. */
  queryKey: string;
  selection: RowSelection;
  onSort(key: ClaimSortKey): void;
  /** The active row changed (the claim shows in the claims pane). */
  onActivate(row: ClaimTableRow): void;
  /** Enter or double-click: the claim at its passage in the reader. */
  onOpen(row: ClaimTableRow): void;
}

export function ClaimsGrid({ table, queryKey, selection, sort, direction, onSort, onActivate, onOpen }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const count = table.total ?? 0;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const { need } = table;
  useEffect(() => {
    if (count > 0) need(first, last);
  }, [first, last, count, need]);
  // A new filter or sort: back to the first row.
  useEffect(() => {
    setActive(0);
    scroller.current?.scrollTo({ top: 0 });
  }, [queryKey]);
  useEffect(() => {
    if (count > 0 && active >= count) setActive(count - 1);
  }, [count, active]);

  const moveTo = (index: number, extend: boolean) => {
    const next = Math.max(0, Math.min(count - 1, index));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
    if (extend) void selection.extendTo(next);
    const row = table.rowAt(next);
    if (row) onActivate(row);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    // Keys pressed on a sort button are the button's.
    if (count === 0 || e.target !== e.currentTarget) return;
    const page = Math.max(1, Math.floor(((scroller.current?.clientHeight ?? 400) - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
    const row = table.rowAt(active);
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(active + 1, e.shiftKey),
      ArrowUp: () => moveTo(active - 1, e.shiftKey),
      PageDown: () => moveTo(active + page, e.shiftKey),
      PageUp: () => moveTo(active - page, e.shiftKey),
      Home: () => moveTo(0, e.shiftKey),
      End: () => moveTo(count - 1, e.shiftKey),
      ' ': () => row && selection.toggle(active, row.id),
      Enter: () => row && onOpen(row),
      Escape: () => selection.clear(),
    };
    if (isModKey(e) && e.key.toLowerCase() === 'a') {
      e.preventDefault();
      void selection.selectAll();
      return;
    }
    if (e.key === 'Escape' && selection.selected.size === 0) return; // nothing to clear: let Escape through
    const action = keys[e.key];
    if (!action || e.altKey || (isModKey(e) && e.key !== 'Home' && e.key !== 'End')) return;
    e.preventDefault();
    action();
  };

  const onRowClick = (e: MouseEvent, index: number, row: ClaimTableRow) => {
    setActive(index);
    if (e.shiftKey) void selection.extendTo(index);
    else if (isModKey(e)) selection.toggle(index, row.id);
    onActivate(row);
  };

  const activeRow = table.rowAt(active);
  return (
    <div className="ct-scroll" ref={scroller}>
      <div
        className="ct-grid"
        role="grid"
        aria-label="All claims"
        aria-rowcount={count + 1}
        aria-colcount={COLUMNS.length + 1}
        aria-multiselectable="true"
        tabIndex={0}
        aria-activedescendant={activeRow && items.some((i) => i.index === active) ? `ct-row-${active}` : undefined}
        onKeyDown={onKeyDown}
        style={{ height: HEADER_HEIGHT + virtualizer.getTotalSize() }}
      >
        <div className="ct-row ct-row--head" role="row" aria-rowindex={1} style={{ gridTemplateColumns: GRID_TEMPLATE }}>
          <div className="ct-cell" role="columnheader" aria-label="Selected" />
          {COLUMNS.map((c) => (
            <div key={c.key} className="ct-cell" role="columnheader" aria-sort={c.key === sort ? (direction === 'asc' ? 'ascending' : 'descending') : undefined}>
              <button type="button" className="ct-sort" onClick={() => onSort(c.key)} aria-label={`Sort by ${COLUMN_NAMES[c.key]}`}>
                {c.label}
                <span aria-hidden className="ct-sort__arrow">
                  {c.key === sort ? (direction === 'asc' ? '▲' : '▼') : ''}
                </span>
              </button>
            </div>
          ))}
        </div>
        {items.map((item) => {
          const row = table.rowAt(item.index);
          const isSelected = !!row && selection.selected.has(row.id);
          return (
            <div
              key={item.key}
              id={`ct-row-${item.index}`}
              className={`ct-row${item.index === active ? ' is-active' : ''}${isSelected ? ' is-selected' : ''}`}
              role="row"
              aria-rowindex={item.index + 2}
              aria-selected={isSelected}
              data-claim-id={row?.id}
              style={{ gridTemplateColumns: GRID_TEMPLATE, transform: `translateY(${item.start - HEADER_HEIGHT}px)` }}
              onMouseDown={(e) => e.shiftKey && e.preventDefault()}
              onClick={(e) => row && onRowClick(e, item.index, row)}
              onDoubleClick={() => row && onOpen(row)}
            >
              <div className="ct-cell ct-cell--check" role="gridcell">
                {row && (
                  <input
                    type="checkbox"
                    tabIndex={-1}
                    checked={isSelected}
                    aria-label={`Select “${row.statement}”`}
                    onClick={(e) => {
                      e.stopPropagation();
                      setActive(item.index);
                      if (e.shiftKey) void selection.extendTo(item.index);
                      else selection.toggle(item.index, row.id);
                    }}
                    onChange={() => {}}
                  />
                )}
              </div>
              {COLUMNS.map((c) => (
                <div key={c.key} className={`ct-cell ct-cell--${c.key}`} role="gridcell" title={row && c.title ? c.title(row) : undefined}>
                  {row ? c.render(row) : <span className="ct-placeholder" />}
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
