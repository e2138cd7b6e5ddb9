/**
 * The library's list, virtualised: only the rows on screen (and the focused one) are in the page.
 * One tab stop (roving focus): ↑ ↓ PageUp PageDown Home End move the focused row, which is scrolled
 * into view even when it was not drawn; Enter or Space opens it. A source selected elsewhere (a
 * search hit, a claim) is scrolled to when the current sort and filter hold it.
 */
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { call } from '../../app/api';
import type { SourceSort } from '../../app/queries';
import { useAppState, useDispatch } from '../../app/state';
import { targetRow } from './list-keys';
import { SourceRow } from './SourceRow';
import type { SourcePages } from './useSourcePages';

/** Every row's height in pixels (.source-list > .source-row in library.css). */
const ROW_HEIGHT = 54;
const rowHeight = () => ROW_HEIGHT;

interface Props {
  pages: SourcePages;
  total: number;
  listKey: string;
  sort: SourceSort;
  filter: string;
}

export function SourceList({ pages, total, listKey, sort, filter }: Props) {
  const { sourceId } = useAppState();
  const dispatch = useDispatch();
  const scroller = useRef<HTMLDivElement>(null);
  const [focusIndex, setFocusIndex] = useState(0);
  const focusRef = useRef(0);
  focusRef.current = Math.min(focusIndex, Math.max(0, total - 1));
  /** Set when a key moved the focus: the row gets DOM focus once it is drawn. */
  const moveFocus = useRef(false);
  /** The source this list opened itself (no need to scroll to it). */
  const openedHere = useRef<string | null>(null);

  const focused = focusRef.current;
  const rangeExtractor = useCallback(
    (range: Range) => {
      const rows = defaultRangeExtractor(range);
      if (focused < range.count && !rows.includes(focused)) rows.push(focused);
      return rows.sort((a, b) => a - b);
    },
    [focused],
  );

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: rowHeight,
    overscan: 8,
    paddingStart: 2,
    paddingEnd: 8,
    rangeExtractor,
  });

  // A new sort or filter starts at the top.
  useEffect(() => {
    setFocusIndex(0);
    virtualizer.scrollToOffset(0);
  }, [listKey, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const { first, last } = drawnRange(items.map((i) => i.index), focusRef.current);
  const { showing } = pages;
  useEffect(() => showing(first, last), [first, last, showing, listKey]);

  useLayoutEffect(() => {
    if (!moveFocus.current) return;
    const row = scroller.current?.querySelector<HTMLElement>(`[data-index="${focusRef.current}"]`);
    if (row) {
      row.focus({ preventScroll: true });
      moveFocus.current = false;
    }
  });

  const rowAt = useRef(pages.rowAt);
  rowAt.current = pages.rowAt;
  const open = useCallback(
    (index: number) => {
      const source = rowAt.current(index);
      if (!source) return;
      setFocusIndex(index);
      openedHere.current = source.id;
      dispatch({ type: 'selectSource', sourceId: source.id });
    },
    [dispatch],
  );

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      open(focusRef.current);
      return;
    }
    const height = scroller.current?.clientHeight ?? 0;
    const next = targetRow(e.key, focusRef.current, total, Math.floor(height / ROW_HEIGHT) - 1);
    if (next === null) return;
    e.preventDefault();
    moveFocus.current = true;
    setFocusIndex(next);
    focusRef.current = next;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  // Selected elsewhere: find it in this list and bring it into view (without taking the focus).
  const ready = total > 0;
  useEffect(() => {
    if (!sourceId || !ready) return;
    if (sourceId === openedHere.current) {
      openedHere.current = null; // chosen here, so already in view; the next selection may come from elsewhere
      return;
    }
    let alive = true;
    call('sources.locate', { id: sourceId, sort, filter: filter || undefined }).then(
      ({ index }) => {
        if (!alive || index === null) return;
        setFocusIndex(index);
        focusRef.current = index;
        virtualizer.scrollToIndex(index, { align: 'center' });
      },
      () => undefined, // not finding it only means the list does not scroll
    );
    return () => {
      alive = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on a new selection only, not on every sort or keystroke
  }, [sourceId, ready]);

  return (
    <div className="library__list-wrap" ref={scroller}>
      <div role="listbox" aria-label="Sources" className="source-list" style={{ height: virtualizer.getTotalSize() }} onKeyDown={onKeyDown}>
        {items.map((item) => {
          const source = pages.rowAt(item.index);
          return (
            <SourceRow
              key={item.key}
              index={item.index}
              total={total}
              source={source}
              sort={sort}
              selected={!!source && source.id === sourceId}
              focusable={item.index === focusRef.current}
              top={item.start}
              onOpen={open}
            />
          );
        })}
      </div>
    </div>
  );
}

/** The rows drawn because they are on screen (the focused row, kept drawn far away, left out). */
function drawnRange(indexes: number[], focused: number): { first: number; last: number } {
  const rows = indexes.length > 1 ? indexes.filter((i, k) => i !== focused || indexes[k + (k === 0 ? 1 : -1)] === i + (k === 0 ? 1 : -1)) : indexes;
  return { first: rows[0] ?? 0, last: rows[rows.length - 1] ?? 0 };
}
