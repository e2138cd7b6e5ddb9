/**
 * A run of text that claims cover, drawn as `<mark data-claim-id="PRIMARY" data-claim-ids="A B">`
 * plus a class for the primary claim's status, so CSS colours it and a click or hover finds the
 * claim. The primary id is the innermost claim covering the run.
 *
 * A text node that draws itself as a mark, not a MarkNode around a text node: a long source has
 * thousands of marks, and one Lexical node and one DOM element per run instead of two makes the
 * reader open faster. The mark's only child is the run's DOM text, as in a plain text node.
 */
import { $getDocument, TextNode, type EditorConfig, type NodeKey } from 'lexical';
import type { ClaimStatus } from '../../../src-main/contract/domain';

export type MarkTone = ClaimStatus;

function applyAttributes(element: HTMLElement, ids: readonly string[], tone: MarkTone): void {
  element.setAttribute('data-claim-id', ids[0] ?? '');
  element.setAttribute('data-claim-ids', ids.join(' '));
  element.className = `claim-mark claim-mark--${tone}${ids.length > 1 ? ' claim-mark--overlap' : ''}`;
}

export class ClaimMarkNode extends TextNode {
  /** @internal */
  __ids: readonly string[];
  /** @internal */
  __tone: MarkTone;

  override $config() {
    return this.config('claim-mark', { extends: TextNode });
  }

  constructor(text = '', ids: readonly string[] = [], tone: MarkTone = 'unassessed', key?: NodeKey) {
    super(text, key);
    this.__ids = ids;
    this.__tone = tone;
  }

  override afterCloneFrom(prevNode: this): void {
    super.afterCloneFrom(prevNode);
    this.__ids = prevNode.__ids;
    this.__tone = prevNode.__tone;
  }

  /** The claims covering this run, innermost first. */
  getIDs(): string[] {
    return [...this.getLatest().__ids];
  }

  getTone(): MarkTone {
    return this.getLatest().__tone;
  }

  setTone(tone: MarkTone): this {
    const self = this.getWritable();
    self.__tone = tone;
    return self;
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const element = $getDocument().createElement('mark');
    element.textContent = this.__text;
    applyAttributes(element, this.__ids, this.__tone);
    return element;
  }

  /** Any change draws the mark again (the reader replaces runs rather than editing them). */
  override updateDOM(prevNode: this, _element: HTMLElement, _config: EditorConfig): boolean {
    return prevNode.__text !== this.__text || prevNode.__tone !== this.__tone || prevNode.__ids.join(' ') !== this.__ids.join(' ');
  }
}

export function $createClaimMarkNode(text: string, ids: readonly string[], tone: MarkTone): ClaimMarkNode {
  return new ClaimMarkNode(text, ids, tone);
}

export function $isClaimMarkNode(node: unknown): node is ClaimMarkNode {
  return node instanceof ClaimMarkNode;
}
