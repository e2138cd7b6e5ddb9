/** Files dragged anywhere onto the window are imported; an overlay says so while they hover. */
import { useEffect, useRef, useState } from 'react';
import { useImports } from './file-imports';
import { listenAll } from './listen-all';

const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');

export function DropOverlay() {
  const { importFiles } = useImports();
  const [over, setOver] = useState(false);
  const depth = useRef(0);
  useEffect(() => {
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth.current++;
      setOver(true);
    };
    const overFn = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setOver(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth.current = 0;
      setOver(false);
      void importFiles([...(e.dataTransfer?.files ?? [])]);
    };
    return listenAll(window, { dragenter: enter, dragover: overFn, dragleave: leave, drop });
  }, [importFiles]);
  if (!over) return null;
  return (
    <div className="drop-overlay" aria-hidden>
      <div className="drop-overlay__box">Drop to import into this notebook</div>
    </div>
  );
}
