/**
 * The timeline's zoom, in pixels per day: "fit" (everything in view) until the analyst zooms, then
 * a number. A zoom keeps one moment still on screen: under the pointer (Ctrl+wheel), at the
 * focused item (keys) or at the centre (buttons).
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { LABEL_WIDTH } from './layout';
import type { TimelinePlace } from './timeline-view-storage';

export const LANE_LABEL_WIDTH = 170;
const MAX_PX_PER_DAY = 80;
const STEP = 1.6;

export interface TimelineZoom {
  pxPerDay: number;
  /** The zoom the analyst chose; null while it fits everything in view. */
  chosen: number | null;
  /** Zooms by `factor` keeping the moment at `anchorX` (px from the scroller's left edge; default its centre) in place. */
  zoomBy(factor: number, anchorX?: number): void;
  fit(): void;
}

export const ZOOM_STEP = STEP;

export function useTimelineZoom(el: HTMLElement | null, days: number, initial: TimelinePlace | null): TimelineZoom {
  const [width, setWidth] = useState(() => Math.max(600, window.innerWidth - 40));
  const [chosen, setChosen] = useState<number | null>(initial?.pxPerDay ?? null);
  const restored = useRef(false);
  const pending = useRef<{ day: number; anchorX: number } | null>(null);

  // Measured before the first paint, so "fit" is right from the start.
  useLayoutEffect(() => {
    if (!el) return;
    setWidth(el.clientWidth);
    // Back from elsewhere: where the analyst was (once, when the events are first drawn).
    if (initial && !restored.current) {
      restored.current = true;
      el.scrollLeft = initial.scrollLeft;
      el.scrollTop = initial.scrollTop;
    }
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, [el, initial]);

  const fitPx = Math.max(0.001, (width - LANE_LABEL_WIDTH - LABEL_WIDTH - 16) / Math.max(1, days));
  const pxPerDay = chosen ?? fitPx;

  const zoomBy = useCallback(
    (factor: number, anchorX?: number) => {
      if (!el) return;
      const x = anchorX ?? el.clientWidth / 2;
      pending.current = { day: (el.scrollLeft + x - LANE_LABEL_WIDTH) / pxPerDay, anchorX: x };
      setChosen(Math.min(MAX_PX_PER_DAY, Math.max(fitPx, pxPerDay * factor)));
    },
    [el, pxPerDay, fitPx],
  );

  const fit = useCallback(() => {
    pending.current = null;
    setChosen(null);
    if (el) el.scrollLeft = 0;
  }, [el]);

  useLayoutEffect(() => {
    const anchor = pending.current;
    if (!el || !anchor) return;
    pending.current = null;
    el.scrollLeft = anchor.day * pxPerDay + LANE_LABEL_WIDTH - anchor.anchorX;
  }, [pxPerDay, el]);

  return { pxPerDay, chosen, zoomBy, fit };
}
