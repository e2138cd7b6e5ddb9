/** How far the suggester is in reading a source, asked every 300 ms while its suggestions load. */
import { useEffect, useState } from 'react';
import { call } from '../../app/api';

export function useReadingProgress(sourceId: string, loading: boolean): number | null {
  const [fraction, setFraction] = useState<number | null>(null);
  useEffect(() => {
    if (!loading) return;
    let stopped = false;
    const ask = () =>
      call('suggestions.progress', { sourceId }).then(
        (p) => !stopped && setFraction(p.reading ? p.fraction : null),
        () => {},
      );
    const timer = setInterval(ask, 300);
    void ask();
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [sourceId, loading]);
  return loading ? fraction : null;
}
