/**
 * Opening a brief from elsewhere (a search hit, a claim's "Cited in the brief"): the Brief view
 * shows, and the brief open there is saved before another replaces it; if it cannot be, it stays.
 */
import { useCallback } from 'react';
import { flushAll } from './flush';
import { useDispatch } from './state';
import { useToasts } from './toasts';

export const BRIEF_NOT_SAVED_MESSAGE = 'The open brief could not be saved, so it stays open. Try again in a moment.';

export function useOpenBriefWhenSaved(): (briefId: string) => void {
  const dispatch = useDispatch();
  const toasts = useToasts();
  return useCallback(
    (briefId: string) => {
      dispatch({ type: 'setView', view: 'brief' });
      void flushAll().then((saved) => (saved ? dispatch({ type: 'openBrief', briefId }) : toasts.error(BRIEF_NOT_SAVED_MESSAGE)));
    },
    [dispatch, toasts],
  );
}
