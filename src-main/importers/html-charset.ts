/**
 * Which character encoding an HTML file declares: a byte-order mark, else the first valid
 * `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">`, found with the
 * WHATWG "prescan a byte stream" algorithm (HTML § 13.2.3.2), and decoding by it.
 *
 * Unlike a browser's prescan this one does not stop after 1024 bytes: a browser that meets a
 * later <meta charset> while building the tree re-decodes the page by it, and so do we.
 */
import { decodeText, decodeWindows1252 } from './normalise';

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;

/** The WHATWG encoding name for a label ('utf-8', 'windows-1252', 'euc-jp'…), or undefined. */
export function encodingForLabel(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined; // not a label TextDecoder knows (or the "replacement" encoding)
  }
}

/** The encoding a BOM announces, or undefined. */
function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/**
 * The charset the file declares (BOM first, then meta tags), as a WHATWG encoding name
 * usable with TextDecoder; undefined when it declares none.
 */
export function detectHtmlCharset(bytes: Uint8Array): string | undefined {
  return bomEncoding(bytes) ?? prescan(bytes);
}

/** Decode an HTML file by its declared charset; without one, UTF-8 with a Windows-1252 fallback. */
export function decodeHtml(bytes: Uint8Array): { text: string; charset: string | undefined } {
  const charset = detectHtmlCharset(bytes);
  if (!charset) return { text: decodeText(bytes), charset };
  if (charset === 'windows-1252') return { text: decodeWindows1252(bytes), charset };
  return { text: new TextDecoder(charset).decode(bytes), charset }; // drops the BOM of its own encoding
}


const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x09 || b === 0x0c || b === 0x0d;
const isAsciiLetter = (b: number) => (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
const lower = (b: number) => (b >= 0x41 && b <= 0x5a ? b + 0x20 : b);

/** Thrown when the prescan runs off the end of the bytes: the spec says to give up then. */
class EndOfInput extends Error {}

class Scanner {
  pos = 0;
  /** Attribute names and values are only needed inside <meta>; elsewhere the scan just skips them. */
  wantText = false;
  constructor(readonly bytes: Uint8Array) {}

  byte(): number {
    if (this.pos >= this.bytes.length) throw new EndOfInput();
    return this.bytes[this.pos];
  }

  /** True when the bytes at pos spell `ascii` (case-insensitively). */
  startsWith(ascii: string): boolean {
    if (this.pos + ascii.length > this.bytes.length) return false;
    for (let i = 0; i < ascii.length; i++) {
      if (lower(this.bytes[this.pos + i]) !== ascii.charCodeAt(i)) return false;
    }
    return true;
  }

  /** Move to the first `>` at or after `from`. */
  skipToGreaterThan(from: number): void {
    const at = this.bytes.indexOf(GT, from);
    if (at < 0) throw new EndOfInput();
    this.pos = at;
  }

  /** Move to the `>` ending the first `-->` that starts after the `<` at pos. */
  skipComment(): void {
    let from = this.pos + 2; // the `--` of `<!--` may be part of the closing `-->`
    for (;;) {
      const at = this.bytes.indexOf(GT, from);
      if (at < 0) throw new EndOfInput();
      if (this.bytes[at - 1] === 0x2d && this.bytes[at - 2] === 0x2d) {
        this.pos = at;
        return;
      }
      from = at + 1;
    }
  }

  /** The bytes from..to as a lower-case string (ASCII case folding is all the prescan needs); '' when unwanted. */
  text(from: number, to: number): string {
    if (!this.wantText) return '';
    return Buffer.from(this.bytes.buffer, this.bytes.byteOffset + from, to - from).toString('latin1').toLowerCase();
  }

  /** "Get an attribute" of the prescan; undefined when the tag has no more attributes. */
  attribute(): { name: string; value: string } | undefined {
    while (isSpace(this.byte()) || this.byte() === SLASH) this.pos++;
    if (this.byte() === GT) return undefined;
    const nameStart = this.pos;
    // The name runs to white space, "/", ">" or an "=" that is not its first byte.
    for (let b = this.byte(); !isSpace(b) && b !== SLASH && b !== GT && !(b === EQUALS && this.pos > nameStart); b = this.byte()) this.pos++;
    const name = this.text(nameStart, this.pos);
    while (isSpace(this.byte())) this.pos++;
    if (this.byte() !== EQUALS) return { name, value: '' };
    this.pos++;
    while (isSpace(this.byte())) this.pos++;
    const first = this.byte();
    if (first === 0x22 || first === 0x27) {
      const end = this.bytes.indexOf(first, this.pos + 1);
      if (end < 0) throw new EndOfInput();
      const value = this.text(this.pos + 1, end);
      this.pos = end + 1;
      return { name, value };
    }
    if (first === GT) return { name, value: '' };
    const valueStart = this.pos;
    for (;;) {
      this.pos++;
      const b = this.byte();
      if (isSpace(b) || b === GT) return { name, value: this.text(valueStart, this.pos) };
    }
  }
}

function prescan(bytes: Uint8Array): string | undefined {
  const s = new Scanner(bytes);
  try {
    for (; s.pos < bytes.length; s.pos++) {
      s.pos = bytes.indexOf(LT, s.pos);
      if (s.pos < 0) break;
      if (s.startsWith('<!--')) {
        s.skipComment();
      } else if (s.startsWith('<meta') && s.pos + 5 < bytes.length && (isSpace(bytes[s.pos + 5]) || bytes[s.pos + 5] === SLASH)) {
        s.pos += 6;
        s.wantText = true;
        const found = metaCharset(s);
        s.wantText = false;
        if (found) return found;
      } else if (isAsciiLetter(bytes[s.pos + 1] ?? 0) || (bytes[s.pos + 1] === SLASH && isAsciiLetter(bytes[s.pos + 2] ?? 0))) {
        while (!isSpace(s.byte()) && s.byte() !== GT) s.pos++;
        while (s.attribute()) {
          /* skip the tag's attributes */
        }
      } else if (bytes[s.pos + 1] === 0x21 || bytes[s.pos + 1] === SLASH || bytes[s.pos + 1] === 0x3f) {
        s.skipToGreaterThan(s.pos + 1);
      }
    }
  } catch (error) {
    if (!(error instanceof EndOfInput)) throw error;
  }
  return undefined;
}

/** Reads the attributes of one <meta>; the encoding it declares, if any. */
function metaCharset(s: Scanner): string | undefined {
  const seen = new Set<string>();
  let gotPragma = false;
  let needPragma: boolean | null = null;
  let charset: string | null | undefined = null; // undefined: declared but not a known encoding
  for (let attr = s.attribute(); attr; attr = s.attribute()) {
    if (seen.has(attr.name)) continue;
    seen.add(attr.name);
    if (attr.name === 'http-equiv') {
      if (attr.value === 'content-type') gotPragma = true;
    } else if (attr.name === 'content') {
      const label = charsetFromContent(attr.value);
      if (label !== undefined && charset === null) {
        charset = encodingForLabel(label);
        needPragma = true;
      }
    } else if (attr.name === 'charset') {
      charset = encodingForLabel(attr.value);
      needPragma = false;
    }
  }
  if (needPragma === null || (needPragma && !gotPragma) || !charset) return undefined;
  if (charset === 'utf-16le' || charset === 'utf-16be') return 'utf-8';
  if (charset === 'x-user-defined') return 'windows-1252';
  return charset;
}

/** "Extract a character encoding from a meta element": the label after `charset=` in a content value. */
export function charsetFromContent(content: string): string | undefined {
  const text = content.toLowerCase();
  let from = 0;
  for (;;) {
    const at = text.indexOf('charset', from);
    if (at < 0) return undefined;
    let i = at + 7;
    while (i < text.length && /[\t\n\f\r ]/.test(text[i])) i++;
    if (text[i] !== '=') {
      from = i;
      continue;
    }
    i++;
    while (i < text.length && /[\t\n\f\r ]/.test(text[i])) i++;
    if (i >= text.length) return undefined;
    const quote = text[i];
    if (quote === '"' || quote === "'") {
      const end = text.indexOf(quote, i + 1);
      return end < 0 ? undefined : text.slice(i + 1, end);
    }
    let end = i;
    while (end < text.length && !/[\t\n\f\r ;]/.test(text[end])) end++;
    return text.slice(i, end);
  }
}
