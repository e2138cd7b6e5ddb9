/**
 * Browser mode: a loopback HTTP server that serves the built renderer and the same API dispatch
 * the desktop app uses. Only this machine, only our host name and page, only with this run's
 * random token (see request-guard.ts).
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import type { Api } from '../api/dispatch';
import { NotebookHost } from '../api/notebook-host';
import { keepChromiumWarm } from '../exporters/warm-chromium';
import { defaultNotebookPath } from '../store/default-location';
import { handleCall, handleEvents } from './api-routes';
import { checkOrigin, checkToken } from './request-guard';
import { sendError } from './respond';
import { setSecurityHeaders } from './security-headers';
import { serveStatic } from './static-files';
import { logError } from '../api/error-log';

/** A 300 MB file, base64-encoded, plus room for the rest of the JSON. */
export const DEFAULT_MAX_BODY_BYTES = Math.ceil((300 * 1024 * 1024 * 4) / 3) + 64 * 1024;

export interface BridgeOptions {
  /** The API to serve; when absent, the bridge opens `notebookPath` (default: the desktop app's default notebook) and closes it on close(). */
  api?: Api;
  notebookPath?: string;
  /** Where the list of recent notebooks is kept (default: the notebook's folder). */
  stateDir?: string;
  /** The built renderer (`out/renderer`). */
  rendererDir: string;
  /** 0 or absent: any free port. */
  port?: number;
  host?: '127.0.0.1';
  maxBodyBytes?: number;
  /** Keep one Chromium open between PDF exports (closed after a minute idle, and by close()). */
  keepChromiumWarm?: boolean;
}

export interface Bridge {
  /** The address to open: `http://127.0.0.1:PORT/#token=TOKEN`. */
  url: string;
  token: string;
  port: number;
  /** The notebook the bridge serves (it changes when the page opens another one). */
  readonly notebookPath: string;
  close(): Promise<void>;
}

function listen(server: ReturnType<typeof createServer>, port: number, host: string): Promise<number> {
  return new Promise((resolvePort, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolvePort((server.address() as AddressInfo).port);
    });
  });
}

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  let api = options.api;
  const ownsNotebook = !api;
  if (!api) {
    const path = resolve(options.notebookPath ?? defaultNotebookPath());
    mkdirSync(dirname(path), { recursive: true });
    api = new NotebookHost(path, { stateDir: options.stateDir ?? dirname(path) });
  }
  const served: Api = api;
  const token = randomBytes(32).toString('base64url');
  const host = options.host ?? '127.0.0.1';
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const rendererDir = resolve(options.rendererDir);
  const eventStreams = new Set<() => void>();
  let port = 0;

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setSecurityHeaders(res);
    const refusal = checkOrigin(req, port);
    if (refusal) return sendError(res, refusal.status, refusal.status === 400 ? 'VALIDATION' : 'UNAUTHORIZED', refusal.message);
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (!url.pathname.startsWith('/api/')) return serveStatic(req, res, rendererDir, url.pathname);

    const isEvents = url.pathname === '/api/events';
    const denied = checkToken(req, url, token, isEvents);
    if (denied) return sendError(res, denied.status, 'UNAUTHORIZED', denied.message);
    if (isEvents) {
      if (req.method !== 'GET') return sendError(res, 405, 'VALIDATION', 'Change events are read with GET.', { Allow: 'GET' });
      const end = handleEvents(req, res, served);
      eventStreams.add(end);
      req.on('close', () => eventStreams.delete(end));
      return;
    }
    const match = /^\/api\/call\/([^/]+)$/.exec(url.pathname);
    if (!match) return sendError(res, 404, 'NOT_FOUND', 'There is no such address in Casebook’s API.');
    let method: string;
    try {
      method = decodeURIComponent(match[1]);
    } catch {
      return sendError(res, 400, 'VALIDATION', 'The operation name in the address is not readable.');
    }
    return handleCall(req, res, method, { api: served, maxBodyBytes });
  }

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    route(req, res).catch((error: unknown) => {
      logError('browser-mode request failed', error);
      if (!res.headersSent) sendError(res, 500, 'INTERNAL', 'Something went wrong inside Casebook and nothing was changed.');
      else res.destroy();
    });
  };
  const server = createServer(handle);
  // A client that asks before sending a body (“Expect: 100-continue”) is told to go on only once
  // the call is accepted (handleCall): a refused import's body is then never sent at all.
  server.on('checkContinue', handle);
  // The requests of a big import can take a while to arrive; the default timeouts are fine otherwise.
  server.requestTimeout = 10 * 60_000;

  try {
    port = await listen(server, options.port ?? 0, host);
  } catch (error) {
    if (ownsNotebook) (served as NotebookHost).close();
    throw error;
  }

  const warmChromium = options.keepChromiumWarm ? keepChromiumWarm() : undefined;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}/#token=${token}`,
    token,
    port,
    get notebookPath() {
      return served.notebook.path;
    },
    close() {
      closing ??= new Promise<void>((done) => {
        for (const end of eventStreams) end();
        server.close(() => {
          if (ownsNotebook) (served as NotebookHost).close();
          void Promise.resolve(warmChromium?.close()).then(done);
        });
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
