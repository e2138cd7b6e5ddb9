/**
 * Turns a find match into the reader's selection, with the focus in the text, as a browser's find
 * bar does when it closes: the analyst can then extend it with Shift+arrows or make it a claim.
 */
import type { RefObject } from 'react';
import type { TextRange } from '../../../src-main/contract/domain';
import type { ReaderHandle } from '../../editor/reader/ReaderEditor';

/** True when the match could be selected (its text is drawn). */
export function selectMatchInReader(reader: RefObject<ReaderHandle | null>, match: TextRange): boolean {
  const parts = reader.current?.domRanges([match])?.[0];
  const doc = document.querySelector<HTMLElement>('.reader-doc');
  if (!parts?.length || !doc) return false;
  const first = parts[0];
  const last = parts[parts.length - 1];
  doc.focus({ preventScroll: true });
  const range = document.createRange();
  range.setStart(first.startContainer, first.startOffset);
  range.setEnd(last.endContainer, last.endOffset);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return true;
}
