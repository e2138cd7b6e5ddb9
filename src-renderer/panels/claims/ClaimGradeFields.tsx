/** A claim's grades and event date: status, credibility, likelihood (each saved at once), the date (on leaving it). */
import { useEffect, useRef, useState } from 'react';
import {
  CLAIM_STATUSES,
  CREDIBILITY_GRADES,
  EVENT_DATE_PATTERN,
  LIKELIHOODS,
  type Claim,
  type ClaimStatus,
  type Credibility,
  type Likelihood,
} from '../../../src-main/contract/domain';
import { formatDate } from '../../app/labels';
import { OptionList } from '../../ui/SelectFilter';
import type { Patch } from './useClaimSaver';

const CREDIBILITY_OPTIONS = Object.entries(CREDIBILITY_GRADES).map(([grade, label]) => [grade, `${grade} — ${label}`] as const);
const LIKELIHOOD_OPTIONS = Object.entries(LIKELIHOODS).map(([value, l]) => [value, `${l.label} (${l.range})`] as const);

export function ClaimGradeFields({ claim, save }: { claim: Claim; save(patch: Patch): void }) {
  const [eventDate, setEventDate] = useState(claim.eventDate ?? '');
  const [dateError, setDateError] = useState<string | null>(null);
  const editingDate = useRef(false);

  // Take in a date changed elsewhere (another window, the CLI) unless it is being edited.
  useEffect(() => {
    if (!editingDate.current) setEventDate(claim.eventDate ?? '');
  }, [claim.eventDate]);

  const commitDate = () => {
    editingDate.current = false;
    const value = eventDate.trim();
    if (value && !EVENT_DATE_PATTERN.test(value)) {
      setDateError('Write the date as 2024, 2024-01 or 2024-01-15.');
      return;
    }
    setDateError(null);
    if ((claim.eventDate ?? '') !== value) save({ eventDate: value || null });
  };

  const credibility = claim.credibility;
  return (
    <>
      <div className="field-grid">
        <label className="field">
          <span className="field__label">Status</span>
          <select className={`select status-select status--${claim.status}`} aria-label="Status" value={claim.status} onChange={(e) => save({ status: e.target.value as ClaimStatus })}>
            <OptionList options={Object.entries(CLAIM_STATUSES)} />
          </select>
        </label>
        <label className="field">
          <span className="field__label">Credibility</span>
          <select
            className="select"
            aria-label="Credibility"
            value={credibility ?? ''}
            onChange={(e) => save({ credibility: e.target.value ? (Number(e.target.value) as Credibility) : null })}
          >
            <option value="">Not graded</option>
            <OptionList options={CREDIBILITY_OPTIONS} />
          </select>
        </label>
        <label className="field">
          <span className="field__label">Likelihood (ICD 203)</span>
          <select className="select" aria-label="Likelihood" value={claim.likelihood ?? ''} onChange={(e) => save({ likelihood: (e.target.value || null) as Likelihood | null })}>
            <option value="">Not assessed</option>
            <OptionList options={LIKELIHOOD_OPTIONS} />
          </select>
        </label>
        <label className="field">
          <span className="field__label">Event date</span>
          <input
            className={`input${dateError ? ' input--invalid' : ''}`}
            aria-label="Event date"
            placeholder="YYYY-MM-DD"
            value={eventDate}
            onChange={(e) => {
              editingDate.current = true;
              setEventDate(e.target.value);
            }}
            onBlur={commitDate}
            onKeyDown={(e) => e.key === 'Enter' && commitDate()}
          />
        </label>
      </div>
      {dateError && <p className="field__error">{dateError}</p>}
      <p className="claim-card__grade-help">
        {credibility ? (
          <>
            Credibility {credibility}: {CREDIBILITY_GRADES[credibility]}.
          </>
        ) : (
          'Grade how credible the information is: 1 confirmed by other sources … 6 truth cannot be judged.'
        )}
        {claim.eventDate && <> Event: {formatDate(claim.eventDate)}.</>}
      </p>
    </>
  );
}
