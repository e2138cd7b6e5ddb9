/** The native file dialogs. */
import { app, dialog, type BrowserWindow } from 'electron';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { SaveFileRequest, SaveFileResult } from '../contract/preload-api';

const NOTEBOOK_FILTERS = [{ name: 'Casebook notebook', extensions: ['sqlite', 'casebook'] }];

export async function chooseNewNotebookPath(win: BrowserWindow): Promise<string | undefined> {
  const { canceled, filePath } = await dialog.showSaveDialog(win, {
    title: 'New notebook',
    buttonLabel: 'Create',
    defaultPath: join(app.getPath('documents'), 'Untitled notebook.sqlite'),
    filters: NOTEBOOK_FILTERS,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (canceled || !filePath) return undefined;
  if (existsSync(filePath)) {
    // Never replace a file from "New notebook": the analyst may have confirmed an overwrite of a case.
    await dialog.showMessageBox(win, {
      type: 'warning',
      message: `“${basename(filePath)}” already exists.`,
      detail: 'Casebook does not replace an existing file with a new notebook. Choose another name, or open it with File ▸ Open Notebook….',
    });
    return undefined;
  }
  return filePath;
}

export async function chooseNotebookToOpen(win: BrowserWindow): Promise<string | undefined> {
  const { canceled, filePaths } = await dialog.showOpenDialog(win, {
    title: 'Open notebook',
    filters: [...NOTEBOOK_FILTERS, { name: 'All files', extensions: ['*'] }],
    properties: ['openFile'],
  });
  return canceled ? undefined : filePaths[0];
}

export async function chooseFilesToImport(win: BrowserWindow): Promise<string[]> {
  const { canceled, filePaths } = await dialog.showOpenDialog(win, {
    title: 'Import sources',
    buttonLabel: 'Import',
    filters: [
      { name: 'Documents', extensions: ['pdf', 'docx', 'html', 'htm', 'xhtml', 'md', 'markdown', 'txt'] },
      { name: 'All files', extensions: ['*'] },
    ],
    properties: ['openFile', 'multiSelections'],
  });
  return canceled ? [] : filePaths;
}

/** Only the file name of the suggestion is used: the page must not choose where to write. */
export async function saveFileWithDialog(win: BrowserWindow, request: SaveFileRequest): Promise<SaveFileResult> {
  const suggested = basename(request.suggestedName.replace(/[\\/]/g, '_')) || 'export';
  const { canceled, filePath } = await dialog.showSaveDialog(win, {
    title: 'Export',
    defaultPath: join(app.getPath('documents'), suggested),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (canceled || !filePath) return { ok: true, value: { saved: false } };
  try {
    await writeFile(filePath, request.encoding === 'base64' ? Buffer.from(request.data, 'base64') : request.data);
    return { ok: true, value: { saved: true, fileName: basename(filePath), path: filePath } };
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: `Casebook could not write “${basename(filePath)}”. Check that the folder exists and that you may write there.` } };
  }
}

export async function showNotebookError(win: BrowserWindow | undefined, message: string): Promise<void> {
  const options = { type: 'error' as const, message: 'The notebook could not be opened.', detail: message };
  await (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
}
