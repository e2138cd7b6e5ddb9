/**
 * The renderer's one door to Casebook: `getClient()` and a few platform services, the same in the
 * desktop app (through the preload's `window.casebook`) and in browser mode (HTTP to the bridge).
 */
import type { CasebookClient } from '../../src-main/contract/client';
import type { CasebookPreloadApi, ImportProgress, MenuCommand, SaveFileRequest, SaveFileResult } from '../../src-main/contract/preload-api';
import { downloadFile } from './files';
import { createHttpClient } from './http-client';
import { createIpcClient } from './ipc-client';
import { takeBridgeToken } from './token';

declare global {
  interface Window {
    /** Present only in the desktop app (set by the preload). */
    casebook?: CasebookPreloadApi;
  }
}

export type { CasebookClient } from '../../src-main/contract/client';
export type { ImportProgress, MenuCommand, SaveFileRequest, SaveFileResult } from '../../src-main/contract/preload-api';
export { readFileAsBase64 } from './files';
export { openPdfInNewTab } from './files';

let client: CasebookClient | undefined;

function desktop(): CasebookPreloadApi | undefined {
  return typeof window !== 'undefined' ? window.casebook : undefined;
}

/** True in the Electron app, false in browser mode. */
export function isDesktopApp(): boolean {
  return desktop() !== undefined;
}

/** The API client (one per page). */
export function getClient(): CasebookClient {
  if (!client) {
    const bridge = desktop();
    client = bridge ? createIpcClient(bridge) : createHttpClient({ token: takeBridgeToken() });
  }
  return client;
}

function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Opens an http(s) link outside Casebook. Call it only from the analyst's click. Other schemes are ignored. */
export async function openExternal(url: string): Promise<boolean> {
  if (!isWebUrl(url)) return false;
  const bridge = desktop();
  if (bridge) return bridge.openExternal(url);
  window.open(url, '_blank', 'noopener,noreferrer');
  return true;
}

/** Lets the analyst save an export: a save dialog in the desktop app, a download in the browser. */
export async function saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
  const bridge = desktop();
  if (bridge) return bridge.saveFile(request);
  downloadFile(request.suggestedName, request.mediaType, request.data, request.encoding);
  return { ok: true, value: { saved: true, fileName: request.suggestedName } };
}

/**
 * Shows a file just saved by `saveFile` in the system's file manager (desktop app only: a browser
 * download has no path, so there is nothing to show).
 */
export async function showInFolder(path: string): Promise<boolean> {
  return (await desktop()?.showInFolder(path)) ?? false;
}

/** Native menu commands (desktop only; in the browser nothing is ever delivered). */
export function onMenu(listener: (command: MenuCommand) => void): () => void {
  return desktop()?.onMenu(listener) ?? (() => {});
}

/** Progress of imports started from the native File ▸ Import… menu (desktop only). */
export function onImportProgress(listener: (progress: ImportProgress) => void): () => void {
  return desktop()?.onImportProgress(listener) ?? (() => {});
}

/**
 * Runs `handler` when the window closes, reloads or switches notebook: flush unsaved work there.
 * The desktop app waits for it (a few seconds at most); a browser tab does not wait, but a save
 * call under 60 KB started in the handler still reaches the bridge.
 */
export function onBeforeClose(handler: () => Promise<void> | void): () => void {
  const bridge = desktop();
  if (bridge) return bridge.onBeforeClose(handler);
  const onPageHide = () => void handler();
  window.addEventListener('pagehide', onPageHide);
  return () => window.removeEventListener('pagehide', onPageHide);
}
