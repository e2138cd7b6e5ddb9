/**
 * Browser mode's imports over the real bridge (issue 13): a file over its format's limit is refused
 * from the request's headers before its body is read, a body is read no further than its format's
 * limit, and the declared file must be the one the body carries.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge, type Bridge } from '../../src-main/bridge/server';
import { fileExtension, UPLOAD_FILE_NAME_HEADER, UPLOAD_FILE_SIZE_HEADER } from '../../src-main/contract/import-formats';
import { tempDir } from '../helpers';

const MB = 1024 * 1024;

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: { ok: boolean; value?: Record<string, unknown>; error?: { code: string; message: string } };
  /** Body bytes this side had written when the answer came. */
  sentWhenAnswered: number;
}

/**
 * Sends the headers, then `firstBytes`, then (with `keepSending`) 1 MB chunks until the answer
 * comes; never more than that. The connection is dropped once the answer is read.
 */
function upload(port: number, headers: Record<string, string>, firstBytes: string, keepSending = false): Promise<Reply> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/api/call/sources.import', headers: { Host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      answered = true;
      const sentWhenAnswered = sent;
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')), sentWhenAnswered });
      });
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (answered) return;
      // The server may close the connection under a client still sending: that is a refusal too.
      if (keepSending && (error.code === 'EPIPE' || error.code === 'ECONNRESET')) resolve({ status: 0, headers: {}, body: { ok: false }, sentWhenAnswered: sent });
      else reject(error);
    });
    const chunk = 'A'.repeat(MB);
    const more = () => {
      if (answered || req.destroyed) return;
      sent += chunk.length;
      if (req.write(chunk)) setImmediate(more);
      else req.once('drain', more);
    };
    sent += firstBytes.length;
    req.write(firstBytes);
    if (keepSending) more();
  });
}

describe('browser-mode imports refused by their declared size', () => {
  const temp = tempDir();
  let bridge: Bridge;
  const headers = (fileName: string, size: number, extra: Record<string, string> = {}) => ({
    Authorization: `Bearer ${bridge.token}`,
    'Content-Type': 'application/json',
    [UPLOAD_FILE_NAME_HEADER]: encodeURIComponent(fileName),
    [UPLOAD_FILE_SIZE_HEADER]: String(size),
    ...extra,
  });
  const importJson = (fileName: string, bytes: Buffer) => JSON.stringify({ fileName, data: bytes.toString('base64') });
  const sendWhole = (fileName: string, body: string, requestHeaders: Record<string, string>) =>
    upload(bridge.port, { ...requestHeaders, 'Content-Length': String(Buffer.byteLength(body)) }, body);
  const sourceCount = async () => {
    const res = await fetch(`http://127.0.0.1:${bridge.port}/api/call/sources.list`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${bridge.token}`, 'Content-Type': 'application/json' },
      body: '{}',
    });
    return ((await res.json()) as { value: { total: number } }).value.total;
  };

  beforeAll(async () => {
    const rendererDir = join(temp.dir, 'renderer');
    mkdirSync(rendererDir, { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Casebook</title>');
    bridge = await startBridge({ notebookPath: join(temp.dir, 'notebook.sqlite'), rendererDir });
  });
  afterAll(async () => {
    await bridge?.close();
    temp.cleanup();
  });

  it('refuses a 50 MB Markdown file from its headers, without waiting for the body', async () => {
    const size = 50 * MB;
    const reply = await upload(bridge.port, headers('huge.md', size, { 'Content-Length': String(Math.ceil(size / 3) * 4 + 30) }), '{"fileName":"huge.md","data":"');
    expect(reply.status).toBe(413);
    expect(reply.headers.connection).toBe('close');
    expect(reply.body).toEqual({
      ok: false,
      error: { code: 'TOO_LARGE', message: '“huge.md” is 50.0 MB, over the import limit of 8.0 MB for Markdown files. Split it into smaller files, then import them.' },
    });
    expect(reply.sentWhenAnswered).toBe('{"fileName":"huge.md","data":"'.length); // the answer did not wait for the rest
    expect(await sourceCount()).toBe(0);
  });

  it('refuses by the body’s own length when the declared size is too small to be true', async () => {
    const reply = await upload(bridge.port, headers('notes.md', 1000, { 'Content-Length': String(70 * MB) }), '{"fileName":"notes.md","data":"');
    expect(reply.status).toBe(413);
    expect(reply.body.error).toEqual({ code: 'TOO_LARGE', message: '“notes.md” is larger than the import limit of 8.0 MB for Markdown files. Split it into smaller files, then import them.' });
    expect(reply.sentWhenAnswered).toBeLessThan(100);
  });

  it('stops reading a body sent without a length once it passes the format’s limit', async () => {
    const reply = await upload(bridge.port, headers('notes.md', 1000, { 'Transfer-Encoding': 'chunked' }), '{"fileName":"notes.md","data":"', true);
    // 8 MB in base64 is 10.7 MB: the server answered (or cut the connection under a client still
    // sending, which may lose the answer) long before a 40 MB body was all sent.
    expect(reply.sentWhenAnswered).toBeGreaterThan(10 * MB);
    expect(reply.sentWhenAnswered).toBeLessThan(40 * MB);
    if (reply.status !== 0) {
      expect(reply.status).toBe(413);
      expect(reply.body.error?.message).toBe('“notes.md” is larger than the import limit of 8.0 MB for Markdown files. Split it into smaller files, then import them.');
    }
    expect(await sourceCount()).toBe(0);
  });

  it('refuses a format Casebook cannot import from its headers', async () => {
    const reply = await upload(bridge.port, headers('video.mp4', 5 * MB, { 'Content-Length': String(7 * MB) }), '{');
    expect(reply.status).toBe(415);
    expect(reply.body.error?.code).toBe('UNSUPPORTED_FORMAT');
    expect(reply.body.error?.message).toMatch(/^Casebook cannot import “\.mp4” files\. It reads \.txt/);
  });

  it('refuses unreadable headers', async () => {
    const body = importJson('a.md', Buffer.from('# A\n\nText.\n'));
    for (const bad of [{ [UPLOAD_FILE_NAME_HEADER]: '%E0%A4%A' }, { [UPLOAD_FILE_SIZE_HEADER]: '-5' }, { [UPLOAD_FILE_SIZE_HEADER]: '1e9' }]) {
      const reply = await sendWhole('a.md', body, { ...headers('a.md', 11), ...bad });
      expect(reply.status).toBe(400);
      expect(reply.body.error?.code).toBe('VALIDATION');
    }
    expect(await sourceCount()).toBe(0);
  });

  it('refuses a body whose file is not the one its headers declared', async () => {
    const bytes = Buffer.from('# Notes\n\nA passage.\n');
    // A PDF's limit declared for a Markdown file; then the right name with a wrong size.
    for (const declared of [headers('report.pdf', bytes.length), headers('notes.md', bytes.length + 1)]) {
      const reply = await sendWhole('notes.md', importJson('notes.md', bytes), declared);
      expect(reply.status).toBe(400);
      expect(reply.body.error).toEqual({ code: 'VALIDATION', message: 'The file name or size sent with this import does not match the file itself. Nothing was imported.' });
    }
    expect(await sourceCount()).toBe(0);
  });

  it('answers a client that asks first (Expect: 100-continue) without letting it send the body, or lets a good one go on', async () => {
    const ask = (requestHeaders: Record<string, string>, body: string) =>
      new Promise<{ status: number; continued: boolean; body: Reply['body'] }>((resolve, reject) => {
        let continued = false;
        const req = httpRequest(
          { host: '127.0.0.1', port: bridge.port, method: 'POST', path: '/api/call/sources.import', headers: { Host: `127.0.0.1:${bridge.port}`, Expect: '100-continue', ...requestHeaders } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => {
              req.destroy();
              resolve({ status: res.statusCode ?? 0, continued, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
            });
          },
        );
        req.on('continue', () => {
          continued = true;
          req.end(body);
        });
        req.on('error', reject);
        req.flushHeaders();
      });
    const size = 50 * MB;
    const refused = await ask(headers('huge.md', size, { 'Content-Length': String(Math.ceil(size / 3) * 4 + 30) }), '');
    expect(refused).toMatchObject({ status: 413, continued: false, body: { error: { code: 'TOO_LARGE' } } });
    const bytes = Buffer.from('# Asked first\n\nA passage.\n');
    const body = importJson('asked.md', bytes);
    const accepted = await ask(headers('asked.md', bytes.length, { 'Content-Length': String(Buffer.byteLength(body)) }), body);
    expect(accepted).toMatchObject({ status: 200, continued: true, body: { ok: true } });
  });

  it('imports a file within its limit whose headers match, a name outside ASCII included, and keeps it', async () => {
    const fileName = 'Álvaro López — notas 2026.md';
    const bytes = Buffer.from('# Álvaro López\n\nUna nota sobre Cuba.\n');
    const reply = await sendWhole(fileName, importJson(fileName, bytes), headers(fileName, bytes.length));
    expect(reply.status).toBe(200);
    expect(reply.body.ok).toBe(true);
    expect(await sourceCount()).toBe(2); // and the one asked first
  });

  it('keeps the handler’s own check for requests without the headers', async () => {
    const data = '!'.repeat(Math.ceil((9 * MB * 4) / 3));
    const body = JSON.stringify({ fileName: 'plain.md', data });
    const reply = await sendWhole('plain.md', body, { Authorization: `Bearer ${bridge.token}`, 'Content-Type': 'application/json' });
    expect(reply.status).toBe(200);
    expect(reply.body.error).toEqual({ code: 'TOO_LARGE', message: '“plain.md” is 9.0 MB, over the import limit of 8.0 MB for Markdown files. Split it into smaller files, then import them.' });
  });
});

describe('the shared table of import formats', () => {
  it('finds extensions as Node does, so the page and the main side pick the same format', () => {
    for (const name of ['a.md', 'A.MD', '.md', 'notes', 'a.b.pdf', 'dir/x.txt', '..md', 'a.', 'x.tar.gz', 'Álvaro.Docx']) {
      expect(fileExtension(name)).toBe(extname(name).toLowerCase());
    }
  });
});
