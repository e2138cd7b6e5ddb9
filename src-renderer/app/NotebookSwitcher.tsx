/**
 * Open another notebook, start a new one, or go back to a recent one. The page reloads on the new
 * notebook (everything it showed belonged to the old one); unsaved edits are saved first.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { call, messageOf } from './api';
import { useDialogKeys } from './export/useDialogKeys';
import { flushAll } from './flush';
import { reloadOnNewNotebook } from './notebook-reload';

function folderOf(path: string): string {
  const at = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return at > 0 ? path.slice(0, at + 1) : '';
}

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

export function NotebookSwitcher({ onClose }: { onClose(): void }) {
  const dialog = useRef<HTMLDivElement>(null);
  const [current, setCurrent] = useState('');
  const [recent, setRecent] = useState<string[]>([]);
  const [openPath, setOpenPath] = useState('');
  const [newPath, setNewPath] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useDialogKeys(dialog, { onEscape: () => !busy && onClose(), onEnter: () => (document.activeElement as HTMLElement | null)?.closest('form')?.requestSubmit(), initialFocus: '.notebook-switcher__recent button:not(:disabled), #notebook-open-path' });

  const loadRecent = (first: boolean) =>
    call('notebook.recent', {}).then(
      (v) => {
        setCurrent(v.current);
        setRecent(v.recent);
        if (first) setNewPath(`${folderOf(v.current)}Untitled notebook.sqlite`);
      },
      (err: unknown) => setError(messageOf(err)),
    );
  useEffect(() => void loadRecent(true), []);

  const go = async (method: 'notebook.open' | 'notebook.create', path: string) => {
    if (!path.trim() || busy) return;
    setBusy(true);
    setError(null);
    try {
      if (!(await flushAll())) {
        setError('An edit in this notebook (the brief or a claim) could not be saved, so this notebook stays open. Check the message beside it, then try again.');
        setBusy(false);
        return;
      }
      await call(method, { path: path.trim() });
      reloadOnNewNotebook();
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
      // A notebook that could not be opened leaves the recent list.
      void loadRecent(false);
    }
  };
  const submit = (method: 'notebook.open' | 'notebook.create', path: string) => (e: FormEvent) => {
    e.preventDefault();
    void go(method, path);
  };

  return (
    <div className="palette-backdrop" onMouseDown={(e) => e.target === e.currentTarget && !busy && onClose()}>
      <div className="dialog dialog--notebooks" role="dialog" aria-modal="true" aria-labelledby="notebook-switcher-title" aria-busy={busy} tabIndex={-1} ref={dialog}>
        <h2 className="dialog__title" id="notebook-switcher-title">
          Notebooks
        </h2>
        <div className="dialog__body notebook-switcher">
          <p className="notebook-switcher__current">
            Open now: <strong>{fileName(current)}</strong> <span className="muted mono">{current}</span>
          </p>
          <section aria-labelledby="notebook-recent-title">
            <h3 id="notebook-recent-title" className="notebook-switcher__heading">
              Recent
            </h3>
            <ul className="notebook-switcher__recent">
              {recent.map((path) => (
                <li key={path}>
                  <button type="button" className="notebook-switcher__item" disabled={busy || path === current} aria-current={path === current} onClick={() => void go('notebook.open', path)}>
                    <span className="notebook-switcher__name">{fileName(path)}</span>
                    <span className="muted mono notebook-switcher__path">{path}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
          <form className="notebook-switcher__form" onSubmit={submit('notebook.open', openPath)}>
            <label className="field__label" htmlFor="notebook-open-path">
              Open a notebook file
            </label>
            <div className="notebook-switcher__row">
              <input id="notebook-open-path" className="input mono" placeholder="/home/you/cases/case.sqlite" value={openPath} disabled={busy} onChange={(e) => setOpenPath(e.target.value)} />
              <button type="submit" className="button" disabled={busy || !openPath.trim()}>
                Open
              </button>
            </div>
          </form>
          <form className="notebook-switcher__form" onSubmit={submit('notebook.create', newPath)}>
            <label className="field__label" htmlFor="notebook-new-path">
              New notebook
            </label>
            <div className="notebook-switcher__row">
              <input id="notebook-new-path" className="input mono" value={newPath} disabled={busy} onChange={(e) => setNewPath(e.target.value)} />
              <button type="submit" className="button button--primary" disabled={busy || !newPath.trim()}>
                Create
              </button>
            </div>
          </form>
          {error && (
            <p className="field__error" role="alert">
              {error}
            </p>
          )}
        </div>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
