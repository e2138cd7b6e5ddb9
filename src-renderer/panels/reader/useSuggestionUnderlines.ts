/**
 * Underlines suggested passages in the reader, quietly (a dotted line, no colour fill, so claim
 * marks stay what the eye sees first), as a CSS Custom Highlight over DOM ranges computed from
 * their offsets: the Lexical document is left alone. Where CSS.highlights is missing, nothing is
 * underlined; the claims pane still lists the suggestions.
 */
import { useEffect, type RefObject } from 'react';
import type { ReaderHandle } from '../../editor/reader/ReaderEditor';

const NAME = 'casebook-suggestion';

export function useSuggestionUnderlines(reader: RefObject<ReaderHandle | null>, passages: readonly { start: number; end: number }[] | undefined, active: boolean): void {
  useEffect(() => {
    const handle = reader.current;
    const highlights = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
    if (!active || !handle || !highlights || !passages?.length) return;
    let retry = 0;
    const paint = () => {
      cancelAnimationFrame(retry);
      const ranges = handle.domRanges(passages);
      // The DOM is mid-change: try again next frame.
      if (!ranges) return void (retry = requestAnimationFrame(paint));
      highlights.set(NAME, new Highlight(...ranges.flat()));
    };
    paint();
    const unsubscribe = handle.onDomChange(paint);
    return () => {
      cancelAnimationFrame(retry);
      unsubscribe();
      highlights.delete(NAME);
    };
  }, [reader, passages, active]);
}
