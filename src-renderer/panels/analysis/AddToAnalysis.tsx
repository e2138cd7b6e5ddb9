/** “Add to analysis…” on a claim: a short list of the notebook's analyses; choosing one adds the claim as a row. */
import { useRef, useState } from 'react';
import { call } from '../../app/api';
import { useDispatch } from '../../app/state';
import { useToasts } from '../../app/toasts';
import { useQuery } from '../../app/use-query';
import { rememberAnalysis } from './analysis-open';

export function AddToAnalysis({ claimId }: { claimId: string }) {
  const [open, setOpen] = useState(false);
  const toasts = useToasts();
  const dispatch = useDispatch();
  const button = useRef<HTMLButtonElement>(null);
  const analyses = useQuery('analyses.list', open ? {} : null).data?.analyses;

  const show = (id: string) => {
    rememberAnalysis(id);
    dispatch({ type: 'setView', view: 'analysis' });
  };
  const add = async (id: string, question: string) => {
    setOpen(false);
    try {
      await call('analyses.addRow', { id, claimId });
      toasts.info(`Added to “${question}”.`, { label: 'Open', run: () => show(id) });
    } catch (err) {
      toasts.failure(err);
    }
    button.current?.focus();
  };

  return (
    <span className="ach-add-to">
      <button type="button" className="button" aria-expanded={open} ref={button} onClick={() => setOpen((v) => !v)}>
        Add to analysis…
      </button>
      {open && (
        <ul
          className="ach-add-to__menu"
          aria-label="Add the claim to an analysis"
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            e.stopPropagation();
            setOpen(false);
            button.current?.focus();
          }}
        >
          {analyses?.length === 0 && (
            <li>
              <button type="button" className="ach-add-to__item" onClick={() => (setOpen(false), dispatch({ type: 'setView', view: 'analysis' }))}>
                No analyses yet: start one…
              </button>
            </li>
          )}
          {(analyses ?? []).map((a) => (
            <li key={a.id}>
              <button type="button" className="ach-add-to__item" onClick={() => void add(a.id, a.question)}>
                {a.question}
              </button>
            </li>
          ))}
        </ul>
      )}
    </span>
  );
}
