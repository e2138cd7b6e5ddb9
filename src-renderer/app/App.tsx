/** The window: top bar, library | reader or brief | claims, with search, drop-to-import and toasts. */
import { useEffect, useState } from 'react';
import { BriefPanel } from '../panels/brief/BriefPanel';
import { ClaimsPanel } from '../panels/claims/ClaimsPanel';
import { LibraryPanel } from '../panels/library/LibraryPanel';
import { ReaderPanel } from '../panels/reader/ReaderPanel';
import { SearchPalette } from '../panels/search/SearchPalette';
import { onMenu } from '../platform';
import { DropOverlay } from './DropOverlay';
import { ErrorBoundary } from './ErrorBoundary';
import { ExportDialog } from './ExportDialog';
import { ImportProvider } from './imports';
import { isModKey } from './labels';
import { SourceClaimsProvider } from './source-claims';
import { AppStateProvider, useAppState, useDispatch } from './state';
import { ToastProvider } from './toasts';
import { TopBar } from './TopBar';
import { ConnectionGate } from './ConnectionGate';
import { UndoProvider } from './undo';

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
  // The brief stays mounted once opened, so switching views keeps its cursor and history.
  const [briefVisited, setBriefVisited] = useState(view === 'brief');
  const [exporting, setExporting] = useState(false);
  // File ▸ Export… in the desktop app's menu.
  useEffect(() => onMenu((command) => command === 'export' && setExporting(true)), []);
  useEffect(() => {
    if (view === 'brief') setBriefVisited(true);
  }, [view]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isModKey(e) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        dispatch({ type: 'palette', open: true });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dispatch]);

  return (
    <div className="app">
      <TopBar onExport={() => setExporting(true)} />
      <div className="panes">
        <aside className="pane pane--library" aria-label="Library">
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
      <DropOverlay />
    </div>
  );
}
