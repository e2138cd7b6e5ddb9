/**
 * Abuse of browser mode's loopback bridge, by a hostile page or program on this machine: missing,
 * wrong and near-miss tokens; foreign Host and Origin; malformed JSON and HTTP framing; a 50 MB
 * body; a wrong type for every field of every method (from the contract); static-file traversal;
 * 200 requests at once. Counted: requests accepted without the token, 5xx answers, and probes the
 * server was too slow to answer (it must stay responsive throughout).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import type { ZodObject, ZodRawShape } from 'zod';
import { schemas } from '../../src-main/contract/methods';
import { startBridge, type Bridge } from '../../src-main/bridge/server';

export interface AbuseCounts {
  requests: number;
  acceptedWithoutToken: number;
  serverErrors: number;
  slowProbes: number;
  failures: string[];
}

interface Reply {
  status: number;
  body: string;
}

const WRONG_VALUES: unknown[] = [0, -1, 1e308, 3.5, true, null, [], {}, [1, 2], 'x'.repeat(10), '', '\u0000', { $gt: '' }];

export async function abuseBridge({ workDir, scale = 1 }: { workDir: string; scale?: number }): Promise<AbuseCounts> {
  const renderer = join(workDir, 'renderer');
  mkdirSync(renderer, { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Casebook</title>');
  writeFileSync(join(workDir, 'secret.txt'), 'root:x:0:0: not to be served');
  const bridge = await startBridge({ notebookPath: join(workDir, 'abuse.sqlite'), rendererDir: renderer, host: '127.0.0.1', port: 0 });
  const counts: AbuseCounts = { requests: 0, acceptedWithoutToken: 0, serverErrors: 0, slowProbes: 0, failures: [] };
  const base = `http://127.0.0.1:${bridge.port}`;

  async function send(path: string, init: RequestInit & { expectRefused?: boolean } = {}): Promise<Reply> {
    counts.requests++;
    const response = await fetch(`${base}${path}`, init).catch((err: Error) => ({ status: 0, text: async () => err.message }));
    const reply = { status: response.status, body: await response.text() };
    if (reply.status >= 500) {
      counts.serverErrors++;
      counts.failures.push(`${init.method ?? 'GET'} ${path.slice(0, 80)}: ${reply.status} ${reply.body.slice(0, 120)}`);
    }
    if (init.expectRefused && reply.status >= 200 && reply.status < 300) {
      counts.acceptedWithoutToken++;
      counts.failures.push(`accepted without the token: ${path.slice(0, 80)} ${JSON.stringify(init.headers ?? {}).slice(0, 120)}`);
    }
    return reply;
  }
  const call = (method: string, body: string, headers: Record<string, string> = {}, expectRefused = false) =>
    send(`/api/call/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body, expectRefused });
  const authorised = { Authorization: `Bearer ${bridge.token}` };

  async function probe(part: string): Promise<void> {
    const started = Date.now();
    const reply = await call('notebook.info', '{}', authorised);
    if (reply.status !== 200 || Date.now() - started > 2_000) {
      counts.slowProbes++;
      counts.failures.push(`after ${part}: the server took ${Date.now() - started} ms to answer (status ${reply.status})`);
    }
  }

  try {
    await tokens(bridge, call);
    await probe('tokens');
    await hostsAndOrigins(bridge, call, counts);
    await probe('hosts and origins');
    await malformed(call, authorised, counts);
    await probe('malformed requests');
    await framing(bridge, counts);
    await probe('HTTP framing');
    await call('sources.import', `{"fileName":"big.txt","data":"${'A'.repeat(50 * 1024 * 1024)}`, authorised);
    await call('sources.import', 'x'.repeat(50 * 1024 * 1024), {}, true);
    await probe('50 MB bodies');
    await wrongTypes(call, authorised, scale);
    await probe('wrong types');
    await traversal(send, counts);
    await probe('traversal');
    await Promise.all([
      ...Array.from({ length: 100 }, () => call('sources.list', '{}', authorised)),
      ...Array.from({ length: 100 }, () => call('sources.list', '{}', {}, true)),
    ]);
    await probe('200 concurrent requests');
  } finally {
    await bridge.close();
  }
  return counts;
}

type Call = (method: string, body: string, headers?: Record<string, string>, expectRefused?: boolean) => Promise<Reply>;

async function tokens(bridge: Bridge, call: Call): Promise<void> {
  const t = bridge.token;
  const nearMisses = [t.slice(0, -1), `${t}x`, `${t.slice(0, -1)}${t.at(-1) === 'A' ? 'B' : 'A'}`, t.toUpperCase() === t ? t.toLowerCase() : t.toUpperCase(), t.slice(1), `${t}${t}`, encodeURIComponent(t) + '%00', ''];
  const headers: Record<string, string>[] = [{}, { Authorization: 'Bearer' }, { Authorization: 'Bearer wrong' }, { Authorization: `Basic ${t}` }, { Authorization: `bearer ${t.slice(2)}` }, { Cookie: `token=${t}` }, { 'X-Token': t }];
  for (const miss of nearMisses) headers.push({ Authorization: `Bearer ${miss}` });
  for (const h of headers) {
    await call('notebook.info', '{}', h, true);
    await call('briefs.create', '{"title":"intruder"}', h, true);
  }
  for (const miss of [t, ...nearMisses]) await call(`notebook.info?token=${encodeURIComponent(miss)}`, '{}', {}, true);
}

async function hostsAndOrigins(bridge: Bridge, call: Call, counts: AbuseCounts): Promise<void> {
  const auth = { Authorization: `Bearer ${bridge.token}` };
  for (const host of ['evil.example', `evil.example:${bridge.port}`, `127.0.0.1:${bridge.port + 1}`, `localhost.evil.example:${bridge.port}`, `127.0.0.2:${bridge.port}`]) {
    const reply = await rawRequest(bridge.port, `POST /api/call/notebook.info HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Bearer ${bridge.token}\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`);
    counts.requests++;
    if (reply.status === 200) {
      counts.acceptedWithoutToken++;
      counts.failures.push(`accepted under a foreign Host: ${host}`);
    }
  }
  const twoHosts = await rawRequest(bridge.port, `POST /api/call/notebook.info HTTP/1.1\r\nHost: 127.0.0.1:${bridge.port}\r\nHost: evil.example\r\nAuthorization: Bearer ${bridge.token}\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`);
  counts.requests++;
  if (twoHosts.status !== 400) counts.failures.push(`two Host headers were answered ${twoHosts.status}, not 400`);
  for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${bridge.port + 1}`, `https://127.0.0.1:${bridge.port}`]) {
    await call('briefs.create', '{"title":"from another page"}', { ...auth, Origin: origin }, true);
  }
}

async function malformed(call: Call, auth: Record<string, string>, counts: AbuseCounts): Promise<void> {
  const bodies = ['{', '[]', 'null', '"x"', '{"title":', '\u0000', '{"__proto__":{"admin":true}}', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, `{"a":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}`, '\ufeff{}'];
  for (const body of bodies) {
    const reply = await call('briefs.create', body, auth);
    if (reply.status === 200 && JSON.parse(reply.body).ok) counts.failures.push(`a malformed body was accepted: ${body.slice(0, 40)}`);
  }
  await call('notebook.info', '{}', { ...auth, 'Content-Type': 'text/plain' });
  await call('no.such.method', '{}', auth);
  await call('%ZZ', '{}', auth);
  await call('notebook.info/../../x', '{}', auth);
}

async function framing(bridge: Bridge, counts: AbuseCounts): Promise<void> {
  const p = bridge.port;
  const host = `Host: 127.0.0.1:${p}\r\n`;
  const raw = [
    'GARBAGE\r\n\r\n',
    `GET / HTTP/9.9\r\n${host}\r\n`,
    `POST /api/call/notebook.info HTTP/1.1\r\n${host}Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n`,
    `POST /api/call/notebook.info HTTP/1.1\r\n${host}Transfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\nZZZ\r\n{}\r\n0\r\n\r\n`,
    `POST /api/call/notebook.info HTTP/1.1\r\n${host}Content-Length: -1\r\n\r\n`,
    `POST /api/call/notebook.info HTTP/1.1\r\n${host}Content-Length: 1\r\nContent-Length: 2\r\n\r\n{}`,
    `GET / HTTP/1.1\r\n${host}X-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    `GET / HTTP/1.1\r\n${host}${Array.from({ length: 2_000 }, (_, i) => `X-${i}: ${i}\r\n`).join('')}\r\n`,
    `GET /${'a'.repeat(100_000)} HTTP/1.1\r\n${host}\r\n`,
    `GET / HTTP/1.1\r\nHost: 127.0.0.1:${p}\r\n\r\nGET / HTTP/1.1\r\nHost: evil\r\n\r\n`,
    `\u0000\u0001\u0002\r\n\r\n`,
  ];
  for (const request of raw) {
    const reply = await rawRequest(p, request);
    counts.requests++;
    if (reply.status >= 500) {
      counts.serverErrors++;
      counts.failures.push(`raw request answered ${reply.status}: ${JSON.stringify(request.slice(0, 60))}`);
    }
  }
  // A request that stops half-way, and a connection that never sends anything.
  await rawRequest(p, `POST /api/call/notebook.info HTTP/1.1\r\n${host}Content-Length: 1000\r\n\r\n{"half":`, 300);
  await rawRequest(p, '', 300);
}

async function wrongTypes(call: Call, auth: Record<string, string>, scale: number): Promise<void> {
  const methods = Object.entries(schemas as unknown as Record<string, ZodObject<ZodRawShape>>);
  const values = scale >= 1 ? WRONG_VALUES : WRONG_VALUES.slice(0, 3);
  for (const [method, schema] of methods) {
    const fields = Object.keys((schema as { shape?: ZodRawShape }).shape ?? {});
    for (const field of fields.length ? fields : ['extra']) {
      for (const value of values) await call(method, JSON.stringify({ [field]: value }), auth);
    }
    await call(method, JSON.stringify(values), auth);
  }
}

async function traversal(send: (path: string, init?: RequestInit & { expectRefused?: boolean }) => Promise<Reply>, counts: AbuseCounts): Promise<void> {
  const paths = ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/..%5csecret.txt', '//..//secret.txt', '/index.html%00.js', '/%c0%ae%c0%ae/secret.txt', '/....//secret.txt', '/../../../../../../etc/passwd', '/index.html/../../secret.txt'];
  for (const path of paths) {
    const reply = await send(path);
    if (reply.body.includes('root:')) counts.failures.push(`served a file outside the app: ${path}`);
  }
}

/** Sends raw bytes and reads the status line of the answer (0 when the server just closed). */
function rawRequest(port: number, request: string, waitMs = 3_000): Promise<Reply> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    const done = () => {
      socket.destroy();
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(data)?.[1] ?? 0);
      resolve({ status, body: data });
    };
    socket.setTimeout(waitMs, done);
    socket.on('data', (d) => {
      data += d.toString('latin1');
      // The status line and headers are all this needs: no waiting for a kept-alive connection to close.
      if (/^HTTP\/1\.[01] \d{3}/.test(data) && data.includes('\r\n\r\n')) done();
    });
    socket.on('error', done);
    socket.on('close', done);
    socket.on('connect', () => socket.write(request, 'latin1'));
  });
}

export function abuseSummary(c: AbuseCounts): string {
  return `bridge abuse: ${c.requests} requests, ${c.acceptedWithoutToken} accepted without the token, ${c.serverErrors} 5xx, ${c.slowProbes} slow or failed probes, ${c.failures.length} failures`;
}
