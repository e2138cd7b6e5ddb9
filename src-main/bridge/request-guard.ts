/**
 * Who may talk to the bridge: only this machine (loopback peer), only under our own host name
 * (against DNS rebinding), only from our own page (Origin), and, for the API, only with the
 * secret token of this run.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export interface Refusal {
  status: 400 | 401 | 403;
  message: string;
}

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  if (address === '::1') return true;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/** The Host values the bridge answers to. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** Refuses requests not from this machine, for another host name, or sent by another site's page. */
export function checkOrigin(req: IncomingMessage, port: number): Refusal | undefined {
  if (!isLoopbackAddress(req.socket.remoteAddress)) {
    return { status: 403, message: 'Casebook’s browser mode answers only to this computer.' };
  }
  // Node keeps the first of several Host headers; HTTP says such a request must be refused (RFC 9112 §3.2).
  const hostHeaders = req.rawHeaders.filter((name, i) => i % 2 === 0 && name.toLowerCase() === 'host').length;
  if (hostHeaders > 1) return { status: 400, message: 'This request names more than one Host, so Casebook refused it.' };
  const host = (req.headers.host ?? '').toLowerCase();
  if (!allowedHosts(port).includes(host)) {
    return { status: 403, message: `Casebook answers only at http://127.0.0.1:${port}/ — open the address printed by “npm run web”.` };
  }
  const origin = req.headers.origin;
  if (origin !== undefined && origin.toLowerCase() !== `http://${host}`) {
    return { status: 403, message: 'Requests from other web pages are refused.' };
  }
  return undefined;
}

function tokenFrom(req: IncomingMessage, url: URL, allowQueryToken: boolean): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim();
  if (allowQueryToken) return url.searchParams.get('token') ?? undefined;
  return undefined;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Refuses API requests without this run's token (`Authorization: Bearer`, or `?token=` where allowed). */
export function checkToken(req: IncomingMessage, url: URL, token: string, allowQueryToken: boolean): Refusal | undefined {
  const given = tokenFrom(req, url, allowQueryToken);
  if (given && sameSecret(given, token)) return undefined;
  return {
    status: 401,
    message: 'This page is not connected to Casebook. Open the full address printed by “npm run web” (it ends with #token=…).',
  };
}
