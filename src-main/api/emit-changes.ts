import type { ChangeEvent } from '../contract/methods';
import type { HandlerContext } from './context';

/** Announces that one `entity` was updated and hands `output` back: the end of a handler whose write changes just that one. */
export function emitUpdated<T>(emit: HandlerContext['emit'], entity: ChangeEvent['entity'], id: string, output: T): T {
  emit({ entity, action: 'updated', id });
  return output;
}

/** Announces a change to one evidence link, and an update of the claim it belongs to (which lists its evidence). */
export function emitEvidenceChange(emit: HandlerContext['emit'], action: ChangeEvent['action'], linkId: string, claimId: string): void {
  emit({ entity: 'evidence', action, id: linkId });
  emit({ entity: 'claim', action: 'updated', id: claimId });
}
