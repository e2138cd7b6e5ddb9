/** Starts an analysis: the question and two or more hypotheses, one per line. */
import { useState } from 'react';
import type { AnalysisView } from '../../../src-main/contract/methods-analyses';
import { call, messageOf } from '../../app/api';

export function NewAnalysisForm({ onCreated }: { onCreated(view: AnalysisView): void }) {
  const [question, setQuestion] = useState('');
  const [hypotheses, setHypotheses] = useState('');
  const [error, setError] = useState<string | null>(null);
  const lines = hypotheses.split('\n').map((l) => l.trim()).filter(Boolean);

  const submit = async () => {
    if (!question.trim()) return setError('Write the question the analysis answers.');
    if (lines.length < 2) return setError('Write at least two hypotheses, one per line.');
    try {
      setError(null);
      onCreated(await call('analyses.create', { question, hypotheses: lines }));
      setQuestion('');
      setHypotheses('');
    } catch (err) {
      setError(messageOf(err));
    }
  };

  return (
    <form
      className="ach-new"
      aria-label="New analysis"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 className="ach-new__title">New analysis</h3>
      <label className="field">
        <span className="field__label">Question</span>
        <input className="input" value={question} onChange={(e) => setQuestion(e.target.value)} placeholder="What are we trying to explain?" />
      </label>
      <label className="field">
        <span className="field__label">Hypotheses, one per line</span>
        <textarea className="input ach-new__hypotheses" rows={3} value={hypotheses} onChange={(e) => setHypotheses(e.target.value)} />
      </label>
      {error && (
        <p className="ach-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button--primary">
        Create analysis
      </button>
    </form>
  );
}
