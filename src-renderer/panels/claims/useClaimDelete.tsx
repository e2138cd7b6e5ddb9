/**
 * Deleting a claim: at once, with Undo in the toast (and Ctrl+Z) — unless a brief cites it, when
 * a dialog says where and offers to keep it (the default).
 */
import type { ReactNode } from 'react';
import type { Claim } from '../../../src-main/contract/domain';
import { call } from '../../app/api';
import { useDispatch } from '../../app/state';
import { useConfirmedDelete } from '../../app/useConfirmedDelete';

export function useClaimDelete(claim: Pick<Claim, 'id'>): { start(): Promise<void>; dialog: ReactNode } {
  const dispatch = useDispatch();
  return useConfirmedDelete({
    remove: (force) => call('claims.delete', { id: claim.id, force }),
    forget: () => dispatch({ type: 'forget', claimId: claim.id }),
    deletedMessage: 'Claim deleted.',
    title: 'This claim is cited in a brief',
    keepLabel: 'Keep claim',
  });
}
