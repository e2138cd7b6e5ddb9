/** The top bar: where you are (the notebook), the two centre views, and search. */
import { useEffect, useRef, useState } from 'react';
import { call } from './api';
import { onChange } from './changes';
import { MOD_LABEL } from './labels';
import { reloadOnNewNotebook } from './notebook-reload';
import { useAppState, useDispatch } from './state';
import { TrashButton } from './trash/TrashDialog';
import { CENTRE_VIEWS } from './views';

function baseName(path: string): string {
  return path.split(/[\\/]/).pop()?.replace(/\.(casebook|sqlite|db)$/i, '') || path;
}

interface Props {
  onExport(): void;
  onNotebooks(): void;
  onShortcuts(): void;
}

export function TopBar({ onExport, onNotebooks, onShortcuts }: Props) {
  const { view } = useAppState();
  const dispatch = useDispatch();
  const [notebook, setNotebook] = useState<string | null>(null);
  const [damage, setDamage] = useState<string | null>(null);
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const load = () =>
      call('notebook.info', {}).then(
        (info) => {
          // Another window switched notebooks: what this page shows belongs to the old one.
          if (shown.current && shown.current !== info.path) reloadOnNewNotebook();
          shown.current = info.path;
          setNotebook(info.path);
          setDamage(info.damage?.message ?? null);
        },
        () => setNotebook(null),
      );
    void load();
    return onChange((e) => e.entity === 'notebook' && void load());
  }, []);
  return (
    <>
      <header className="topbar">
        <div className="topbar__brand">
          <span className="topbar__logo" aria-hidden>
            ◆
          </span>
          Casebook
          {notebook && (
            <button type="button" className="topbar__notebook" title={`${notebook} — open another notebook`} aria-label={`Notebook ${baseName(notebook)}: open or create another notebook`} onClick={onNotebooks}>
              {baseName(notebook)}
              <span aria-hidden className="topbar__notebook-caret">
                ▾
              </span>
            </button>
          )}
        </div>
        <nav className="topbar__views" role="tablist" aria-label="Centre view">
          {CENTRE_VIEWS.map((entry) => (
            <button key={entry.id} type="button" role="tab" aria-selected={view === entry.id} className="view-tab" onClick={() => dispatch({ type: 'setView', view: entry.id })}>
              {entry.label}
            </button>
          ))}
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
          <button type="button" className="button button--small topbar__help" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" onClick={onShortcuts}>
            ?
          </button>
        </div>
      </header>
      <div className="app__alerts">
        {damage && (
          <p className="damage-banner" role="alert">
            <strong>Read-only: this notebook is damaged.</strong> {damage}
          </p>
        )}
      </div>
    </>
  );
}
