/** Writing JSON Results and refusals. */
import type { ServerResponse } from 'node:http';
import type { ErrorCode, Result } from '../contract/errors';
import { isJsonText } from '../contract/json-text';

/** A value written as JSON on the reader thread (contract/json-text.ts) goes into the body as its bytes are. */
export function sendJson(res: ServerResponse, status: number, body: Result<unknown>, extraHeaders: Record<string, string> = {}): void {
  if (body.ok && isJsonText(body.value)) return sendJsonBytes(res, status, body.value.casebookJson, extraHeaders);
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...extraHeaders,
  });
  res.end(text);
}

function sendJsonBytes(res: ServerResponse, status: number, value: Uint8Array, extraHeaders: Record<string, string>): void {
  const [before, after] = ['{"ok":true,"value":', '}'];
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': before.length + value.byteLength + after.length,
    'Cache-Control': 'no-store',
    ...extraHeaders,
  });
  res.write(before);
  res.write(value);
  res.end(after);
}

export function sendError(res: ServerResponse, status: number, code: ErrorCode, message: string, extraHeaders: Record<string, string> = {}): void {
  sendJson(res, status, { ok: false, error: { code, message } }, extraHeaders);
}
