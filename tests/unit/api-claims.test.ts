/**
 * Claims through the real dispatch: anchoring by quote or offsets, what is refused and why,
 * updates and lists, a failed write leaving nothing behind, and the change events of each write.
 * Evidence, search, verify and briefs have their own test files.
 */
import { describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../src-main/contract/methods';
import { fails, ok, notebookPerTest, openSeededNotebook, snapshot, type TestNotebook } from './notebook-helpers';

let nb: TestNotebook;
let seedId: string;
let text: string;
notebookPerTest(openSeededNotebook, (opened) => ({ seedId, seedText: text, ...nb } = opened));

const POLONEZ = 'Polonez-M missile systems from Belarus, with a range of 300 km';

describe('claims', () => {
  it('anchors a claim by quote; the anchor slices back exactly', async () => {
    const { claim } = await ok(nb.api, 'claims.create', { sourceId: seedId, quote: POLONEZ, status: 'disputed', credibility: 3 });
    expect(text.slice(claim.start, claim.end)).toBe(POLONEZ);
    expect(claim.exact).toBe(POLONEZ);
    expect(text.slice(claim.start - claim.prefix.length, claim.start)).toBe(claim.prefix);
    expect(text.slice(claim.end, claim.end + claim.suffix.length)).toBe(claim.suffix);
    expect(claim.statement).toBe(POLONEZ); // defaults to the quote
    expect(claim).toMatchObject({ status: 'disputed', credibility: 3, likelihood: null, eventDate: null });
  });

  it('finds a quote typed with a non-breaking space and a line break', async () => {
    const { claim } = await ok(nb.api, 'claims.create', { sourceId: seedId, quote: 'Polonez-M\u00a0missile systems\nfrom Belarus' });
    expect(text.slice(claim.start, claim.end)).toBe('Polonez-M missile systems from Belarus');
  });

  it('anchors by offsets', async () => {
    const start = text.indexOf('with a range of 300 km');
    const { claim } = await ok(nb.api, 'claims.create', { sourceId: seedId, start, end: start + 22, statement: 'Range 300 km' });
    expect(claim.exact).toBe('with a range of 300 km');
    expect(claim.statement).toBe('Range 300 km');
  });

  it('fails clearly when the quote is absent or ambiguous, and an occurrence or context decides', async () => {
    const before = snapshot(nb.api);
    const absent = await fails(nb.api, 'claims.create', { sourceId: seedId, quote: 'Iskander missiles in Havana' });
    expect(absent.code).toBe('NOT_FOUND');
    const ambiguous = await fails(nb.api, 'claims.create', { sourceId: seedId, quote: 'Álvaro López' });
    expect(ambiguous.code).toBe('AMBIGUOUS');
    expect(ambiguous.message).toMatch(/appears 3 times/);
    expect(snapshot(nb.api)).toEqual(before);

    const all = [...text.matchAll(/Álvaro López/g)].map((m) => m.index);
    const second = await ok(nb.api, 'claims.create', { sourceId: seedId, quote: 'Álvaro López', occurrence: 2 });
    expect(second.claim.start).toBe(all[1]);
    const byContext = await ok(nb.api, 'claims.create', { sourceId: seedId, quote: 'Álvaro López', prefix: 'Cuban Defense Minister ', suffix: ' paid a return visit' });
    expect(byContext.claim.start).toBe(text.indexOf('Álvaro López paid a return visit'));
    const outOfRange = await fails(nb.api, 'claims.create', { sourceId: seedId, quote: 'Álvaro López', occurrence: 7 });
    expect(outOfRange.code).toBe('VALIDATION');
  });

  it('rejects bad passages and grades without writing anything', async () => {
    const before = snapshot(nb.api);
    const cases: [unknown, RegExp][] = [
      [{ sourceId: seedId, start: 50, end: 10 }, /not inside|passage/i],
      [{ sourceId: seedId, start: 0, end: text.length + 10 }, /not inside|passage/i],
      [{ sourceId: seedId, start: 5 }, /needs both/],
      [{ sourceId: seedId, quote: POLONEZ, start: 1, end: 4 }, /not both/],
      [{ sourceId: seedId }, /needs a passage/],
      [{ sourceId: seedId, quote: POLONEZ, credibility: 9 }, /“credibility” must be at most 6/],
      [{ sourceId: seedId, quote: POLONEZ, status: 'true' }, /“status” must be one of: unassessed, supported/],
      [{ sourceId: seedId, quote: POLONEZ, eventDate: '24/01/2024' }, /2024-01-15/],
      [{ sourceId: 'src_missing', quote: POLONEZ }, /no source with id “src_missing”/],
    ];
    for (const [input, message] of cases) {
      const err = await fails(nb.api, 'claims.create', input);
      expect(err.message).toMatch(message);
    }
    expect(snapshot(nb.api)).toEqual(before);
  });

  it('updates grades, tags (case-insensitive), event date and comment; lists by status and tag', async () => {
    const { claim } = await ok(nb.api, 'claims.create', { sourceId: seedId, quote: POLONEZ, tags: ['Cuba', 'missiles'] });
    const { claim: updated } = await ok(nb.api, 'claims.update', {
      id: claim.id,
      patch: { status: 'partly_supported', credibility: 2, likelihood: 'likely', eventDate: '2024-01', tags: ['cuba', 'Polonez'], comment: 'Check BELTA' },
    });
    expect(updated).toMatchObject({ status: 'partly_supported', credibility: 2, likelihood: 'likely', eventDate: '2024-01', comment: 'Check BELTA' });
    expect(updated.tags).toEqual(['Cuba', 'Polonez']); // a tag keeps the spelling it was first given
    expect((await ok(nb.api, 'tags.list', {})).tags).toEqual([
      { name: 'Cuba', count: 1 },
      { name: 'Polonez', count: 1 },
    ]);
    expect((await ok(nb.api, 'claims.list', { tag: 'CUBA' })).claims.map((c) => c.id)).toEqual([claim.id]);
    expect((await ok(nb.api, 'claims.list', { status: 'refuted' })).claims).toEqual([]);
    expect((await ok(nb.api, 'claims.list', { sourceId: seedId })).claims).toHaveLength(1);
  });

  it('a write that fails half-way leaves the notebook exactly as before', async () => {
    const { claim } = await ok(nb.api, 'claims.create', { sourceId: seedId, quote: POLONEZ });
    // A trigger makes the audit insert (the last step of every write) fail, as a full disk would.
    nb.api.notebook.db.exec("CREATE TEMP TRIGGER fail_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'disk full'); END;");
    const before = snapshot(nb.api);
    const events: ChangeEvent[] = [];
    nb.api.onChange((e) => events.push(e));
    const err = await fails(nb.api, 'claims.update', { id: claim.id, patch: { status: 'refuted', tags: ['x'] } });
    expect(err.code).toBe('INTERNAL');
    expect(err.message).toMatch(/nothing was changed/);
    expect(snapshot(nb.api)).toEqual(before);
    expect((await ok(nb.api, 'claims.get', { id: claim.id })).claim.status).toBe('unassessed');
    expect(events).toEqual([]); // no change is announced for a write that did not happen
  });

  it('announces each committed write as a change event', async () => {
    const events: ChangeEvent[] = [];
    nb.api.onChange((e) => events.push(e));
    const { claim } = await ok(nb.api, 'claims.create', { sourceId: seedId, quote: POLONEZ });
    await ok(nb.api, 'claims.update', { id: claim.id, patch: { status: 'supported' } });
    expect(events).toEqual([
      { entity: 'claim', action: 'created', id: claim.id },
      { entity: 'claim', action: 'updated', id: claim.id },
    ]);
  });
});
