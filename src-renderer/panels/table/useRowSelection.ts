/**
 * Which claims of the table are selected: checkbox or Space toggles one, Shift+click or
 * Shift+arrow selects a range from the anchor, Ctrl/Cmd+A every claim that matches the filters
 * (also rows not loaded yet: their ids come from the notebook).
 */
import { useCallback, useRef, useState } from 'react';
import type { ClaimTable } from './useClaimTable';

export interface RowSelection {
  selected: ReadonlySet<string>;
  toggle(index: number, id: string): void;
  /** Selects the rows from the anchor to `index` (the anchor stays). */
  extendTo(index: number): Promise<void>;
  selectAll(): Promise<void>;
  clear(): void;
  /** Forgets ids no longer there (after a filter change). */
  set(ids: Iterable<string>): void;
}

export function useRowSelection(table: ClaimTable): RowSelection {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const anchor = useRef<number | null>(null);
  const tableRef = useRef(table);
  tableRef.current = table;

  const idsBetween = async (a: number, b: number): Promise<string[]> => {
    const [from, to] = a <= b ? [a, b] : [b, a];
    const ids: string[] = [];
    for (let i = from; i <= to; i++) {
      const row = tableRef.current.rowAt(i);
      if (!row) return (await tableRef.current.allIds()).slice(from, to + 1);
      ids.push(row.id);
    }
    return ids;
  };

  const toggle = useCallback((index: number, id: string) => {
    anchor.current = index;
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const extendTo = useCallback(async (index: number) => {
    const from = anchor.current ?? index;
    anchor.current = from;
    const ids = await idsBetween(from, index);
    setSelected(new Set(ids));
  }, []);

  const selectAll = useCallback(async () => {
    const ids = await tableRef.current.allIds();
    setSelected(new Set(ids));
  }, []);

  const clear = useCallback(() => {
    anchor.current = null;
    setSelected(new Set());
  }, []);

  const set = useCallback((ids: Iterable<string>) => setSelected(new Set(ids)), []);

  return { selected, toggle, extendTo, selectAll, clear, set };
}
