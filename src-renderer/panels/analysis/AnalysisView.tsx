/**
 * The Analysis centre view: the notebook's analyses of competing hypotheses beside the open one's
 * matrix, its scores (the leader marked, the rows it hangs on named), and ways to add rows.
 */
import { useRef, useState } from 'react';
import type { AnalysisView as View } from '../../../src-main/contract/methods-analyses';
import { call } from '../../app/api';
import { useToasts } from '../../app/toasts';
import { useQuery } from '../../app/use-query';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { AchMatrix } from './AchMatrix';
import { AddRows } from './AddRows';
import { HypothesesEditor } from './HypothesesEditor';
import { openedAnalysis, rememberAnalysis } from './analysis-open';
import { NewAnalysisForm } from './NewAnalysisForm';
import { useAnalysisEdits } from './useAnalysisEdits';
import '../../styles/analysis.css';

/** “Leads: …” and the rows the lead hangs on, in words. */
function summary(view: View): string {
  const hyps = view.analysis.hypotheses;
  const code = (id: string) => `H${hyps.findIndex((h) => h.id === id) + 1}`;
  if (!view.rows.length) return 'No rows yet: add claims below.';
  const lead =
    view.leaders.length === hyps.length ? 'No hypothesis leads yet (all tied).' : `Leads: ${view.leaders.map((id) => `${code(id)} ${hyps.find((h) => h.id === id)?.label}`).join(' and ')}.`;
  const sensitive = view.rows.filter((r) => r.sensitive);
  return `${lead} ${sensitive.length ? `The lead hangs on ${sensitive.length === 1 ? 'one row' : `${sensitive.length} rows`}: without it (or with its source wrong) another hypothesis would lead.` : 'No single row changes the lead.'}`;
}

export function AnalysisView() {
  const toasts = useToasts();
  const [openId, setOpenId] = useState(openedAnalysis);
  const [fresh, setFresh] = useState<View | null>(null);
  const [byDiagnosticity, setByDiagnosticity] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const matrixBox = useRef<HTMLDivElement>(null);
  const list = useQuery('analyses.list', {}, { keepPrevious: true }).data?.analyses;
  const loaded = useQuery('analyses.get', openId ? { id: openId } : null, { keepPrevious: true });
  const current = loaded.data?.analysis.id === openId ? loaded.data : undefined;
  // A write's own answer is shown until the cached read is as new.
  const view = fresh && fresh.analysis.id === openId && (!current || fresh.analysis.updatedAt > current.analysis.updatedAt) ? fresh : current;

  const open = (id: string | null) => {
    rememberAnalysis(id);
    setOpenId(id);
    setFresh(null);
  };
  const refocus = () => requestAnimationFrame(() => matrixBox.current?.querySelector<HTMLElement>('[role=grid] [tabindex="0"]')?.focus());
  const { edit, ui } = useAnalysisEdits(view, setFresh, refocus);
  const rows = view ? (byDiagnosticity ? [...view.rows].sort((a, b) => b.diagnosticity - a.diagnosticity) : view.rows) : [];

  const remove = async () => {
    if (!view) return;
    setDeleting(false);
    try {
      await call('analyses.delete', { id: view.analysis.id });
      toasts.info(`Deleted the analysis “${view.analysis.question}”.`);
      open(null);
    } catch (err) {
      toasts.failure(err);
    }
  };
  return (
    <div className="ach-view">
      <nav className="ach-list" aria-label="Analyses">
        <div className="pane-header">
          <h2 className="pane-header__title">Analyses</h2>
        </div>
        <ul className="ach-list__items">
          {(list ?? []).map((a) => (
            <li key={a.id}>
              <button type="button" className="ach-list__item" aria-current={a.id === openId ? 'true' : undefined} onClick={() => open(a.id)}>
                <span className="ach-list__question">{a.question}</span>
                <span className="muted">
                  {a.hypotheses} hypotheses · {a.rows} rows
                </span>
              </button>
            </li>
          ))}
          {list?.length === 0 && <li className="muted ach-list__empty">No analyses yet.</li>}
        </ul>
        <NewAnalysisForm onCreated={(v) => (open(v.analysis.id), setFresh(v))} />
      </nav>
      <section className="ach-main" aria-label="Analysis of competing hypotheses">
        {!view && <p className="muted ach-main__empty">{loaded.error && openId ? 'This analysis is no longer in the notebook.' : 'Open an analysis, or start one: a question and two or more hypotheses.'}</p>}
        {view && (
          <>
            <div className="pane-header ach-main__header">
              <h2 className="pane-header__title">{view.analysis.question}</h2>
              <button type="button" className="button button--quiet" aria-pressed={byDiagnosticity} onClick={() => setByDiagnosticity((v) => !v)}>
                Sort by diagnosticity
              </button>
              <button type="button" className="button button--quiet" onClick={() => setDeleting(true)}>
                Delete analysis
              </button>
            </div>
            <p className="ach-summary" aria-live="polite">
              {summary(view)}
            </p>
            <div className="ach-matrix" ref={matrixBox}>
              {view.rows.length > 0 && <AchMatrix view={view} rows={rows} onEdit={edit} />}
            </div>
            <p className="muted ach-help">
              Arrows move · type C, CC, N, NA, I, II (or 1–6) to rate · L/M/H sets relevance or credibility · Delete clears · Enter edits the note. Dimmed rows are not
              diagnostic.
            </p>
            {ui}
            <HypothesesEditor view={view} onChanged={setFresh} />
            <AddRows view={view} onChanged={setFresh} />
          </>
        )}
      </section>
      {deleting && view && (
        <ConfirmDialog
          title="Delete this analysis?"
          message={`“${view.analysis.question}” with its hypotheses and ratings goes for good (the claims stay in the notebook; the audit log keeps what it held).`}
          keepLabel="Keep it"
          confirmLabel="Delete analysis"
          onKeep={() => setDeleting(false)}
          onConfirm={() => void remove()}
        />
      )}
    </div>
  );
}
