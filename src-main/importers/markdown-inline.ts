/**
 * The plain text a reader sees in Markdown inline content: emphasis, links and inline HTML
 * reduced to their words, link targets dropped, images to their alt text, backslash escapes
 * resolved and HTML entities decoded. Works on marked's token tree.
 */
import type { MarkedToken, Token } from 'marked';
import { parseHTML } from 'linkedom';

const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;
// Elements whose boundaries separate words; everything else runs inline.
const BLOCK_ELEMENTS = new Set(
  'address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul'.split(' '),
);
const SILENT_ELEMENTS = new Set(['script', 'style', 'template', 'noscript']);

const { document } = parseHTML('<!doctype html><html><body></body></html>');

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

function collectText(node: DomNode, out: string[]): void {
  if (node.nodeType === 3) {
    out.push(node.textContent ?? '');
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 11) return; // comments and the rest say nothing
  const name = node.nodeName.toLowerCase();
  if (SILENT_ELEMENTS.has(name)) return;
  const separates = BLOCK_ELEMENTS.has(name);
  if (separates) out.push(' ');
  for (let i = 0; i < node.childNodes.length; i++) collectText(node.childNodes[i], out);
  if (separates) out.push(' ');
}

/** The words of an HTML fragment (tags and comments dropped, entities decoded, block edges kept as spaces). */
export function htmlText(html: string): string {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  const out: string[] = [];
  collectText(holder as unknown as DomNode, out);
  return out.join('');
}

/** `text` with HTML entities (&amp;, &eacute;, &#8217;) decoded; everything else left as it is. */
export function decodeEntities(text: string): string {
  if (!ENTITY.test(text)) return text;
  return htmlText(text.replace(/</g, '&lt;').replace(/>/g, '&gt;'));
}

const LINE_BREAK_TAG = /^<br\s*\/?>$/i;

function tokenText(token: MarkedToken): string {
  switch (token.type) {
    case 'text':
      return token.tokens ? inlineText(token.tokens) : decodeEntities(token.text);
    case 'escape':
    case 'codespan':
      return token.text;
    case 'br':
      return ' ';
    case 'html':
      // Inline tags are dropped, their content (separate text tokens) stays.
      return LINE_BREAK_TAG.test(token.text.trim()) ? ' ' : '';
    case 'image':
      return token.tokens ? inlineText(token.tokens) : decodeEntities(token.text);
    case 'link':
    case 'em':
    case 'strong':
    case 'del':
      return inlineText(token.tokens);
    case 'checkbox':
      return '';
    default:
      return 'tokens' in token && Array.isArray(token.tokens) ? inlineText(token.tokens) : '';
  }
}

/** The plain text of a run of inline tokens (not yet whitespace-normalised). */
export function inlineText(tokens: Token[] | undefined): string {
  let text = '';
  for (const token of tokens ?? []) text += tokenText(token as MarkedToken);
  return text;
}
