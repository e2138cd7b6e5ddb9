/**
 * A passage of this source that a claim (usually in another source) cites as evidence:
 * `<mark class="evidence-mark evidence-mark--RELATION" data-evidence-ids="A B">`. Drawn apart
 * from claim marks (an underline in the relation's colour, no fill); it may wrap claim marks.
 */
import { MarkNode } from '@lexical/mark';
import { $getDocument, type EditorConfig, type NodeKey } from 'lexical';
import type { EvidenceRelation } from '../../../src-main/contract/domain';

function applyAttributes(element: HTMLElement, ids: readonly string[], relation: EvidenceRelation): void {
  element.dataset.evidenceIds = ids.join(' ');
  element.dataset.relation = relation;
  element.className = `evidence-mark evidence-mark--${relation}`;
}

export class EvidenceMarkNode extends MarkNode {
  /** @internal */
  __relation: EvidenceRelation;

  override $config() {
    return this.config('evidence-mark', { extends: MarkNode });
  }

  constructor(ids: readonly string[] = [], relation: EvidenceRelation = 'context', key?: NodeKey) {
    super(ids, key);
    this.__relation = relation;
  }

  override afterCloneFrom(prevNode: this): void {
    super.afterCloneFrom(prevNode);
    this.__relation = prevNode.__relation;
  }

  // Not MarkNode's createDOM: its theme classes would be replaced at once.
  override createDOM(_config: EditorConfig): HTMLElement {
    const element = $getDocument().createElement('mark');
    applyAttributes(element, this.__ids, this.__relation);
    return element;
  }

  override updateDOM(prevNode: this, element: HTMLElement, _config: EditorConfig): boolean {
    if (prevNode.__relation !== this.__relation || prevNode.__ids.join(' ') !== this.__ids.join(' ')) applyAttributes(element, this.__ids, this.__relation);
    return false;
  }
}

export function $createEvidenceMarkNode(ids: readonly string[], relation: EvidenceRelation): EvidenceMarkNode {
  return new EvidenceMarkNode(ids, relation);
}

export function $isEvidenceMarkNode(node: unknown): node is EvidenceMarkNode {
  return node instanceof EvidenceMarkNode;
}
