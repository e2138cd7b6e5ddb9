/**
 * The brief the Brief view shows: the one the analyst last opened (remembered across reloads), or
 * the most recently edited one when that is gone. Loaded once per brief: while it is open, its
 * editor is the truth (changes made elsewhere show after a reload).
 */
import { useEffect, useRef, useState } from 'react';
import type { Brief } from '../../../src-main/contract/domain';
import { ApiFailure, call, messageOf } from '../../app/api';
import { useAppState, useDispatch } from '../../app/state';

async function loadBrief(id: string | null): Promise<Brief> {
  if (id) {
    try {
      return (await call('briefs.get', { id })).brief;
    } catch (err) {
      if (!(err instanceof ApiFailure && err.code === 'NOT_FOUND')) throw err;
    }
  }
  return (await call('briefs.get', {})).brief;
}

export function useOpenBrief(): { brief: Brief | null; error: string | null } {
  const { briefId } = useAppState();
  const dispatch = useDispatch();
  const [state, setState] = useState<{ brief: Brief | null; error: string | null }>({ brief: null, error: null });
  const shown = useRef<string | null>(null);
  useEffect(() => {
    if (shown.current && shown.current === briefId) return;
    let live = true;
    loadBrief(briefId).then(
      (brief) => {
        if (!live) return;
        shown.current = brief.id;
        setState({ brief, error: null });
        dispatch({ type: 'openBrief', briefId: brief.id });
      },
      (err: unknown) => live && setState((s) => ({ brief: s.brief, error: messageOf(err) })),
    );
    return () => {
      live = false;
    };
  }, [briefId, dispatch]);
  return state;
}
