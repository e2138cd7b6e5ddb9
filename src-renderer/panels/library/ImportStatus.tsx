/** Progress of the running import, and one clear line per file that could not be imported. */
import { useState } from 'react';
import { useImports, type ImportFailure } from '../../app/file-imports';

export function ImportStatus() {
  const { state, dismissFailure, dismissNotes } = useImports();
  const running = state.total > 0;
  return (
    <div className="import-status" aria-live="polite">
      {running && (
        <div className="import-progress" role="progressbar" aria-label="Import progress" aria-valuemin={0} aria-valuemax={state.total} aria-valuenow={state.finished}>
          <div className="import-progress__label">
            Importing {Math.min(state.finished + 1, state.total)} of {state.total}
            {state.current ? `: ${state.current}` : '…'}
          </div>
          <div className="import-progress__track">
            <div
              className="import-progress__bar"
              ref={(el) => {
                if (el) el.style.width = `${Math.max(4, (state.finished / state.total) * 100)}%`;
              }}
            />
          </div>
        </div>
      )}
      {state.failures.map((f) => (
        <FailureItem key={f.id} failure={f} onDismiss={() => dismissFailure(f.id)} />
      ))}
      {state.notes.length > 0 && (
        <div className="import-notes">
          <ul>
            {state.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
          <button type="button" className="link-button" onClick={dismissNotes}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}

function FailureItem({ failure, onDismiss }: { failure: ImportFailure; onDismiss(): void }) {
  const { retry } = useImports();
  const [password, setPassword] = useState('');
  return (
    <div className="import-failure" role="alert">
      <div className="import-failure__text">
        <strong>{failure.fileName}</strong>: {failure.message}
      </div>
      {failure.needsPassword && failure.file && (
        <form
          className="import-failure__password"
          onSubmit={(e) => {
            e.preventDefault();
            if (password) void retry(failure, password);
          }}
        >
          <input className="input" type="password" placeholder="Password" aria-label={`Password for ${failure.fileName}`} value={password} onChange={(e) => setPassword(e.target.value)} />
          <button type="submit" className="button button--small" disabled={!password}>
            Open
          </button>
        </form>
      )}
      <button type="button" className="toast__close" aria-label={`Dismiss the message about ${failure.fileName}`} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
