/**
 * Hostile variants of real files, one format at a time: generic byte damage for every format, and
 * the attacks each format invites (zip and XML bombs for DOCX, broken cross-reference tables and
 * page trees for PDF, deep and huge HTML, Markdown bombs). Seeded, so a failure can be replayed.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export type Format = 'txt' | 'md' | 'html' | 'pdf' | 'docx';
export interface Mutant {
  name: string;
  fileName: string;
  bytes: Buffer;
}
type Rng = () => number;
type Mutator = (seed: Buffer, rng: Rng) => Buffer;

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)];
const at = (rng: Rng, length: number) => Math.floor(rng() * Math.max(1, length));

const GENERIC: Record<string, Mutator> = {
  'byte flips': (seed, rng) => {
    const out = Buffer.from(seed);
    for (let i = 0, n = 1 + at(rng, 40); i < n; i++) out[at(rng, out.length)] ^= 1 << at(rng, 8);
    return out;
  },
  truncation: (seed, rng) => seed.subarray(0, at(rng, seed.length)),
  duplication: (seed, rng) => {
    const start = at(rng, seed.length);
    const piece = seed.subarray(start, start + 1 + at(rng, 4096));
    const where = at(rng, seed.length);
    return Buffer.concat([seed.subarray(0, where), ...Array.from({ length: 1 + at(rng, 50) }, () => piece), seed.subarray(where)]);
  },
  'NUL bytes': (seed, rng) => {
    const out = Buffer.from(seed);
    for (let i = 0, n = 1 + at(rng, 200); i < n; i++) out[at(rng, out.length)] = 0;
    return out;
  },
  'invalid UTF-8': (seed, rng) => {
    const bad = [Buffer.from([0xc3, 0x28]), Buffer.from([0xff, 0xfe, 0xfd]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xf4, 0x90, 0x80, 0x80]), Buffer.from([0xe2, 0x82])];
    const parts: Buffer[] = [];
    let last = 0;
    for (let i = 0, n = 1 + at(rng, 30); i < n; i++) {
      const where = Math.max(last, at(rng, seed.length));
      parts.push(seed.subarray(last, where), pick(rng, bad));
      last = where;
    }
    parts.push(seed.subarray(last));
    return Buffer.concat(parts);
  },
  BOMs: (seed, rng) => Buffer.concat([pick(rng, [Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from([0xff, 0xfe]), Buffer.from([0xfe, 0xff]), Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf])]), seed]),
};

function zipEntries(seed: Buffer): Record<string, Uint8Array> {
  return unzipSync(new Uint8Array(seed));
}
const rezip = (entries: Record<string, Uint8Array>) => Buffer.from(zipSync(entries));

/** A mutator that uses no randomness, computed once per seed file. */
function sameForSeed(make: (seed: Buffer) => Buffer): Mutator {
  const made = new WeakMap<Buffer, Buffer>();
  return (seed) => {
    if (!made.has(seed)) made.set(seed, make(seed));
    return made.get(seed)!;
  };
}

const DOCX: Record<string, Mutator> = {
  'zip entry corruption': (seed, rng) => {
    // Damages bytes inside the compressed data of one entry (after its local header).
    const out = Buffer.from(seed);
    const headers: number[] = [];
    for (let i = out.indexOf('PK\x03\x04'); i >= 0; i = out.indexOf('PK\x03\x04', i + 4)) headers.push(i);
    const header = headers.length ? pick(rng, headers) : 0;
    for (let i = 0; i < 20; i++) out[Math.min(out.length - 1, header + 40 + at(rng, 400))] ^= 0xff;
    return out;
  },
  // The same bytes for the same seed every time (no randomness), and costly to make: made once per seed.
  'zip bomb': sameForSeed((seed) => {
    const entries = zipEntries(seed);
    entries['word/document.xml'] = new Uint8Array(300 * 1024 * 1024).fill(0x20);
    return Buffer.from(zipSync(entries, { level: 9 }));
  }),
  'XML bomb': (seed) => {
    const entries = zipEntries(seed);
    const lol = ['<!DOCTYPE w [<!ENTITY a "lollollollollollollollollollol">'];
    for (let i = 1; i < 10; i++) lol.push(`<!ENTITY ${String.fromCharCode(97 + i)} "${`&${String.fromCharCode(96 + i)};`.repeat(10)}">`);
    lol.push(']>');
    entries['word/document.xml'] = strToU8(`<?xml version="1.0"?>${lol.join('')}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&j;</w:t></w:r></w:p></w:body></w:document>`);
    return rezip(entries);
  },
  'deep XML': (seed) => {
    const entries = zipEntries(seed);
    const depth = 100_000;
    entries['word/document.xml'] = strToU8(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${'<w:sdt><w:sdtContent>'.repeat(depth)}<w:p><w:r><w:t>deep</w:t></w:r></w:p>${'</w:sdtContent></w:sdt>'.repeat(depth)}</w:body></w:document>`);
    return rezip(entries);
  },
  'missing document part': (seed) => {
    const entries = zipEntries(seed);
    delete entries['word/document.xml'];
    return rezip(entries);
  },
  'garbled document part': (seed, rng) => {
    const entries = zipEntries(seed);
    const xml = entries['word/document.xml'] ? strFromU8(entries['word/document.xml']) : '';
    const cut = at(rng, xml.length);
    entries['word/document.xml'] = strToU8(xml.slice(0, cut) + '<<<&&&' + xml.slice(cut + 1 + at(rng, 200)));
    return rezip(entries);
  },
};

const PDF: Record<string, Mutator> = {
  'xref damage': (seed, rng) => {
    const text = seed.toString('latin1');
    const xref = text.lastIndexOf('xref');
    if (xref < 0) return GENERIC['byte flips'](seed, rng);
    const damaged = text.slice(xref).replace(/\d{10} \d{5} [nf]/g, (entry) => (rng() < 0.5 ? `${String(at(rng, 9_999_999_999)).padStart(10, '0')} 00000 n` : entry));
    return Buffer.from(text.slice(0, xref) + damaged, 'latin1');
  },
  'startxref damage': (seed, rng) => Buffer.from(seed.toString('latin1').replace(/startxref\s+\d+/, `startxref\n${at(rng, 1e9)}`), 'latin1'),
  'page tree cycle': (seed) => Buffer.from(seed.toString('latin1').replace(/\/Kids\s*\[([^\]]*)\]/, (_m, kids: string) => `/Kids [${kids} ${kids} 1 0 R 2 0 R]`).replace(/\/Count\s+\d+/, '/Count 999999999'), 'latin1'),
  'stream length lies': (seed, rng) => Buffer.from(seed.toString('latin1').replace(/\/Length\s+\d+/g, () => `/Length ${pick(rng, [0, 1, 999_999_999, -5])}`), 'latin1'),
  'no trailer': (seed) => {
    const text = seed.toString('latin1');
    const cut = text.lastIndexOf('trailer');
    return Buffer.from(cut > 0 ? text.slice(0, cut) : text.slice(0, text.length >> 1), 'latin1');
  },
};

const HTML: Record<string, Mutator> = {
  'deep nesting': (seed, rng) => Buffer.from(`<html><body>${'<div>'.repeat(5_000 + at(rng, 100_000))}deep</body></html>`),
  'huge document': () => Buffer.from(`<html><body>${'<p>para <b>bold</b> <a href="#x">link</a></p>\n'.repeat(120_000)}</body></html>`),
  'huge attribute': () => Buffer.from(`<html><body><p title="${'x'.repeat(8_000_000)}">t</p></body></html>`),
  'unclosed tags': (seed, rng) => Buffer.from(seed.toString('utf8').replace(/<\/[a-z0-9]+>/gi, () => (rng() < 0.7 ? '' : '</'))),
  'entity soup': () => Buffer.from(`<html><body><p>${'&amp;&#x41;&#65;&nbsp;&bogus;&#x110000;&#0;'.repeat(100_000)}</p></body></html>`),
  'table bomb': () => Buffer.from(`<table>${'<tr>' + '<td colspan="1000" rowspan="1000">x</td>'.repeat(200) + '</tr>'}</table>`.repeat(50)),
};

const MARKDOWN: Record<string, Mutator> = {
  'deep quotes': (_s, rng) => Buffer.from(`${'> '.repeat(5_000 + at(rng, 20_000))}deep\n`),
  'nested emphasis': (_s, rng) => Buffer.from(`${'*_'.repeat(20_000 + at(rng, 300_000))}x\n`),
  'entity runs': (_s, rng) => Buffer.from('&amp; '.repeat(6_000 + at(rng, 100_000))),
  'front matter flood': (_s, rng) => Buffer.from(`---\n${Array.from({ length: 10_000 + at(rng, 50_000) }, (_, i) => `key${i}: value ${i}`).join('\n')}\n---\n# Title\n`),
  'deep list': (_s, rng) => Buffer.from(Array.from({ length: 500 + at(rng, 1_000) }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')),
  'raw HTML blocks': () => Buffer.from('<div>\n<span>x</span>\n</div>\n\n'.repeat(10_000)),
  'div bomb': (_s, rng) => Buffer.from(`${'<div>'.repeat(5_000 + at(rng, 10_000))}x`),
  'link bomb': () => Buffer.from('[a]('.repeat(50_000)),
};

const SPECIFIC: Record<Format, Record<string, Mutator>> = { txt: {}, md: MARKDOWN, html: HTML, pdf: PDF, docx: DOCX };

/** `count` mutants of `seeds` in `format`: every kind in turn, each seeded by `rng`. */
export function mutants(format: Format, seeds: Buffer[], count: number, rng: Rng): Mutant[] {
  const kinds = Object.entries({ ...GENERIC, ...SPECIFIC[format] });
  const out: Mutant[] = [];
  for (let i = 0; i < count; i++) {
    const [kind, mutate] = kinds[i % kinds.length];
    const seed = seeds[i % seeds.length];
    out.push({ name: `${format} #${i} ${kind}`, fileName: `mutant-${i}.${format}`, bytes: mutate(seed, rng) });
  }
  return out;
}

export function mutatorCount(format: Format): number {
  return Object.keys(GENERIC).length + Object.keys(SPECIFIC[format]).length;
}
