/**
 * The plain text a reader sees in Markdown inline content: emphasis, links and inline HTML
 * reduced to their words, link targets dropped, images to their alt text, backslash escapes
 * resolved and HTML entities decoded. Works on marked's token tree.
 */
import type { MarkedToken, Token } from 'marked';
import { parseHTML } from 'linkedom';
import { measureMarkup } from './html-size-guard';

const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;
const ENTITIES = /&(#\d{1,8}|#x[0-9a-f]{1,7}|[a-z][a-z0-9]{0,31});/gi;
// Elements whose boundaries separate words; everything else runs inline.
const BLOCK_ELEMENTS = new Set(
  'address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul'.split(' '),
);
const SILENT_ELEMENTS = new Set(['script', 'style', 'template', 'noscript']);
/** HTML nested deeper than this (or with more elements) is read without a DOM: real Markdown's inline HTML nests a few levels. */
const MAX_HTML_DEPTH = 100;
const MAX_HTML_ELEMENTS = 20_000;

const { document } = parseHTML('<!doctype html><html><body></body></html>');

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** The text under `root`, block edges as spaces; walked without recursion (no depth can overflow the stack). */
function collectText(root: DomNode): string {
  const out: string[] = [];
  const stack: (DomNode | string)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === 'string') {
      out.push(node);
      continue;
    }
    if (node.nodeType === 3) {
      out.push(node.textContent ?? '');
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) continue; // comments and the rest say nothing
    const name = node.nodeName.toLowerCase();
    if (SILENT_ELEMENTS.has(name)) continue;
    const separates = BLOCK_ELEMENTS.has(name);
    if (separates) {
      out.push(' ');
      stack.push(' '); // after the children
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]);
  }
  return out.join('');
}

/** Named entities decoded once each by the DOM (linkedom knows all of HTML's), then remembered. */
const namedEntities = new Map<string, string>();
const MAX_REMEMBERED_ENTITIES = 5_000;

function namedEntity(whole: string): string {
  let decoded = namedEntities.get(whole);
  if (decoded === undefined) {
    const holder = document.createElement('div');
    holder.innerHTML = whole;
    decoded = holder.textContent ?? whole;
    if (namedEntities.size < MAX_REMEMBERED_ENTITIES) namedEntities.set(whole, decoded);
  }
  return decoded;
}

function decodeEntity(whole: string, name: string): string {
  if (name[0] !== '#') return namedEntity(whole);
  const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

/**
 * `text` with HTML entities (&amp;, &eacute;, &#8217;) decoded; everything else left as it is.
 * One pass over the text: decoding through a DOM made a text node per entity, and time grew
 * with the square of their number (20,000 "&amp; " took minutes).
 */
export function decodeEntities(text: string): string {
  if (!ENTITY.test(text)) return text;
  return text.replace(ENTITIES, decodeEntity);
}

// Characters that would change the markup if an entity became them before parsing: kept aside as
// private-use stand-ins and put back in the text afterwards.
const MARKUP_CHARACTERS = '<>&"\'';
const STAND_INS = '\ue000\ue001\ue002\ue003\ue004';
const STAND_IN = /[\ue000-\ue004]/g;

/** Markup with its entities decoded in one pass, those that would be markup as stand-ins. */
function predecode(html: string): string {
  return html.replace(STAND_IN, ' ').replace(ENTITIES, (whole, name: string) => {
    const decoded = decodeEntity(whole, name);
    const markup = MARKUP_CHARACTERS.indexOf(decoded);
    return markup >= 0 ? STAND_INS[markup] : decoded;
  });
}

/** The words of markup too deep or too large for a DOM: tags dropped, block tags as spaces. */
function textWithoutDom(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<[^>]*>/g, (tag) => (/^<\/?(?:p|div|li|tr|td|th|h[1-6]|br|hr|blockquote|section|article|table|ul|ol|dd|dt)\b/i.test(tag) ? ' ' : '')),
  );
}

/** The words of an HTML fragment (tags and comments dropped, entities decoded, block edges kept as spaces). */
export function htmlText(html: string): string {
  const size = measureMarkup(html, { depth: MAX_HTML_DEPTH, elements: MAX_HTML_ELEMENTS });
  if (size.depth > MAX_HTML_DEPTH || size.elements > MAX_HTML_ELEMENTS) return textWithoutDom(html);
  const holder = document.createElement('div');
  holder.innerHTML = predecode(html);
  return collectText(holder as unknown as DomNode).replace(STAND_IN, (c) => MARKUP_CHARACTERS[STAND_INS.indexOf(c)]);
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
