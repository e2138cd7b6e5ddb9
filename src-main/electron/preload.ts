/**
 * The sandboxed preload: exposes exactly one object, `window.casebook` (see
 * contract/preload-api.ts). It may require only `electron`; the method list is bundled in.
 * No raw ipcRenderer reaches the page.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { NOT_ANSWERING_MESSAGE } from '../contract/errors';
import { METHOD_NAME_LIST } from '../contract/method-names';
import type { ChangeEvent } from '../contract/methods';
import type { CasebookPreloadApi, ImportProgress, MenuCommand, SaveFileRequest } from '../contract/preload-api';
import { IPC } from './ipc-channels';

const notAnswering = {
  ok: false as const,
  error: { code: 'INTERNAL' as const, message: NOT_ANSWERING_MESSAGE },
};

function subscribe<T>(channel: string, listener: (payload: T) => void): () => void {
  const handler = (_event: IpcRendererEvent, payload: T) => listener(payload);
  ipcRenderer.on(channel, handler);
  return () => {
    ipcRenderer.removeListener(channel, handler);
  };
}

const beforeCloseHandlers = new Set<() => Promise<void> | void>();
ipcRenderer.on(IPC.beforeClose, (_event, requestId: string) => {
  void Promise.allSettled([...beforeCloseHandlers].map((handler) => handler())).then(() => ipcRenderer.send(IPC.flushed, requestId));
});

const methods = Object.fromEntries(
  METHOD_NAME_LIST.map((method) => [
    method,
    (input: unknown) => ipcRenderer.invoke(IPC.call, method, input ?? {}).catch(() => notAnswering),
  ]),
);

const api: CasebookPreloadApi = {
  ...(methods as unknown as Pick<CasebookPreloadApi, (typeof METHOD_NAME_LIST)[number]>),
  onChange: (listener) => subscribe<ChangeEvent>(IPC.change, listener),
  onMenu: (listener) => subscribe<MenuCommand>(IPC.menu, listener),
  onImportProgress: (listener) => subscribe<ImportProgress>(IPC.importProgress, listener),
  onBeforeClose(handler) {
    beforeCloseHandlers.add(handler);
    return () => {
      beforeCloseHandlers.delete(handler);
    };
  },
  async openExternal(url: string) {
    // Only while the analyst is interacting (a click), never on the page's own initiative.
    if (!navigator.userActivation?.isActive) return false;
    return (await ipcRenderer.invoke(IPC.openExternal, String(url))) === true;
  },
  saveFile: (request: SaveFileRequest) => ipcRenderer.invoke(IPC.saveFile, request).catch(() => notAnswering),
  showInFolder: (path: string) =>
    ipcRenderer.invoke(IPC.showInFolder, String(path)).then(
      (shown: unknown) => shown === true,
      () => false,
    ),
};

contextBridge.exposeInMainWorld('casebook', api);
