/**
 * The reader's drawn caret: where the selection's focus is on screen, keeping it in view, and
 * placing the caret element (absolutely positioned in the reader's scroll pane) there.
 */

/** Where the selection's focus is on screen (a collapsed range often has no box: measure a character). */
function focusRect(): DOMRect | null {
  const selection = window.getSelection();
  const node = selection?.focusNode;
  if (!selection || !node) return null;
  const offset = selection.focusOffset;
  const range = document.createRange();
  range.setStart(node, offset);
  range.collapse(true);
  const rect = range.getClientRects()[0];
  if (rect && rect.height > 0) return rect;
  if (node.nodeType === Node.TEXT_NODE) {
    const length = node.textContent?.length ?? 0;
    if (offset < length) {
      range.setEnd(node, offset + 1);
      const r = range.getClientRects()[0];
      if (r) return new DOMRect(r.left, r.top, 0, r.height);
    }
    if (offset > 0) {
      range.setStart(node, offset - 1);
      range.setEnd(node, offset);
      const r = range.getClientRects()[0];
      if (r) return new DOMRect(r.right, r.top, 0, r.height);
    }
  }
  const element = node instanceof Element ? node : node.parentElement;
  const r = element?.getBoundingClientRect();
  return r ? new DOMRect(r.left, r.top, 0, Math.min(r.height, 24)) : null;
}

export function scrollFocusIntoView(root: HTMLElement): void {
  const scroller = root.closest<HTMLElement>('.reader__scroll');
  const rect = focusRect();
  if (!scroller || !rect) return;
  const box = scroller.getBoundingClientRect();
  const margin = Math.min(120, box.height / 4);
  if (rect.top < box.top + margin) scroller.scrollTop -= box.top + margin - rect.top;
  else if (rect.bottom > box.bottom - margin) scroller.scrollTop += rect.bottom - (box.bottom - margin);
}

export function hideCaret(caret: HTMLDivElement | null): void {
  if (caret) caret.hidden = true;
}

export function drawCaret(root: HTMLElement, caret: HTMLDivElement | null): void {
  if (!caret) return;
  const selection = window.getSelection();
  const scroller = root.closest<HTMLElement>('.reader__scroll');
  const rect = selection?.focusNode && root.contains(selection.focusNode) ? focusRect() : null;
  if (!rect || !scroller) return hideCaret(caret);
  const box = scroller.getBoundingClientRect();
  caret.style.left = `${rect.left - box.left + scroller.scrollLeft - 1}px`;
  caret.style.top = `${rect.top - box.top + scroller.scrollTop}px`;
  caret.style.height = `${rect.height}px`;
  caret.hidden = false;
  // Restart the blink, so the caret is solid right after it moves.
  caret.classList.remove('is-blinking');
  void caret.offsetWidth;
  caret.classList.add('is-blinking');
}
