/**
 * The map as a list, for the keyboard and screen readers (the canvas is neither): every source,
 * the claims quoted in it, and each claim's evidence links. One tab stop; ↑ ↓ Page Up/Down Home End
 * move the selection (the canvas shows it), Enter opens it, F focuses the map on the selected claim.
 * Virtualised: at 2,000 claims and 4,000 links only the rows in view are in the page.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { MapRow } from './map-elements';

const ROW_HEIGHT = 28;

interface Props {
  rows: MapRow[];
  selectedId: string | null;
  onSelect(id: string): void;
  onOpen(id: string): void;
  onFocusClaim(id: string): void;
  describe(row: MapRow): string;
  text(row: MapRow): string;
}

const KIND_CLASS = { source: 'source', claim: 'claim', evidence: 'link', quoted: 'link', entity: 'entity', mention: 'link' } as const;

export function MapList({ rows, selectedId, onSelect, onOpen, onFocusClaim, describe, text }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const selected = selectedId === null ? -1 : rows.findIndex((r) => r.id === selectedId);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 10 });

  // A selection made on the canvas is scrolled into view here.
  useEffect(() => {
    if (selected >= 0) virtualizer.scrollToIndex(selected, { align: 'auto' });
  }, [selected, virtualizer]);

  const move = (to: number) => {
    const index = Math.max(0, Math.min(rows.length - 1, to));
    if (rows[index]) onSelect(rows[index].id);
  };
  const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 300) / ROW_HEIGHT) - 1);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(selected + 1),
      ArrowUp: () => move(selected < 0 ? 0 : selected - 1),
      PageDown: () => move(selected + page),
      PageUp: () => move(selected - page),
      Home: () => move(0),
      End: () => move(rows.length - 1),
      Enter: () => selected >= 0 && onOpen(rows[selected].id),
      f: () => selected >= 0 && rows[selected].element.kind === 'claim' && onFocusClaim(rows[selected].id),
    };
    const action = keys[e.key.length === 1 ? e.key.toLowerCase() : e.key];
    if (!action) return;
    e.preventDefault();
    action();
  };

  return (
    <div
      ref={scroller}
      className="map-list"
      role="listbox"
      aria-label="Map: sources, their claims and the claims’ evidence"
      tabIndex={0}
      aria-activedescendant={selected >= 0 ? `map-row-${selected}` : undefined}
      onKeyDown={onKeyDown}
    >
      <div className="map-list__inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          return (
            <div
              key={row.id}
              id={`map-row-${item.index}`}
              role="option"
              aria-selected={item.index === selected}
              className={`map-row map-row--${KIND_CLASS[row.element.kind]} map-row--depth-${row.depth}`}
              style={{ transform: `translateY(${item.start}px)` }}
              aria-label={describe(row)}
              title={describe(row)}
              onClick={() => {
                onSelect(row.id);
                onOpen(row.id);
              }}
            >
              {text(row)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
