/**
 * One claim, editable: statement, status, credibility, likelihood, event date, tags, comment.
 * Choices save at once; typing saves after a pause and on leaving the field, with a visible state.
 */
import { useEffect, useRef, useState } from 'react';
import {
  CLAIM_STATUSES,
  CREDIBILITY_GRADES,
  EVENT_DATE_PATTERN,
  LIKELIHOODS,
  type BriefCitation,
  type Claim,
  type ClaimStatus,
  type Credibility,
  type EvidenceLink,
  type Likelihood,
} from '../../../src-main/contract/domain';
import { formatDate } from '../../app/labels';
import { useAppState, useDispatch } from '../../app/state';
import { BriefCitations } from './BriefCitations';
import { EvidenceList } from './EvidenceList';
import { TagEditor } from './TagEditor';
import { useClaimDelete } from './useClaimDelete';
import { useClaimSaver, type SaveState } from './useClaimSaver';

const TYPING_PAUSE_MS = 700;
const EVENT_DATE = EVENT_DATE_PATTERN;

export function ClaimCard({ claim, evidence, citedIn }: { claim: Claim; evidence: EvidenceLink[]; citedIn: BriefCitation[] }) {
  const dispatch = useDispatch();
  const { focusStatementOf } = useAppState();
  const saver = useClaimSaver(claim.id);
  const [statement, setStatement] = useState(claim.statement);
  const [comment, setComment] = useState(claim.comment);
  const [eventDate, setEventDate] = useState(claim.eventDate ?? '');
  const [dateError, setDateError] = useState<string | null>(null);
  const deletion = useClaimDelete(claim);
  const editing = useRef<'statement' | 'comment' | 'eventDate' | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const statementRef = useRef<HTMLTextAreaElement>(null);

  // Take in changes made elsewhere (another window, the CLI) to fields not being edited.
  useEffect(() => {
    if (editing.current !== 'statement') setStatement(claim.statement);
    if (editing.current !== 'comment') setComment(claim.comment);
    if (editing.current !== 'eventDate') setEventDate(claim.eventDate ?? '');
  }, [claim.statement, claim.comment, claim.eventDate]);

  // A new claim: put the cursor in its statement, all selected, ready to rewrite.
  useEffect(() => {
    if (focusStatementOf !== claim.id) return;
    statementRef.current?.focus();
    statementRef.current?.select();
    dispatch({ type: 'statementFocused' });
  }, [focusStatementOf, claim.id, dispatch]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const typed = (field: 'statement' | 'comment', value: string) => {
    editing.current = field;
    if (field === 'statement') setStatement(value);
    else setComment(value);
    if (field === 'statement' && !value.trim()) {
      clearTimeout(timer.current);
      return; // an empty statement is never saved; the old one stays until something is typed
    }
    saver.stage(field === 'statement' ? { statement: value } : { comment: value });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void saver.flush(), TYPING_PAUSE_MS);
  };

  const left = (field: 'statement' | 'comment') => {
    editing.current = null;
    clearTimeout(timer.current);
    if (field === 'statement' && !statement.trim()) setStatement(claim.statement);
    void saver.flush();
  };

  const commitDate = () => {
    editing.current = null;
    const value = eventDate.trim();
    if (value && !EVENT_DATE.test(value)) {
      setDateError('Write the date as 2024, 2024-01 or 2024-01-15.');
      return;
    }
    setDateError(null);
    if ((claim.eventDate ?? '') !== value) void saver.save({ eventDate: value || null });
  };

  const credibility = claim.credibility;
  return (
    <article className="claim-card" aria-label="Claim">
      <div className="claim-card__top">
        <SaveIndicator state={saver.state} />
      </div>

      <label className="field">
        <span className="field__label">Statement</span>
        <textarea
          ref={statementRef}
          className="input textarea claim-card__statement"
          aria-label="Statement"
          rows={3}
          value={statement}
          onChange={(e) => typed('statement', e.target.value)}
          onBlur={() => left('statement')}
        />
      </label>

      <button
        type="button"
        className="quote-button"
        title="Show this passage in the source"
        onClick={() => dispatch({ type: 'showPassage', sourceId: claim.sourceId, start: claim.start, end: claim.end, claimId: claim.id })}
      >
        <span className="quote-button__text">“{claim.exact}”</span>
      </button>

      <div className="field-grid">
        <label className="field">
          <span className="field__label">Status</span>
          <select
            className={`select status-select status--${claim.status}`}
            aria-label="Status"
            value={claim.status}
            onChange={(e) => void saver.save({ status: e.target.value as ClaimStatus })}
          >
            {(Object.keys(CLAIM_STATUSES) as ClaimStatus[]).map((s) => (
              <option key={s} value={s}>
                {CLAIM_STATUSES[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">Credibility</span>
          <select
            className="select"
            aria-label="Credibility"
            value={credibility ?? ''}
            onChange={(e) => void saver.save({ credibility: e.target.value ? (Number(e.target.value) as Credibility) : null })}
          >
            <option value="">Not graded</option>
            {(Object.keys(CREDIBILITY_GRADES) as unknown as Credibility[]).map((g) => (
              <option key={g} value={g}>
                {g} — {CREDIBILITY_GRADES[g]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">Likelihood (ICD 203)</span>
          <select
            className="select"
            aria-label="Likelihood"
            value={claim.likelihood ?? ''}
            onChange={(e) => void saver.save({ likelihood: (e.target.value || null) as Likelihood | null })}
          >
            <option value="">Not assessed</option>
            {(Object.keys(LIKELIHOODS) as Likelihood[]).map((l) => (
              <option key={l} value={l}>
                {LIKELIHOODS[l].label} ({LIKELIHOODS[l].range})
              </option>
            ))}
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
              editing.current = 'eventDate';
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

      <div className="field">
        <span className="field__label">Tags</span>
        <TagEditor tags={claim.tags} onChange={(tags) => void saver.save({ tags })} />
      </div>

      <label className="field">
        <span className="field__label">Comment</span>
        <textarea
          className="input textarea"
          aria-label="Comment"
          rows={3}
          placeholder="Your reasoning, open questions, who to ask…"
          value={comment}
          onChange={(e) => typed('comment', e.target.value)}
          onBlur={() => left('comment')}
        />
      </label>

      <EvidenceList claim={claim} evidence={evidence} />
      <BriefCitations citedIn={citedIn} />

      <div className="claim-card__actions">
        <button type="button" className="button" onClick={() => dispatch({ type: 'insertInBrief', claimId: claim.id, statement: claim.statement })}>
          Insert in brief
        </button>
        <button type="button" className="button button--quiet" title="Delete this claim and its evidence links (Undo brings them back)" onClick={() => void deletion.start()}>
          Delete claim
        </button>
      </div>
      {deletion.dialog}
    </article>
  );
}

function SaveIndicator({ state }: { state: SaveState }) {
  const text = { idle: '', dirty: 'Unsaved changes', saving: 'Saving…', saved: 'Saved', error: '' }[state.kind];
  if (state.kind === 'error') {
    return (
      <span className="save-state save-state--error" role="alert">
        Not saved: {state.message}
      </span>
    );
  }
  return (
    <span className={`save-state save-state--${state.kind}`} aria-live="polite" data-save-state={state.kind}>
      {text}
    </span>
  );
}
