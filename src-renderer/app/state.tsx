/**
 * Where the analyst is: the selected source and claim, the centre view, a passage to bring into
 * view, and the "add evidence" mode. Kept in one reducer; the view survives a reload.
 */
import { isCentreView, type CentreView } from './views';
import { prefetchSourceOf } from './prefetch-source';
import { createContext, useContext, useEffect, useMemo, useReducer, type Dispatch, type ReactNode } from 'react';
import type { EvidenceRelation } from '../../src-main/contract/domain';

export interface PassageRequest {
  sourceId: string;
  start: number;
  end: number;
  /** Changes every time, so asking for the same passage twice flashes it twice. */
  nonce: number;
}

/** A search hit opened from the palette: the reader marks its matches and steps through them. */
export interface SearchHitRequest {
  sourceId: string;
  query: string;
  /** The match the hit's snippet showed. */
  start: number;
  end: number;
  nonce: number;
}

export interface LinkingMode {
  claimId: string;
  claimSourceId: string;
  statement: string;
  relation: EvidenceRelation;
}

export interface AppState {
  sourceId: string | null;
  claimId: string | null;
  view: CentreView;
  passage: PassageRequest | null;
  linking: LinkingMode | null;
  paletteOpen: boolean;
  /** The brief open in the Brief view (null: the most recently edited one). */
  briefId: string | null;
  searchHit: SearchHitRequest | null;
  /** The entity whose mentions the reader marks (from the Entities view). */
  entityHighlight: { entityId: string; name: string } | null;
}

export type Action =
  | { type: 'selectSource'; sourceId: string | null }
  | { type: 'openClaim'; claimId: string | null; sourceId?: string }
  | { type: 'showPassage'; sourceId: string; start: number; end: number; claimId?: string }
  | { type: 'openSearchHit'; sourceId: string; query: string; start: number; end: number }
  | { type: 'setView'; view: AppState['view'] }
  | { type: 'startLinking'; claimId: string; claimSourceId: string; statement: string }
  | { type: 'setLinkRelation'; relation: EvidenceRelation }
  | { type: 'endLinking' }
  | { type: 'palette'; open: boolean }
  | { type: 'openBrief'; briefId: string | null }
  | { type: 'forget'; sourceId?: string; claimId?: string }
  | { type: 'highlightEntity'; entity: { entityId: string; name: string } | null };

/** An action as the reducer gets it: stamped by the dispatcher with a number no other action had. */
export type StampedAction = Action & { nonce: number };

let nextNonce = 1;

/** Gives the action its number; requests such as "show this passage" carry it, so asking twice shows twice. */
export function stamp(action: Action): StampedAction {
  return { ...action, nonce: nextNonce++ };
}

/** Pure: the same state and stamped action always give the same state. */
export function reducer(state: AppState, action: StampedAction): AppState {
  switch (action.type) {
    case 'selectSource':
      if (action.sourceId === state.sourceId && state.view === 'reader') return state;
      return { ...state, sourceId: action.sourceId, view: 'reader', claimId: state.linking ? state.claimId : null, passage: null };
    case 'openClaim':
      return {
        ...state,
        claimId: action.claimId,
        sourceId: action.sourceId ?? state.sourceId,
      };
    case 'showPassage':
      return {
        ...state,
        sourceId: action.sourceId,
        view: 'reader',
        claimId: action.claimId ?? state.claimId,
        passage: { sourceId: action.sourceId, start: action.start, end: action.end, nonce: action.nonce },
      };
    case 'openSearchHit':
      return {
        ...state,
        sourceId: action.sourceId,
        view: 'reader',
        claimId: state.linking || state.sourceId === action.sourceId ? state.claimId : null,
        passage: null,
        searchHit: { sourceId: action.sourceId, query: action.query, start: action.start, end: action.end, nonce: action.nonce },
      };
    case 'setView':
      return { ...state, view: action.view };
    case 'startLinking':
      return { ...state, linking: { claimId: action.claimId, claimSourceId: action.claimSourceId, statement: action.statement, relation: 'supports' } };
    case 'setLinkRelation':
      return state.linking ? { ...state, linking: { ...state.linking, relation: action.relation } } : state;
    case 'endLinking':
      return state.linking ? { ...state, linking: null, sourceId: state.linking.claimSourceId, claimId: state.linking.claimId, view: 'reader' } : state;
    case 'palette':
      return { ...state, paletteOpen: action.open };
    case 'openBrief':
      return action.briefId === state.briefId ? state : { ...state, briefId: action.briefId };
    case 'highlightEntity':
      return { ...state, entityHighlight: action.entity };
    case 'forget':
      return {
        ...state,
        sourceId: action.sourceId && state.sourceId === action.sourceId ? null : state.sourceId,
        claimId: action.claimId && state.claimId === action.claimId ? null : state.claimId,
      };
  }
}

const STORAGE_KEY = 'casebook.view';

function restore(): AppState {
  const base: AppState = { sourceId: null, claimId: null, view: 'reader', passage: null, linking: null, paletteOpen: false, briefId: null, searchHit: null, entityHighlight: null };
  try {
    const saved = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<AppState> | null;
    if (!saved) return base;
    return {
      ...base,
      sourceId: typeof saved.sourceId === 'string' ? saved.sourceId : null,
      claimId: typeof saved.claimId === 'string' ? saved.claimId : null,
      briefId: typeof saved.briefId === 'string' ? saved.briefId : null,
      view: isCentreView(saved.view) ? saved.view : 'reader',
    };
  } catch {
    return base;
  }
}

/** Forgets the open source and claim (they belong to a notebook being left); the view stays. */
export function forgetPlace(): void {
  try {
    const saved = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<AppState> | null;
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify({ view: saved?.view ?? 'reader' }));
  } catch {
    // nothing remembered, nothing to forget
  }
}

const StateContext = createContext<AppState | null>(null);
const DispatchContext = createContext<Dispatch<Action> | null>(null);

export function AppStateProvider({ children }: { children: ReactNode }) {
  const [state, dispatch] = useReducer(reducer, undefined, restore);
  const { sourceId, claimId, view, briefId } = state;
  useEffect(() => {
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify({ sourceId, claimId, view, briefId }));
    } catch {
      // private mode: the view simply is not remembered
    }
  }, [sourceId, claimId, view, briefId]);
  const stable = useMemo<Dispatch<Action>>(
    () => (action) => {
      prefetchSourceOf(action);
      dispatch(stamp(action));
    },
    [],
  );
  return (
    <DispatchContext.Provider value={stable}>
      <StateContext.Provider value={state}>{children}</StateContext.Provider>
    </DispatchContext.Provider>
  );
}

export function useAppState(): AppState {
  const state = useContext(StateContext);
  if (!state) throw new Error('useAppState outside AppStateProvider');
  return state;
}

export function useDispatch(): Dispatch<Action> {
  const dispatch = useContext(DispatchContext);
  if (!dispatch) throw new Error('useDispatch outside AppStateProvider');
  return dispatch;
}
