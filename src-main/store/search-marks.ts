/**
 * Reads match positions out of FTS5's highlight() and snippet() output. The markers are
 * characters the text does not contain, so every marker found is one FTS5 inserted.
 */
import type { TextRange } from '../contract/domain';

export interface Markers {
  open: string;
  close: string;
}

const CANDIDATES: Markers[] = [
  { open: '\u0002', close: '\u0003' },
  { open: '\uFDD0', close: '\uFDD1' },
  { open: '\uFDD2', close: '\uFDD3' },
  { open: '\u0001\uFDD4', close: '\u0001\uFDD5' },
];

/** A marker pair absent from every given text. */
export function pickMarkers(...texts: string[]): Markers {
  const clear = (m: Markers) => texts.every((t) => !t.includes(m.open) && !t.includes(m.close));
  return CANDIDATES.find(clear) ?? longMarkers(texts);
}

function longMarkers(texts: string[]): Markers {
  for (let n = 2; ; n++) {
    const m = { open: '\uFDD6'.repeat(n), close: '\uFDD7'.repeat(n) };
    if (texts.every((t) => !t.includes(m.open) && !t.includes(m.close))) return m;
  }
}

/** The ranges between markers, as offsets into the text without them (UTF-16). */
export function markedRanges(marked: string, markers: Markers): TextRange[] {
  const ranges: TextRange[] = [];
  let removed = 0;
  let at = 0;
  for (;;) {
    const open = marked.indexOf(markers.open, at);
    if (open < 0) break;
    const close = marked.indexOf(markers.close, open + markers.open.length);
    if (close < 0) break;
    const start = open - removed;
    removed += markers.open.length;
    const end = close - removed;
    removed += markers.close.length;
    ranges.push({ start, end });
    at = close + markers.close.length;
  }
  return ranges;
}

const ELLIPSIS = '…';

/**
 * Which of the text's matches the snippet shows first: the match whose surroundings in the text
 * equal the snippet's fragment. Null when the snippet comes from another column (a title, a
 * claim's comment) or cannot be placed.
 */
export function locateShownMatch(text: string, snippet: string, markers: Markers, ranges: readonly TextRange[]): TextRange | null {
  const firstOpen = snippet.indexOf(markers.open);
  if (firstOpen < 0 || ranges.length === 0) return null;
  const plain = snippet.split(markers.open).join('').split(markers.close).join('');
  // FTS5 adds an ellipsis where the fragment does not reach the text's start or end; the text
  // may hold one of its own, so try the fragment with and without each.
  const leads = plain.startsWith(ELLIPSIS) ? [ELLIPSIS.length, 0] : [0];
  const tails = plain.endsWith(ELLIPSIS) ? [ELLIPSIS.length, 0] : [0];
  for (const lead of leads) {
    for (const tail of tails) {
      const fragment = plain.slice(lead, plain.length - tail);
      const before = firstOpen - lead;
      if (!fragment || before < 0) continue;
      const hit = ranges.find((r) => r.start - before >= 0 && text.startsWith(fragment, r.start - before));
      if (hit) return hit;
    }
  }
  return null;
}
