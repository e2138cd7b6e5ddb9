/**
 * The browser-mode bridge, as a real server on a random loopback port over a real temp notebook:
 * who it answers, what it serves, and that changes reach the page as Server-Sent Events.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge, type Bridge } from '../../src-main/bridge/server';
import { isLoopbackAddress } from '../../src-main/bridge/request-guard';
import { readFixture, tempDir } from '../helpers';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

function send(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: { Host: `127.0.0.1:${port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Sends bytes as they are (what http.request would refuse to send) and reads the whole answer. */
function rawRequest(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(text));
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
  });
}

const json = (reply: Reply) => JSON.parse(reply.body) as { ok: boolean; value?: Record<string, unknown>; error?: { code: string; message: string } };

describe('browser-mode bridge', () => {
  const temp = tempDir();
  const rendererDir = join(temp.dir, 'renderer');
  let bridge: Bridge;
  let port: number;
  const auth = () => ({ Authorization: `Bearer ${bridge.token}`, 'Content-Type': 'application/json' });
  const call = (method: string, input: unknown, headers: Record<string, string> = auth()) =>
    send(port, { method: 'POST', path: `/api/call/${method}`, headers, body: JSON.stringify(input) });

  beforeAll(async () => {
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Casebook</title><script type="module" src="./assets/app.js"></script>');
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("app");');
    writeFileSync(join(temp.dir, 'secret.txt'), 'TOP SECRET NEXT TO THE APP');
    bridge = await startBridge({ notebookPath: join(temp.dir, 'notebook.sqlite'), rendererDir, host: '127.0.0.1' });
    port = bridge.port;
  });

  afterAll(async () => {
    await bridge?.close();
    temp.cleanup();
  });

  it('prints an address on the loopback interface with a fresh 32-byte token in the fragment', async () => {
    expect(bridge.url).toBe(`http://127.0.0.1:${port}/#token=${bridge.token}`);
    expect(Buffer.from(bridge.token, 'base64url')).toHaveLength(32);
    const other = await startBridge({ notebookPath: join(temp.dir, 'other.sqlite'), rendererDir });
    try {
      expect(other.token).not.toBe(bridge.token);
    } finally {
      await other.close();
    }
  });

  it('answers a call carrying the token with the dispatch’s Result', async () => {
    const reply = await call('notebook.info', {});
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toMatch(/^application\/json/);
    const result = json(reply);
    expect(result.ok).toBe(true);
    expect(result.value?.path).toBe(join(temp.dir, 'notebook.sqlite'));
    expect(result.value?.counts).toEqual({ sources: 0, claims: 0, evidence: 0, briefs: 0 });
  });

  it('refuses calls without the token, with a wrong one, or with the token in the query', async () => {
    const none = await call('notebook.info', {}, { 'Content-Type': 'application/json' });
    expect(none.status).toBe(401);
    expect(json(none).error?.code).toBe('UNAUTHORIZED');

    const wrongToken = `${bridge.token.slice(0, -1)}${bridge.token.endsWith('A') ? 'B' : 'A'}`;
    const wrong = await call('notebook.info', {}, { Authorization: `Bearer ${wrongToken}`, 'Content-Type': 'application/json' });
    expect(wrong.status).toBe(401);

    const short = await call('notebook.info', {}, { Authorization: 'Bearer x', 'Content-Type': 'application/json' });
    expect(short.status).toBe(401);

    const inQuery = await send(port, { method: 'POST', path: `/api/call/notebook.info?token=${bridge.token}`, headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(inQuery.status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding), even with the token, and for the page itself', async () => {
    const api = await call('notebook.info', {}, { ...auth(), Host: `evil.example:${port}` });
    expect(api.status).toBe(403);
    const page = await send(port, { path: '/', headers: { Host: 'evil.example' } });
    expect(page.status).toBe(403);
    const otherPort = await send(port, { path: '/', headers: { Host: `127.0.0.1:${port + 1}` } });
    expect(otherPort.status).toBe(403);
    const localhost = await send(port, { path: '/', headers: { Host: `localhost:${port}` } });
    expect(localhost.status).toBe(200);
  });

  it('refuses a request with two Host headers (400), whichever comes first', async () => {
    for (const hosts of [[`127.0.0.1:${port}`, 'evil.example'], ['evil.example', `127.0.0.1:${port}`]]) {
      const head = [
        'POST /api/call/notebook.info HTTP/1.1',
        ...hosts.map((h) => `Host: ${h}`),
        `Authorization: Bearer ${bridge.token}`,
        'Content-Type: application/json',
        'Content-Length: 2',
        'Connection: close',
      ];
      const reply = await rawRequest(port, `${head.join('\r\n')}\r\n\r\n{}`);
      expect(reply.split('\r\n')[0]).toBe('HTTP/1.1 400 Bad Request');
      expect(reply).toMatch(/more than one Host/);
    }
  });

  it('refuses requests sent by another site’s page (Origin), and accepts its own origin', async () => {
    const foreign = await call('notebook.info', {}, { ...auth(), Origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    const nullOrigin = await call('notebook.info', {}, { ...auth(), Origin: 'null' });
    expect(nullOrigin.status).toBe(403);
    const own = await call('notebook.info', {}, { ...auth(), Origin: `http://127.0.0.1:${port}` });
    expect(own.status).toBe(200);
    expect(json(own).ok).toBe(true);
  });

  it('accepts only loopback peers', () => {
    expect(['127.0.0.1', '::1', '::ffff:127.0.0.1', '127.4.5.6'].every(isLoopbackAddress)).toBe(true);
    expect(['10.0.0.2', '192.168.1.10', '::ffff:10.0.0.2', 'fe80::1', '', undefined].some(isLoopbackAddress)).toBe(false);
  });

  it('serves the renderer with its content type, the strict CSP and nosniff', async () => {
    const page = await send(port, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('<title>Casebook</title>');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');

    const script = await send(port, { path: '/assets/app.js' });
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await send(port, { path: '/assets/missing.js' })).status).toBe(404);
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/../package.json']) {
      const reply = await send(port, { path });
      expect(reply.status, path).not.toBe(200);
      expect(reply.body, path).not.toContain('TOP SECRET');
    }
  });

  it('answers an unknown method with a VALIDATION Result', async () => {
    const reply = await call('notebook.format', {});
    expect(reply.status).toBe(200);
    expect(json(reply)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(json(reply).error?.message).toContain('notebook.format');
  });

  it('passes invalid input to the dispatch’s validation, and refuses a body that is not JSON', async () => {
    const invalid = await call('sources.get', { id: 42 });
    expect(json(invalid)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const notJson = await send(port, { method: 'POST', path: '/api/call/notebook.info', headers: auth(), body: '{not json' });
    expect(notJson.status).toBe(400);
    expect(json(notJson).error?.code).toBe('VALIDATION');
  });

  it('delivers a change event over SSE after an import, and refuses the stream without the token', async () => {
    expect((await send(port, { path: '/api/events' })).status).toBe(401);

    const received = new Promise<{ headers: IncomingHttpHeaders; event: { entity: string; action: string; id: string } }>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path: `/api/events?token=${bridge.token}`, headers: { Host: `127.0.0.1:${port}` } }, (res) => {
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          if (buffer.includes(': connected')) void startImport();
          const match = /event: change\ndata: (.*)\n\n/.exec(buffer);
          if (match) {
            resolve({ headers: res.headers, event: JSON.parse(match[1]) });
            req.destroy();
          }
        });
      });
      req.on('error', reject);
      req.end();
    });
    let importReply: Promise<Reply> | undefined;
    const startImport = () => {
      importReply ??= call('sources.import', { fileName: 'report.txt', data: readFixture('reports', '000_f21f05dd4cd8cb1c.txt').toString('base64') });
    };

    const { headers, event } = await received;
    expect(headers['content-type']).toMatch(/^text\/event-stream/);
    const imported = json(await importReply!);
    expect(imported.ok).toBe(true);
    expect(event).toEqual({ entity: 'source', action: 'created', id: (imported.value?.source as { id: string }).id });
  });

  it('refuses a body over the size limit with a TOO_LARGE Result', async () => {
    const small = await startBridge({ notebookPath: join(temp.dir, 'small.sqlite'), rendererDir, maxBodyBytes: 1000 });
    try {
      const reply = await send(small.port, {
        method: 'POST',
        path: '/api/call/sources.import',
        headers: { Host: `127.0.0.1:${small.port}`, Authorization: `Bearer ${small.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ fileName: 'big.txt', data: Buffer.alloc(5000, 1).toString('base64') }),
      });
      expect(reply.status).toBe(413);
      expect(json(reply).error?.code).toBe('TOO_LARGE');
    } finally {
      await small.close();
    }
  });
});
