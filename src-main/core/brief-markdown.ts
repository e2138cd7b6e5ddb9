/**
 * Markdown → a brief's Lexical editor state (JSON), for analysts who draft elsewhere: headings,
 * paragraphs, quotes, bullet and numbered lists (nested by indentation), bold, italic,
 * strikethrough, inline code, links (http, https, mailto) and `[[clm_…]]` claim references.
 * Only nodes the brief editor knows are made; anything else (rules, HTML, images) stays as text.
 */

type Json = Record<string, unknown>;

const FORMAT = { bold: 1, italic: 2, strike: 4, code: 16 } as const;
const CLAIM_REF = /^\[\[\s*(clm_[A-Za-z0-9_-]+)\s*\]\]/;

const element = (type: string, children: Json[], extra: Json = {}): Json => ({ type, children, direction: 'ltr', format: '', indent: 0, version: 1, ...extra });
const textNode = (text: string, format: number): Json => ({ type: 'text', text, format, detail: 0, mode: 'normal', style: '', version: 1 });

/** A claim reference as the editor saves it; `statement` is filled in by the caller. */
const claimRef = (claimId: string): Json => ({ type: 'claim-reference', version: 1, claimId, statement: '' });

function safeUrl(raw: string): string | null {
  try {
    const url = new URL(raw.trim());
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** Finds the closing `delim` of an emphasis opened at `from`, not right after a space. */
function closing(s: string, delim: string, from: number): number {
  let at = s.indexOf(delim, from);
  while (at !== -1 && (at === from || /\s/.test(s[at - 1]) || s[at - 1] === '\\')) at = s.indexOf(delim, at + 1);
  return at;
}

export function parseInline(s: string, format = 0): Json[] {
  const out: Json[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer) out.push(textNode(buffer, format));
    buffer = '';
  };
  let i = 0;
  while (i < s.length) {
    const rest = s.slice(i);
    const ref = rest.match(CLAIM_REF);
    if (ref) {
      flush();
      out.push(claimRef(ref[1]));
      i += ref[0].length;
      continue;
    }
    if (s[i] === '\\' && i + 1 < s.length && /[\\`*_[\]~#>+\-.!()|&<=]/.test(s[i + 1])) {
      buffer += s[i + 1];
      i += 2;
      continue;
    }
    if (s[i] === '`') {
      const end = s.indexOf('`', i + 1);
      if (end > i + 1) {
        flush();
        out.push(textNode(s.slice(i + 1, end), format | FORMAT.code));
        i = end + 1;
        continue;
      }
    }
    const link = rest.match(/^\[([^\]]+)\]\(([^)\s]+)\)/);
    if (link) {
      flush();
      const url = safeUrl(link[2]);
      const children = parseInline(link[1], format);
      if (url) out.push(element('link', children, { url, rel: 'noreferrer', target: null, title: null }));
      else out.push(...children);
      i += link[0].length;
      continue;
    }
    const delim = ['**', '__', '~~', '*', '_'].find((d) => rest.startsWith(d));
    // "_" opens emphasis only at the start of a word (snake_case stays text).
    const opens = delim && !/\s/.test(s[i + delim.length] ?? ' ') && !(delim[0] === '_' && /\w/.test(s[i - 1] ?? ''));
    if (delim && opens) {
      const end = closing(s, delim, i + delim.length);
      if (end > 0 && !(delim[0] === '_' && /\w/.test(s[end + delim.length] ?? ''))) {
        flush();
        const bit = delim === '~~' ? FORMAT.strike : delim.length === 2 ? FORMAT.bold : FORMAT.italic;
        out.push(...parseInline(s.slice(i + delim.length, end), format | bit));
        i = end + delim.length;
        continue;
      }
    }
    buffer += s[i];
    i++;
  }
  flush();
  return out;
}

/** A paragraph's lines: a line ending in two spaces or a backslash breaks the line, others flow on. */
function inlineLines(lines: string[], format = 0): Json[] {
  const out: Json[] = [];
  lines.forEach((raw, n) => {
    const hard = /( {2,}|\\)$/.test(raw) && n < lines.length - 1;
    const line = raw.replace(/( {2,}|\\)$/, '').trim();
    out.push(...parseInline(line, format));
    if (n < lines.length - 1) out.push(hard ? { type: 'linebreak', version: 1 } : textNode(' ', format));
  });
  // Adjacent plain runs with the same format read better as one.
  return out.reduce<Json[]>((acc, node) => {
    const last = acc[acc.length - 1];
    if (last && last.type === 'text' && node.type === 'text' && last.format === node.format) last.text = `${String(last.text)}${String(node.text)}`;
    else acc.push({ ...node });
    return acc;
  }, []);
}

const LIST_ITEM = /^(\s*)([-*+]|\d{1,9}[.)])\s+(.*)$/;
const indentOf = (line: string) => line.replace(/\t/g, '    ').match(/^ */)?.[0].length ?? 0;

interface Item {
  indent: number;
  ordered: boolean;
  lines: string[];
  children: Item[];
}

function listNode(items: Item[]): Json {
  const ordered = items[0].ordered;
  const nodes: Json[] = [];
  items.forEach((item) => {
    nodes.push(element('listitem', inlineLines(item.lines), { value: nodes.length + 1 }));
    // Lexical keeps a nested list in a list item of its own.
    if (item.children.length) nodes.push(element('listitem', [listNode(item.children)], { value: nodes.length + 1 }));
  });
  return element('list', nodes, { listType: ordered ? 'number' : 'bullet', tag: ordered ? 'ol' : 'ul', start: 1 });
}

/** Lines of one list → its items, nested by indentation. */
function parseList(lines: string[]): Item[] {
  const top: Item[] = [];
  const stack: Item[] = [];
  for (const line of lines) {
    const m = line.match(LIST_ITEM);
    if (!m) {
      stack[stack.length - 1]?.lines.push(line.trim());
      continue;
    }
    const item: Item = { indent: indentOf(m[1]), ordered: /\d/.test(m[2]), lines: [m[3]], children: [] };
    while (stack.length && stack[stack.length - 1].indent >= item.indent) stack.pop();
    (stack.length ? stack[stack.length - 1].children : top).push(item);
    stack.push(item);
  }
  return top;
}

/** Markdown text → a Lexical editor state with `statement: ''` in every claim reference. */
export function markdownToBriefDoc(markdown: string): { root: Json } {
  const lines = markdown.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '').split('\n');
  const blocks: Json[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (!line.trim()) {
      i++;
      continue;
    }
    const heading = line.match(/^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/);
    if (heading) {
      blocks.push(element('heading', inlineLines([heading[2]]), { tag: `h${heading[1].length}` }));
      i++;
      continue;
    }
    const fence = line.match(/^\s{0,3}(```|~~~)/);
    if (fence) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !lines[i].trim().startsWith(fence[1])) body.push(lines[i++]);
      i++;
      for (const codeLine of body) blocks.push(element('paragraph', codeLine ? [textNode(codeLine, FORMAT.code)] : []));
      continue;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      i++; // a thematic break: the brief editor has no rule, so it is left out
      continue;
    }
    if (/^\s{0,3}>/.test(line)) {
      const quoted: string[] = [];
      while (i < lines.length && /^\s{0,3}>/.test(lines[i])) quoted.push(lines[i++].replace(/^\s{0,3}>\s?/, ''));
      blocks.push(element('quote', inlineLines(quoted)));
      continue;
    }
    if (LIST_ITEM.test(line)) {
      const listLines: string[] = [];
      while (i < lines.length && lines[i].trim() && (LIST_ITEM.test(lines[i]) || /^\s+\S/.test(lines[i]))) listLines.push(lines[i++]);
      blocks.push(listNode(parseList(listLines)));
      continue;
    }
    const para: string[] = [];
    while (i < lines.length && lines[i].trim() && !/^\s{0,3}(#{1,6}\s|>|```|~~~)/.test(lines[i]) && !LIST_ITEM.test(lines[i])) para.push(lines[i++]);
    blocks.push(element('paragraph', inlineLines(para)));
  }
  if (!blocks.length) blocks.push(element('paragraph', []));
  return { root: element('root', blocks) };
}

/** Every claim reference of a document made by `markdownToBriefDoc`, to fill in or refuse. */
export function claimReferenceNodes(doc: { root: Json }): Json[] {
  const found: Json[] = [];
  const walk = (n: Json) => {
    if (n.type === 'claim-reference') found.push(n);
    if (Array.isArray(n.children)) for (const c of n.children as Json[]) walk(c);
  };
  walk(doc.root);
  return found;
}
