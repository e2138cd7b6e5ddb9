/**
 * A claim referenced in the brief: serialised as { type: 'claim-reference', claimId, statement }
 * (the statement as it was when inserted), shown with the claim's current statement and status.
 */
import { DecoratorNode, type LexicalNode, type NodeKey, type SerializedLexicalNode, type Spread } from 'lexical';
import type { JSX } from 'react';
import { useQuery } from '../../app/use-query';
import { useDispatch } from '../../app/state';
import { StatusBadge } from '../../ui/badges';

export type SerializedClaimReferenceNode = Spread<{ claimId: string; statement: string }, SerializedLexicalNode>;

export class ClaimReferenceNode extends DecoratorNode<JSX.Element> {
  __claimId: string;
  __statement: string;

  static override getType(): string {
    return 'claim-reference';
  }

  static override clone(node: ClaimReferenceNode): ClaimReferenceNode {
    return new ClaimReferenceNode(node.__claimId, node.__statement, node.__key);
  }

  static override importJSON(json: SerializedClaimReferenceNode): ClaimReferenceNode {
    return $createClaimReferenceNode(String(json.claimId ?? ''), String(json.statement ?? ''));
  }

  constructor(claimId = '', statement = '', key?: NodeKey) {
    super(key);
    this.__claimId = claimId;
    this.__statement = statement;
  }

  override exportJSON(): SerializedClaimReferenceNode {
    return { type: 'claim-reference', version: 1, claimId: this.__claimId, statement: this.__statement };
  }

  override createDOM(): HTMLElement {
    const span = document.createElement('span');
    span.className = 'claim-ref-host';
    return span;
  }

  override updateDOM(): boolean {
    return false;
  }

  override isInline(): boolean {
    return true;
  }

  override getTextContent(): string {
    return this.__statement;
  }

  getClaimId(): string {
    return this.getLatest().__claimId;
  }

  override decorate(): JSX.Element {
    return <ClaimReference claimId={this.__claimId} statement={this.__statement} />;
  }
}

export function $createClaimReferenceNode(claimId: string, statement: string): ClaimReferenceNode {
  return new ClaimReferenceNode(claimId, statement);
}

export function $isClaimReferenceNode(node: LexicalNode | null | undefined): node is ClaimReferenceNode {
  return node instanceof ClaimReferenceNode;
}

function ClaimReference({ claimId, statement }: { claimId: string; statement: string }) {
  // The claim as it is now (its statement and status), or deleted.
  const cached = useQuery('claims.get', { id: claimId });
  const dispatch = useDispatch();
  const missing = cached.notFound;
  const claim = !missing ? (cached.data?.claim ?? null) : null;
  const open = () => {
    if (claim) dispatch({ type: 'showPassage', sourceId: claim.sourceId, start: claim.start, end: claim.end, claimId: claim.id });
  };
  return (
    <span
      className={`claim-ref${missing ? ' claim-ref--missing' : ''}`}
      data-claim-id={claimId}
      role="button"
      tabIndex={-1}
      title={claim ? 'Open this claim and its passage' : missing ? 'This claim was deleted; the text is what it said when inserted.' : undefined}
      onClick={open}
    >
      <span className="claim-ref__statement">{claim ? claim.statement : statement}</span>
      {claim ? <StatusBadge status={claim.status} /> : missing ? <span className="badge">Deleted claim</span> : null}
    </span>
  );
}
