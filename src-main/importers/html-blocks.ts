/**
 * Turns a (cleaned) DOM subtree into Casebook blocks: headings, paragraphs, list items, quotes,
 * tables and code. Only text nodes are read, and only outside the elements in SKIPPED, so
 * nothing of scripts, styles, embedded documents or form widgets can reach a block: this is
 * the sanitising step (see html.ts for why DOMPurify is not used).
 * Every walk here is iterative, and a node is visited once (twice inside a data table): deep or
 * huge pages cannot blow the stack or go quadratic.
 */
import type { DocBlock } from './types';
import { normaliseInline, normaliseMultiline } from '../core/text-normalise';
import { NON_TEXT_ELEMENTS } from './html-clean';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements whose content never becomes block text (the cleaning removed most of them already). */
const SKIPPED = new Set([
  ...NON_TEXT_ELEMENTS,
  'head', 'title', 'map', 'img', 'picture', 'option', 'optgroup',
  'annotation', 'annotation-xml', // the TeX source inside MathML
]);

const HEADINGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
const LISTS = new Set(['ul', 'ol', 'menu', 'dir']);
/** Elements that end the running paragraph where they start and where they end. */
const BLOCK_CONTAINERS = new Set([
  'html', 'body', 'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'address',
  'center', 'details', 'summary', 'dialog', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'fieldset', 'legend',
  'form', 'hgroup', 'search', 'noframes', 'caption', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup',
]);

type Context = { kind: 'paragraph' | 'quote' | 'list_item'; level?: number; listDepth: number };

const nameOf = (node: Node) => (node as Element).localName.toLowerCase();

/**
 * Visits the subtree of `root` in document order. `enter` returns true to descend into a node;
 * `exit` is then called once its children are done.
 */
function traverse(root: Node, enter: (node: Node) => boolean, exit: (node: Node) => void): void {
  let node: Node | null = root.firstChild;
  while (node) {
    if (enter(node)) {
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
      exit(node);
    }
    let current: Node = node;
    node = null;
    while (current !== root) {
      if (current.nextSibling) {
        node = current.nextSibling;
        break;
      }
      const parent: Node | null = current.parentNode;
      if (!parent || parent === root) break;
      exit(parent);
      current = parent;
    }
  }
}

/**
 * The text of an element's subtree as inline text: `<br>` and the edges of block elements
 * (list items, paragraphs inside a table cell…) become a space, or a line break in code.
 */
export function inlineText(root: Node, brAsNewline = false): string {
  const parts: string[] = [];
  const gap = brAsNewline ? '\n' : ' ';
  const isBlock = (name: string) => BLOCK_CONTAINERS.has(name) || name === 'li' || name in HEADINGS;
  traverse(
    root,
    (node) => {
      if (node.nodeType === TEXT_NODE) parts.push((node as Text).data);
      if (node.nodeType !== ELEMENT_NODE) return false;
      const name = nameOf(node);
      if (name === 'br' || isBlock(name)) parts.push(gap);
      return !SKIPPED.has(name);
    },
    (node) => {
      if (node.nodeType === ELEMENT_NODE && isBlock(nameOf(node))) parts.push(gap);
    },
  );
  return parts.join('');
}

const CELL_BLOCKS = new Set(['p', 'div', 'ul', 'ol', 'dl', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'section', 'article']);

/**
 * The rows of a table of data (rows and columns worth keeping as a table); undefined for a table
 * used for page layout, whose cells are walked as ordinary blocks. One pass over the table.
 */
function dataTableParts(table: Element): { rows: Element[]; caption?: Element } | undefined {
  const role = table.getAttribute('role')?.toLowerCase();
  if (role === 'presentation' || role === 'none') return undefined;
  const rows: Element[] = [];
  let caption: Element | undefined;
  let marked = table.hasAttribute('summary'); // header cells, a caption or a summary: surely data
  let blocksInside = false;
  let nested = false;
  traverse(
    table,
    (node) => {
      if (node.nodeType !== ELEMENT_NODE || nested) return false;
      const name = nameOf(node);
      if (name === 'table') nested = true; // tables in tables: layout
      else if (name === 'tr') rows.push(node as Element);
      else if (name === 'th' || name === 'thead') marked = true;
      else if (name === 'caption') {
        marked = true;
        caption ??= node as Element;
      } else if (CELL_BLOCKS.has(name)) blocksInside = true;
      return true;
    },
    () => {},
  );
  return !nested && (marked || !blocksInside) ? { rows, caption } : undefined;
}

/** A table as rows of cells joined by " | ", one row a line. */
function tableText(rows: Element[]): string {
  const lines: string[] = [];
  for (const row of rows) {
    const cells: string[] = [];
    for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) {
      const name = nameOf(cell);
      if (name === 'td' || name === 'th') cells.push(normaliseInline(inlineText(cell)));
    }
    if (cells.some((c) => c !== '')) lines.push(cells.join(' | '));
  }
  return normaliseMultiline(lines.join('\n'));
}

/** Walks `root` into blocks. */
export function blocksFromDom(root: Node): DocBlock[] {
  const blocks: DocBlock[] = [];
  const run: string[] = [];
  // True right after a <br> with nothing but white space since: a second one ends the paragraph.
  let afterBr = false;
  const top: Context = { kind: 'paragraph', listDepth: 0 };
  const contexts: { element: Node; context: Context }[] = [];
  const context = () => contexts[contexts.length - 1]?.context ?? top;

  const push = (block: DocBlock) => {
    if (block.text) blocks.push(block);
  };
  const flush = () => {
    afterBr = false;
    if (run.length === 0) return;
    const text = normaliseInline(run.join(''));
    run.length = 0;
    const { kind, level } = context();
    push(level === undefined ? { kind, text } : { kind, level, text });
  };
  const enterContext = (element: Node, next: Context) => {
    flush();
    contexts.push({ element, context: next });
  };

  const enter = (node: Node): boolean => {
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      if (afterBr && data.trim() !== '') afterBr = false;
      run.push(data);
      return false;
    }
    if (node.nodeType !== ELEMENT_NODE) return false;
    const name = nameOf(node);
    if (SKIPPED.has(name)) return false;
    const heading = HEADINGS[name];
    if (heading) {
      flush();
      push({ kind: 'heading', level: heading, text: normaliseInline(inlineText(node)) });
      return false;
    }
    switch (name) {
      case 'br':
        if (afterBr) flush();
        else {
          run.push(' ');
          afterBr = true;
        }
        return false;
      case 'hr':
        flush();
        return false;
      case 'pre':
        flush();
        push({ kind: 'code', text: normaliseMultiline(inlineText(node, true)) });
        return false;
      case 'table': {
        flush();
        const parts = dataTableParts(node as Element);
        if (!parts) return true; // a layout table: its cells are walked as blocks
        if (parts.caption) push({ kind: 'paragraph', text: normaliseInline(inlineText(parts.caption)) });
        push({ kind: 'table', text: tableText(parts.rows) });
        return false;
      }
      case 'blockquote':
        enterContext(node, { ...context(), kind: 'quote', level: undefined });
        return true;
      case 'li': {
        const { listDepth } = context();
        enterContext(node, { kind: 'list_item', level: Math.max(listDepth, 1), listDepth: Math.max(listDepth, 1) });
        return true;
      }
      default:
        if (LISTS.has(name)) enterContext(node, { ...context(), listDepth: context().listDepth + 1 });
        else if (BLOCK_CONTAINERS.has(name)) flush();
        return true;
    }
  };

  const exit = (node: Node) => {
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = nameOf(node);
    if (contexts.length > 0 && contexts[contexts.length - 1].element === node) {
      flush();
      contexts.pop();
    } else if (BLOCK_CONTAINERS.has(name)) {
      flush();
    }
  };

  traverse(root, enter, exit);
  flush();
  return blocks;
}
