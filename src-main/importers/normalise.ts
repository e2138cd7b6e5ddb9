/**
 * Decoding shared by every importer: bytes to text (UTF-8, UTF-16, Windows-1252), a binary
 * check, and a title from a file name. The archived original keeps every byte; the text
 * normalisation itself is in core/text-normalise.ts.
 */
import { basename, extname } from 'node:path';
import { normaliseInline } from '../core/text-normalise';

// Windows-1252 bytes 0x80–0x9F (WHATWG index); the five unassigned ones stay as they are.
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Windows-1252, decoded by hand: Node 20.18.3 and later decode the label as Latin-1, turning
 * bytes 0x80–0x9F (€, curly quotes, dashes…) into invisible control characters
 * (nodejs/node#60888). Windows-1252 is Latin-1 but for those 32 bytes.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]);
}

/** True when the bytes start with a UTF-16 byte order mark. */
export function hasUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

/** Decode bytes as UTF-16 (when a BOM says so) or UTF-8 (BOM dropped), else as Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  if (hasUtf16Bom(bytes)) return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/** True when bytes look binary (NUL bytes or many control characters early on, and no UTF-16 BOM): not a text file. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (hasUtf16Bom(bytes)) return false;
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/**
 * A title for a document that states none, from its file name: the extension dropped and
 * underscores read as spaces ("Foreign_relations_of_Belarus.md" → "Foreign relations of Belarus").
 */
export function titleFromFileName(fileName: string): string {
  const stem = basename(fileName, extname(fileName));
  return normaliseInline(stem.replace(/_+/g, ' ')) || stem;
}
