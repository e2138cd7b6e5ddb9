/**
 * Suggestions are found when a source is first read. With the timeline's suggestions on, the
 * sources not read yet are read here, a few per call, so the timeline does not silently miss
 * theirs; each call's change events refresh the timeline as it goes.
 */
import { useEffect, useState } from 'react';
import { call, messageOf } from '../../app/api';
import { onChange } from '../../app/changes';

const PER_CALL = 3;

export interface ReadingSuggestions {
  /** Still reading sources. */
  reading: boolean;
  /** Sources still to read (null before the first answer, or when off). */
  remaining: number | null;
  error: string | null;
}

const IDLE: ReadingSuggestions = { reading: false, remaining: null, error: null };

export function useReadAllSuggestions(enabled: boolean): ReadingSuggestions {
  const [state, setState] = useState<ReadingSuggestions>(IDLE);
  // A source imported (or restored) while the toggle is on is read as well.
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    return onChange((e) => {
      if (e.entity === 'source' && e.action === 'created') setRound((n) => n + 1);
    });
  }, [enabled]);
  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    setState({ reading: true, remaining: null, error: null });
    void (async () => {
      try {
        for (;;) {
          const { remaining } = await call('suggestions.readAll', { limit: PER_CALL });
          if (cancelled) return;
          setState({ reading: remaining > 0, remaining, error: null });
          if (remaining === 0) return;
        }
      } catch (err) {
        if (!cancelled) setState({ reading: false, remaining: null, error: messageOf(err) });
      }
    })();
    return () => {
      cancelled = true;
      setState(IDLE);
    };
  }, [enabled, round]);
  return state;
}
