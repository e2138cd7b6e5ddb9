/** The window: top bar, library | reader or brief | claims, with search, drop-to-import and toasts. */
import { Suspense, useEffect, useState } from 'react';
import { BriefPanel } from '../panels/brief/BriefPanel';
import { ClaimsPanel } from '../panels/claims/ClaimsPanel';
import { LibraryPanel } from '../panels/library/LibraryPanel';
import { ReaderPanel } from '../panels/reader/ReaderPanel';
import { SearchPalette } from '../panels/search/SearchPalette';
import { onMenu } from '../platform';
import { DropOverlay } from './DropOverlay';
import { ErrorBoundary } from './ErrorBoundary';
import { Loading } from '../ui/EmptyState';
import { ExportDialog } from './ExportDialog';
import { ImportProvider } from './file-imports';
import { isModKey } from './labels';
import { NotebookSwitcher } from './NotebookSwitcher';
import { ShortcutSheet } from './ShortcutSheet';
import { SourceClaimsProvider } from './source-claims';
import { AppStateProvider, useAppState, useDispatch } from './state';
import { ToastProvider } from './toasts';
import { TopBar } from './TopBar';
import { ConnectionGate } from './ConnectionGate';
import { UndoProvider } from './undo';
import { VIEW_COMPONENTS } from './view-components';
import { CENTRE_VIEWS, isWideView } from './views';
import { isTypingTarget, useFocusReturn } from './useFocusReturn';

export function App() {
  return (
    <ErrorBoundary area="Casebook’s window">
      <ConnectionGate>
        <ToastProvider>
          <AppStateProvider>
            <ImportProvider>
              <SourceClaimsProvider>
                <UndoProvider>
                  <Shell />
                </UndoProvider>
              </SourceClaimsProvider>
            </ImportProvider>
          </AppStateProvider>
        </ToastProvider>
      </ConnectionGate>
    </ErrorBoundary>
  );
}

function Shell() {
  const { view, paletteOpen } = useAppState();
  const dispatch = useDispatch();
  const shownView = VIEW_COMPONENTS[view];
  // The brief stays mounted once opened, so switching views keeps its cursor and history.
  const [briefVisited, setBriefVisited] = useState(view === 'brief');
  const [exporting, setExporting] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [notebooksOpen, setNotebooksOpen] = useState(false);
  // The search palette keeps no memory of its opener: focus goes back there when it closes.
  useFocusReturn(paletteOpen);
  // File ▸ Export… in the desktop app's menu.
  useEffect(() => onMenu((command) => command === 'export' && setExporting(true)), []);
  // Help ▸ Keyboard Shortcuts in the desktop app's menu.
  useEffect(() => onMenu((command) => command === 'shortcuts' && setShortcutsOpen(true)), []);
  useEffect(() => {
    if (view === 'brief') setBriefVisited(true);
  }, [view]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isModKey(e) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        dispatch({ type: 'palette', open: true });
      } else if (e.altKey && !e.ctrlKey && !e.metaKey && /^Digit[1-9]$/.test(e.code)) {
        const target = CENTRE_VIEWS[Number(e.code.slice(5)) - 1];
        if (target) {
          e.preventDefault();
          dispatch({ type: 'setView', view: target.id });
        }
      } else if (e.key === '?' && !isModKey(e) && !e.altKey && !isTypingTarget(e.target) && !document.querySelector('[aria-modal="true"]')) {
        e.preventDefault();
        setShortcutsOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dispatch]);

  return (
    <div className="app">
      <TopBar onExport={() => setExporting(true)} onNotebooks={() => setNotebooksOpen(true)} onShortcuts={() => setShortcutsOpen(true)} />
      <div className={`panes${isWideView(view) ? ' panes--wide' : ''}`}>
        <aside className="pane pane--library" aria-label="Library" hidden={isWideView(view)}>
          <ErrorBoundary area="the library">
            <LibraryPanel />
          </ErrorBoundary>
        </aside>
        <main className="pane pane--center">
          <div className="center-view" hidden={view !== 'reader'}>
            <ErrorBoundary area="the reader">
              <ReaderPanel />
            </ErrorBoundary>
          </div>
          {shownView && (
            <div className="center-view">
              <ErrorBoundary area={shownView.area}>
                <Suspense fallback={<Loading label="Opening…" />}>
                  <shownView.Component />
                </Suspense>
              </ErrorBoundary>
            </div>
          )}
          {(briefVisited || view === 'brief') && (
            <div className="center-view" hidden={view !== 'brief'}>
              <ErrorBoundary area="the brief">
                <BriefPanel />
              </ErrorBoundary>
            </div>
          )}
        </main>
        <aside className="pane pane--claims" aria-label="Claims and evidence">
          <ErrorBoundary area="the claims pane">
            <ClaimsPanel />
          </ErrorBoundary>
        </aside>
      </div>
      {paletteOpen && <SearchPalette onClose={() => dispatch({ type: 'palette', open: false })} />}
      {exporting && <ExportDialog onClose={() => setExporting(false)} />}
      {shortcutsOpen && <ShortcutSheet onClose={() => setShortcutsOpen(false)} />}
      {notebooksOpen && <NotebookSwitcher onClose={() => setNotebooksOpen(false)} />}
      <DropOverlay />
    </div>
  );
}
