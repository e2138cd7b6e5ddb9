/** Focus that a closing overlay would drop on the page body goes back to where it was before the overlay opened. */
import { useLayoutEffect, useRef } from 'react';

export function useFocusReturn(open: boolean): void {
  const opener = useRef<HTMLElement | null>(null);
  // A layout effect: it runs before the overlay's own effects move the focus into it.
  useLayoutEffect(() => {
    if (open) {
      opener.current = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
      return;
    }
    const el = opener.current;
    opener.current = null;
    // Only when nothing else took the focus (opening a search result moves it on purpose).
    if (el?.isConnected && (document.activeElement === document.body || document.activeElement === null)) el.focus();
  }, [open]);
}

/** Where typing a character means text, not a shortcut. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
}
