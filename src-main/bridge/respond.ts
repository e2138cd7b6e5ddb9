/** Writing JSON Results and refusals. */
import type { ServerResponse } from 'node:http';
import type { ErrorCode, Result } from '../contract/errors';
import { isJsonText } from '../contract/json-text';

/** A value written as JSON text on the reader thread (contract/json-text.ts) goes into the body as it is. */
export function sendJson(res: ServerResponse, status: number, body: Result<unknown>, extraHeaders: Record<string, string> = {}): void {
  const text = body.ok && isJsonText(body.value) ? `{"ok":true,"value":${body.value.casebookJsonText}}` : JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...extraHeaders,
  });
  res.end(text);
}

export function sendError(res: ServerResponse, status: number, code: ErrorCode, message: string, extraHeaders: Record<string, string> = {}): void {
  sendJson(res, status, { ok: false, error: { code, message } }, extraHeaders);
}
