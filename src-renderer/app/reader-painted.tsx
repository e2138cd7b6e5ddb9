/**
 * Reads the reader's first paint of a source does not need (its full claims, about a megabyte for
 * 2,000, and its suggestions) wait until that paint: once the source's text and marks have arrived
 * and a frame has been painted with them. Asking and parsing them sooner held the text up. An
 * answer already in the cache (a source opened before) is used at once, so nothing blinks.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { MethodInput } from '../../src-main/contract/methods';
import type { CachedMethod } from './query-cache';
import { useAppState } from './state';
import { queryCache, useQuery } from './use-query';

const PaintedContext = createContext<string | null>(null);

/** Knows when the open source has been painted (mounted once, around the panes). */
export function ReaderPaintedProvider({ children }: { children: ReactNode }) {
  const { sourceId } = useAppState();
  const doc = useQuery('sources.get', sourceId ? { id: sourceId } : null);
  const marks = useQuery('claims.marks', sourceId ? { sourceId } : null);
  const answered = (doc.data !== undefined || doc.error !== null) && (marks.data !== undefined || marks.error !== null);
  const painted = usePaintedSource(sourceId, answered);
  return <PaintedContext.Provider value={painted}>{children}</PaintedContext.Provider>;
}

/** `input` once `sourceId`'s text has been painted, or at once when its answer is cached; null until then. */
export function useAfterReaderPaint<M extends CachedMethod>(sourceId: string | null, method: M, input: MethodInput<M> | null): MethodInput<M> | null {
  const painted = useContext(PaintedContext);
  if (sourceId === null || input === null) return null;
  return painted === sourceId || queryCache().has(method, input) ? input : null;
}

/** `sourceId` once a frame has been painted after its answers arrived (null until then), kept while it stays open. */
function usePaintedSource(sourceId: string | null, answered: boolean): string | null {
  const [painted, setPainted] = useState<string | null>(null);
  const waiting = sourceId !== null && answered && painted !== sourceId ? sourceId : null;
  useEffect(() => {
    if (waiting === null) return;
    const done = () => setPainted(waiting);
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The next animation frame paints what was just rendered; the timer runs after that paint.
    const frame = requestAnimationFrame(() => {
      clearTimeout(timer);
      timer = setTimeout(done, 0);
    });
    // A window that paints no frames (hidden, minimised) still gets its claims.
    timer = setTimeout(done, 1000);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [waiting]);
  return painted !== null && painted === sourceId ? painted : null;
}
