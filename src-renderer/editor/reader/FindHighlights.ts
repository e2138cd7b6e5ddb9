/**
 * Marks find and search matches in the reader without touching its Lexical document: CSS Custom
 * Highlights over DOM ranges computed from plain-text offsets, one highlight for every match and
 * one for the current match, which is scrolled into view. Where CSS.highlights is missing, the
 * current match gets outline boxes drawn over the text instead.
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { TextRange } from '../../../src-main/contract/domain';
import type { ReaderHandle } from './ReaderEditor';

const ALL = 'casebook-find';
const CURRENT = 'casebook-find-current';
/**
 * Matches painted at once: a window around the current match, moved in steps of half its size.
 * Beyond it only the count is exact; painting tens of thousands of ranges per keystroke would
 * slow typing in the find box down.
 */
const WINDOW = 1_000;
const windowStart = (current: number) => Math.max(0, (Math.floor(current / (WINDOW / 2)) - 1) * (WINDOW / 2));

const registry = (): HighlightRegistry | null => (typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null);

export function useFindHighlights(reader: RefObject<ReaderHandle | null>, matches: readonly TextRange[], current: number, active: boolean): void {
  /** DOM ranges of matches[from], matches[from + 1]… */
  const ranges = useRef<{ from: number; list: Range[][] }>({ from: 0, list: [] });
  const state = useRef({ current, active });
  state.current = { current, active };
  const from = windowStart(current);

  useEffect(() => {
    const handle = reader.current;
    if (!active || !handle) return;
    let retry = 0;
    const paint = () => {
      cancelAnimationFrame(retry);
      const computed = handle.domRanges(matches.slice(from, from + WINDOW));
      // The DOM is mid-change: try again next frame rather than paint ranges that miss.
      if (!computed) return void (retry = requestAnimationFrame(paint));
      ranges.current = { from, list: computed };
      paintAll(computed);
      paintCurrent(computed[state.current.current - from] ?? []);
    };
    paint();
    const unsubscribe = handle.onDomChange(paint);
    return () => {
      cancelAnimationFrame(retry);
      unsubscribe();
      ranges.current = { from: 0, list: [] };
      clearHighlights();
    };
  }, [reader, matches, active, from]);

  useEffect(() => {
    if (!active) return;
    const handle = reader.current;
    let list: Range[] | undefined = ranges.current.list[current - ranges.current.from];
    if (!list && handle && matches[current]) list = handle.domRanges([matches[current]])?.[0];
    paintCurrent(list ?? []);
    if (list?.length) scrollRangeIntoView(list[0]);
  }, [reader, matches, current, active]);
}

function paintAll(all: Range[][]): void {
  const highlights = registry();
  if (!highlights) return;
  highlights.set(ALL, new Highlight(...all.flat()));
}

function paintCurrent(list: Range[]): void {
  const highlights = registry();
  if (highlights) {
    const h = new Highlight(...list);
    h.priority = 1;
    highlights.set(CURRENT, h);
  } else drawFallbackBoxes(list);
}

function clearHighlights(): void {
  registry()?.delete(ALL);
  registry()?.delete(CURRENT);
  drawFallbackBoxes([]);
}

/** Brings a range into the reader's scroll box, a third of the way down, when it is not already well inside. */
export function scrollRangeIntoView(range: Range): void {
  const element = range.startContainer.parentElement;
  const scroller = element?.closest<HTMLElement>('.reader__scroll');
  if (!element || !scroller) return element?.scrollIntoView({ block: 'center' });
  const rect = range.getBoundingClientRect();
  const box = scroller.getBoundingClientRect();
  if (rect.height === 0 && rect.width === 0) return element.scrollIntoView({ block: 'center' });
  if (rect.top < box.top + 48 || rect.bottom > box.bottom - 48) scroller.scrollTop += rect.top - box.top - box.height / 3;
  const left = rect.left - box.left;
  if (left < 0 || left > box.width - 24) scroller.scrollLeft += left - box.width / 3;
}

const FALLBACK_CLASS = 'find-fallback-box';
let fallbackRanges: Range[] = [];
let fallbackObserver: ResizeObserver | null = null;

/** Outlines the current match with boxes inside the reader's scroll box, redrawn when its text reflows. */
function drawFallbackBoxes(list: Range[]): void {
  fallbackRanges = list;
  fallbackObserver?.disconnect();
  fallbackObserver = null;
  const scroller = placeFallbackBoxes();
  if (!scroller || typeof ResizeObserver === 'undefined') return;
  fallbackObserver = new ResizeObserver(() => void placeFallbackBoxes());
  fallbackObserver.observe(scroller);
  for (const child of scroller.children) if (!child.classList.contains(FALLBACK_CLASS)) fallbackObserver.observe(child);
}

function placeFallbackBoxes(): HTMLElement | null {
  for (const old of document.querySelectorAll(`.${FALLBACK_CLASS}`)) old.remove();
  const scroller = fallbackRanges[0]?.startContainer.parentElement?.closest<HTMLElement>('.reader__scroll');
  if (!scroller) return null;
  const box = scroller.getBoundingClientRect();
  for (const range of fallbackRanges) {
    for (const r of range.getClientRects()) {
      const div = document.createElement('div');
      div.className = FALLBACK_CLASS;
      div.style.top = `${r.top - box.top + scroller.scrollTop}px`;
      div.style.left = `${r.left - box.left + scroller.scrollLeft}px`;
      div.style.width = `${r.width}px`;
      div.style.height = `${r.height}px`;
      scroller.append(div);
    }
  }
  return scroller;
}
