/**
 * The open source's suggested claims, best first, each explained by its kinds. Made to be gone
 * through from the keyboard: J/K (or ↓/↑) move, A accepts (a claim with the event date filled in),
 * D dismisses, Enter shows the passage in the reader; after A or D the focus is on the next one.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { SUGGESTION_KIND_LABELS, type Suggestion } from '../../../src-main/contract/suggestion';
import { call } from '../../app/api';
import { useSourceSuggestions } from '../../app/queries';
import { useDispatch } from '../../app/state';
import { useToasts } from '../../app/toasts';
import { useReadingProgress } from './useReadingProgress';
import '../../styles/suggestions.css';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export function SuggestionList({ sourceId }: { sourceId: string }) {
  const { data, error, requested } = useSourceSuggestions(sourceId);
  const dispatch = useDispatch();
  const toasts = useToasts();
  const [decided, setDecided] = useState<ReadonlySet<string>>(new Set());
  const [active, setActive] = useState(0);
  const [focusWanted, setFocusWanted] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  const reading = useReadingProgress(sourceId, requested && !data && !error);
  const items = useMemo(() => (data ?? []).filter((s) => !decided.has(s.id)), [data, decided]);
  const current = Math.min(active, Math.max(0, items.length - 1));

  useEffect(() => {
    if (focusWanted) listRef.current?.querySelector<HTMLElement>(`[data-index="${current}"]`)?.focus();
  }, [focusWanted, current, items]);

  const move = (to: number) => {
    setActive(Math.max(0, Math.min(items.length - 1, to)));
    setFocusWanted((n) => n + 1);
  };
  const hide = (id: string, hidden: boolean) =>
    setDecided((set) => {
      const next = new Set(set);
      if (hidden) next.add(id);
      else next.delete(id);
      return next;
    });

  const accept = async (s: Suggestion) => {
    hide(s.id, true);
    setFocusWanted((n) => n + 1);
    try {
      const { claim } = await call('suggestions.accept', { id: s.id });
      toasts.info(`Claim made${claim.eventDate ? ` (event date ${claim.eventDate})` : ''}.`, { label: 'Open', run: () => dispatch({ type: 'openClaim', claimId: claim.id, sourceId }) });
    } catch (err) {
      hide(s.id, false);
      toasts.failure(err);
    }
  };
  const dismiss = async (s: Suggestion) => {
    hide(s.id, true);
    setFocusWanted((n) => n + 1);
    try {
      await call('suggestions.dismiss', { id: s.id });
      toasts.info('Suggestion dismissed.', {
        label: 'Undo',
        run: () => {
          void call('suggestions.restore', { id: s.id }).then(() => hide(s.id, false), toasts.failure);
        },
      });
    } catch (err) {
      hide(s.id, false);
      toasts.failure(err);
    }
  };
  const show = (s: Suggestion) => dispatch({ type: 'showPassage', sourceId, start: s.start, end: s.end });

  const onKey = (e: KeyboardEvent<HTMLLIElement>, s: Suggestion, index: number) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const onRow = e.target === e.currentTarget;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    const act: Record<string, () => void> = {
      j: () => move(index + 1),
      ArrowDown: () => move(index + 1),
      k: () => move(index - 1),
      ArrowUp: () => move(index - 1),
      Home: () => move(0),
      End: () => move(items.length - 1),
      a: () => void accept(s),
      d: () => void dismiss(s),
    };
    if (onRow) act.Enter = () => show(s);
    if (!act[key] || (e.shiftKey && key !== 'a' && key !== 'd')) return;
    e.preventDefault();
    act[key]();
  };

  if (error && !data) return <p className="muted suggestions__hint">Suggestions could not be read: {error}</p>;
  if (!data) {
    return (
      <p className="muted suggestions__hint suggestions__reading">
        Reading the source for passages worth checking…
        {reading !== null && <progress max={1} value={reading} aria-label="Reading the source for suggestions" />}
      </p>
    );
  }
  return (
    <section className="suggestions" aria-labelledby="suggestions-title">
      <div className="suggestions__header">
        <h3 className="suggestions__title" id="suggestions-title">
          Suggested claims
        </h3>
        <span className="muted">{items.length ? `${items.length}, best first` : 'none left'}</span>
      </div>
      {items.length > 0 && (
        <p className="muted suggestions__hint">
          <kbd>J</kbd>/<kbd>K</kbd> next/previous · <kbd>A</kbd> accept · <kbd>D</kbd> dismiss · <kbd>Enter</kbd> show in text
        </p>
      )}
      <ul className="suggestion-list" ref={listRef} aria-label="Suggested claims, best first">
        {items.map((s, i) => (
          <li
            key={s.id}
            className={i === current ? 'suggestion is-current' : 'suggestion'}
            data-suggestion-id={s.id}
            data-index={i}
            tabIndex={i === current ? 0 : -1}
            aria-label={`Suggestion ${i + 1} of ${items.length}: ${oneLine(s.exact)}. Why: ${s.kinds.map((k) => SUGGESTION_KIND_LABELS[k]).join(', ')}.`}
            onFocus={(e) => e.target === e.currentTarget && setActive(i)}
            onKeyDown={(e) => onKey(e, s, i)}
          >
            <span
              className="suggestion__text"
              onClick={() => {
                setActive(i);
                show(s);
              }}
            >
              {oneLine(s.exact)}
            </span>
            <span className="suggestion__meta">
              {s.kinds.map((k) => (
                <span key={k} className="suggestion__kind" title={SUGGESTION_KIND_LABELS[k]}>
                  {k}
                </span>
              ))}
              {s.eventDate && <span className="suggestion__date" title={s.approximate ? 'Event date, approximate (from a relative date)' : 'Event date'}>{`${s.approximate ? '≈ ' : ''}${s.eventDate}`}</span>}
              <span className="suggestion__score" title="How worth checking, 0 to 1">
                {s.score.toFixed(2)}
              </span>
            </span>
            {/* The actions of the current suggestion only: the list stays a quiet column of passages. */}
            <span className="suggestion__actions" hidden={i !== current}>
              <button type="button" className="button button--small" tabIndex={i === current ? 0 : -1} onClick={() => void accept(s)}>
                Accept <kbd>A</kbd>
              </button>
              <button type="button" className="button button--small" tabIndex={i === current ? 0 : -1} onClick={() => void dismiss(s)}>
                Dismiss <kbd>D</kbd>
              </button>
              <button type="button" className="link-button" tabIndex={i === current ? 0 : -1} onClick={() => show(s)}>
                Show in text
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
