/**
 * Deleting a claim: at once, with Undo in the toast (and Ctrl+Z) — unless a brief cites it, when
 * a dialog says where and offers to keep it (the default).
 */
import { useState, type ReactNode } from 'react';
import type { Claim } from '../../../src-main/contract/domain';
import { ApiFailure, call } from '../../app/api';
import { useDispatch } from '../../app/state';
import { useToasts } from '../../app/toasts';
import { useUndo } from '../../app/undo';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

export function useClaimDelete(claim: Pick<Claim, 'id'>): { start(): Promise<void>; dialog: ReactNode } {
  const dispatch = useDispatch();
  const toasts = useToasts();
  const undo = useUndo();
  const [cited, setCited] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const remove = async (force: boolean) => {
    setBusy(true);
    try {
      const { trashId } = await call('claims.delete', { id: claim.id, force });
      setCited(null);
      dispatch({ type: 'forget', claimId: claim.id });
      undo.deleted(trashId, 'Claim deleted.');
    } catch (err) {
      if (!force && err instanceof ApiFailure && err.code === 'CONFLICT') setCited(err.message);
      else toasts.failure(err);
    } finally {
      setBusy(false);
    }
  };

  const dialog = cited ? (
    <ConfirmDialog
      title="This claim is cited in a brief"
      message={cited}
      keepLabel="Keep claim"
      confirmLabel="Delete anyway"
      busy={busy}
      onKeep={() => setCited(null)}
      onConfirm={() => void remove(true)}
    />
  ) : null;

  return { start: () => remove(false), dialog };
}
