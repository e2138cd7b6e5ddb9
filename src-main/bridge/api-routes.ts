/** The bridge's API: `POST /api/call/:method` → dispatch → JSON Result, and `GET /api/events` (SSE). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Api } from '../api/dispatch';
import type { ErrorCode } from '../contract/errors';
import { tooLargeError } from '../contract/import-formats';
import type { ChangeEvent } from '../contract/methods';
import { readBody } from './read-body';
import { sendError, sendJson } from './respond';
import { checkDeclaredUpload, matchesDeclared, MISMATCH_MESSAGE } from './upload-limit';

export interface ApiRouteOptions {
  api: Api;
  maxBodyBytes: number;
}

function megabytes(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}

/** Answers without reading the rest of the body, and closes the connection rather than wait for it. */
function refuseUnread(req: IncomingMessage, res: ServerResponse, status: number, code: ErrorCode, message: string): void {
  sendError(res, status, code, message, { Connection: 'close' });
  req.resume(); // discard whatever arrives before the connection closes, instead of keeping it
}

/**
 * The body, parsed. The raw bytes live only in here: once parsed they can be freed while the call
 * runs (a big import's body is otherwise kept next to its parsed copy).
 */
async function readJson(req: IncomingMessage, maxBytes: number): Promise<{ input: unknown } | 'too-large' | 'aborted' | 'not-json'> {
  const outcome = await readBody(req, maxBytes);
  if (!outcome.ok) return outcome.reason;
  try {
    return { input: outcome.body.length === 0 ? {} : JSON.parse(outcome.body.toString('utf8')) };
  } catch {
    return 'not-json';
  }
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
  const upload = checkDeclaredUpload(req, method);
  if (upload.refusal) {
    refuseUnread(req, res, upload.refusal.status, upload.refusal.error.code, upload.refusal.error.message);
    return;
  }
  const declared = upload.declared;
  const perFormat = declared !== null && declared.maxBodyBytes <= maxBodyBytes;
  const limit = perFormat ? declared.maxBodyBytes : maxBodyBytes;
  // Asked first (server.ts), the client sends the body only now: not at all when it is too long.
  if (/^100-continue$/i.test(req.headers.expect ?? '') && !(Number(req.headers['content-length']) > limit)) res.writeContinue();
  const parsed = await readJson(req, limit);
  if (parsed === 'aborted') return;
  if (parsed === 'too-large') {
    // A file's bytes travel as base64, a third bigger than the file.
    const message = perFormat
      ? tooLargeError(declared.fileName, undefined).message
      : `This is too large to send to Casebook in browser mode: files up to about ${megabytes((maxBodyBytes * 3) / 4)} MB can be imported.`;
    refuseUnread(req, res, 413, 'TOO_LARGE', message);
    return;
  }
  if (parsed === 'not-json') {
    sendError(res, 400, 'VALIDATION', 'The request to Casebook was not valid JSON.');
    return;
  }
  const { input } = parsed;
  if (declared && !matchesDeclared(input, declared)) {
    sendError(res, 400, 'VALIDATION', MISMATCH_MESSAGE);
    return;
  }
  const result = await api.dispatch(method, input, { jsonText: true });
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
