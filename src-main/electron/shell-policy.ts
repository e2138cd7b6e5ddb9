/** Which links may open outside the app (this file imports no electron, so unit tests check it). */

/** The only kinds of link the analyst may open in another application. */
export const EXTERNAL_PROTOCOLS: readonly string[] = ['http:', 'https:', 'mailto:'];

/**
 * True for a link that may open outside the app: a web page (with a host and no user name or
 * password in it) or an e-mail address, nothing else (no file:, javascript:, custom schemes).
 * The preload also asks that the analyst has just clicked (transient user activation).
 */
export function isExternalUrlAllowed(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 8000) return false;
  try {
    const url = new URL(value);
    if (!EXTERNAL_PROTOCOLS.includes(url.protocol)) return false;
    if (url.protocol === 'mailto:') return /^[^@\s]+@[^@\s]+$/.test(decodeURIComponent(url.pathname));
    return url.hostname.length > 0 && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}
