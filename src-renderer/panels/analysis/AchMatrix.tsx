/**
 * The ACH matrix as an ARIA grid with one tab stop: arrow keys (Home/End) move between cells,
 * typing rates a hypothesis cell (C, CC, N, NA, I, II or 1–6), L/M/H sets relevance or credibility,
 * Delete clears, Enter edits the note of a cell (or of the row, on its text).
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import { ACH_RATING_LABELS, type AchRating, type AchWeight } from '../../../src-main/contract/ach';
import type { AnalysisRow, AnalysisView } from '../../../src-main/contract/methods-analyses';
import { typeRating, typeWeight } from './rating-keys';

export type MatrixEdit =
  | { kind: 'rate'; row: AnalysisRow; hypothesisId: string; rating: AchRating | null }
  | { kind: 'relevance'; row: AnalysisRow; value: AchWeight }
  | { kind: 'credibility'; row: AnalysisRow; value: AchWeight | null }
  | { kind: 'note'; row: AnalysisRow; hypothesisId: string | null }
  | { kind: 'remove'; row: AnalysisRow };

/** Columns before the hypotheses: the row's text, its relevance, its credibility. */
const FIXED = 3;

const score = (n: number) => (n === 0 ? '0' : n.toFixed(2));

export function AchMatrix({ view, rows, onEdit }: { view: AnalysisView; rows: AnalysisRow[]; onEdit(edit: MatrixEdit): void }) {
  const hyps = view.analysis.hypotheses;
  const [at, setAt] = useState({ row: 0, col: FIXED });
  // Keys can come faster than renders: the handlers read the position from here, not from `at`.
  const pos = useRef(at);
  const typed = useRef('');
  const grid = useRef<HTMLTableElement>(null);
  const cols = FIXED + hyps.length;
  const clamp = (p: { row: number; col: number }) => ({ row: Math.max(0, Math.min(rows.length - 1, p.row)), col: Math.max(0, Math.min(cols - 1, p.col)) });
  const { row, col } = clamp(at);

  const moveTo = (r: number, c: number) => {
    const next = clamp({ row: r, col: c });
    typed.current = '';
    pos.current = next;
    setAt(next);
    grid.current?.querySelector<HTMLElement>(`[data-cell="${next.row}:${next.col}"]`)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const { row, col } = clamp(pos.current);
    const current = rows[row];
    const hyp = col >= FIXED ? hyps[col - FIXED] : null;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [row - 1, col],
      ArrowDown: [row + 1, col],
      ArrowLeft: [row, col - 1],
      ArrowRight: [row, col + 1],
      Home: [row, 0],
      End: [row, cols - 1],
    };
    if (moves[e.key]) {
      e.preventDefault();
      moveTo(...moves[e.key]);
      return;
    }
    if (!current) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      onEdit({ kind: 'note', row: current, hypothesisId: hyp?.id ?? null });
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      typed.current = '';
      if (hyp) onEdit({ kind: 'rate', row: current, hypothesisId: hyp.id, rating: null });
      else if (col === 2) onEdit({ kind: 'credibility', row: current, value: null });
      else if (col === 0) onEdit({ kind: 'remove', row: current });
    } else if (hyp) {
      const next = typeRating(typed.current, e.key);
      if (!next) return;
      e.preventDefault();
      typed.current = next.typed;
      onEdit({ kind: 'rate', row: current, hypothesisId: hyp.id, rating: next.rating });
    } else if (col === 1 || col === 2) {
      const weight = typeWeight(e.key);
      if (!weight) return;
      e.preventDefault();
      onEdit(col === 1 ? { kind: 'relevance', row: current, value: weight } : { kind: 'credibility', row: current, value: weight });
    }
  };

  const cellProps = (r: number, c: number) => ({
    'data-cell': `${r}:${c}`,
    tabIndex: r === row && c === col ? 0 : -1,
    onFocus: () => {
      if (r !== pos.current.row || c !== pos.current.col) typed.current = '';
      pos.current = { row: r, col: c };
      setAt(pos.current);
    },
  });
  const leads = (id: string) => view.leaders.includes(id) && view.leaders.length < hyps.length;

  return (
    <table className="ach-grid" role="grid" aria-label={`Matrix: ${view.analysis.question}`} aria-rowcount={rows.length + 1} ref={grid} onKeyDown={onKeyDown}>
      <thead>
        <tr>
          <th scope="col" className="ach-grid__text">Evidence and assumptions</th>
          <th scope="col">Relevance</th>
          <th scope="col">Credibility</th>
          {hyps.map((h, i) => (
            <th scope="col" key={h.id} className={leads(h.id) ? 'ach-grid__hyp ach-lead' : 'ach-grid__hyp'} title={h.label}>
              <span className="ach-grid__code">H{i + 1}</span> {h.label}
              {leads(h.id) && <span className="ach-badge">leads</span>}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, ri) => (
          <tr key={r.id} className={`${r.diagnostic ? '' : 'ach-row--flat'}${r.sensitive ? ' ach-row--sensitive' : ''}`} aria-rowindex={ri + 2}>
            <th scope="row" className="ach-grid__text" {...cellProps(ri, 0)} aria-label={`${r.text}${r.diagnostic ? '' : ' (not diagnostic)'}${r.sensitive ? ' (sensitive)' : ''}`}>
              <span className="ach-grid__statement">{r.text}</span>
              {!r.claimId && <span className="ach-badge ach-badge--quiet">assumption</span>}
              {r.sensitive && <span className="ach-badge ach-badge--warn" title="Without this row, or with its source wrong, another hypothesis would lead">sensitive</span>}
              {r.note && <span className="ach-grid__note">{r.note}</span>}
            </th>
            <td role="gridcell" {...cellProps(ri, 1)} aria-label={`Relevance ${r.relevance}`}>
              {r.relevance}
            </td>
            <td
              role="gridcell"
              {...cellProps(ri, 2)}
              aria-label={`Credibility ${r.credibilityWeight}${r.credibilityOverride ? ' (set by hand)' : ''}`}
              title={r.claimId ? `From the grades: claim ${r.claimCredibility ?? 'not graded'}, source ${r.sourceReliability ?? '—'} → ${r.gradedWeight}` : 'A free-text row: medium unless set'}
            >
              {r.credibilityWeight}
              {r.credibilityOverride && <span className="ach-grid__override" aria-hidden="true"> ✎</span>}
              {r.claimId && (
                <span className="ach-grid__grades">
                  {r.claimCredibility ?? '–'}/{r.sourceReliability ?? '–'}
                </span>
              )}
            </td>
            {hyps.map((h, hi) => {
              const rating = r.ratings[h.id];
              const note = r.cellNotes[h.id];
              return (
                <td
                  role="gridcell"
                  key={h.id}
                  {...cellProps(ri, FIXED + hi)}
                  className={`ach-cell ach-cell--${rating ?? 'none'}${leads(h.id) ? ' ach-lead' : ''}`}
                  aria-label={`H${hi + 1}: ${rating ? ACH_RATING_LABELS[rating] : 'not rated'}${note ? `. Note: ${note}` : ''}`}
                  title={note}
                >
                  {rating ?? '·'}
                  {note && <span className="ach-cell__dot" aria-hidden="true" />}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="ach-scores">
          <th scope="row" colSpan={FIXED}>
            Weighted inconsistency <span className="muted">(count)</span>
          </th>
          {view.scores.map((s) => (
            <td key={s.hypothesisId} className={leads(s.hypothesisId) ? 'ach-lead' : ''} data-testid="ach-score">
              {score(s.weighted)} <span className="muted">({s.inconsistencies})</span>
            </td>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}
