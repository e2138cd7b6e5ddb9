/** The one hardened window: isolated, sandboxed, no Node, no navigation, no pop-ups. */
import { BrowserWindow, nativeTheme } from 'electron';

export interface WindowOptions {
  preloadPath: string;
  startUrl: string;
}

export function createMainWindow({ preloadPath, startUrl }: WindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Casebook',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1b1d21' : '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      // No middle-click (auxclick) navigation: a middle-click on a link must not open a window.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => win.show());

  const contents = win.webContents;
  // The page never navigates: links to the web go through openExternal, dropped files through the import API.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));

  void win.loadURL(startUrl);
  return win;
}
