/**
 * A table block drawn as a real `<table>`: rows and cells are inline Lexical elements (so the
 * block's text content is exactly the block's text, with no "\n\n" between rows), and the
 * " | " and "\n" that separate cells and rows in the stored text sit in hidden separator spans.
 * Read-only display nodes of the reader; nothing here is ever serialised.
 */
import { ElementNode, type LexicalNode, type NodeKey } from 'lexical';

export class ReaderTableNode extends ElementNode {
  override $config() {
    return this.config('reader-table', { extends: ElementNode });
  }

  override createDOM(): HTMLElement {
    const table = document.createElement('table');
    table.className = 'reader-table';
    return table;
  }

  override updateDOM(): boolean {
    return false;
  }
}

export class ReaderTableRowNode extends ElementNode {
  override $config() {
    return this.config('reader-table-row', { extends: ElementNode });
  }

  override createDOM(): HTMLElement {
    return document.createElement('tr');
  }

  override updateDOM(): boolean {
    return false;
  }

  override isInline(): boolean {
    return true;
  }
}

export class ReaderTableCellNode extends ElementNode {
  /** @internal */
  __header: boolean;

  override $config() {
    return this.config('reader-table-cell', { extends: ElementNode });
  }

  constructor(header = false, key?: NodeKey) {
    super(key);
    this.__header = header;
  }

  override afterCloneFrom(prevNode: this): void {
    super.afterCloneFrom(prevNode);
    this.__header = prevNode.__header;
  }

  override createDOM(): HTMLElement {
    return document.createElement(this.__header ? 'th' : 'td');
  }

  override updateDOM(prevNode: this): boolean {
    return prevNode.__header !== this.__header;
  }

  override isInline(): boolean {
    return true;
  }
}

/** Characters of the stored text that the table shows as structure instead (" | ", "\n"). */
export class ReaderTableSeparatorNode extends ElementNode {
  override $config() {
    return this.config('reader-table-separator', { extends: ElementNode });
  }

  override createDOM(): HTMLElement {
    const span = document.createElement('span');
    span.className = 'reader-table__separator';
    span.setAttribute('aria-hidden', 'true');
    return span;
  }

  override updateDOM(): boolean {
    return false;
  }

  override isInline(): boolean {
    return true;
  }
}

export const READER_TABLE_NODES = [ReaderTableNode, ReaderTableRowNode, ReaderTableCellNode, ReaderTableSeparatorNode];

export const $createReaderTableNode = () => new ReaderTableNode();
export const $createReaderTableRowNode = () => new ReaderTableRowNode();
export const $createReaderTableCellNode = (header: boolean) => new ReaderTableCellNode(header);
export const $createReaderTableSeparatorNode = () => new ReaderTableSeparatorNode();

export function $isReaderTableNode(node: LexicalNode | null | undefined): node is ReaderTableNode {
  return node instanceof ReaderTableNode;
}
