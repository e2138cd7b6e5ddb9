/**
 * Deleting something other things may point at: at once, with Undo in the toast (and Ctrl+Z) —
 * unless the notebook refuses (CONFLICT: a brief cites it, claims are quoted from it), when a
 * dialog says why, keeps it by default and deletes it anyway only when asked.
 */
import { useState, type ReactNode } from 'react';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ApiFailure } from './api';
import { useToasts } from './toasts';
import { useUndo } from './undo';

export interface ConfirmedDelete {
  /** The delete call; `force` deletes even what other things point at. */
  remove(force: boolean): Promise<{ trashId: string }>;
  /** Drops the deleted thing from the screen. */
  forget(): void;
  /** The toast that offers Undo. */
  deletedMessage: string;
  /** The dialog's title and its button that keeps the thing. */
  title: string;
  keepLabel: string;
}

export function useConfirmedDelete(options: ConfirmedDelete): { start(): Promise<void>; dialog: ReactNode } {
  const toasts = useToasts();
  const undo = useUndo();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const remove = async (force: boolean) => {
    setBusy(true);
    try {
      const { trashId } = await options.remove(force);
      setRefusal(null);
      options.forget();
      undo.deleted(trashId, options.deletedMessage);
    } catch (err) {
      if (!force && err instanceof ApiFailure && err.code === 'CONFLICT') setRefusal(err.message);
      else toasts.failure(err);
    } finally {
      setBusy(false);
    }
  };

  const dialog = refusal ? (
    <ConfirmDialog
      title={options.title}
      message={refusal}
      keepLabel={options.keepLabel}
      confirmLabel="Delete anyway"
      busy={busy}
      onKeep={() => setRefusal(null)}
      onConfirm={() => void remove(true)}
    />
  ) : null;

  return { start: () => remove(false), dialog };
}
