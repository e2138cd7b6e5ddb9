/**
 * The IPC handlers: every contract call goes to the same dispatch as the CLI and the bridge
 * (which validates every input), and only from our own window's top frame on our own page.
 */
import { ipcMain, shell, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { Api } from '../api/dispatch';
import type { Result } from '../contract/errors';
import type { SaveFileRequest } from '../contract/preload-api';
import { saveFileWithDialog } from './dialogs';
import { IPC } from './ipc-channels';
import { isExternalUrlAllowed } from './shell-policy';

export interface IpcContext {
  getWindow(): BrowserWindow | undefined;
  getApi(): Api;
  isAppUrl(url: string): boolean;
}

const refused: Result<never> = { ok: false, error: { code: 'UNAUTHORIZED', message: 'This request did not come from the Casebook window and was refused.' } };

function isOurPage(event: IpcMainInvokeEvent, context: IpcContext): boolean {
  const win = context.getWindow();
  const frame = event.senderFrame;
  if (!win || win.isDestroyed() || event.sender !== win.webContents || !frame) return false;
  const top = win.webContents.mainFrame;
  return frame.processId === top.processId && frame.routingId === top.routingId && context.isAppUrl(frame.url);
}

function isSaveFileRequest(value: unknown): value is SaveFileRequest {
  const r = value as Partial<SaveFileRequest> | null;
  return (
    typeof r === 'object' && r !== null &&
    typeof r.suggestedName === 'string' && r.suggestedName.length <= 255 &&
    typeof r.mediaType === 'string' && typeof r.data === 'string' &&
    (r.encoding === 'utf8' || r.encoding === 'base64')
  );
}

export function registerIpc(context: IpcContext): void {
  // Only files the analyst has just saved through the save dialog may be shown in their folder.
  const savedPaths = new Set<string>();

  ipcMain.handle(IPC.call, (event, method: unknown, input: unknown) => {
    if (!isOurPage(event, context)) return refused;
    if (typeof method !== 'string') return { ok: false, error: { code: 'VALIDATION', message: 'The operation name is missing.' } };
    // A value written as JSON text goes to the page as text (a string crosses IPC as one copy); the page parses it.
    return context.getApi().dispatch(method, input, { jsonText: true });
  });

  ipcMain.handle(IPC.openExternal, async (event, url: unknown) => {
    if (!isOurPage(event, context) || !isExternalUrlAllowed(url)) return false;
    await shell.openExternal(url);
    return true;
  });

  ipcMain.handle(IPC.saveFile, async (event, request: unknown) => {
    const win = context.getWindow();
    if (!win || !isOurPage(event, context)) return refused;
    if (!isSaveFileRequest(request)) return { ok: false, error: { code: 'VALIDATION', message: 'The file to save was not described correctly.' } };
    const result = await saveFileWithDialog(win, request);
    if (result.ok && result.value.path) savedPaths.add(result.value.path);
    return result;
  });

  ipcMain.handle(IPC.showInFolder, (event, path: unknown) => {
    if (!isOurPage(event, context) || typeof path !== 'string' || !savedPaths.has(path)) return false;
    shell.showItemInFolder(path);
    return true;
  });
}
