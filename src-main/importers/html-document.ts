/**
 * Parses HTML with linkedom into a document that always has the html > head + body shape.
 *
 * linkedom (htmlparser2 underneath) does not build the implied elements an HTML5 parser adds:
 * "Test" gives a document with no root element, "<div>x</div>" makes the div the root, and in
 * "<html><p>x" the paragraph sits beside an absent body. Its `document.body` getter then
 * invents an empty <body> (or throws), so Readability and our walk would see no text.
 * Here stray nodes are moved where an HTML5 parser would have put them, near enough:
 * title/meta/link/base met before the body into <head>, everything else into <body>.
 */
import { parseHTML } from 'linkedom';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const COMMENT_NODE = 8;
const DOCUMENT_TYPE_NODE = 10;
const HEAD_ELEMENTS = new Set(['title', 'meta', 'link', 'base']);

const nameOf = (node: Node) => (node.nodeType === ELEMENT_NODE ? (node as Element).localName.toLowerCase() : '');
/** Nodes that may stay where they are: comments, doctypes, white space. */
const isInert = (node: Node) =>
  node.nodeType === COMMENT_NODE || node.nodeType === DOCUMENT_TYPE_NODE || (node.nodeType === TEXT_NODE && (node.textContent ?? '').trim() === '');

export function parsePage(html: string): Document {
  const { document } = parseHTML(html);
  ensureSkeleton(document);
  return document;
}

function ensureSkeleton(document: Document): void {
  let root = document.documentElement;
  if (!root || nameOf(root) !== 'html') {
    root = document.createElement('html');
    for (const node of Array.from(document.childNodes)) {
      if (node.nodeType !== DOCUMENT_TYPE_NODE) root.appendChild(node);
    }
    document.appendChild(root);
  } else {
    const beforeRoot: Node[] = [];
    let seenRoot = false;
    for (const node of Array.from(document.childNodes)) {
      if (node === root) seenRoot = true;
      else if (isInert(node)) continue;
      else if (seenRoot) root.appendChild(node);
      else beforeRoot.push(node);
    }
    const first = root.firstChild;
    for (const node of beforeRoot) root.insertBefore(node, first);
  }

  const children = Array.from(root.childNodes);
  let head = children.find((node) => nameOf(node) === 'head') as Element | undefined;
  let body = children.find((node) => nameOf(node) === 'body') as Element | undefined;
  if (!body) body = root.appendChild(document.createElement('body'));
  if (!head) head = document.createElement('head');
  if (root.firstElementChild !== head) root.insertBefore(head, root.firstChild);

  const beforeBody: Node[] = [];
  let seenBody = false;
  for (const node of children) {
    if (node === body) seenBody = true;
    if (node === head || node === body || isInert(node)) continue;
    if (!seenBody && HEAD_ELEMENTS.has(nameOf(node))) head.appendChild(node);
    else if (!seenBody) beforeBody.push(node);
    else body.appendChild(node);
  }
  const firstInBody = body.firstChild;
  for (const node of beforeBody) body.insertBefore(node, firstInBody);
}
