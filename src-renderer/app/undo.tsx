/**
 * Undoing deletes. Every delete lands in the notebook's trash; this keeps the session's deletes
 * in order (for the tab's session, so a reload keeps them), offers Undo in the toast that reports
 * one, and undoes the latest with Ctrl+Z (⌘Z) when the focus is not in a text field (where Ctrl+Z
 * undoes typing).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { RestoredFromTrash } from '../../src-main/contract/domain';
import { call } from './api';
import { isModKey } from './labels';
import { useDispatch } from './state';
import { useToasts } from './toasts';

interface UndoApi {
  /** Reports a delete (its trash id from the API) with an Undo button, and remembers it for Ctrl+Z. */
  deleted(trashId: string, message: string): void;
  /** Puts back what a delete removed (from the toast, Ctrl+Z or the trash). */
  restore(trashId: string): Promise<void>;
}

const UndoContext = createContext<UndoApi | null>(null);

export function useUndo(): UndoApi {
  const api = useContext(UndoContext);
  if (!api) throw new Error('useUndo outside UndoProvider');
  return api;
}

const STORAGE_KEY = 'casebook.undo';

function loadStack(): string[] {
  try {
    const saved: unknown = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(saved) ? saved.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/** Forgets the deletes to undo: they belong to a notebook being left. */
export function forgetUndo(): void {
  saveStack([]);
}

function saveStack(stack: string[]): void {
  try {
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(stack.slice(-50)));
  } catch {
    // storage disabled: Undo then lasts as long as the page
  }
}

const WHAT: Record<RestoredFromTrash['kind'], string> = { source: 'Source', claim: 'Claim', evidence: 'Evidence link' };

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'submit', 'reset', 'file'].includes(target.type);
}

export function UndoProvider({ children }: { children: ReactNode }) {
  const toasts = useToasts();
  const dispatch = useDispatch();
  const stack = useRef<string[]>(loadStack());

  const restore = useCallback(
    async (trashId: string) => {
      stack.current = stack.current.filter((id) => id !== trashId);
      saveStack(stack.current);
      try {
        const { restored } = await call('trash.restore', { id: trashId });
        if (restored.kind === 'source') dispatch({ type: 'selectSource', sourceId: restored.entityId });
        if (restored.kind === 'claim') dispatch({ type: 'openClaim', claimId: restored.entityId });
        toasts.info(`${WHAT[restored.kind]} restored.`);
      } catch (err) {
        toasts.failure(err);
      }
    },
    [dispatch, toasts],
  );

  const api = useMemo<UndoApi>(
    () => ({
      deleted(trashId, message) {
        stack.current.push(trashId);
        saveStack(stack.current);
        toasts.info(message, { label: 'Undo', run: () => void restore(trashId) });
      },
      restore,
    }),
    [toasts, restore],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isModKey(e) || e.shiftKey || e.altKey || e.key.toLowerCase() !== 'z' || e.defaultPrevented) return;
      if (isTextField(e.target) || document.querySelector('[aria-modal="true"]')) return;
      const last = stack.current[stack.current.length - 1];
      if (!last) return;
      e.preventDefault();
      void restore(last);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [restore]);

  return <UndoContext.Provider value={api}>{children}</UndoContext.Provider>;
}
