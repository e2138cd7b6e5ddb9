/**
 * The Summary centre view: the case at a glance (summary.case). Claims by status and credibility,
 * sources by reliability, claims with no evidence or resting on one source; every number is a
 * button that opens the Claims view filtered to exactly the claims it counts.
 */
import { CLAIM_STATUSES, CREDIBILITY_GRADES, RELIABILITY_GRADES, type Credibility } from '../../../src-main/contract/domain';
import type { SummaryFilter } from '../../../src-main/contract/methods-map';
import { plural } from '../../app/labels';
import { useDispatch } from '../../app/state';
import { useQuery } from '../../app/use-query';
import { EmptyState, Loading } from '../../ui/EmptyState';
import { restoreTableView, saveTableView } from '../table/table-view-storage';
import { SummaryChart } from './SummaryChart';
import '../../styles/summary.css';

export function SummaryView() {
  const dispatch = useDispatch();
  const { data: s, error } = useQuery('summary.case', {});
  /** The Claims view opens with these filters (and the sort it had). */
  const showClaims = (filter: SummaryFilter) => {
    saveTableView({ sort: restoreTableView().sort, filters: { ...filter } });
    dispatch({ type: 'setView', view: 'claims' });
  };

  if (error) return <p className="field__error summary-view__error" role="alert">{error}</p>;
  if (!s) return <Loading label="Counting…" />;
  const find = <K,>(list: { key: K; filter: SummaryFilter }[], key: string) => list.find((b) => String(b.key) === key)!.filter;

  return (
    <section className="summary-view" aria-label="Case summary">
      <div className="pane-header">
        <h2 className="pane-header__title">Case summary</h2>
        <span className="muted summary-view__totals">
          {plural(s.claims, 'claim')} · {plural(s.sources, 'source')} · {plural(s.evidenceLinks, 'evidence link')}
        </span>
      </div>
      {s.claims === 0 && s.sources === 0 ? (
        <EmptyState title="Nothing to sum up yet">Import sources and make claims; this page counts them by status, credibility and how well their evidence holds.</EmptyState>
      ) : (
        <div className="summary-view__grid">
          <section className="summary-card summary-card--weak" aria-label="Weak spots">
            <h3 className="summary-card__title">Weak spots</h3>
            <p className="summary-weak">
              <button type="button" className="summary-number summary-number--big" aria-label={`Show the ${plural(s.noEvidence.count, 'claim')} with no evidence`} onClick={() => showClaims(s.noEvidence.filter)}>
                {s.noEvidence.count}
              </button>
              <span>{s.noEvidence.count === 1 ? 'claim has' : 'claims have'} no evidence linked</span>
            </p>
            <p className="summary-weak">
              <button type="button" className="summary-number summary-number--big" aria-label={`Show the ${plural(s.oneSource.count, 'claim')} resting on one source`} onClick={() => showClaims(s.oneSource.filter)}>
                {s.oneSource.count}
              </button>
              <span>{s.oneSource.count === 1 ? 'claim rests' : 'claims rest'} on one source (every link cites its own source or a single other one)</span>
            </p>
          </section>
          <SummaryChart
            title="Claims by status"
            onOpen={(key) => showClaims(find(s.byStatus, key))}
            rows={s.byStatus.map((b) => ({
              key: b.key,
              label: CLAIM_STATUSES[b.key],
              count: b.count,
              buttonText: String(b.count),
              buttonLabel: `Show the ${plural(b.count, 'claim')} ${CLAIM_STATUSES[b.key].toLowerCase()}`,
              colour: `var(--mark-line-${b.key})`,
            }))}
          />
          <SummaryChart
            title="Claims by credibility"
            onOpen={(key) => showClaims(find(s.byCredibility, key))}
            rows={s.byCredibility.map((b) => ({
              key: String(b.key),
              label: b.key ? `${b.key} · ${CREDIBILITY_GRADES[b.key as Credibility]}` : 'Not graded',
              count: b.count,
              buttonText: String(b.count),
              buttonLabel: b.key ? `Show the ${plural(b.count, 'claim')} of credibility ${b.key}` : `Show the ${plural(b.count, 'claim')} not graded`,
              colour: 'var(--accent)',
            }))}
          />
          <SummaryChart
            title="Sources by reliability"
            onOpen={(key) => showClaims(find(s.sourcesByReliability, key))}
            rows={s.sourcesByReliability.map((b) => ({
              key: b.key,
              label: `${b.key} · ${RELIABILITY_GRADES[b.key]}`,
              count: b.claims,
              measure: b.count,
              buttonText: `${plural(b.count, 'source')} · ${plural(b.claims, 'claim')}`,
              buttonLabel: `Show the ${plural(b.claims, 'claim')} quoted in the ${plural(b.count, 'source')} graded ${b.key}`,
              colour: `var(--grade-${b.key})`,
            }))}
          />
        </div>
      )}
    </section>
  );
}
