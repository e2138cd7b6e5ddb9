/**
 * Sources as BibTeX (@misc entries, with the biblatex fields url/urldate that reference managers
 * read). LaTeX's special characters are escaped; titles are double-braced so styles keep their
 * capitals; other Unicode is written as is (UTF-8).
 */
import type { Source } from '../contract/domain';
import { formatTimestamp, reliabilityLabel } from './brief-model';
import { cslItem, type CslName } from './csl-items';

const LATEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '^': '\\^{}',
  '~': '\\~{}',
  // In TeX's default font encoding these print as ¡ ¿ and a dash.
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '|': '\\textbar{}',
};

export function escapeLatex(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001F\u007F]+/g, ' ').replace(/[\\{}$&%#_^~<>|]/g, (c) => LATEX_SPECIALS[c]);
}

/** A URL as a verbatim field: only braces (which would end the field) and spaces are percent-encoded. */
function escapeUrl(url: string): string {
  return url.replace(/[{}\s\\]/g, (c) => encodeURIComponent(c));
}

function bibName(n: CslName): string {
  if (n.literal) return `{${escapeLatex(n.literal)}}`;
  return `${escapeLatex(n.family ?? '')}, ${escapeLatex(n.given ?? '')}`;
}

function asciiWord(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 2 && !['the', 'and', 'for', 'fact', 'sheet'].includes(w));
  return words[0] ?? 'source';
}

/** Readable, unique citation keys: firstword2021, firstword2021a… */
function citationKeys(sources: Source[]): Map<string, string> {
  const used = new Set<string>();
  const keys = new Map<string, string>();
  for (const s of sources) {
    const base = `${asciiWord(s.authors[0] ?? s.title)}${s.publishedAt?.slice(0, 4) ?? ''}`;
    let key = base;
    for (let n = 0; used.has(key); n++) key = `${base}${n < 26 ? String.fromCharCode(97 + n) : n}`;
    used.add(key);
    keys.set(s.id, key);
  }
  return keys;
}

function field(name: string, value: string): string {
  return `  ${name.padEnd(9)} = {${value}},`;
}

function entry(s: Source, key: string): string {
  const item = cslItem(s);
  const fields = [field('title', `{${escapeLatex(s.title)}}`)];
  if (item.author?.length) fields.push(field('author', item.author.map(bibName).join(' and ')));
  if (s.publisher) fields.push(field('publisher', escapeLatex(s.publisher)));
  if (s.publishedAt) {
    fields.push(field('year', s.publishedAt.slice(0, 4)));
    fields.push(field('date', s.publishedAt));
  }
  if (item.URL) {
    fields.push(field('url', escapeUrl(item.URL)));
    fields.push(field('urldate', s.capturedAt.slice(0, 10)));
    fields.push(field('howpublished', 'Web page'));
  }
  if (s.language) fields.push(field('language', escapeLatex(s.language)));
  const note = `Origin: ${s.origin}. Captured ${formatTimestamp(s.capturedAt)}. SHA-256 ${s.sha256}. Reliability ${reliabilityLabel(s.reliability)}.`;
  fields.push(field('note', escapeLatex(note)));
  return `@misc{${key},\n${fields.join('\n')}\n}`;
}

export function renderBibtex(sources: Source[]): string {
  const keys = citationKeys(sources);
  return `${sources.map((s) => entry(s, keys.get(s.id) ?? s.id)).join('\n\n')}\n`;
}
