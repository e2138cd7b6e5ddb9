/**
 * The built renderer is served from `casebook://app/` rather than file://: a standard, secure
 * origin of its own, so 'self' in the CSP means exactly the app's files. Every page carries the
 * strict CSP.
 */
import { protocol, type Session } from 'electron';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../bridge/security-headers';
import { contentType, resolveInside } from '../bridge/static-files';

export const APP_SCHEME = 'casebook';
export const APP_ORIGIN = `${APP_SCHEME}://app`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } }]);
}

/** True for the app's own pages (and, in development, the renderer dev server's). */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  if (url.startsWith(`${APP_ORIGIN}/`)) return true;
  return devServerUrl !== undefined && url.startsWith(`${new URL(devServerUrl).origin}/`);
}

export function serveRenderer(session: Session, rendererDir: string): void {
  const root = resolve(rendererDir);
  session.protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'app' ? resolveInside(root, url.pathname) : undefined;
    if (!file || request.method !== 'GET') return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(new Uint8Array(body), {
        headers: {
          'Content-Type': contentType(file),
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
