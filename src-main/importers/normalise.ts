/**
 * Text normalisation shared by every importer. The archived original keeps every byte;
 * the normalised text (what anchors and search point into) has one plain space where the
 * original had non-breaking, thin or other exotic spaces, and no zero-width characters.
 */

// Every Unicode space separator but the plain space, plus tab/CR/LF/FF/VT and the line/paragraph separators.
const SPACES = /[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
// Zero-width space/joiners, word joiner, BOM, soft hyphen.
const INVISIBLES = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** Normalise one block's text: NFC, exotic spaces to ' ', runs collapsed, invisibles dropped, trimmed. */
export function normaliseInline(text: string): string {
  return text.normalize('NFC').replace(INVISIBLES, '').replace(SPACES, ' ').trim();
}

/** Like normaliseInline, but keeps single line breaks (for table rows and code). */
export function normaliseMultiline(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLES, '')
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => line.replace(SPACES, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/** Whitespace-normalise a string the analyst typed (a quote to find), the same way as source text. */
export function normaliseQuery(text: string): string {
  return normaliseInline(text);
}

// Windows-1252's characters for bytes 0x80–0x9F (Node's TextDecoder gives C1 controls there).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
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
