/** The key to the timeline's colours and glyphs, each with its name in words. */
import { CLAIM_STATUSES, type ClaimStatus } from '../../../src-main/contract/domain';
import { StatusMark } from './status-marks';

export function TimelineLegend({ suggestions }: { suggestions: boolean }) {
  return (
    <ul className="tl-legend" aria-label="Legend">
      {(Object.keys(CLAIM_STATUSES) as ClaimStatus[]).map((status) => (
        <li key={status} className={`tl-legend__item tl-status--${status}`}>
          <StatusMark status={status} />
          {CLAIM_STATUSES[status]}
        </li>
      ))}
      {suggestions && (
        <li className="tl-legend__item tl-suggested">
          <StatusMark status={null} />
          Suggested (not yet a claim)
        </li>
      )}
      <li className="tl-legend__item tl-legend__span">
        <span className="tl-legend__bar" aria-hidden />
        A month or a year: drawn as a span
      </li>
    </ul>
  );
}
