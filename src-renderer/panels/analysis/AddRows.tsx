/**
 * Adds rows to the matrix: claims found by their words (↓ into the results, Enter adds), or an
 * assumption / absent evidence in free text.
 */
import { useState, type KeyboardEvent } from 'react';
import type { AnalysisView } from '../../../src-main/contract/methods-analyses';
import { call, messageOf } from '../../app/api';
import { useQuery } from '../../app/use-query';
import { AddTextForm } from './AddTextForm';

export function AddRows({ view, onChanged }: { view: AnalysisView; onChanged(view: AnalysisView): void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const words = text.trim();
  const found = useQuery('claims.query', words ? { text: words, limit: 8 } : null, { keepPrevious: true }).data?.claims ?? [];
  const inMatrix = new Set(view.rows.map((r) => r.claimId));
  const results = words ? found.filter((c) => !inMatrix.has(c.id)) : [];
  const id = view.analysis.id;

  const add = async (input: { claimId?: string; text?: string }) => {
    try {
      setError(null);
      onChanged(await call('analyses.addRow', { id, ...input }));
      return true;
    } catch (err) {
      setError(messageOf(err));
      return false;
    }
  };

  const listKeys = (e: KeyboardEvent<HTMLElement>) => {
    const items = [...(e.currentTarget.closest('.ach-add')?.querySelectorAll<HTMLElement>('.ach-add__result') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'ArrowDown') items[Math.min(items.length - 1, i + 1)]?.focus();
    else if (e.key === 'ArrowUp') (i <= 0 ? e.currentTarget.closest('.ach-add')?.querySelector<HTMLElement>('input') : items[i - 1])?.focus();
    else return;
    e.preventDefault();
  };

  return (
    <div className="ach-add">
      <label className="field">
        <span className="field__label">Add claims: find them by their words</span>
        <input className="input" type="search" value={text} onChange={(e) => setText(e.target.value)} onKeyDown={listKeys} placeholder="e.g. missile" />
      </label>
      {words && (
        <ul className="ach-add__results" aria-label="Claims found" onKeyDown={listKeys}>
          {results.length === 0 && <li className="muted">No claim outside the matrix has these words.</li>}
          {results.map((c) => (
            <li key={c.id}>
              <button type="button" className="ach-add__result" onClick={() => void add({ claimId: c.id })}>
                <span className="ach-add__statement">{c.statement}</span>
                <span className="muted"> — {c.sourceTitle}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <AddTextForm
        className="ach-add__assumption"
        fieldClassName="field"
        label="Or an assumption, or evidence that is absent"
        button="Add row"
        onAdd={(assumption) => add({ text: assumption })}
      />
      {error && (
        <p className="ach-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
