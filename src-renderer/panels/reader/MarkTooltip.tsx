/** Shown while hovering a highlight: the statement and status of each claim on it. */
import { createPortal } from 'react-dom';
import type { Claim } from '../../../src-main/contract/domain';
import { StatusBadge } from '../../ui/badges';

export function MarkTooltip({ claims, rect }: { claims: Claim[]; rect: DOMRect }) {
  if (claims.length === 0) return null;
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
    </div>,
    document.body,
  );
}
