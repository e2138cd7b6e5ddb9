/**
 * The reader's caret keys (caret browsing): which key moves or extends the selection by how
 * much, as `Selection.modify` arguments. Desktop conventions: Shift extends; Ctrl (⌥ on macOS)
 * steps by word, or by paragraph up and down; Alt+Shift (⌃⌥ on macOS) by sentence.
 */

export type Granularity = 'character' | 'word' | 'sentence' | 'line' | 'paragraph' | 'lineboundary' | 'documentboundary';

export interface CaretMove {
  alter: 'move' | 'extend';
  direction: 'forward' | 'backward';
  granularity: Granularity;
}

export interface KeyLike {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

/** The move a key press asks for, or null when it is not a caret key. */
export function caretMove(e: KeyLike, mac: boolean): CaretMove | null {
  const alter = e.shiftKey ? 'extend' : 'move';
  const word = mac ? e.altKey && !e.ctrlKey && !e.metaKey : e.ctrlKey && !e.altKey && !e.metaKey;
  const sentence = mac ? e.altKey && e.ctrlKey && !e.metaKey : e.altKey && !e.ctrlKey && !e.metaKey;
  const plain = !e.ctrlKey && !e.altKey && !e.metaKey;
  const toEdge = mac ? e.metaKey && !e.ctrlKey && !e.altKey : false;
  const at = (direction: CaretMove['direction'], granularity: Granularity): CaretMove => ({ alter, direction, granularity });
  switch (e.key) {
    case 'ArrowLeft':
    case 'ArrowRight': {
      const direction = e.key === 'ArrowRight' ? 'forward' : 'backward';
      if (plain) return at(direction, 'character');
      if (word) return at(direction, 'word');
      // Alt+Left/Right alone is the browser's Back/Forward: sentences take Shift there.
      if (sentence && (mac || e.shiftKey)) return at(direction, 'sentence');
      if (toEdge) return at(direction, 'lineboundary');
      return null;
    }
    case 'ArrowUp':
    case 'ArrowDown': {
      const direction = e.key === 'ArrowDown' ? 'forward' : 'backward';
      if (plain) return at(direction, 'line');
      if (word) return at(direction, 'paragraph');
      if (toEdge) return at(direction, 'documentboundary');
      return null;
    }
    case 'Home':
    case 'End': {
      const direction = e.key === 'End' ? 'forward' : 'backward';
      if (plain) return at(direction, 'lineboundary');
      if ((mac ? e.metaKey : e.ctrlKey) && !e.altKey) return at(direction, 'documentboundary');
      return null;
    }
    default:
      return null;
  }
}
