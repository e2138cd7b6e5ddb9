/**
 * Saves a claim's edits: patches merge while a save is in flight, one request at a time, with a
 * visible state. Whatever is pending is flushed when the card closes or the window goes away.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodInput } from '../../../src-main/contract/methods';
import { call, messageOf } from '../../app/api';
import { registerFlush } from '../../app/flush';
import { onBeforeClose } from '../../platform';

export type Patch = MethodInput<'claims.update'>['patch'];
export type SaveState = { kind: 'idle' } | { kind: 'dirty' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

export function useClaimSaver(claimId: string) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const pending = useRef<Patch>({});
  const inFlight = useRef<Promise<void> | null>(null);

  const flush = useCallback(async (): Promise<void> => {
    if (inFlight.current) await inFlight.current;
    const patch = pending.current;
    if (Object.keys(patch).length === 0) return;
    pending.current = {};
    setState({ kind: 'saving' });
    const run = call('claims.update', { id: claimId, patch }).then(
      () => setState(Object.keys(pending.current).length ? { kind: 'saving' } : { kind: 'saved' }),
      (err: unknown) => {
        // Keep the failed fields so the next edit retries them.
        pending.current = { ...patch, ...pending.current };
        setState({ kind: 'error', message: messageOf(err) });
      },
    );
    inFlight.current = run;
    await run;
    inFlight.current = null;
    if (Object.keys(pending.current).length) await flush();
  }, [claimId]);

  const save = useCallback(
    (patch: Patch) => {
      pending.current = { ...pending.current, ...patch };
      return flush();
    },
    [flush],
  );

  /** Records a patch to save later (typing); `flush` or the next `save` sends it. */
  const stage = useCallback((patch: Patch) => {
    pending.current = { ...pending.current, ...patch };
    setState({ kind: 'dirty' });
  }, []);

  useEffect(() => {
    const off = onBeforeClose(() => flush());
    const unregister = registerFlush(flush);
    return () => {
      off();
      unregister();
      void flush();
    };
  }, [flush]);

  return { state, save, stage, flush };
}
