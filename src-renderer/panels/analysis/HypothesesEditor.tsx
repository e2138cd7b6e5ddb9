/**
 * The question and the hypotheses of an analysis, editable: rename in place (Enter or leaving the
 * field saves), add one, remove one (it takes its ratings: asks first).
 */
import { useState } from 'react';
import type { AnalysisHypothesis, AnalysisView } from '../../../src-main/contract/methods-analyses';
import { call } from '../../app/api';
import { useToasts } from '../../app/toasts';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { AddTextForm } from './AddTextForm';

function SavedInput({ label, value, onSave }: { label: string; value: string; onSave(text: string): void }) {
  const [text, setText] = useState(value);
  const [was, setWas] = useState(value);
  if (value !== was) {
    setWas(value);
    setText(value);
  }
  const save = () => text.trim() && text.trim() !== value && onSave(text.trim());
  return (
    <input
      className="input"
      aria-label={label}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={save}
      onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), save())}
    />
  );
}

export function HypothesesEditor({ view, onChanged }: { view: AnalysisView; onChanged(view: AnalysisView): void }) {
  const toasts = useToasts();
  const [removing, setRemoving] = useState<AnalysisHypothesis | null>(null);
  const id = view.analysis.id;
  const write = async (p: Promise<AnalysisView>) => {
    try {
      onChanged(await p);
      return true;
    } catch (err) {
      toasts.failure(err);
      return false;
    }
  };
  const rated = (h: AnalysisHypothesis) => view.rows.some((r) => r.ratings[h.id]);

  return (
    <details className="ach-hypotheses">
      <summary>Question and hypotheses</summary>
      <label className="field">
        <span className="field__label">Question</span>
        <SavedInput label="Question" value={view.analysis.question} onSave={(question) => void write(call('analyses.update', { id, question }))} />
      </label>
      <ol className="ach-hypotheses__list">
        {view.analysis.hypotheses.map((h, i) => (
          <li key={h.id}>
            <SavedInput label={`Hypothesis H${i + 1}`} value={h.label} onSave={(text) => void write(call('analyses.renameHypothesis', { id, hypothesisId: h.id, label: text }))} />
            <button
              type="button"
              className="button button--quiet"
              aria-label={`Remove hypothesis H${i + 1}`}
              disabled={view.analysis.hypotheses.length <= 2}
              title={view.analysis.hypotheses.length <= 2 ? 'An analysis weighs at least two hypotheses' : undefined}
              onClick={() => (rated(h) ? setRemoving(h) : void write(call('analyses.removeHypothesis', { id, hypothesisId: h.id })))}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <AddTextForm
        className="ach-hypothesis-form"
        fieldClassName="field field--inline"
        label="Another hypothesis"
        button="Add hypothesis"
        onAdd={(label) => write(call('analyses.addHypothesis', { id, label }))}
      />
      {removing && (
        <ConfirmDialog
          title="Remove this hypothesis?"
          message={`“${removing.label}” and its ratings leave the matrix (the audit log keeps them).`}
          keepLabel="Keep it"
          confirmLabel="Remove hypothesis"
          onKeep={() => setRemoving(null)}
          onConfirm={() => {
            const h = removing;
            setRemoving(null);
            void write(call('analyses.removeHypothesis', { id, hypothesisId: h.id }));
          }}
        />
      )}
    </details>
  );
}
