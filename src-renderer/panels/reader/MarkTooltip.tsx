/**
 * Shown while hovering a highlight: the statement and status of each claim on it, and for a
 * passage cited as evidence, which claims cite it and how.
 */
import { createPortal } from 'react-dom';
import { EVIDENCE_RELATIONS, type Claim, type EvidenceCitation } from '../../../src-main/contract/domain';
import { StatusBadge } from '../../ui/badges';

export function MarkTooltip({ claims, citations = [], rect }: { claims: Claim[]; citations?: EvidenceCitation[]; rect: DOMRect }) {
  if (claims.length === 0 && citations.length === 0) return null;
  const below = rect.bottom + 8 + 120 < window.innerHeight;
  return createPortal(
    <div
      className="mark-tooltip"
      role="tooltip"
      ref={(el) => {
        if (!el) return;
        el.style.left = `${Math.min(window.innerWidth - 340, Math.max(8, rect.left))}px`;
        el.style.top = below ? `${rect.bottom + 6}px` : '';
        el.style.bottom = below ? '' : `${window.innerHeight - rect.top + 6}px`;
      }}
    >
      {claims.slice(0, 4).map((c) => (
        <div key={c.id} className="mark-tooltip__claim">
          <StatusBadge status={c.status} />
          <span className="mark-tooltip__statement">{c.statement}</span>
        </div>
      ))}
      {claims.length > 4 && <div className="mark-tooltip__more">and {claims.length - 4} more</div>}
      {citations.slice(0, 3).map((c) => (
        <div key={c.id} className="mark-tooltip__claim mark-tooltip__citation">
          <span className={`badge badge--relation relation--${c.relation}`}>{EVIDENCE_RELATIONS[c.relation]}</span>
          <span className="mark-tooltip__statement">
            Evidence for “{c.claimStatement}” <span className="muted">({c.claimSourceTitle})</span>
          </span>
        </div>
      ))}
      {citations.length > 3 && <div className="mark-tooltip__more">cited by {citations.length - 3} more</div>}
    </div>,
    document.body,
  );
}
