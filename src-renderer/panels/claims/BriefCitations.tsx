/** “In the brief”: the briefs citing this claim, each one a button that opens it. */
import type { BriefCitation } from '../../../src-main/contract/domain';
import { useOpenBriefWhenSaved } from '../../app/open-brief';

const times = (n: number) => (n === 1 ? '' : ` ×${n}`);

export function BriefCitations({ citedIn }: { citedIn: BriefCitation[] }) {
  const open = useOpenBriefWhenSaved();
  if (!citedIn.length) return null;
  return (
    <div className="field claim-card__cited">
      <span className="field__label">Cited in the brief</span>
      <ul className="claim-card__cited-list">
        {citedIn.map((c) => (
          <li key={c.briefId}>
            <button type="button" className="link-button" title="Open this brief" onClick={() => open(c.briefId)}>
              {c.title}
            </button>
            {times(c.count)}
          </li>
        ))}
      </ul>
    </div>
  );
}
