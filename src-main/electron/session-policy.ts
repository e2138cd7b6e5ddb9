/**
 * What the window's session allows: no permissions (camera, notifications, geolocation…), no
 * network requests but the app's own files (defence in depth behind the CSP: an archived page's
 * remote image is never fetched), and in development a CSP on the dev server's pages.
 */
import type { Session } from 'electron';
import { isAppUrl } from './app-protocol';

/** The dev server's page needs Vite's inline preamble and its websocket. */
const DEV_CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self' ws: wss:; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Copying to the clipboard from the page is the one permission the app uses. */
const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write']);

export function applySessionPolicy(session: Session, devServerUrl?: string): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(ALLOWED_PERMISSIONS.has(permission)));
  session.setPermissionCheckHandler((_contents, permission) => ALLOWED_PERMISSIONS.has(permission));

  const devSocket = devServerUrl ? new URL(devServerUrl).origin.replace(/^http/, 'ws') : undefined;
  session.webRequest.onBeforeRequest((details, callback) => {
    const { url } = details;
    const allowed =
      isAppUrl(url, devServerUrl) ||
      url.startsWith('data:') ||
      url.startsWith('blob:') ||
      url.startsWith('devtools:') ||
      (devSocket !== undefined && url.startsWith(devSocket));
    callback({ cancel: !allowed });
  });

  if (devServerUrl) {
    session.webRequest.onHeadersReceived((details, callback) => {
      const responseHeaders = { ...details.responseHeaders };
      if (isAppUrl(details.url, devServerUrl)) responseHeaders['Content-Security-Policy'] = [DEV_CONTENT_SECURITY_POLICY];
      callback({ responseHeaders });
    });
  }
}
