/**
 * Find in the open source (Ctrl/Cmd+F) and stepping through a search hit's matches. One bar:
 * opened from the palette it shows the search's own matches (as the index found them); typing in
 * it finds the typed text case- and diacritic-insensitively. Enter / Shift+Enter or F3 /
 * Shift+F3 step, Escape closes and gives focus back to where it was; Ctrl/Cmd+Enter closes with
 * the current match selected in the text (ready to be extended or made a claim).
 */
import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Block, TextRange } from '../../../src-main/contract/domain';
import { call, messageOf } from '../../app/api';
import { isModKey, MOD_LABEL } from '../../app/labels';
import { useAppState } from '../../app/state';
import type { ReaderHandle } from '../../editor/reader/ReaderEditor';
import { useFindHighlights } from '../../editor/reader/FindHighlights';
import { elementFocusedBeforeSearch } from '../search/SearchPalette';
import { findAll, foldBlocks, type FoldedText } from './find-text';
import { selectMatchInReader } from './select-match';

type Origin = 'find' | 'search';

const NONE: TextRange[] = [];

interface SearchMatches {
  query: string;
  matches: TextRange[];
  /** Where the opened hit's match sits among them. */
  first: number;
}

/** The last hit handled: coming back to its source later does not open the bar again. */
let handledHitNonce = 0;

export function FindBar({ reader, blocks, sourceId }: { reader: RefObject<ReaderHandle | null>; blocks: Block[]; sourceId: string }) {
  const { searchHit, view, paletteOpen } = useAppState();
  const [open, setOpen] = useState(false);
  const [origin, setOrigin] = useState<Origin>('find');
  const [query, setQuery] = useState('');
  const [searched, setSearched] = useState<SearchMatches | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [current, setCurrent] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const folded = useRef<FoldedText | null>(null);

  const deferredQuery = useDeferredValue(query);
  const found = useMemo(() => {
    if (!open || origin !== 'find') return NONE;
    folded.current ??= foldBlocks(blocks);
    return findAll(folded.current, deferredQuery);
  }, [open, origin, blocks, deferredQuery]);
  const matches = origin === 'search' ? (searched?.matches ?? NONE) : found;

  // Focus (and select) the box right after the render that shows it, before the next key arrives.
  const [focusRequest, setFocusRequest] = useState(0);
  const focusInput = () => setFocusRequest((n) => n + 1);
  useLayoutEffect(() => {
    if (focusRequest) input.current?.select();
  }, [focusRequest]);

  // A search hit opened from the palette: fetch the search's matches in this source.
  const latestHit = useRef(0);
  const hitNonce = searchHit?.sourceId === sourceId ? searchHit.nonce : null;
  useEffect(() => {
    if (!searchHit || hitNonce === null || hitNonce <= handledHitNonce) return;
    handledHitNonce = hitNonce;
    latestHit.current = hitNonce;
    const mine = () => latestHit.current === hitNonce;
    setOpen(true);
    setOrigin('search');
    setQuery(searchHit.query);
    setError(null);
    setSearched(null);
    returnFocus.current = elementFocusedBeforeSearch();
    call('search.matches', { sourceId, query: searchHit.query }).then(
      ({ matches: list }) => {
        if (!mine()) return;
        const exact = list.findIndex((m) => m.start === searchHit.start);
        const after = list.findIndex((m) => m.start >= searchHit.start);
        const first = exact >= 0 ? exact : Math.max(0, after);
        setSearched({ query: searchHit.query, matches: list, first });
        setCurrent(first);
      },
      (err: unknown) => mine() && setError(messageOf(err)),
    );
    focusInput();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new hit (its nonce) reopens the bar
  }, [hitNonce]);

  // While typing, stay on the first match at or after the one shown.
  const lastStart = useRef(0);
  useEffect(() => {
    if (origin !== 'find') return;
    const i = found.findIndex((m) => m.start >= lastStart.current);
    setCurrent(i >= 0 ? i : 0);
  }, [found, origin]);
  useEffect(() => {
    if (matches[current]) lastStart.current = matches[current].start;
  }, [matches, current]);

  const step = useCallback((delta: 1 | -1) => setCurrent((i) => (matches.length ? (i + delta + matches.length) % matches.length : 0)), [matches.length]);

  const close = useCallback(() => {
    setOpen(false);
    const back = returnFocus.current;
    returnFocus.current = null;
    if (back?.isConnected) back.focus();
    else document.querySelector<HTMLElement>('.reader-doc')?.focus({ preventScroll: true });
  }, []);

  // Ctrl/Cmd+F opens the bar (or selects its text); F3 / Shift+F3 step while it is open.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (view !== 'reader' || paletteOpen) return; // the brief keeps the browser's own find
      if (isModKey(e) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        const active = document.activeElement;
        if (active instanceof HTMLElement && active !== input.current && !active.closest('.find-bar')) returnFocus.current = active;
        if (!open && origin === 'search') {
          // A closed search bar reopens as plain find.
          setOrigin('find');
          setQuery('');
        }
        setOpen(true);
        focusInput();
      } else if (open && e.key === 'F3') {
        e.preventDefault();
        step(e.shiftKey ? -1 : 1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, origin, step, view, paletteOpen]);

  useFindHighlights(reader, matches, current, open);

  if (!open) return null;

  /** The current match for what is typed now (the list shown may lag a keystroke behind). */
  const matchNow = (): TextRange | undefined => {
    if (origin !== 'find' || deferredQuery === query) return matches[current];
    const list = findAll((folded.current ??= foldBlocks(blocks)), query);
    return list.find((m) => m.start >= lastStart.current) ?? list[0];
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && isModKey(e)) {
      e.preventDefault();
      const match = matchNow();
      if (!match) return;
      setOpen(false);
      returnFocus.current = null;
      selectMatchInReader(reader, match);
    } else if (e.key === 'Enter' && e.target === input.current) {
      e.preventDefault();
      step(e.shiftKey ? -1 : 1);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close();
    }
  };

  const pending = origin === 'search' && !searched && !error;
  const count = !query.trim() ? '' : pending ? 'Searching…' : matches.length ? `${current + 1} of ${matches.length}` : origin === 'search' ? 'No matches in the text' : 'No matches';

  return (
    <div className="find-bar" role="search" aria-label="Find in this source" onKeyDown={onKeyDown}>
      <span className="find-bar__label">{origin === 'search' ? 'Search hits' : 'Find'}</span>
      <input
        ref={input}
        className="input find-bar__input"
        type="text"
        aria-label={origin === 'search' ? 'Search words, matched in this source (type to find other text)' : 'Find in this source'}
        placeholder="Find in this source…"
        spellCheck={false}
        autoComplete="off"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOrigin('find');
        }}
      />
      <span className="find-bar__count" role="status" aria-live="polite">
        {error ?? count}
      </span>
      <button type="button" className="button button--quiet button--small" aria-label="Previous match (Shift+Enter)" title="Previous match (Shift+Enter, Shift+F3)" disabled={matches.length === 0} onClick={() => step(-1)}>
        ↑
      </button>
      <button type="button" className="button button--quiet button--small" aria-label="Next match (Enter)" title="Next match (Enter, F3)" disabled={matches.length === 0} onClick={() => step(1)}>
        ↓
      </button>
      <button type="button" className="button button--quiet button--small" aria-label="Close find (Escape)" title={`Close (Esc) · ${MOD_LABEL}F to find`} onClick={close}>
        ✕
      </button>
    </div>
  );
}
