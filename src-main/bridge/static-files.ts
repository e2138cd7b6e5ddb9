/** Serves the built renderer, and nothing outside its folder. */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function contentType(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-store' });
  res.end(text);
}

/** The file under `root` that `pathname` names, or undefined when it would leave `root`. */
export function resolveInside(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '..')) return undefined;
  const target = resolve(root, `.${decoded.endsWith('/') ? `${decoded}index.html` : decoded}`);
  return target === root || target.startsWith(root + sep) ? target : undefined;
}

export async function serveStatic(req: IncomingMessage, res: ServerResponse, rootDir: string, rawPath: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    sendText(res, 405, 'Method not allowed.');
    return;
  }
  const root = resolve(rootDir);
  const target = resolveInside(root, rawPath);
  if (!target) {
    sendText(res, 403, 'Forbidden.');
    return;
  }
  try {
    // Symlinks must not lead out of the folder either.
    const [realRoot, realTarget] = await Promise.all([realpath(root), realpath(target)]);
    if (realTarget !== realRoot && !realTarget.startsWith(realRoot + sep)) {
      sendText(res, 403, 'Forbidden.');
      return;
    }
    let file = realTarget;
    let info = await stat(file);
    if (info.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file);
    }
    if (!info.isFile()) throw new Error('not a file');
    res.writeHead(200, { 'Content-Type': contentType(file), 'Content-Length': info.size, 'Cache-Control': 'no-cache' });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  } catch {
    // Browsers ask for a favicon by themselves; an app without one should not log an error for it.
    if (rawPath === '/favicon.ico') {
      res.writeHead(204, { 'Cache-Control': 'no-cache' });
      res.end();
      return;
    }
    const missingApp = rawPath === '/' || rawPath === '/index.html';
    sendText(res, 404, missingApp ? 'The Casebook app has not been built yet. Run “npm run web”, which builds it.' : 'Not found.');
  }
}
