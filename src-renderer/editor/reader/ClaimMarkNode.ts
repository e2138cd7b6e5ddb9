/**
 * A MarkNode that carries its claim ids into the DOM: `<mark data-claim-id="PRIMARY"
 * data-claim-ids="A B">` plus a class for the primary claim's status, so CSS colours it and a
 * click or hover finds the claim. The primary id is the innermost claim covering the run.
 */
import { MarkNode } from '@lexical/mark';
import { $getDocument, type EditorConfig, type NodeKey } from 'lexical';
import type { ClaimStatus } from '../../../src-main/contract/domain';

export type MarkTone = ClaimStatus;

function applyAttributes(element: HTMLElement, ids: readonly string[], tone: MarkTone): void {
  element.setAttribute('data-claim-id', ids[0] ?? '');
  element.setAttribute('data-claim-ids', ids.join(' '));
  element.className = `claim-mark claim-mark--${tone}${ids.length > 1 ? ' claim-mark--overlap' : ''}`;
}

export class ClaimMarkNode extends MarkNode {
  /** @internal */
  __tone: MarkTone;

  override $config() {
    return this.config('claim-mark', { extends: MarkNode });
  }

  constructor(ids: readonly string[] = [], tone: MarkTone = 'unassessed', key?: NodeKey) {
    super(ids, key);
    this.__tone = tone;
  }

  override afterCloneFrom(prevNode: this): void {
    super.afterCloneFrom(prevNode);
    this.__tone = prevNode.__tone;
  }

  getTone(): MarkTone {
    return this.getLatest().__tone;
  }

  setTone(tone: MarkTone): this {
    const self = this.getWritable();
    self.__tone = tone;
    return self;
  }

  // Not MarkNode's createDOM: its theme classes would be replaced at once (a source can have thousands of marks).
  override createDOM(_config: EditorConfig): HTMLElement {
    const element = $getDocument().createElement('mark');
    applyAttributes(element, this.__ids, this.__tone);
    return element;
  }

  override updateDOM(prevNode: this, element: HTMLElement, _config: EditorConfig): boolean {
    if (prevNode.__tone !== this.__tone || prevNode.__ids.join(' ') !== this.__ids.join(' ')) applyAttributes(element, this.__ids, this.__tone);
    return false;
  }
}

export function $createClaimMarkNode(ids: readonly string[], tone: MarkTone): ClaimMarkNode {
  return new ClaimMarkNode(ids, tone);
}

export function $isClaimMarkNode(node: unknown): node is ClaimMarkNode {
  return node instanceof ClaimMarkNode;
}
