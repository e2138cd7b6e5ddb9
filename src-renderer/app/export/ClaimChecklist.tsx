/** The notebook's claims as a compact checklist, grouped by source, with select all / none. */
import type { Claim } from '../../../src-main/contract/domain';
import { StatusBadge } from '../../ui/badges';

interface Props {
  claims: Claim[];
  sourceTitles: Map<string, string>;
  chosen: ReadonlySet<string>;
  onChange(chosen: Set<string>): void;
}

export function ClaimChecklist({ claims, sourceTitles, chosen, onChange }: Props) {
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) groups.set(claim.sourceId, [...(groups.get(claim.sourceId) ?? []), claim]);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  const count = claims.filter((c) => chosen.has(c.id)).length;

  return (
    <div className="claim-checklist">
      <div className="claim-checklist__list" role="group" aria-label="Claims to export">
        {[...groups].map(([sourceId, list]) => (
          <div key={sourceId} className="claim-checklist__group">
            <div className="claim-checklist__source" title={sourceTitles.get(sourceId)}>
              {sourceTitles.get(sourceId) ?? 'Untitled source'}
            </div>
            {list.map((claim) => (
              <label key={claim.id} className="claim-checklist__item">
                <input type="checkbox" checked={chosen.has(claim.id)} onChange={(e) => toggle(claim.id, e.target.checked)} />
                <span className="claim-checklist__statement" title={claim.statement}>
                  {claim.statement || <em className="muted">No statement yet</em>}
                </span>
                <StatusBadge status={claim.status} />
              </label>
            ))}
          </div>
        ))}
      </div>
      <div className="claim-checklist__footer">
        <span className="muted" aria-live="polite">
          {count} of {claims.length} chosen
        </span>
        <span className="claim-checklist__bulk">
          <button type="button" className="link-button" disabled={count === claims.length} onClick={() => onChange(new Set(claims.map((c) => c.id)))}>
            Select all
          </button>
          <button type="button" className="link-button" disabled={count === 0} onClick={() => onChange(new Set())}>
            Select none
          </button>
        </span>
      </div>
    </div>
  );
}
