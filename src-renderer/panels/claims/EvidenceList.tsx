/** A claim's evidence: relation, quoted passage, source; each jumps to its passage. "Add evidence" starts linking. */
import { useState } from 'react';
import { EVIDENCE_RELATIONS, type Claim, type EvidenceLink } from '../../../src-main/contract/domain';
import { call } from '../../app/api';
import { plural } from '../../app/labels';
import { useAppState, useDispatch } from '../../app/state';
import { useToasts } from '../../app/toasts';
import { useUndo } from '../../app/undo';

export function EvidenceList({ claim, evidence }: { claim: Claim; evidence: EvidenceLink[] }) {
  const dispatch = useDispatch();
  const { linking } = useAppState();
  const linkingThis = linking?.claimId === claim.id;
  return (
    <section className="evidence" aria-label="Evidence">
      <div className="evidence__header">
        <h3 className="evidence__title">Evidence {evidence.length > 0 && <span className="muted">({evidence.length})</span>}</h3>
        <button
          type="button"
          className="button button--small"
          disabled={linkingThis}
          onClick={() => dispatch({ type: 'startLinking', claimId: claim.id, claimSourceId: claim.sourceId, statement: claim.statement })}
        >
          {linkingThis ? 'Adding evidence…' : 'Add evidence'}
        </button>
      </div>
      {evidence.length === 0 ? (
        <p className="muted evidence__empty">
          {linkingThis
            ? 'Choose a source above the reader, select the passage, and link it.'
            : 'No evidence yet. Add evidence to link a passage of another source that supports, contradicts or gives context to this claim.'}
        </p>
      ) : (
        <ul className="evidence__list">
          {evidence.map((link) => (
            <EvidenceItem key={link.id} link={link} />
          ))}
        </ul>
      )}
      {evidence.length > 0 && (
        <p className="muted evidence__summary">
          {plural(claim.evidenceCounts.supports, 'supporting', 'supporting')} · {plural(claim.evidenceCounts.contradicts, 'contradicting', 'contradicting')} ·{' '}
          {claim.evidenceCounts.context} context
        </p>
      )}
    </section>
  );
}

function EvidenceItem({ link }: { link: EvidenceLink }) {
  const dispatch = useDispatch();
  const toasts = useToasts();
  const undo = useUndo();
  const [confirm, setConfirm] = useState(false);
  const open = () => {
    if (link.start !== null && link.end !== null) dispatch({ type: 'showPassage', sourceId: link.sourceId, start: link.start, end: link.end });
    else dispatch({ type: 'selectSource', sourceId: link.sourceId });
  };
  const unlink = async () => {
    try {
      const { trashId } = await call('evidence.unlink', { id: link.id });
      undo.deleted(trashId, 'Evidence link removed.');
    } catch (err) {
      toasts.failure(err);
    }
  };
  return (
    <li className={`evidence-item relation--${link.relation}`}>
      <button type="button" className="evidence-item__open" onClick={open} title="Show this passage">
        <span className={`badge badge--relation relation--${link.relation}`}>{EVIDENCE_RELATIONS[link.relation]}</span>
        <span className="evidence-item__quote">{link.exact ? `“${link.exact}”` : 'Whole source'}</span>
        <span className="evidence-item__source">{link.sourceTitle}</span>
        {link.note && <span className="evidence-item__note">{link.note}</span>}
      </button>
      {confirm ? (
        <span className="evidence-item__confirm">
          <button type="button" className="link-button link-button--danger" onClick={() => void unlink()}>
            Remove link
          </button>
          <button type="button" className="link-button" onClick={() => setConfirm(false)}>
            Keep
          </button>
        </span>
      ) : (
        <button type="button" className="link-button evidence-item__remove" aria-label="Remove this evidence link" onClick={() => setConfirm(true)}>
          Remove
        </button>
      )}
    </li>
  );
}
