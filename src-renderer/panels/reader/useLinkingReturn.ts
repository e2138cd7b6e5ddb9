/**
 * After adding evidence, the reader goes back to the claim's source: this brings it back to the
 * passage the analyst was reading when linking started (not the top of the text).
 */
import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';
import type { LinkingMode } from '../../app/state';
import type { ReaderHandle, ReadingPosition } from '../../editor/reader/ReaderEditor';

export function useLinkingReturn(reader: RefObject<ReaderHandle | null>, linking: LinkingMode | null, sourceId: string | null): { onBuilt(): void } {
  const saved = useRef<{ sourceId: string; position: ReadingPosition } | null>(null);
  const pending = useRef<{ sourceId: string; position: ReadingPosition } | null>(null);
  const current = useRef(sourceId);
  current.current = sourceId;

  const restore = useCallback(() => {
    const want = pending.current;
    if (!want || want.sourceId !== current.current || !reader.current) return;
    pending.current = null;
    reader.current.restoreReadingPosition(want.position);
  }, [reader]);

  const linkingActive = linking !== null;
  useLayoutEffect(() => {
    if (linking && !saved.current && sourceId === linking.claimSourceId) {
      const position = reader.current?.readingPosition();
      if (position) saved.current = { sourceId, position };
    } else if (!linking && saved.current) {
      pending.current = saved.current;
      saved.current = null;
      restore();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the start and the end of linking matter here
  }, [linkingActive]);

  // The claim's source is built again on the way back: restore once it is in the page.
  const onBuilt = useCallback(() => requestAnimationFrame(restore), [restore]);
  return { onBuilt };
}
