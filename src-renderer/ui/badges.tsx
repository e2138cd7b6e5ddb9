/** Small coloured labels for grades and statuses, each with its meaning as a tooltip. */
import { CLAIM_STATUSES, CREDIBILITY_GRADES, RELIABILITY_GRADES, type ClaimStatus, type Credibility, type Reliability } from '../../src-main/contract/domain';

export function ReliabilityBadge({ grade }: { grade: Reliability }) {
  return (
    <span className={`badge badge--grade badge--grade-${grade}`} title={`Reliability ${grade}: ${RELIABILITY_GRADES[grade]}`}>
      {grade}
    </span>
  );
}

export function StatusBadge({ status }: { status: ClaimStatus }) {
  return <span className={`badge badge--status status--${status}`}>{CLAIM_STATUSES[status]}</span>;
}

export function CredibilityBadge({ grade }: { grade: Credibility | null }) {
  if (grade === null) return null;
  return (
    <span className="badge badge--credibility" title={`Credibility ${grade}: ${CREDIBILITY_GRADES[grade]}`}>
      {grade}
    </span>
  );
}
