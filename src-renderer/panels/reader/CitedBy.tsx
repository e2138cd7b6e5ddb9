/**
 * "Cited as evidence by": the claims whose evidence is a passage (or the whole) of this source,
 * under the source header. Each opens its claim; a cited passage can be shown here.
 */
import { EVIDENCE_RELATIONS, type EvidenceCitation } from '../../../src-main/contract/domain';
import { plural } from '../../app/labels';
import { useDispatch } from '../../app/state';
import { StatusBadge } from '../../ui/badges';

export function CitedBy({ citations }: { citations: EvidenceCitation[] }) {
  const dispatch = useDispatch();
  if (citations.length === 0) return null;
  const claims = new Set(citations.map((c) => c.claimId)).size;
  return (
    <details className="cited-by">
      <summary>
        Cited as evidence by {plural(claims, 'claim')}
        <span className="cited-by__counts muted">
          {(Object.keys(EVIDENCE_RELATIONS) as (keyof typeof EVIDENCE_RELATIONS)[])
            .map((r) => [r, citations.filter((c) => c.relation === r).length] as const)
            .filter(([, n]) => n > 0)
            .map(([r, n]) => `${n} ${EVIDENCE_RELATIONS[r].toLowerCase()}`)
            .join(' · ')}
        </span>
      </summary>
      <ul className="cited-by__list" aria-label="Claims citing this source">
        {citations.map((c) => (
          <li key={c.id} className={`cited-by__item relation--${c.relation}`} data-evidence-id={c.id}>
            <span className={`badge badge--relation relation--${c.relation}`}>{EVIDENCE_RELATIONS[c.relation]}</span>
            <button
              type="button"
              className="link-button cited-by__claim"
              title={`Open this claim in “${c.claimSourceTitle}”`}
              onClick={() => dispatch({ type: 'showPassage', sourceId: c.claimSourceId, start: c.claimStart, end: c.claimEnd, claimId: c.claimId })}
            >
              {c.claimStatement}
            </button>
            <StatusBadge status={c.claimStatus} />
            <span className="cited-by__where muted">
              in {c.claimSourceTitle}
              {' · '}
              {c.start !== null && c.end !== null ? (
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Show the cited passage: ${c.exact}`}
                  onClick={() => dispatch({ type: 'showPassage', sourceId: c.sourceId, start: c.start ?? 0, end: c.end ?? 0 })}
                >
                  cites “{c.exact.length > 60 ? `${c.exact.slice(0, 60)}…` : c.exact}”
                </button>
              ) : (
                'cites the whole source'
              )}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
