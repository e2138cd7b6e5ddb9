/** The navigation reducer: where the analyst is, as a pure function of the state and a stamped action. */
import { describe, expect, it } from 'vitest';
import { insertClaimInBrief, registerBriefInserter, type ClaimToInsert } from '../../src-renderer/app/brief-insert';
import { focusStatementWhenShown, takeStatementFocus } from '../../src-renderer/app/claim-focus';
import { reducer, stamp, type Action, type AppState } from '../../src-renderer/app/state';

const START: AppState = {
  sourceId: null,
  claimId: null,
  view: 'reader',
  passage: null,
  linking: null,
  paletteOpen: false,
  briefId: null,
  searchHit: null,
  entityHighlight: null,
};

/** Runs actions from `state`, each stamped as the dispatcher does. */
function run(state: AppState, ...actions: Action[]): AppState {
  return actions.reduce((s, a) => reducer(s, stamp(a)), state);
}

describe('the navigation reducer', () => {
  it('keeps the entity the reader marks across passages and sources, until it is cleared', () => {
    const marked = run(START, { type: 'highlightEntity', entity: { entityId: 'ent_1', name: 'Viktor Khrenin' } }, { type: 'showPassage', sourceId: 's1', start: 3, end: 9 });
    expect(marked.entityHighlight).toEqual({ entityId: 'ent_1', name: 'Viktor Khrenin' });
    expect(marked.passage).toMatchObject({ sourceId: 's1', start: 3, end: 9 });
    expect(run(marked, { type: 'selectSource', sourceId: 's2' }).entityHighlight?.entityId).toBe('ent_1');
    expect(run(marked, { type: 'highlightEntity', entity: null }).entityHighlight).toBeNull();
  });

  it('is pure: the same state and stamped action give equal states, and the state is not changed', () => {
    const action = stamp({ type: 'showPassage', sourceId: 's1', start: 3, end: 9, claimId: 'c1' });
    const frozen = Object.freeze({ ...START });
    expect(reducer(frozen, action)).toEqual(reducer(frozen, action));
    expect(frozen).toEqual(START);
  });

  it('stamps every action with a new number, so the same passage asked twice is two requests', () => {
    const ask: Action = { type: 'showPassage', sourceId: 's1', start: 3, end: 9 };
    const once = run(START, ask);
    const twice = run(once, ask);
    expect(once.passage).toMatchObject({ sourceId: 's1', start: 3, end: 9 });
    expect(twice.passage?.nonce).not.toBe(once.passage?.nonce);
    expect(twice.view).toBe('reader');
  });

  it('selecting a source opens the reader on it, drops the claim and the passage; selecting it again changes nothing', () => {
    const before = run(START, { type: 'showPassage', sourceId: 's1', start: 0, end: 5, claimId: 'c1' }, { type: 'setView', view: 'brief' });
    const after = run(before, { type: 'selectSource', sourceId: 's2' });
    expect(after).toMatchObject({ sourceId: 's2', view: 'reader', claimId: null, passage: null });
    expect(reducer(after, stamp({ type: 'selectSource', sourceId: 's2' }))).toBe(after);
  });

  it('while linking evidence, moving to another source keeps the claim being linked, and ending goes back to it', () => {
    const linking = run(
      START,
      { type: 'openClaim', claimId: 'c1', sourceId: 's1' },
      { type: 'startLinking', claimId: 'c1', claimSourceId: 's1', statement: 'Belarus has Polonez-M' },
      { type: 'setLinkRelation', relation: 'contradicts' },
      { type: 'selectSource', sourceId: 's2' },
    );
    expect(linking).toMatchObject({ sourceId: 's2', claimId: 'c1', linking: { claimId: 'c1', relation: 'contradicts' } });
    expect(run(linking, { type: 'endLinking' })).toMatchObject({ sourceId: 's1', claimId: 'c1', linking: null, view: 'reader' });
    expect(run(START, { type: 'endLinking' })).toEqual(START);
    expect(run(START, { type: 'setLinkRelation', relation: 'supports' })).toEqual(START);
  });

  it('a search hit opens its source with the hit; the open claim stays only on the same source', () => {
    const open = run(START, { type: 'openClaim', claimId: 'c1', sourceId: 's1' });
    expect(run(open, { type: 'openSearchHit', sourceId: 's1', query: 'Cuba', start: 1, end: 5 })).toMatchObject({ claimId: 'c1', searchHit: { sourceId: 's1', query: 'Cuba' } });
    expect(run(open, { type: 'openSearchHit', sourceId: 's2', query: 'Cuba', start: 1, end: 5 })).toMatchObject({ claimId: null, sourceId: 's2', view: 'reader' });
  });

  it('opening a claim keeps the source unless another is given', () => {
    const open = run(START, { type: 'selectSource', sourceId: 's1' }, { type: 'openClaim', claimId: 'c9' });
    expect(open).toMatchObject({ sourceId: 's1', claimId: 'c9' });
    expect(run(open, { type: 'openClaim', claimId: 'c8', sourceId: 's2' })).toMatchObject({ sourceId: 's2', claimId: 'c8' });
    expect(run(open, { type: 'openClaim', claimId: null })).toMatchObject({ sourceId: 's1', claimId: null });
  });


  it('forgetting a deleted source or claim closes it only when it is the open one', () => {
    const open = run(START, { type: 'openClaim', claimId: 'c1', sourceId: 's1' });
    expect(run(open, { type: 'forget', claimId: 'c2', sourceId: 's2' })).toMatchObject({ sourceId: 's1', claimId: 'c1' });
    expect(run(open, { type: 'forget', claimId: 'c1' })).toMatchObject({ sourceId: 's1', claimId: null });
    expect(run(open, { type: 'forget', sourceId: 's1' })).toMatchObject({ sourceId: null, claimId: 'c1' });
  });

  it('opening the brief already open changes nothing; the palette opens and closes', () => {
    const brief = run(START, { type: 'openBrief', briefId: 'b1' });
    expect(reducer(brief, stamp({ type: 'openBrief', briefId: 'b1' }))).toBe(brief);
    expect(run(START, { type: 'palette', open: true }).paletteOpen).toBe(true);
    expect(run(START, { type: 'palette', open: true }, { type: 'palette', open: false }).paletteOpen).toBe(false);
  });
});

describe('the request to focus a new claim’s statement', () => {
  it('is taken once, and only by the card of the claim asked for', () => {
    focusStatementWhenShown('c1');
    expect(takeStatementFocus('c2')).toBe(false);
    expect(takeStatementFocus('c1')).toBe(true);
    expect(takeStatementFocus('c1')).toBe(false);
  });
});

describe('the request to insert a claim in the brief', () => {
  const claim = (id: string): ClaimToInsert => ({ claimId: id, statement: `statement ${id}` });

  it('goes to the open editor at once, or waits for the editor to appear, and is inserted once', () => {
    const inserted: string[] = [];
    insertClaimInBrief(claim('c1'));
    const off = registerBriefInserter((c) => inserted.push(c.claimId) > 0);
    expect(inserted).toEqual(['c1']);
    insertClaimInBrief(claim('c2'));
    expect(inserted).toEqual(['c1', 'c2']);
    off();
    const again: string[] = [];
    registerBriefInserter((c) => again.push(c.claimId) > 0)();
    expect(again).toEqual([]);
  });

  it('waits while the editor cannot take it (not editable), for the next editor', () => {
    const off = registerBriefInserter(() => false);
    insertClaimInBrief(claim('c3'));
    off();
    const inserted: string[] = [];
    registerBriefInserter((c) => inserted.push(c.claimId) > 0)();
    expect(inserted).toEqual(['c3']);
  });
});
