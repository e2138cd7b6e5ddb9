/**
 * PDF export in the desktop app: the HTML brief printed by Electron's own Chromium (printToPDF)
 * in a hidden window that runs no script and may fetch nothing, closed once printed.
 */
import { BrowserWindow, session, type Session } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { HtmlToPdf } from '../exporters/types';
import { htmlDataUrl, printToPdfOptions } from './print-page';

/** In memory only (no "persist:"), and shared by nothing else. */
const PRINT_PARTITION = 'casebook-print';
/** The one file: URL a print may load (a brief too big for a data: URL), while it prints. */
let allowedFileUrl: string | null = null;
let printSession: Session | undefined;

function sessionForPrinting(): Session {
  if (printSession) return printSession;
  const s = session.fromPartition(PRINT_PARTITION);
  s.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  s.setPermissionCheckHandler(() => false);
  // The brief is self-contained: every request but the page itself (and its data: images) is refused.
  s.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !(details.url.startsWith('data:') || (allowedFileUrl !== null && details.url === allowedFileUrl)) });
  });
  printSession = s;
  return s;
}

let printing: Promise<unknown> = Promise.resolve();

async function printOnce(html: string): Promise<Uint8Array> {
  const win = new BrowserWindow({
    show: false,
    width: 900,
    height: 1200,
    webPreferences: {
      session: sessionForPrinting(),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      webgl: false,
      spellcheck: false,
      images: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  let tempDir: string | undefined;
  try {
    const dataUrl = htmlDataUrl(html);
    if (dataUrl) {
      await win.loadURL(dataUrl);
    } else {
      tempDir = await mkdtemp(join(tmpdir(), 'casebook-print-'));
      const file = join(tempDir, 'brief.html');
      await writeFile(file, html, 'utf8');
      allowedFileUrl = pathToFileURL(file).href;
      await win.loadFile(file);
    }
    const pdf = await win.webContents.printToPDF(printToPdfOptions());
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    allowedFileUrl = null;
    if (!win.isDestroyed()) win.destroy();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  }
}

/** One print at a time (each in its own window), so the allowed temp file belongs to one. */
export const electronHtmlToPdf: HtmlToPdf = (html) => {
  const result = printing.then(() => printOnce(html));
  printing = result.catch(() => undefined);
  return result;
};
