// A careful zip reader for the worker jobs (plain JavaScript, see ../isolated-run.ts): it reads
// the central directory, refuses packages whose declared sizes pass a cap, and inflates each part
// with fflate into a buffer of exactly its declared size (fflate never grows a buffer it is
// given), then checks the part's length and CRC-32. A zip bomb thus costs at most the cap in
// memory, its time is bounded by the worker's deadline, and a damaged part is named and skipped
// rather than handed on. fflate does the inflating; it exposes neither CRCs nor offsets, hence
// the directory walk here.
import { inflateSync } from 'fflate';
import { crc32 } from 'node:zlib';
import { TextDecoder } from 'node:util';

export class ZipProblem extends Error {
  /** @param {'zip-broken' | 'too-large'} kind */
  constructor(kind, message) {
    super(message);
    this.kind = kind;
  }
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const utf8 = new TextDecoder('utf-8');

function directoryLocation(view) {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && last - at <= 65_535; at--) {
    if (view.getUint32(at, true) !== END_OF_DIRECTORY) continue;
    let count = view.getUint16(at + 10, true);
    let offset = view.getUint32(at + 16, true);
    if ((count === 0xffff || offset === 0xffffffff) && at >= 20 && view.getUint32(at - 20, true) === ZIP64_LOCATOR) {
      const end = Number(view.getBigUint64(at - 12, true));
      if (end + 56 > view.byteLength || view.getUint32(end, true) !== ZIP64_END) throw new ZipProblem('zip-broken', 'bad zip64 directory');
      count = Number(view.getBigUint64(end + 32, true));
      offset = Number(view.getBigUint64(end + 48, true));
    }
    return { count, offset };
  }
  throw new ZipProblem('zip-broken', 'no end of central directory');
}

/** Sizes and offset from a zip64 extra field, for the fields the entry marks as 0xffffffff. */
function zip64Values(view, extraStart, extraLength, entry) {
  for (let at = extraStart; at + 4 <= extraStart + extraLength; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const next = () => {
        if (field + 8 > at + 4 + size) throw new ZipProblem('zip-broken', 'short zip64 field');
        const value = Number(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.packedSize === 0xffffffff) entry.packedSize = next();
      if (entry.localOffset === 0xffffffff) entry.localOffset = next();
      return;
    }
    at += 4 + size;
  }
}

/** The central directory's entries. */
export function listEntries(bytes, maxEntries) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { count, offset } = directoryLocation(view);
  if (count > maxEntries) throw new ZipProblem('too-large', `${count} parts`);
  const entries = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY) throw new ZipProblem('zip-broken', `bad directory entry ${i}`);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength + extraLength > view.byteLength) throw new ZipProblem('zip-broken', `entry ${i} runs past the end`);
    const entry = {
      name: utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      packedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    };
    zip64Values(view, at + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** One part's bytes, or null when it is encrypted, compressed some other way, or damaged. */
function readEntry(bytes, view, entry) {
  if (entry.flags & 1 || (entry.method !== STORED && entry.method !== DEFLATED)) return null;
  const at = entry.localOffset;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL_HEADER) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.packedSize;
  if (end > bytes.length) return null;
  let data;
  try {
    data = entry.method === STORED ? bytes.slice(start, end) : inflateSync(bytes.subarray(start, end), { out: new Uint8Array(entry.size) });
  } catch {
    return null;
  }
  if (data.length !== entry.size || crc32(data) >>> 0 !== entry.crc) return null;
  return data;
}

/**
 * The package's files that `wanted` accepts, by name, and the names of those that could not be
 * read. Throws ZipProblem when the package itself is unreadable or its wanted files declare
 * more than the caps.
 */
export function readZip(bytes, { maxUnpackedBytes, maxEntries, wanted = () => true }) {
  const entries = listEntries(bytes, maxEntries);
  const named = entries.filter((e) => !e.name.endsWith('/'));
  if (named.length > 0 && named.every((e) => e.name === '')) throw new ZipProblem('zip-broken', 'the directory has no names');
  const files = named.filter((e) => e.name === '' || wanted(e.name));
  const declared = files.reduce((sum, e) => sum + e.size, 0);
  if (declared > maxUnpackedBytes) throw new ZipProblem('too-large', `${declared} bytes unpacked`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts = {};
  const damaged = [];
  for (const entry of files) {
    const data = entry.name === '' ? null : readEntry(bytes, view, entry);
    if (data) parts[entry.name] = data;
    else damaged.push(entry.name || '(unnamed)');
  }
  return { parts, damaged };
}
