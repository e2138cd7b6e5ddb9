/** The right pane: the open claim's card, or the list of the current source's claims. */
import { useDeferredValue, useEffect, useState } from 'react';
import { CLAIM_STATUSES, type Claim, type ClaimStatus } from '../../../src-main/contract/domain';
import { useClaimDetail } from '../../app/queries';
import { useOpenSourceClaims } from '../../app/source-claims';
import { MOD_LABEL, plural } from '../../app/labels';
import { useAppState, useDispatch } from '../../app/state';
import { CredibilityBadge, StatusBadge } from '../../ui/badges';
import { EmptyState, Loading } from '../../ui/EmptyState';
import { SelectFilter } from '../../ui/SelectFilter';
import { ClaimCard } from './ClaimCard';
import { SuggestionList } from './SuggestionList';

export function ClaimsPanel() {
  const { claimId, sourceId } = useAppState();
  const dispatch = useDispatch();
  const detail = useClaimDetail(claimId);
  const { claims } = useOpenSourceClaims();

  useEffect(() => {
    if (detail.notFound && claimId) dispatch({ type: 'forget', claimId });
  }, [detail.notFound, claimId, dispatch]);

  if (claimId) {
    return (
      <div className="claims-pane">
        <div className="pane-header">
          <button type="button" className="link-button pane-header__back" onClick={() => dispatch({ type: 'openClaim', claimId: null })}>
            ‹ {sourceId && claims ? `Claims in this source (${claims.length})` : 'Claims'}
          </button>
        </div>
        <div className="claims-pane__body">
          {detail.data ? (
            <ClaimCard key={detail.data.claim.id} claim={detail.data.claim} evidence={detail.data.evidence} citedIn={detail.data.citedIn} />
          ) : detail.error ? (
            <EmptyState title="This claim could not be opened">{detail.error}</EmptyState>
          ) : (
            <Loading />
          )}
        </div>
      </div>
    );
  }
  return (
    <div className="claims-pane">
      <div className="pane-header">
        <h2 className="pane-header__title">Claims</h2>
      </div>
      <div className="claims-pane__body">
        {sourceId ? (
          <>
            <ClaimList claims={claims} />
            <SuggestionList key={sourceId} sourceId={sourceId} />
          </>
        ) : (
          <EmptyState title="No source open">Open a source to see its claims, or search everything with {MOD_LABEL}K.</EmptyState>
        )}
      </div>
    </div>
  );
}

function ClaimList(props: { claims: Claim[] | undefined }) {
  const dispatch = useDispatch();
  const [status, setStatus] = useState<ClaimStatus | ''>('');
  // A source can have thousands of claims: the list is drawn after the reader's text, in a render
  // React may interrupt, so opening a long source is not held up by its list.
  const claims = useDeferredValue(props.claims, undefined);
  if (!claims) return <Loading />;
  if (claims.length === 0) {
    return (
      <EmptyState title="No claims in this source yet">
        <p>Select a passage in the text and click New claim (or press {MOD_LABEL}Shift+C). The claim stays anchored to exactly that passage.</p>
      </EmptyState>
    );
  }
  const shown = status ? claims.filter((c) => c.status === status) : claims;
  return (
    <>
      <div className="claim-list__tools">
        <span className="muted">{plural(claims.length, 'claim')}</span>
        <SelectFilter label="Show claims with status" anyLabel="All statuses" value={status} options={Object.entries(CLAIM_STATUSES)} onChange={(v) => setStatus((v ?? '') as ClaimStatus | '')} />
      </div>
      <ul className="claim-list" aria-label="Claims in this source">
        {shown.map((c) => (
          <li key={c.id}>
            <button
              type="button"
              className="claim-row"
              data-claim-id={c.id}
              onClick={() => dispatch({ type: 'showPassage', sourceId: c.sourceId, start: c.start, end: c.end, claimId: c.id })}
            >
              <span className="claim-row__statement">{c.statement}</span>
              <span className="claim-row__meta">
                <StatusBadge status={c.status} />
                <CredibilityBadge grade={c.credibility} />
                {c.tags.slice(0, 3).map((t) => (
                  <span key={t} className="chip chip--small">
                    {t}
                  </span>
                ))}
                {c.evidenceCounts.supports + c.evidenceCounts.contradicts + c.evidenceCounts.context > 0 && (
                  <span className="claim-row__evidence" title="Evidence: supports / contradicts / context">
                    +{c.evidenceCounts.supports} −{c.evidenceCounts.contradicts} ~{c.evidenceCounts.context}
                  </span>
                )}
              </span>
            </button>
          </li>
        ))}
        {shown.length === 0 && <li className="muted claim-list__none">No claim has this status.</li>}
      </ul>
    </>
  );
}
