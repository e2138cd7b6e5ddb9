/**
 * Sources imported before entities were found at import are read when the Entities view opens, a
 * few at a time (each batch its own short write), so the list fills in with a count of what is
 * left instead of the app freezing on a large notebook.
 */
import { useEffect, useState } from 'react';
import { call } from '../../app/api';
import { useToasts } from '../../app/toasts';

export function useEntityBackfill(pending: number | undefined): { remaining: number } {
  const [remaining, setRemaining] = useState(0);
  const toasts = useToasts();
  useEffect(() => {
    if (!pending) return;
    let stopped = false;
    setRemaining(pending);
    void (async () => {
      try {
        for (;;) {
          const run = await call('entities.extract', { limit: 10 });
          if (stopped) return;
          setRemaining(run.remaining);
          if (!run.remaining || !run.extracted) return;
        }
      } catch (err) {
        if (!stopped) toasts.failure(err);
      }
    })();
    return () => {
      stopped = true;
    };
  }, [pending, toasts]);
  return { remaining: pending ? remaining : 0 };
}
