/**
 * Browser mode's memory for one import (issue 13: a 50 MB import through browser mode peaked at
 * 1.26 GB). The real bridge runs in a child process of its own, fresh for each case; each case
 * warms it with a small import of the same format, then uploads one file as the page does (name
 * and size in headers, the body streamed) or as another tool might (no headers). Reported: the
 * child's peak resident memory (VmHWM) over its memory just before, against the file's size
 * (target: under 4×), and for a refused file how much of its body went out before the answer.
 *
 *   node --import tsx bench/upload-memory.ts
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { UPLOAD_FILE_NAME_HEADER, UPLOAD_FILE_SIZE_HEADER } from '../src-main/contract/import-formats';
import { ROOT, tempDir } from '../tests/helpers';
import { isMain } from './stats';

const MB = 1024 * 1024;

interface Case {
  label: string;
  fileName: string;
  bytes: number;
  /** Name and size in headers, as the page sends them. */
  declared: boolean;
}

const CASES: Case[] = [
  { label: '50 MB Markdown, declared (over its 8 MB limit)', fileName: 'huge.md', bytes: 50 * MB, declared: true },
  { label: '50 MB Markdown, no headers (another tool)', fileName: 'huge.md', bytes: 50 * MB, declared: false },
  { label: '30 MB text, declared (within its 32 MB limit)', fileName: 'capture.txt', bytes: 30 * MB, declared: true },
  { label: '7 MB Markdown, declared (within its 8 MB limit)', fileName: 'report.md', bytes: 7 * MB, declared: true },
];

export interface UploadMemoryCase {
  label: string;
  fileMB: number;
  status: number;
  outcome: string;
  /** Body megabytes this side had sent when the answer (or the closed connection) came. */
  sentMB: number;
  rssBeforeMB: number;
  peakRssMB: number;
  /** (peak − before) / file size. */
  peakOverFile: number;
}

function memoryOf(pid: number): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

/** Report-like text of `bytes` bytes (varied, so it is not one repeated line). */
function reportText(bytes: number, markdown: boolean): Buffer {
  const out = Buffer.alloc(bytes, 0x20);
  let at = 0;
  for (let i = 0; at < bytes; i++) {
    const line = `${markdown && i % 12 === 0 ? `## Section ${i / 12}\n\n` : ''}Paragraph ${i}: the delegation from Minsk met officials in Havana on ${1 + (i % 28)} March; the ministry said ${i * 7919} units were discussed.\n\n`;
    at += out.write(line, at);
  }
  return out;
}

interface Bridge {
  pid: number;
  port: number;
  token: string;
  stop(): Promise<void>;
}

function startBridgeProcess(workDir: string): Promise<Bridge> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tests', 'torture', 'bridge-child.ts'), join(workDir, 'notebook.sqlite'), workDir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    const closed = new Promise<void>((done) => child.on('close', () => done()));
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!out.includes('\n')) return;
      const { port, token } = JSON.parse(out.split('\n')[0]) as { port: number; token: string };
      resolve({ pid: child.pid!, port, token, stop: () => (child.kill('SIGKILL'), closed) });
    });
    child.on('error', reject);
    child.on('close', (code) => reject(new Error(`the bridge stopped before it started (exit ${code})`)));
  });
}

/** Streams `{fileName, data}` with the file's base64 in 3 MB pieces; stops sending once answered. */
function upload(bridge: Bridge, fileName: string, file: Buffer, declared: boolean): Promise<{ status: number; body: string; sent: number }> {
  const head = `{"fileName":${JSON.stringify(fileName)},"data":"`;
  const length = head.length + Math.ceil(file.length / 3) * 4 + 2;
  const headers: Record<string, string> = { Host: `127.0.0.1:${bridge.port}`, Authorization: `Bearer ${bridge.token}`, 'Content-Type': 'application/json', 'Content-Length': String(length) };
  if (declared) Object.assign(headers, { [UPLOAD_FILE_NAME_HEADER]: encodeURIComponent(fileName), [UPLOAD_FILE_SIZE_HEADER]: String(file.length) });
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = request({ host: '127.0.0.1', port: bridge.port, method: 'POST', path: '/api/call/sources.import', headers }, (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), sent }));
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (answered) return;
      if (error.code === 'EPIPE' || error.code === 'ECONNRESET') resolve({ status: 0, body: 'connection closed by the bridge', sent });
      else reject(error);
    });
    const pieces = [head, ...Array.from({ length: Math.ceil(file.length / (3 * MB)) }, (_, i) => i), '"}'];
    let next = 0;
    const more = () => {
      while (!answered && !req.destroyed && next < pieces.length) {
        const piece = pieces[next++];
        const text = typeof piece === 'string' ? piece : file.subarray(piece * 3 * MB, (piece + 1) * 3 * MB).toString('base64');
        sent += text.length;
        if (!req.write(text)) return void req.once('drain', more);
      }
      if (next === pieces.length) req.end();
    };
    more();
  });
}

async function runCase(c: Case): Promise<UploadMemoryCase> {
  const temp = tempDir('casebook-bench-upload-');
  const bridge = await startBridgeProcess(temp.dir);
  try {
    const markdown = c.fileName.endsWith('.md');
    const warmName = markdown ? 'warm.md' : 'warm.txt';
    await upload(bridge, warmName, reportText(64 * 1024, markdown), true);
    const file = reportText(c.bytes, markdown);
    const before = memoryOf(bridge.pid);
    const reply = await upload(bridge, c.fileName, file, c.declared);
    const after = memoryOf(bridge.pid);
    let outcome = reply.body;
    try {
      const parsed = JSON.parse(reply.body) as { ok: boolean; error?: { message: string }; value?: { source: { title: string } } };
      outcome = parsed.ok ? `imported (“${parsed.value?.source.title}”)` : (parsed.error?.message ?? reply.body);
    } catch {
      // not JSON: the closed connection's note
    }
    const peakGrowth = Math.max(0, after.hwm - before.rss);
    return {
      label: c.label,
      fileMB: c.bytes / MB,
      status: reply.status,
      outcome,
      sentMB: reply.sent / MB,
      rssBeforeMB: before.rss / MB,
      peakRssMB: after.hwm / MB,
      peakOverFile: peakGrowth / c.bytes,
    };
  } finally {
    await bridge.stop();
    temp.cleanup();
  }
}

export async function benchUploadMemory(): Promise<UploadMemoryCase[]> {
  const results: UploadMemoryCase[] = [];
  for (const c of CASES) results.push(await runCase(c));
  return results;
}

export function printUploadMemory(results: UploadMemoryCase[]): void {
  for (const r of results) {
    console.log(`${r.label}:`);
    console.log(`  answer ${r.status || 'none'}: ${r.outcome.slice(0, 140)}`);
    console.log(`  body sent before the answer ${r.sentMB.toFixed(1)} MB of ${((r.fileMB * 4) / 3).toFixed(1)} MB`);
    console.log(`  bridge RSS ${r.rssBeforeMB.toFixed(0)} MB before, peak ${r.peakRssMB.toFixed(0)} MB: peak growth ${r.peakOverFile.toFixed(2)}× the file (target < 4×)`);
  }
}

if (isMain(import.meta.url)) printUploadMemory(await benchUploadMemory());
