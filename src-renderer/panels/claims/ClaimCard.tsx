/**
 * One claim, editable: statement, grades and event date (ClaimGradeFields), tags, comment; its
 * evidence and the briefs citing it.
 * Choices save at once; typing saves after a pause and on leaving the field, with a visible state.
 */
import { useEffect, useRef, useState } from 'react';
import type { BriefCitation, Claim, EvidenceLink } from '../../../src-main/contract/domain';
import { insertClaimInBrief } from '../../app/brief-insert';
import { takeStatementFocus } from '../../app/claim-focus';
import { useDispatch } from '../../app/state';
import { AddToAnalysis } from '../analysis/AddToAnalysis';
import { BriefCitations } from './BriefCitations';
import { ClaimGradeFields } from './ClaimGradeFields';
import { EvidenceList } from './EvidenceList';
import { SaveIndicator } from './SaveIndicator';
import { TagEditor } from './TagEditor';
import { useClaimDelete } from './useClaimDelete';
import { useClaimSaver } from './useClaimSaver';

const TYPING_PAUSE_MS = 700;

export function ClaimCard({ claim, evidence, citedIn }: { claim: Claim; evidence: EvidenceLink[]; citedIn: BriefCitation[] }) {
  const dispatch = useDispatch();
  const saver = useClaimSaver(claim.id);
  const [statement, setStatement] = useState(claim.statement);
  const [comment, setComment] = useState(claim.comment);
  const deletion = useClaimDelete(claim);
  const editing = useRef<'statement' | 'comment' | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const statementRef = useRef<HTMLTextAreaElement>(null);

  // Take in changes made elsewhere (another window, the CLI) to fields not being edited.
  useEffect(() => {
    if (editing.current !== 'statement') setStatement(claim.statement);
    if (editing.current !== 'comment') setComment(claim.comment);
  }, [claim.statement, claim.comment]);

  // A new claim: put the cursor in its statement, all selected, ready to rewrite.
  useEffect(() => {
    if (!takeStatementFocus(claim.id)) return;
    statementRef.current?.focus();
    statementRef.current?.select();
  }, [claim.id]);

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

      <ClaimGradeFields claim={claim} save={(patch) => void saver.save(patch)} />

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
        <button type="button" className="button" onClick={() => {
            insertClaimInBrief({ claimId: claim.id, statement: claim.statement });
            dispatch({ type: 'setView', view: 'brief' });
          }}>
          Insert in brief
        </button>
        <AddToAnalysis claimId={claim.id} />
        <button type="button" className="button button--quiet" title="Delete this claim and its evidence links (Undo brings them back)" onClick={() => void deletion.start()}>
          Delete claim
        </button>
      </div>
      {deletion.dialog}
    </article>
  );
}
