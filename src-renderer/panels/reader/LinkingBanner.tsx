/**
 * "Add evidence" mode, above the reader: pick the source (the reader follows), select a passage
 * or take the whole source, choose how it bears on the claim, add a note, link.
 */
import { useEffect, useState } from 'react';
import { EVIDENCE_RELATIONS, type EvidenceRelation } from '../../../src-main/contract/domain';
import { isOwnPassage } from '../../../src-main/contract/self-evidence';
import { call } from '../../app/api';
import { useSourceList } from '../../app/queries';
import { useOpenSourceClaims } from '../../app/source-claims';
import { useDispatch, type LinkingMode } from '../../app/state';
import { useToasts } from '../../app/toasts';

interface Props {
  linking: LinkingMode;
  sourceId: string | null;
  /** The passage selected in the reader (kept while the analyst fills in the form). */
  selection: { start: number; end: number; exact: string } | null;
}

export function LinkingBanner({ linking, sourceId, selection }: Props) {
  const dispatch = useDispatch();
  const toasts = useToasts();
  const { data: sources } = useSourceList('title', '');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  // In the claim's own source, its own passage (and the whole source) cannot be its evidence.
  const { claims } = useOpenSourceClaims();
  const ownSource = sourceId !== null && sourceId === linking.claimSourceId;
  const claim = ownSource ? claims?.find((c) => c.id === linking.claimId) : undefined;
  const ownPassage = Boolean(claim && selection && isOwnPassage(claim, sourceId ?? '', selection));

  // Escape leaves the mode (unless it is closing something else first, like a menu or the search box).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented && !document.querySelector('.palette')) dispatch({ type: 'endLinking' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dispatch]);

  const link = async (whole: boolean) => {
    if (!sourceId) return;
    setBusy(true);
    try {
      await call('evidence.link', {
        claimId: linking.claimId,
        sourceId,
        relation: linking.relation,
        note: note.trim() || undefined,
        ...(whole || !selection ? {} : { start: selection.start, end: selection.end }),
      });
      toasts.info(`Linked as ${EVIDENCE_RELATIONS[linking.relation].toLowerCase()} evidence.`);
      dispatch({ type: 'endLinking' });
    } catch (err) {
      toasts.failure(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="linking-banner" aria-label="Add evidence">
      <div className="linking-banner__row">
        <strong>Add evidence</strong>
        <span className="linking-banner__claim" title={linking.statement}>
          to “{linking.statement}”
        </span>
        <button type="button" className="button button--quiet linking-banner__cancel" onClick={() => dispatch({ type: 'endLinking' })}>
          Cancel
        </button>
      </div>
      <div className="linking-banner__row">
        <label className="field field--inline">
          <span>Source</span>
          <select
            aria-label="Evidence source"
            value={sourceId ?? ''}
            onChange={(e) => e.target.value && dispatch({ type: 'selectSource', sourceId: e.target.value })}
          >
            <option value="" disabled>
              Choose a source…
            </option>
            {(sources ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
        <div className="segmented" role="radiogroup" aria-label="Relation">
          {(Object.keys(EVIDENCE_RELATIONS) as EvidenceRelation[]).map((r) => (
            <button
              key={r}
              type="button"
              role="radio"
              aria-checked={linking.relation === r}
              className={`segmented__item relation--${r}`}
              onClick={() => dispatch({ type: 'setLinkRelation', relation: r })}
            >
              {EVIDENCE_RELATIONS[r]}
            </button>
          ))}
        </div>
      </div>
      <div className="linking-banner__row">
        <input className="input linking-banner__note" aria-label="Evidence note" placeholder="Note (optional)" value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <div className="linking-banner__row">
        <span className={`linking-banner__passage${ownPassage ? ' linking-banner__refusal' : ''}`} role={ownPassage ? 'alert' : undefined}>
          {ownPassage
            ? 'This is the claim’s own passage: a claim cannot be its own evidence. Select another passage, or choose another source.'
            : sourceId && selection ? <>Passage: “{selection.exact.length > 140 ? `${selection.exact.slice(0, 140)}…` : selection.exact}”</> : sourceId ? 'Select a passage in the text below, or link the whole source.' : 'Choose the source that holds the evidence.'}
        </span>
        <button type="button" className="button button--primary" disabled={!sourceId || !selection || busy || ownPassage} onClick={() => void link(false)}>
          Link passage
        </button>
        <button
          type="button"
          className="button"
          disabled={!sourceId || busy || ownSource}
          title={ownSource ? 'The claim comes from this source, so the whole source cannot be its evidence' : undefined}
          onClick={() => void link(true)}
        >
          Link whole source
        </button>
      </div>
    </section>
  );
}
