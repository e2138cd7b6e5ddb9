/**
 * A modal dialog's keyboard: it takes the focus when it opens (its `initialFocus` element), Tab and
 * Shift+Tab stay inside it, Escape cancels, Enter confirms (except on a button, which Enter
 * presses, and in a select or text area). Focus goes back where it was when the dialog closes.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';

const FOCUSABLE = 'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.closest('[hidden]') && el.getClientRects().length > 0);
}

/** Radio groups take one Tab stop: only their checked button (or the first one) is in the cycle. */
function tabStops(root: HTMLElement): HTMLElement[] {
  return focusables(root).filter((el) => {
    if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || el.checked) return true;
    const group = root.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${CSS.escape(el.name)}"]`);
    return ![...group].some((r) => r.checked) && group[0] === el;
  });
}

export interface DialogKeys {
  onEscape(): void;
  onEnter(): void;
  /** A selector inside the dialog for what gets the focus first; the dialog itself when absent. */
  initialFocus?: string;
}

export function useDialogKeys(dialog: RefObject<HTMLElement | null>, keys: DialogKeys): void {
  const latest = useRef(keys);
  latest.current = keys;
  // Read while rendering the first time, before anything in the dialog can take the focus.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));

  useEffect(() => {
    const { initialFocus } = latest.current;
    const initial = initialFocus ? dialog.current?.querySelector<HTMLElement>(initialFocus) : null;
    (initial ?? dialog.current)?.focus();
    const onKey = (e: KeyboardEvent) => {
      const root = dialog.current;
      if (!root || e.isComposing) return;
      if (e.key === 'Escape') {
        // The dialog's, not the page's behind it (leaving linking mode, closing a card…).
        e.preventDefault();
        e.stopPropagation();
        latest.current.onEscape();
        return;
      }
      if (e.key === 'Tab') {
        const stops = tabStops(root);
        if (stops.length === 0) {
          e.preventDefault();
          root.focus();
          return;
        }
        const first = stops[0];
        const last = stops[stops.length - 1];
        const active = document.activeElement;
        const inside = active instanceof Node && root.contains(active) && active !== root;
        if (!inside || (e.shiftKey && active === first) || (!e.shiftKey && active === last)) {
          e.preventDefault();
          (e.shiftKey ? last : first).focus();
        }
        return;
      }
      if (e.key === 'Enter' && !e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey) {
        const target = e.target;
        if (target instanceof HTMLButtonElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return;
        if (target instanceof Node && target !== document.body && !root.contains(target)) return;
        e.preventDefault();
        e.stopPropagation();
        latest.current.onEnter();
      }
    };
    // Captured on the window, so the dialog sees its keys before the page behind it. Focus that
    // wandered outside (a click on the backdrop) comes back on the next Tab.
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      if (opener?.isConnected) opener.focus();
    };
  }, [dialog, opener]);
}
