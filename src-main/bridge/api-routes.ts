/** The bridge's API: `POST /api/call/:method` → dispatch → JSON Result, and `GET /api/events` (SSE). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Api } from '../api/dispatch';
import type { ChangeEvent } from '../contract/methods';
import { readBody } from './read-body';
import { sendError, sendJson } from './respond';

export interface ApiRouteOptions {
  api: Api;
  maxBodyBytes: number;
}

function megabytes(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}

export async function handleCall(req: IncomingMessage, res: ServerResponse, method: string, { api, maxBodyBytes }: ApiRouteOptions): Promise<void> {
  if (req.method !== 'POST') {
    sendError(res, 405, 'VALIDATION', 'Casebook operations are called with POST.', { Allow: 'POST' });
    return;
  }
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') {
    sendError(res, 415, 'VALIDATION', 'Casebook expects the request as JSON.');
    return;
  }
  const outcome = await readBody(req, maxBodyBytes);
  if (!outcome.ok) {
    if (outcome.reason === 'aborted') return;
    // A file's bytes travel as base64, a third bigger than the file.
    const fileLimit = megabytes((maxBodyBytes * 3) / 4);
    sendError(res, 413, 'TOO_LARGE', `This is too large to send to Casebook in browser mode: files up to about ${fileLimit} MB can be imported.`, { Connection: 'close' });
    req.resume(); // discard the rest instead of reading it into memory
    return;
  }
  let input: unknown;
  try {
    input = outcome.body.length === 0 ? {} : JSON.parse(outcome.body.toString('utf8'));
  } catch {
    sendError(res, 400, 'VALIDATION', 'The request to Casebook was not valid JSON.');
    return;
  }
  const result = await api.dispatch(method, input);
  sendJson(res, 200, result);
}

const HEARTBEAT_MS = 25_000;

/** Streams change events; returns a function that ends the stream (used when the bridge closes). */
export function handleEvents(req: IncomingMessage, res: ServerResponse, api: Api): () => void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  res.write('retry: 2000\n\n: connected\n\n');
  const send = (event: ChangeEvent) => res.write(`event: change\ndata: ${JSON.stringify(event)}\n\n`);
  const unsubscribe = api.onChange(send);
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    unsubscribe();
    res.end();
  };
  req.on('close', end);
  return end;
}
