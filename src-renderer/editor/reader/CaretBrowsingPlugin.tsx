/**
 * Caret browsing in the read-only reader: F7 (or Tab) puts focus and a visible caret in the
 * text; the caret keys (caret-keys.ts) move it and extend the selection, through the browser's
 * own `Selection.modify`, so a passage can be chosen without a mouse. The text stays
 * non-editable: nothing typed, pasted or deleted reaches it. Enter on a highlight opens it.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef } from 'react';
import { drawCaret, hideCaret, scrollFocusIntoView } from './caret-geometry';
import { listenAll } from '../../app/listen-all';
import { caretMove, type CaretMove } from './caret-keys';

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

interface Props {
  /** Enter with the caret on a highlight: the claim marks and evidence marks under it. */
  onActivate(target: HTMLElement): void;
}

export function CaretBrowsingPlugin({ onActivate }: Props) {
  const [editor] = useLexicalComposerContext();
  const caret = useRef<HTMLDivElement>(null);
  const activate = useRef(onActivate);
  activate.current = onActivate;

  useEffect(
    () =>
      editor.registerRootListener((root) => {
        if (!root) return;
        const draw = () => drawCaret(root, caret.current);
        const onFocus = () => {
          placeCaretIfOutside(root);
          draw();
        };
        const onKey = (e: KeyboardEvent) => {
          const move = caretMove(e, IS_MAC);
          if (move) {
            e.preventDefault();
            placeCaretIfOutside(root);
            applyMove(move);
            scrollFocusIntoView(root);
            draw();
            return;
          }
          const selection = window.getSelection();
          if (e.key === 'Escape' && selection && !selection.isCollapsed && inside(root, selection.focusNode)) {
            e.preventDefault();
            selection.collapseToEnd();
            draw();
          } else if (e.key === 'Enter' && selection?.isCollapsed) {
            const node = selection.focusNode;
            const element = node instanceof Element ? node : node?.parentElement;
            const mark = element?.closest<HTMLElement>('mark');
            if (mark && root.contains(mark)) {
              e.preventDefault();
              activate.current(mark);
            }
          }
        };
        // The text is never editable; these keep anything from even trying.
        const refuse = (e: Event) => e.preventDefault();
        const onSelectionChange = () => (document.activeElement === root ? draw() : hideCaret(caret.current));
        const onBlur = () => hideCaret(caret.current);
        const onGlobalKey = (e: KeyboardEvent) => {
          if (e.key !== 'F7' || e.ctrlKey || e.altKey || e.metaKey || !root.isConnected || root.offsetParent === null) return;
          e.preventDefault();
          root.focus({ preventScroll: true });
        };
        const scroller = root.closest<HTMLElement>('.reader__scroll');
        const stops = [
          listenAll(root, { focus: onFocus, blur: onBlur, keydown: onKey, beforeinput: refuse, paste: refuse, cut: refuse }),
          listenAll(document, { selectionchange: onSelectionChange }),
          scroller ? listenAll(scroller, { scroll: onSelectionChange }, { passive: true }) : () => {},
          listenAll(window, { keydown: onGlobalKey }),
        ];
        return () => stops.forEach((stop) => stop());
      }),
    [editor],
  );

  return <div ref={caret} className="reader-caret" hidden aria-hidden />;
}

function inside(root: HTMLElement, node: Node | null): boolean {
  return !!node && root.contains(node);
}

/** Without a selection in the text, the caret starts at the first line on screen. */
function placeCaretIfOutside(root: HTMLElement): void {
  const selection = window.getSelection();
  if (!selection) return;
  if (selection.rangeCount > 0 && inside(root, selection.anchorNode) && inside(root, selection.focusNode)) return;
  const scroller = root.closest('.reader__scroll') ?? root;
  const box = scroller.getBoundingClientRect();
  const doc = root.getBoundingClientRect();
  const style = getComputedStyle(root);
  const x = doc.left + parseFloat(style.paddingLeft) + 2;
  for (let y = Math.max(box.top, doc.top) + 12; y < box.bottom; y += 12) {
    const range = document.caretRangeFromPoint?.(x, y);
    if (range && inside(root, range.startContainer) && range.startContainer.nodeType === Node.TEXT_NODE) {
      selection.collapse(range.startContainer, range.startOffset);
      return;
    }
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const first = walker.nextNode();
  if (first) selection.collapse(first, 0);
}

function applyMove(move: CaretMove): void {
  const selection = window.getSelection();
  if (!selection) return;
  if (move.granularity !== 'paragraph') {
    selection.modify(move.alter, move.direction, move.granularity);
    return;
  }
  // By paragraph. Moving: to the start of the next (or this, or the previous) paragraph.
  // Extending: to the end (start) of this one, or of the next one when already there.
  const at = () => [selection.focusNode, selection.focusOffset] as const;
  const before = at();
  selection.modify(move.alter, move.direction, 'paragraphboundary');
  const after = at();
  if (move.alter === 'move' && move.direction === 'forward') {
    selection.modify('move', 'forward', 'character');
    return;
  }
  if (after[0] === before[0] && after[1] === before[1]) {
    selection.modify(move.alter, move.direction, 'character');
    selection.modify(move.alter, move.direction, 'paragraphboundary');
  }
}
