/**
 * The desktop shell's security, checked where Electron cannot run: the real window, print window,
 * session and IPC code run against a recording stand-in for the `electron` module (the one module
 * replaced; none of ours is), so a change that weakens a web preference, a navigation rule, the
 * permission or request policy, or the IPC table fails here. The CSP is checked directive by
 * directive. Electronegativity (offline, told the Electron version) must find no HIGH issue and
 * only the MEDIUM ones reviewed below.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../helpers';

interface Recorded {
  windows: { options: Record<string, unknown>; handlers: Map<string, (...args: unknown[]) => unknown>; openHandler?: () => unknown }[];
  ipc: Map<string, (...args: unknown[]) => unknown>;
  opened: string[];
}

const recorded: Recorded = vi.hoisted(() => ({ windows: [], ipc: new Map(), opened: [] }));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents: Record<string, unknown>;
    constructor(options: Record<string, unknown>) {
      const entry: Recorded['windows'][number] = { options, handlers: new Map() };
      recorded.windows.push(entry);
      this.webContents = {
        on: (name: string, fn: (...args: unknown[]) => unknown) => entry.handlers.set(name, fn),
        setWindowOpenHandler: (fn: () => unknown) => (entry.openHandler = fn),
        printToPDF: async () => Buffer.from('%PDF-1.7'),
        mainFrame: { processId: 1, routingId: 1 },
      };
    }
    once() {}
    loadURL() {
      return Promise.resolve();
    }
    loadFile() {
      return Promise.resolve();
    }
    isDestroyed() {
      return false;
    }
    destroy() {}
  }
  interface FakeSession {
    permissionRequest?: (c: unknown, p: string, cb: (ok: boolean) => void) => void;
    permissionCheck?: (c: unknown, p: string) => boolean;
    beforeRequest?: (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
    setPermissionRequestHandler(fn: NonNullable<FakeSession['permissionRequest']>): void;
    setPermissionCheckHandler(fn: NonNullable<FakeSession['permissionCheck']>): void;
    webRequest: { onBeforeRequest(fn: NonNullable<FakeSession['beforeRequest']>): void; onHeadersReceived(): void };
  }
  const fakeSession = (): FakeSession => {
    const s: FakeSession = {
      setPermissionRequestHandler: (fn) => void (s.permissionRequest = fn),
      setPermissionCheckHandler: (fn) => void (s.permissionCheck = fn),
      webRequest: { onBeforeRequest: (fn) => void (s.beforeRequest = fn), onHeadersReceived() {} },
    };
    return s;
  };
  const partitions = new Map<string, ReturnType<typeof fakeSession>>();
  return {
    BrowserWindow,
    nativeTheme: { shouldUseDarkColors: false },
    session: { fromPartition: (name: string) => partitions.get(name) ?? partitions.set(name, fakeSession()).get(name)!, fake: fakeSession },
    ipcMain: { handle: (channel: string, fn: (...args: unknown[]) => unknown) => recorded.ipc.set(channel, fn) },
    shell: {
      openExternal: async (url: string) => void recorded.opened.push(url),
      showItemInFolder: () => undefined,
    },
    dialog: {},
  };
});

beforeEach(() => {
  recorded.windows.length = 0;
  recorded.ipc.clear();
  recorded.opened.length = 0;
});

const SANDBOXED = { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, disableBlinkFeatures: 'Auxclick' };

/** Calls every recorded navigation handler and says which ones cancelled the navigation. */
function cancelledEvents(handlers: Map<string, (...args: unknown[]) => unknown>, names: string[]): string[] {
  return names.filter((name) => {
    let prevented = false;
    handlers.get(name)?.({ preventDefault: () => (prevented = true) }, 'https://example.org/');
    return prevented;
  });
}

/** The faked Electron session: the permission check and the request filter the policy installed. */
interface FakeSession {
  permissionCheck: (c: unknown, p: string) => boolean;
  beforeRequest: (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
}

/** Whether the session's request filter cancels a request to `url` (undefined: it never answered). */
function cancels(session: FakeSession, url: string): boolean | undefined {
  let answer: boolean | undefined;
  session.beforeRequest({ url }, (r) => (answer = r.cancel));
  return answer;
}

describe('the main window', () => {
  it('is isolated, sandboxed, without Node, middle-click navigation, webviews or drag-and-drop navigation', async () => {
    const { createMainWindow } = await import('../../src-main/electron/window');
    createMainWindow({ preloadPath: '/app/preload.cjs', startUrl: 'casebook://app/index.html' });
    const prefs = recorded.windows[0].options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      ...SANDBOXED,
      preload: '/app/preload.cjs',
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
    expect(prefs.experimentalFeatures ?? false).toBe(false);
  });

  it('never navigates, redirects, attaches a webview or opens a window', async () => {
    const { createMainWindow } = await import('../../src-main/electron/window');
    createMainWindow({ preloadPath: '/p.cjs', startUrl: 'casebook://app/index.html' });
    const [win] = recorded.windows;
    const events = ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview'];
    expect(cancelledEvents(win.handlers, events)).toEqual(events);
    expect(win.openHandler?.()).toEqual({ action: 'deny' });
  });
});

describe('the print window (PDF export)', () => {
  it('runs no script, is sandboxed, and may fetch nothing but the brief itself and its data: images', async () => {
    const { electronHtmlToPdf } = await import('../../src-main/electron/print-pdf');
    const { session } = await import('electron');
    const pdf = await electronHtmlToPdf('<!doctype html><p>Brief</p>');
    expect(Buffer.from(pdf).toString('latin1')).toBe('%PDF-1.7');
    const [win] = recorded.windows;
    expect(win.options.webPreferences).toMatchObject({ ...SANDBOXED, javascript: false, webgl: false });
    expect(cancelledEvents(win.handlers, ['will-navigate'])).toEqual(['will-navigate']);
    expect(win.openHandler?.()).toEqual({ action: 'deny' });
    const printSession = session.fromPartition('casebook-print') as unknown as FakeSession;
    expect(cancels(printSession, 'https://tracker.example/pixel.gif')).toBe(true);
    expect(cancels(printSession, 'file:///etc/passwd')).toBe(true);
    expect(cancels(printSession, 'data:image/png;base64,AAAA')).toBe(false);
    expect(printSession.permissionCheck(null, 'media')).toBe(false);
  });
});

describe('the window’s session', () => {
  it('grants no permission but writing to the clipboard, and fetches only the app’s own files', async () => {
    const { applySessionPolicy } = await import('../../src-main/electron/session-policy');
    const electron = (await import('electron')) as unknown as { session: { fake: () => FakeSession } };
    const s = electron.session.fake();
    applySessionPolicy(s as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) expect(s.permissionCheck(null, permission)).toBe(false);
    expect(s.permissionCheck(null, 'clipboard-sanitized-write')).toBe(true);
    expect(cancels(s, 'casebook://app/index.html')).toBe(false);
    expect(cancels(s, 'https://example.org/remote-image.png')).toBe(true);
    expect(cancels(s, 'http://127.0.0.1:8080/')).toBe(true);
    expect(cancels(s, 'file:///home/analyst/.ssh/id_rsa')).toBe(true);
  });
});

describe('the IPC table', () => {
  const ourPage = { processId: 1, routingId: 1, url: 'casebook://app/index.html' };

  async function register() {
    const { registerIpc } = await import('../../src-main/electron/ipc');
    const { BrowserWindow } = await import('electron');
    const win = new BrowserWindow({}) as unknown as { webContents: unknown; isDestroyed(): boolean };
    const dispatched: unknown[] = [];
    registerIpc({
      getWindow: () => win as never,
      getApi: () => ({ dispatch: async (method: string) => (dispatched.push(method), { ok: true, value: {}, events: [] }) }) as never,
      isAppUrl: (url) => url.startsWith('casebook://app/'),
    });
    const fromUs = { sender: win.webContents, senderFrame: ourPage };
    const fromElsewhere = { sender: {}, senderFrame: ourPage };
    const fromAnotherPage = { sender: win.webContents, senderFrame: { ...ourPage, url: 'https://example.org/' } };
    return { dispatched, fromUs, fromElsewhere, fromAnotherPage };
  }

  it('has exactly four handlers, and each refuses a request that is not from the Casebook window’s own page', async () => {
    const { dispatched, fromElsewhere, fromAnotherPage } = await register();
    expect([...recorded.ipc.keys()].sort()).toEqual(['casebook:call', 'casebook:open-external', 'casebook:save-file', 'casebook:show-in-folder']);
    for (const stranger of [fromElsewhere, fromAnotherPage]) {
      expect(await recorded.ipc.get('casebook:call')!(stranger, 'sources.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
      expect(await recorded.ipc.get('casebook:open-external')!(stranger, 'https://example.org/')).toBe(false);
      expect(await recorded.ipc.get('casebook:save-file')!(stranger, {})).toMatchObject({ ok: false });
      expect(await recorded.ipc.get('casebook:show-in-folder')!(stranger, '/etc/passwd')).toBe(false);
    }
    expect(dispatched).toEqual([]);
    expect(recorded.opened).toEqual([]);
  });

  it('opens outside the app only web pages and e-mail addresses', async () => {
    const { fromUs } = await register();
    const open = recorded.ipc.get('casebook:open-external')!;
    for (const url of ['https://example.org/report', 'http://example.org/', 'mailto:desk@example.org']) expect(await open(fromUs, url)).toBe(true);
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'ms-msdt:/id', 'https://user:pw@example.org/', 'mailto:', 'data:text/html,x', 42, 'https://' + 'a'.repeat(9000)]) {
      expect(await open(fromUs, url)).toBe(false);
    }
    expect(recorded.opened).toEqual(['https://example.org/report', 'http://example.org/', 'mailto:desk@example.org']);
  });

  it('shows in its folder only a file the analyst has just saved', async () => {
    const { fromUs } = await register();
    expect(await recorded.ipc.get('casebook:show-in-folder')!(fromUs, '/home/analyst/.bashrc')).toBe(false);
  });
});

describe('the content security policy', () => {
  it('allows scripts only from the app, no plugins, no framing, no base or form targets', async () => {
    const { CONTENT_SECURITY_POLICY } = await import('../../src-main/bridge/security-headers');
    const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((d) => { const [name, ...values] = d.trim().split(/\s+/); return [name, values] as const; }));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*|http:|https:/);
  });
});

/** Findings reviewed by hand; anything else at MEDIUM or above fails the test. */
const REVIEWED: Record<string, string> = {
  OPEN_EXTERNAL_JS_CHECK: 'ipc.ts opens only http(s) pages and mailto: addresses (isExternalUrlAllowed, tested above), from our own page, and the preload forwards a link only while the analyst is clicking (user activation).',
  PRELOAD_JS_CHECK: 'The preload is sandboxed and exposes one object through contextBridge: the contract methods by name, change/menu/progress subscriptions and three file actions; no ipcRenderer reaches the page.',
  CSP_GLOBAL_CHECK: 'LOW: the development-only CSP in session-policy.ts is a constant the tool cannot read; the packaged app’s CSP is checked directive by directive above.',
};

describe('Electronegativity', () => {
  it('finds no HIGH issue and only reviewed MEDIUM ones in the shell (offline, Electron 45.5)', () => {
    const { dir, cleanup } = tempDir('casebook-electronegativity-');
    try {
      const out = join(dir, 'findings.csv');
      const cli = join(process.cwd(), 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
      const run = spawnSync(process.execPath, [cli, '-i', join(process.cwd(), 'src-main'), '-e', '45.5.0', '-r', '-o', out], { encoding: 'utf8', timeout: 120_000 });
      expect(run.status, run.stderr).toBe(0);
      // One finding a row: ID,"SEVERITY","CONFIDENCE","FILE","LINE:COL",sample… (a sample may hold commas and line breaks).
      const csv = readFileSync(out, 'utf8');
      const findings = [...csv.matchAll(/^(\w+_CHECK),"(\w+)","\w+","([^"]*)","([^"]*)"/gm)].map(([, check, severity, file, location]) => ({ check, severity, where: `${file}:${location}` }));
      expect(findings.length).toBe(csv.match(/^\w+_CHECK,/gm)?.length ?? 0);
      expect(findings.filter((f) => f.severity === 'HIGH')).toEqual([]);
      expect(findings.filter((f) => !(f.check in REVIEWED))).toEqual([]);
      expect(findings.map((f) => f.check)).not.toContain('AUXCLICK_JS_CHECK');
      // The report was read: the reviewed openExternal call is in it.
      expect(findings.map((f) => f.check)).toContain('OPEN_EXTERNAL_JS_CHECK');
    } finally {
      cleanup();
    }
  });
});
