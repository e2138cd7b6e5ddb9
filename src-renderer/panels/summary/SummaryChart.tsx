/** One small bar chart of the case summary: a row per bucket, its bar, and its number as a button that shows those claims. */
import type { ReactNode } from 'react';

export interface ChartRow {
  key: string;
  label: ReactNode;
  count: number;
  /** What the number's button says (the claims it opens). */
  buttonText: string;
  /** Its accessible name: what it shows, in words. */
  buttonLabel: string;
  /** A CSS colour for the bar. */
  colour: string;
  /** What the bar measures (defaults to `count`). */
  measure?: number;
}

interface Props {
  title: string;
  rows: ChartRow[];
  onOpen(key: string): void;
}

export function SummaryChart({ title, rows, onOpen }: Props) {
  const largest = Math.max(1, ...rows.map((r) => r.measure ?? r.count));
  return (
    <section className="summary-card" aria-label={title}>
      <h3 className="summary-card__title">{title}</h3>
      <table className="summary-chart">
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className="summary-chart__label">
                {row.label}
              </th>
              <td className="summary-chart__bar-cell" aria-hidden>
                <span className="summary-chart__bar" style={{ width: `${(100 * (row.measure ?? row.count)) / largest}%`, background: row.colour }} />
              </td>
              <td className="summary-chart__count">
                <button type="button" className="summary-number" aria-label={row.buttonLabel} onClick={() => onOpen(row.key)}>
                  {row.buttonText}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
