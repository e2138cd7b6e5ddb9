/**
 * Ctrl/Cmd+K: one box over sources, claims and the brief, with how many results there are and
 * how many matches each source holds. Arrow keys move, Enter opens the hit (a source opens on the
 * words its snippet shows, with its matches marked; a claim opens its card), Escape closes.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../../src-main/contract/domain';
import { call, messageOf } from '../../app/api';
import { useOpenBriefWhenSaved } from '../../app/open-brief';
import { useDispatch } from '../../app/state';
import { parseSnippet } from './snippet';

/** What had the focus when the palette opened: a hit opened in the reader gives it back on Escape. */
let focusedBeforeSearch: HTMLElement | null = null;
export const elementFocusedBeforeSearch = () => (focusedBeforeSearch?.isConnected ? focusedBeforeSearch : null);

const KIND_LABEL: Record<SearchHit['kind'], string> = { source: 'Source', claim: 'Claim', brief: 'Brief' };

export function SearchPalette({ onClose }: { onClose(): void }) {
  const dispatch = useDispatch();
  const openBrief = useOpenBriefWhenSaved();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [total, setTotal] = useState(0);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [searching, setSearching] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);

  const before = useRef(document.activeElement); // read while rendering, before the box takes the focus
  useEffect(() => {
    focusedBeforeSearch = before.current instanceof HTMLElement && before.current !== document.body ? before.current : null;
    input.current?.focus();
  }, []);

  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setHits([]);
      setTotal(0);
      setError(null);
      return;
    }
    let alive = true;
    setSearching(true);
    const timer = setTimeout(() => {
      call('search.query', { query: q, limit: 30 }).then(
        (v) => {
          if (!alive) return;
          setHits(v.hits);
          setTotal(v.total);
          setActive(0);
          setError(null);
          setSearching(false);
        },
        (err: unknown) => {
          if (!alive) return;
          setError(messageOf(err));
          setHits([]);
          setTotal(0);
          setSearching(false);
        },
      );
    }, 120);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [query]);

  useEffect(() => {
    list.current?.querySelector<HTMLElement>('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const open = (hit: SearchHit) => {
    onClose();
    if (hit.kind === 'brief') {
      openBrief(hit.id);
      return;
    }
    if (hit.kind === 'claim') {
      // A claim hit's offsets point into its statement: open the claim and show its passage.
      dispatch({ type: 'openClaim', claimId: hit.id, sourceId: hit.sourceId });
      call('claims.get', { id: hit.id }).then(
        ({ claim }) => dispatch({ type: 'showPassage', sourceId: claim.sourceId, start: claim.start, end: claim.end, claimId: claim.id }),
        () => undefined, // the claim card says what went wrong
      );
      return;
    }
    if (hit.start !== null && hit.end !== null) dispatch({ type: 'openSearchHit', sourceId: hit.sourceId, query: query.trim(), start: hit.start, end: hit.end });
    else dispatch({ type: 'selectSource', sourceId: hit.sourceId });
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((i) => Math.min(hits.length - 1, i + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (e.key === 'Enter' && hits[active]) {
      e.preventDefault();
      open(hits[active]);
    }
  };

  return (
    <div className="palette-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="palette" role="dialog" aria-modal="true" aria-label="Search" onKeyDown={onKeyDown}>
        <input
          ref={input}
          className="palette__input"
          type="text"
          autoComplete="off"
          spellCheck={false}
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls="palette-results"
          aria-activedescendant={hits[active] ? `hit-${active}` : undefined}
          placeholder="Search sources, claims and the brief…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        {error ? (
          <p className="palette__message">{error}</p>
        ) : query.trim() && !searching && hits.length === 0 ? (
          <p className="palette__message">Nothing found for “{query.trim()}”. Try fewer words, or a word’s beginning followed by * (e.g. sanction*).</p>
        ) : !query.trim() ? (
          <p className="palette__message muted">Type to search every source’s text, your claims and the brief. Use "quotes" for a phrase.</p>
        ) : null}
        {hits.length > 0 && (
          <p className="palette__count" role="status">
            {resultCount(hits.length, total)}
          </p>
        )}
        {hits.length > 0 && (
          <ul id="palette-results" className="palette__results" role="listbox" ref={list}>
            {hits.map((hit, i) => (
              <li
                key={`${hit.kind}-${hit.id}-${i}`}
                id={`hit-${i}`}
                role="option"
                aria-selected={i === active}
                className={`palette__hit${i === active ? ' is-active' : ''}`}
                onMouseMove={() => setActive(i)}
                onClick={() => open(hit)}
              >
                <span className={`palette__kind palette__kind--${hit.kind}`}>{KIND_LABEL[hit.kind]}</span>
                <span className="palette__body">
                  <span className="palette__title-row">
                    <span className="palette__title">{hit.title}</span>
                    {hit.kind === 'source' && <span className="palette__matches">{plural(hit.matches, 'match', 'matches')}</span>}
                  </span>
                  <span className="palette__snippet">
                    {parseSnippet(hit.snippet).map((part, k) => (part.match ? <mark key={k}>{part.text}</mark> : <span key={k}>{part.text}</span>))}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        )}
        <div className="palette__footer muted">↑↓ to move · Enter to open · Esc to close</div>
      </div>
    </div>
  );
}

const numberFormat = new Intl.NumberFormat();
const plural = (n: number, one: string, many: string) => `${numberFormat.format(n)} ${n === 1 ? one : many}`;

function resultCount(shown: number, total: number): string {
  if (shown >= total) return plural(total, 'result', 'results');
  return `${plural(total, 'result', 'results')} · the best ${numberFormat.format(shown)} shown; add words to narrow`;
}
