/** Before the window closes, reloads or switches notebook, the page gets a moment to save unsaved work. */
import { ipcMain, type BrowserWindow, type IpcMainEvent } from 'electron';
import { randomUUID } from 'node:crypto';
import { IPC } from './ipc-channels';

export const FLUSH_TIMEOUT_MS = 3000;

/** Resolves when the page says it has flushed, or after the timeout (a hung page must not keep the app open). */
export function askPageToFlush(win: BrowserWindow, timeoutMs = FLUSH_TIMEOUT_MS): Promise<void> {
  if (win.isDestroyed() || win.webContents.isCrashed() || win.webContents.isLoading()) return Promise.resolve();
  const requestId = randomUUID();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      ipcMain.off(IPC.flushed, onFlushed);
      resolve();
    };
    const onFlushed = (event: IpcMainEvent, id: unknown) => {
      if (event.sender === win.webContents && id === requestId) done();
    };
    const timer = setTimeout(done, timeoutMs);
    ipcMain.on(IPC.flushed, onFlushed);
    win.webContents.send(IPC.beforeClose, requestId);
  });
}
