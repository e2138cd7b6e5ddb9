import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../src-main/contract/methods';
import { fails, importFixture, ok, openTestNotebook, SEED, snapshot, WH_FACT_SHEET, type TestNotebook } from './notebook-helpers';

let nb: TestNotebook;
let seedId: string;
let factSheetId: string;
let text: string;
beforeEach(async () => {
  nb = openTestNotebook();
  seedId = (await importFixture(nb.api, ...SEED)).source.id;
  factSheetId = (await importFixture(nb.api, ...WH_FACT_SHEET)).source.id;
  text = (await ok(nb.api, 'sources.text', { id: seedId })).text;
});
afterEach(() => nb.close());

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

describe('evidence links', () => {
  it('links a passage of another source, or the whole source, with counts by relation', async () => {
    const { claim } = await ok(nb.api, 'claims.create', { sourceId: seedId, quote: POLONEZ });
    const { link } = await ok(nb.api, 'evidence.link', { claimId: claim.id, sourceId: factSheetId, quote: 'Cuba', occurrence: 1, relation: 'context', note: 'US view' });
    const factText = (await ok(nb.api, 'sources.text', { id: factSheetId })).text;
    expect(factText.slice(link.start!, link.end!)).toBe('Cuba');
    expect(link).toMatchObject({ relation: 'context', note: 'US view', sourceId: factSheetId });
    const { link: whole } = await ok(nb.api, 'evidence.link', { claimId: claim.id, sourceId: factSheetId, relation: 'supports' });
    expect(whole).toMatchObject({ start: null, end: null, exact: '' });
    const got = await ok(nb.api, 'claims.get', { id: claim.id });
    expect(got.evidence.map((e) => e.id)).toEqual([link.id, whole.id]);
    expect(got.claim.evidenceCounts).toEqual({ supports: 1, contradicts: 0, context: 1 });

    await ok(nb.api, 'evidence.update', { id: whole.id, patch: { relation: 'contradicts' } });
    await ok(nb.api, 'evidence.unlink', { id: link.id });
    expect((await ok(nb.api, 'claims.get', { id: claim.id })).claim.evidenceCounts).toEqual({ supports: 0, contradicts: 1, context: 0 });
    expect((await fails(nb.api, 'evidence.link', { claimId: claim.id, sourceId: factSheetId, relation: 'proves' })).message).toMatch(/supports, contradicts, context/);
    expect((await fails(nb.api, 'evidence.link', { claimId: 'clm_nope', sourceId: factSheetId, relation: 'supports' })).code).toBe('NOT_FOUND');
  });

  it('deleting a referenced source asks for confirmation, then removes everything that pointed at it', async () => {
    const { claim } = await ok(nb.api, 'claims.create', { sourceId: seedId, quote: POLONEZ });
    await ok(nb.api, 'evidence.link', { claimId: claim.id, sourceId: factSheetId, relation: 'context' });
    const before = snapshot(nb.api);
    const refused = await fails(nb.api, 'sources.delete', { id: factSheetId });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toMatch(/1 evidence link pointing at it/);
    expect((await fails(nb.api, 'sources.delete', { id: seedId })).message).toMatch(/1 claim/);
    expect(snapshot(nb.api)).toEqual(before);

    const done = await ok(nb.api, 'sources.delete', { id: seedId, force: true });
    expect(done).toEqual({ deleted: true, claimsDeleted: 1, linksDeleted: 1, trashId: expect.stringMatching(/^trs_/) });
    expect((await ok(nb.api, 'claims.list', {})).claims).toEqual([]);
    expect((await ok(nb.api, 'search.query', { query: 'Borchuk' })).hits).toEqual([]);
    expect(nb.api.notebook.db.pragma('foreign_key_check')).toEqual([]);
    expect((await ok(nb.api, 'notebook.verify', {})).ok).toBe(true);
    // the fact sheet is free now
    await ok(nb.api, 'sources.delete', { id: factSheetId });
    // The originals stay while their deletions can be undone; emptying the trash drops them.
    expect(snapshot(nb.api).blobs).toBe(2);
    await ok(nb.api, 'trash.empty', {});
    expect(snapshot(nb.api).blobs).toBe(0);
  });
});

describe('search', () => {
  it('finds sources and claims, with snippets and the passage’s position', async () => {
    const { hits } = await ok(nb.api, 'search.query', { query: 'Borchuk' });
    expect(hits[0]).toMatchObject({ kind: 'source', id: seedId, sourceId: seedId });
    expect(hits[0].snippet).toContain('[[Borchuk]]');
    expect(text.slice(hits[0].start!, hits[0].end!)).toBe('Borchuk');

    const { claim } = await ok(nb.api, 'claims.create', { sourceId: seedId, quote: POLONEZ, statement: 'Cuba wants Belarusian rocket launchers', comment: 'ask a weapons analyst' });
    // matched by its comment only: the hit opens the claim, with no place in the statement
    const claimHits = (await ok(nb.api, 'search.query', { query: 'weapons analyst', kinds: ['claim'] })).hits;
    expect(claimHits.map((h) => [h.kind, h.id, h.start, h.end])).toEqual([['claim', claim.id, null, null]]);
  });

  it('ignores diacritics and case, and never fails on FTS syntax typed by accident', async () => {
    const { hits } = await ok(nb.api, 'search.query', { query: 'alvaro LOPEZ' });
    expect(hits[0].id).toBe(seedId);
    expect(text.slice(hits[0].start!, hits[0].end!)).toBe('Álvaro');
    for (const q of ['Polonez-M', '"300 km"', 'U.S. AND (Cuba', 'NEAR(', '*', 'column:value', 'Borch*']) {
      const result = await nb.api.dispatch('search.query', { query: q });
      expect(result.ok, q).toBe(true);
    }
    expect((await ok(nb.api, 'search.query', { query: 'Borch*' })).hits.length).toBeGreaterThan(0);
    expect((await ok(nb.api, 'search.query', { query: '"range of 300 km"' })).hits[0].id).toBe(seedId);
    expect((await ok(nb.api, 'search.query', { query: '"300 km range"' })).hits).toEqual([]);
  });

  it('keeps the index in step with claim edits', async () => {
    const { claim } = await ok(nb.api, 'claims.create', { sourceId: seedId, quote: POLONEZ, statement: 'zebra statement' });
    expect((await ok(nb.api, 'search.query', { query: 'zebra' })).hits).toHaveLength(1);
    await ok(nb.api, 'claims.update', { id: claim.id, patch: { statement: 'giraffe statement' } });
    expect((await ok(nb.api, 'search.query', { query: 'zebra' })).hits).toHaveLength(0);
    expect((await ok(nb.api, 'search.query', { query: 'giraffe' })).hits).toHaveLength(1);
    await ok(nb.api, 'claims.delete', { id: claim.id });
    expect((await ok(nb.api, 'search.query', { query: 'giraffe' })).hits).toHaveLength(0);
  });
});

describe('verify', () => {
  it('detects an archived original altered behind the notebook’s back', async () => {
    expect(await ok(nb.api, 'notebook.verify', {})).toMatchObject({ ok: true, problems: [] });
    const { source } = (await ok(nb.api, 'sources.get', { id: seedId }));
    nb.api.notebook.db.prepare("UPDATE blobs SET bytes = CAST(replace(CAST(bytes AS TEXT), 'Havana', 'Moscow') AS BLOB) WHERE sha256 = ?").run(source.sha256);
    const report = await ok(nb.api, 'notebook.verify', {});
    expect(report.ok).toBe(false);
    expect(report.problems.join('\n')).toContain(`${source.sha256.slice(0, 12)}… has been altered`);
  });

  it('detects a claim whose anchor no longer matches its text', async () => {
    const { claim } = await ok(nb.api, 'claims.create', { sourceId: seedId, quote: POLONEZ });
    nb.api.notebook.db.prepare('UPDATE claims SET start = start + 1 WHERE id = ?').run(claim.id);
    const report = await ok(nb.api, 'notebook.verify', {});
    expect(report.problems).toEqual([`The claim ${claim.id} no longer points at its quoted passage.`]);
  });
});

describe('briefs', () => {
  it('creates the notebook’s brief on first use and saves Lexical JSON, searchable', async () => {
    const { brief } = await ok(nb.api, 'briefs.get', {});
    expect((await ok(nb.api, 'briefs.get', {})).brief.id).toBe(brief.id);
    const doc = { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Assessment of the okapi question' }] }] } };
    const saved = await ok(nb.api, 'briefs.save', { id: brief.id, title: 'Belarus–Cuba', doc });
    expect(saved.brief.doc).toEqual(doc);
    const hits = (await ok(nb.api, 'search.query', { query: 'okapi' })).hits;
    expect(hits.map((h) => [h.kind, h.id])).toEqual([['brief', brief.id]]);
  });
});
