/** The line under the Export dialog's options: progress while exporting, what went wrong, or where the file went. */
import { useEffect, useRef } from 'react';
import { showInFolder } from '../../platform';

export type ExportPhase =
  | { state: 'idle' }
  | { state: 'exporting'; what: string }
  | { state: 'saved'; fileName: string; path: string }
  | { state: 'failed'; message: string }
  /** Why Export is not possible yet ("choose a claim"): said quietly, not as an error. */
  | { state: 'hint'; message: string };

export function ExportStatus({ phase }: { phase: ExportPhase }) {
  const showButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (phase.state === 'saved') showButton.current?.focus();
  }, [phase]);

  switch (phase.state) {
    case 'idle':
      return null;
    case 'exporting':
      return (
        <div className="export-status" role="status">
          <div className="progress" role="progressbar" aria-label={`Exporting ${phase.what}`}>
            <div className="progress__bar" />
          </div>
          <span className="export-status__text">Exporting {phase.what}…</span>
        </div>
      );
    case 'hint':
      return (
        <div className="export-status export-status--hint">
          <span className="export-status__text">{phase.message}</span>
        </div>
      );
    case 'failed':
      return (
        <div className="export-status export-status--failed" role="alert">
          <span className="export-status__text">{phase.message}</span>
        </div>
      );
    case 'saved':
      return (
        <div className="export-status export-status--saved" role="status">
          <span className="export-status__text">
            Saved “<strong>{phase.fileName}</strong>”.
          </span>
          <button ref={showButton} type="button" className="button button--small" onClick={() => void showInFolder(phase.path)}>
            Show in folder
          </button>
        </div>
      );
  }
}
