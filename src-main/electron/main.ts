/**
 * The desktop app's main process: one window on one notebook. Thin: everything the analyst does
 * goes through the same API dispatch as the CLI and the browser mode.
 */
import { app, BrowserWindow, dialog, Menu, nativeTheme, session } from 'electron';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CasebookError } from '../contract/errors';
import type { MenuCommand } from '../contract/preload-api';
import { APP_NAME, DEFAULT_NOTEBOOK_FILE } from '../store/default-location';
import { APP_START_URL, isAppUrl, registerAppScheme, serveRenderer } from './app-protocol';
import { clearRecentNotebooks, forgetNotebook, readAppState, rememberNotebook, saveTheme, type AppState, type ThemeSource } from '../api/app-state-file';
import { askPageToFlush } from './close-handshake';
import { chooseFilesToImport, chooseNewNotebookPath, chooseNotebookToOpen, showNotebookError } from './dialogs';
import { importFiles } from './import-files';
import { registerIpc } from './ipc';
import { IPC } from './ipc-channels';
import { buildMenu } from './menu';
import { electronNativeBinding } from './native-binding';
import { NotebookSession } from './notebook-session';
import { electronHtmlToPdf } from './print-pdf';
import { applySessionPolicy } from './session-policy';
import { createMainWindow } from './window';

const here = dirname(fileURLToPath(import.meta.url)); // out/main
const RENDERER_DIR = join(here, '..', 'renderer');
const PRELOAD_PATH = join(here, '..', 'preload', 'preload.cjs');
/** Set by `electron-vite dev`. */
const DEV_SERVER_URL = process.env.ELECTRON_RENDERER_URL;

app.setName(APP_NAME);
// Lets tests (and analysts who want a separate profile) keep the app's state elsewhere.
if (process.env.CASEBOOK_USER_DATA_DIR) app.setPath('userData', resolve(process.env.CASEBOOK_USER_DATA_DIR));
registerAppScheme();

let mainWindow: BrowserWindow | undefined;
let quitting = false;
let appState: AppState;
const nativeBinding = electronNativeBinding(app.getAppPath());
// The page may switch notebooks itself (notebook.open/create): the menu and window title follow.
const notebook = new NotebookSession(nativeBinding, (event) => send(IPC.change, event), app.getPath('userData'), (path) => opened(path), {
  // The importers' worker modules are copied beside this bundle (electron.vite.config.ts).
  isolation: { workerDirectory: join(here, 'workers') },
  // PDF briefs are printed by Electron's own Chromium: nothing to install.
  htmlToPdf: electronHtmlToPdf,
});

function send(channel: string, payload: unknown): void {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(channel, payload);
}

function userData(): string {
  return app.getPath('userData');
}

function explain(error: unknown): string {
  if (error instanceof CasebookError) return error.message;
  const text = error instanceof Error ? error.message : String(error);
  if (!nativeBinding && /NODE_MODULE_VERSION|was compiled against/.test(text)) {
    return 'The database module has not been prepared for the desktop app. Start Casebook with “npm start”, which prepares it (or use “npm run web” for the same app in your browser).';
  }
  return `Something went wrong opening the notebook: ${text}`;
}

function refreshMenu(): void {
  Menu.setApplicationMenu(
    buildMenu(
      {
        newNotebook: () => void newNotebook(),
        openNotebook: () => void openNotebookFromDialog(),
        openRecent: (path) => void switchNotebook(path),
        clearRecent: () => {
          appState = clearRecentNotebooks(userData());
          refreshMenu();
        },
        importFiles: () => void importFromDialog(),
        exportFiles: () => send(IPC.menu, 'export' satisfies MenuCommand),
        shortcuts: () => send(IPC.menu, 'shortcuts' satisfies MenuCommand),
        reload: () => void reloadPage(),
        setTheme,
        about: () => void showAbout(),
      },
      {
        recentNotebooks: appState.recentNotebooks,
        currentNotebook: notebook.path,
        theme: appState.theme,
        showDevTools: !app.isPackaged,
        isMac: process.platform === 'darwin',
      },
    ),
  );
}

function opened(path: string): void {
  appState = rememberNotebook(userData(), path);
  mainWindow?.setRepresentedFilename(path);
  refreshMenu();
}

/** At start: CASEBOOK_NOTEBOOK, else the last notebook, else the default one in userData. */
function openInitialNotebook(): boolean {
  const defaultPath = join(userData(), DEFAULT_NOTEBOOK_FILE);
  const candidates = [process.env.CASEBOOK_NOTEBOOK, appState.lastNotebook, defaultPath].filter((p): p is string => Boolean(p));
  let lastError: unknown;
  for (const path of candidates) {
    try {
      notebook.open(path);
      opened(path);
      return true;
    } catch (error) {
      lastError = error;
      if (path === appState.lastNotebook) appState = forgetNotebook(userData(), path);
    }
  }
  dialog.showErrorBox('Casebook cannot start', explain(lastError));
  return false;
}

async function switchNotebook(path: string): Promise<void> {
  if (mainWindow) await askPageToFlush(mainWindow);
  try {
    notebook.open(path);
  } catch (error) {
    await showNotebookError(mainWindow, explain(error));
    if (appState.recentNotebooks.includes(resolve(path))) {
      appState = forgetNotebook(userData(), path);
      refreshMenu();
    }
    return;
  }
  opened(path);
  mainWindow?.webContents.reload();
}

async function newNotebook(): Promise<void> {
  if (!mainWindow) return;
  const path = await chooseNewNotebookPath(mainWindow);
  if (path) await switchNotebook(path);
}

async function openNotebookFromDialog(): Promise<void> {
  if (!mainWindow) return;
  const path = await chooseNotebookToOpen(mainWindow);
  if (path) await switchNotebook(path);
}

async function importFromDialog(): Promise<void> {
  if (!mainWindow) return;
  const paths = await chooseFilesToImport(mainWindow);
  if (paths.length) await importFiles(notebook.api, paths, (progress) => send(IPC.importProgress, progress));
}

async function reloadPage(): Promise<void> {
  if (!mainWindow) return;
  await askPageToFlush(mainWindow);
  mainWindow.webContents.reload();
}

function setTheme(theme: ThemeSource): void {
  nativeTheme.themeSource = theme;
  appState = saveTheme(userData(), theme);
  refreshMenu();
}

async function showAbout(): Promise<void> {
  const options = {
    type: 'info' as const,
    title: 'About Casebook',
    message: `Casebook ${app.getVersion()}`,
    detail: `An offline research notebook for analysts: archive sources, anchor claims to exact passages, link evidence, search, and write briefs.\n\nElectron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node ${process.versions.node}`,
  };
  await (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

function openWindow(): void {
  const win = createMainWindow({ preloadPath: PRELOAD_PATH, startUrl: DEV_SERVER_URL ?? APP_START_URL });
  mainWindow = win;
  if (notebook.path) win.setRepresentedFilename(notebook.path);
  let flushed = false;
  win.on('close', (event) => {
    if (flushed) return;
    event.preventDefault();
    void askPageToFlush(win).then(() => {
      flushed = true;
      win.close();
    });
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = undefined;
  });
}

function start(): void {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || quitting) app.quit();
  });
  app.on('will-quit', () => notebook.close());

  void app.whenReady().then(() => {
    appState = readAppState(userData());
    nativeTheme.themeSource = appState.theme;
    applySessionPolicy(session.defaultSession, DEV_SERVER_URL);
    serveRenderer(session.defaultSession, RENDERER_DIR);
    if (!openInitialNotebook()) {
      app.quit();
      return;
    }
    registerIpc({ getWindow: () => mainWindow, getApi: () => notebook.api, isAppUrl: (url) => isAppUrl(url, DEV_SERVER_URL) });
    refreshMenu();
    openWindow();
    app.on('activate', () => {
      if (!mainWindow) openWindow();
    });
  });
}

if (app.requestSingleInstanceLock()) start();
else app.quit();
