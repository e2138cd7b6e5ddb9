/** The top bar: where you are (the notebook), the two centre views, and search. */
import { useEffect, useState } from 'react';
import { call } from './api';
import { MOD_LABEL } from './labels';
import { useAppState, useDispatch } from './state';
import { TrashButton } from './trash/TrashDialog';

function baseName(path: string): string {
  return path.split(/[\\/]/).pop()?.replace(/\.(casebook|sqlite|db)$/i, '') || path;
}

export function TopBar({ onExport }: { onExport(): void }) {
  const { view } = useAppState();
  const dispatch = useDispatch();
  const [notebook, setNotebook] = useState<string | null>(null);
  useEffect(() => {
    call('notebook.info', {}).then(
      (info) => setNotebook(info.path),
      () => setNotebook(null),
    );
  }, []);
  return (
    <header className="topbar">
      <div className="topbar__brand">
        <span className="topbar__logo" aria-hidden>
          ◆
        </span>
        Casebook
        {notebook && (
          <span className="topbar__notebook" title={notebook}>
            {baseName(notebook)}
          </span>
        )}
      </div>
      <nav className="topbar__views" role="tablist" aria-label="Centre view">
        <button type="button" role="tab" aria-selected={view === 'reader'} className="view-tab" onClick={() => dispatch({ type: 'setView', view: 'reader' })}>
          Reader
        </button>
        <button type="button" role="tab" aria-selected={view === 'brief'} className="view-tab" onClick={() => dispatch({ type: 'setView', view: 'brief' })}>
          Brief
        </button>
      </nav>
      <div className="topbar__actions">
        <button type="button" className="topbar__search" onClick={() => dispatch({ type: 'palette', open: true })}>
          <span>Search sources and claims…</span>
          <kbd>{MOD_LABEL}K</kbd>
        </button>
        <TrashButton />
        <button type="button" className="button button--small" onClick={onExport}>
          Export…
        </button>
      </div>
    </header>
  );
}
