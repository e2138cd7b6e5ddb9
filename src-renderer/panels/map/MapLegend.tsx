/** What the map's shapes, colours and lines mean: each cue drawn as the map draws it and named in words. */
import { CLAIM_STATUSES, EVIDENCE_RELATIONS, RELIABILITY_GRADES, type ClaimStatus, type EvidenceRelation, type Reliability } from '../../../src-main/contract/domain';
import { RELATION_LINES } from './map-style';

/** SVG outlines of the status shapes of map-style.ts (STATUS_SHAPES), in a 14×14 box. */
const SHAPES: Record<ClaimStatus, string> = {
  unassessed: 'M7 1a6 6 0 1 0 0.01 0Z',
  supported: 'M3 1h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V3a2 2 0 0 1 2-2Z',
  partly_supported: 'M7 1l6 4.4-2.3 7.1H3.3L1 5.4Z',
  disputed: 'M7 1l6 6-6 6-6-6Z',
  refuted: 'M7 1.5l6 11H1Z',
  unverifiable: 'M4 1.5h6l3 5.5-3 5.5H4L1 7Z',
};

const DASH = { solid: undefined, dashed: '5 3', dotted: '1.5 2.5' } as const;

export function MapLegend({ entities = false }: { entities?: boolean }) {
  return (
    <div className="map-legend" aria-label="Legend">
      <span className="map-legend__group">
        <span className="map-legend__title">Claims</span>
        {(Object.keys(SHAPES) as ClaimStatus[]).map((s) => (
          <span key={s} className="map-legend__item">
            <svg width="14" height="14" aria-hidden>
              <path d={SHAPES[s]} fill={`var(--mark-line-${s})`} />
            </svg>
            {CLAIM_STATUSES[s]}
          </span>
        ))}
        <span className="map-legend__item" title="Credibility 1 (confirmed) has the thickest border; a claim not graded has none">
          <svg width="14" height="14" aria-hidden>
            <circle cx="7" cy="7" r="5" fill="var(--surface-3)" stroke="var(--text)" strokeWidth="3" />
          </svg>
          thick border: credibility 1–2
        </span>
      </span>
      <span className="map-legend__group">
        <span className="map-legend__title">Sources</span>
        {(Object.keys(RELIABILITY_GRADES) as Reliability[]).map((g) => (
          <span key={g} className="map-legend__item" title={`Reliability ${g}: ${RELIABILITY_GRADES[g]}`}>
            <svg width="14" height="14" aria-hidden>
              <rect x="1.5" y="1.5" width="11" height="11" rx="2" fill="var(--surface)" stroke={`var(--grade-${g})`} strokeWidth="3" />
            </svg>
            [{g}]
          </span>
        ))}
      </span>
      <span className="map-legend__group">
        <span className="map-legend__title">Evidence</span>
        {(Object.keys(EVIDENCE_RELATIONS) as EvidenceRelation[]).map((r) => (
          <span key={r} className="map-legend__item">
            <svg width="30" height="10" aria-hidden>
              <line x1="1" y1="5" x2="24" y2="5" stroke={`var(${RELATION_LINES[r].colour})`} strokeWidth="2" strokeDasharray={DASH[RELATION_LINES[r].style]} />
              {r === 'supports' && <path d="M23 1.5l6 3.5-6 3.5Z" fill={`var(${RELATION_LINES[r].colour})`} />}
              {r === 'contradicts' && <line x1="27" y1="0.5" x2="27" y2="9.5" stroke={`var(${RELATION_LINES[r].colour})`} strokeWidth="2.5" />}
              {r === 'context' && <circle cx="26.5" cy="5" r="2.7" fill={`var(${RELATION_LINES[r].colour})`} />}
            </svg>
            {EVIDENCE_RELATIONS[r]} ({RELATION_LINES[r].style})
          </span>
        ))}
        <span className="map-legend__item">
          <svg width="30" height="10" aria-hidden>
            <line x1="1" y1="5" x2="29" y2="5" stroke="var(--border-strong)" strokeWidth="1" />
          </svg>
          quoted in
        </span>
      </span>
      {entities && (
        <span className="map-legend__group">
          <span className="map-legend__title">Entities</span>
          <span className="map-legend__item">
            <svg width="44" height="14" aria-hidden>
              <line x1="1" y1="7" x2="29" y2="7" stroke="var(--accent)" strokeWidth="1" strokeDasharray="3 2" />
              <path d="M37 1l1.8 3.9 4.2.5-3.1 2.9.8 4.2-3.7-2.1-3.7 2.1.8-4.2-3.1-2.9 4.2-.5Z" fill="var(--accent)" />
            </svg>
            a person, organisation or place a claim mentions
          </span>
        </span>
      )}
    </div>
  );
}
