/** Deletes go to the trash and `trash.restore` puts every row back exactly, surviving a reload of the file. */
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../src-main/api/dispatch';
import { openNotebook, type Notebook } from '../../src-main/store/db';
import { fails, importFixture, ok, openTestNotebook, SEED, snapshot, WH_FACT_SHEET, type TestNotebook } from './notebook-helpers';

let nb: TestNotebook;
let seedId: string;
let factSheetId: string;
beforeEach(async () => {
  nb = openTestNotebook();
  seedId = (await importFixture(nb.api, ...SEED)).source.id;
  factSheetId = (await importFixture(nb.api, ...WH_FACT_SHEET)).source.id;
});
afterEach(() => nb.close());

const POLONEZ = 'Polonez-M missile systems from Belarus, with a range of 300 km';

/** Every row the trash must bring back, tags by name (their numeric ids may change). */
function rows(db: Database) {
  const all = (sql: string) => db.prepare(sql).all();
  return {
    sources: all('SELECT * FROM sources ORDER BY id'),
    documents: all('SELECT * FROM documents ORDER BY source_id'),
    blocks: all('SELECT * FROM blocks ORDER BY source_id, seq'),
    blobs: all('SELECT sha256, size FROM blobs ORDER BY sha256'),
    claims: all('SELECT * FROM claims ORDER BY id'),
    evidence: all('SELECT * FROM evidence_links ORDER BY id'),
    tags: all('SELECT ct.claim_id, t.name FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id ORDER BY ct.claim_id, t.name'),
    tagNames: all('SELECT name FROM tags ORDER BY name'),
    searchDocs: all('SELECT kind, ref_id FROM search_docs ORDER BY kind, ref_id'),
  };
}

/** Closes the test notebook's connection and opens the same file again. */
function reopen(): { api: Api; notebook: Notebook } {
  nb.api.notebook.close();
  const notebook = openNotebook(nb.path);
  const api = createApi(notebook);
  nb = { ...nb, api, close: () => notebook.close() };
  return { api, notebook };
}

async function exportsOf(api: Api) {
  const csv = await ok(api, 'exports.render', { format: 'csv' });
  const w3c = await ok(api, 'exports.render', { format: 'w3c' });
  // The collection's own id and time change with every export; its annotations must not.
  const annotations = (JSON.parse(Buffer.from(w3c.data, 'base64').toString('utf8')) as { first: { items: unknown[] } }).first.items;
  return { csv: csv.data, annotations };
}

async function seedCase(api: Api) {
  const { claim } = await ok(api, 'claims.create', { sourceId: seedId, quote: POLONEZ, status: 'disputed', credibility: 3, tags: ['Polonez', 'Belarus'], comment: 'Check the range.' });
  const { claim: other } = await ok(api, 'claims.create', { sourceId: factSheetId, quote: 'Cuba', occurrence: 1, tags: ['Cuba'] });
  const { link } = await ok(api, 'evidence.link', { claimId: claim.id, sourceId: factSheetId, quote: 'Cuba', occurrence: 2, relation: 'context', note: 'same period' });
  const { link: back } = await ok(api, 'evidence.link', { claimId: other.id, sourceId: seedId, quote: 'Borchuk', occurrence: 1, relation: 'supports' });
  return { claim, other, link, back };
}

describe('undoing deletes', () => {
  it('a deleted claim comes back with its tags and links, after a reload, searchable, exports unchanged', async () => {
    const { claim } = await seedCase(nb.api);
    const before = rows(nb.api.notebook.db);
    const exported = await exportsOf(nb.api);

    const { trashId } = await ok(nb.api, 'claims.delete', { id: claim.id });
    expect(trashId).toMatch(/^trs_/);
    expect((await ok(nb.api, 'search.query', { query: 'Polonez', kinds: ['claim'] })).hits).toEqual([]);
    expect((await ok(nb.api, 'trash.list', {})).entries[0]).toMatchObject({ id: trashId, kind: 'claim', entityId: claim.id, label: POLONEZ });

    const { api } = reopen(); // the trash is in the file, not in memory
    const { restored } = await ok(api, 'trash.restore', { id: trashId });
    expect(restored).toMatchObject({ kind: 'claim', entityId: claim.id, claimIds: [claim.id] });
    expect(restored.linkIds).toHaveLength(1);

    const { api: again } = reopen();
    expect(rows(again.notebook.db)).toEqual(before);
    const got = await ok(again, 'claims.get', { id: claim.id });
    expect(got.claim).toMatchObject({ statement: POLONEZ, tags: ['Belarus', 'Polonez'], comment: 'Check the range.', evidenceCounts: { supports: 0, contradicts: 0, context: 1 } });
    expect((await ok(again, 'search.query', { query: 'Polonez', kinds: ['claim'] })).hits.map((h) => h.id)).toEqual([claim.id]);
    expect(await exportsOf(again)).toEqual(exported);
    expect((await ok(again, 'trash.list', {})).entries).toEqual([]);
    const audit = (await ok(again, 'audit.list', { limit: 1 })).entries[0];
    expect(audit).toMatchObject({ action: 'restore', entity: 'claim', entityId: claim.id });
    expect((await ok(again, 'notebook.verify', {})).ok).toBe(true);
  });

  it('a deleted evidence link comes back exactly', async () => {
    const { claim, link } = await seedCase(nb.api);
    const before = rows(nb.api.notebook.db);
    const { trashId } = await ok(nb.api, 'evidence.unlink', { id: link.id });
    expect((await ok(nb.api, 'claims.get', { id: claim.id })).evidence).toEqual([]);
    await ok(nb.api, 'trash.restore', { id: trashId });
    const { api } = reopen();
    expect(rows(api.notebook.db)).toEqual(before);
    expect((await ok(api, 'claims.get', { id: claim.id })).evidence).toEqual([link]);
  });

  it('a deleted source comes back with its text, blocks, original, claims, tags and links both ways', async () => {
    await seedCase(nb.api);
    const before = rows(nb.api.notebook.db);
    const exported = await exportsOf(nb.api);
    const original = await ok(nb.api, 'sources.original', { id: seedId });

    const done = await ok(nb.api, 'sources.delete', { id: seedId, force: true });
    expect(done).toMatchObject({ deleted: true, claimsDeleted: 1, linksDeleted: 2 });
    // The archived original is kept while the deletion can be undone.
    expect(snapshot(nb.api).blobs).toBe(2);
    expect((await ok(nb.api, 'notebook.verify', {})).ok).toBe(true);
    expect((await ok(nb.api, 'search.query', { query: 'Borchuk' })).hits).toEqual([]);

    const { api } = reopen();
    const { restored } = await ok(api, 'trash.restore', { id: done.trashId });
    expect(restored).toMatchObject({ kind: 'source', entityId: seedId, sourceIds: [seedId] });

    const { api: again } = reopen();
    expect(rows(again.notebook.db)).toEqual(before);
    expect(await ok(again, 'sources.original', { id: seedId })).toEqual(original);
    expect((await ok(again, 'search.query', { query: 'Borchuk', kinds: ['source'] })).hits.map((h) => h.id)).toEqual([seedId]);
    expect(await exportsOf(again)).toEqual(exported);
    expect(again.notebook.db.pragma('foreign_key_check')).toEqual([]);
    expect((await ok(again, 'notebook.verify', {})).ok).toBe(true);
  });

  it('refuses clearly, changing nothing, when the source was imported again meanwhile', async () => {
    const { trashId } = await ok(nb.api, 'sources.delete', { id: seedId });
    const { source: twin } = await importFixture(nb.api, ...SEED);
    expect(twin.id).not.toBe(seedId);
    const before = snapshot(nb.api);
    const refused = await fails(nb.api, 'trash.restore', { id: trashId });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain(`imported again after it was deleted (as ${twin.id})`);
    expect(refused.message).toMatch(/Nothing was changed/);
    expect(snapshot(nb.api)).toEqual(before);
  });

  it('refuses a link whose claim is gone, and a second undo of the same delete', async () => {
    const { claim, link } = await seedCase(nb.api);
    const unlinked = await ok(nb.api, 'evidence.unlink', { id: link.id });
    const deleted = await ok(nb.api, 'claims.delete', { id: claim.id });
    const orphan = await fails(nb.api, 'trash.restore', { id: unlinked.trashId });
    expect(orphan).toMatchObject({ code: 'CONFLICT' });
    expect(orphan.message).toMatch(/claim this evidence belonged to has been deleted/);
    // Undoing in reverse order brings both back.
    await ok(nb.api, 'trash.restore', { id: deleted.trashId });
    await ok(nb.api, 'trash.restore', { id: unlinked.trashId });
    expect((await ok(nb.api, 'claims.get', { id: claim.id })).evidence.map((e) => e.id)).toEqual([link.id]);
    expect((await fails(nb.api, 'trash.restore', { id: deleted.trashId })).code).toBe('NOT_FOUND');
  });

  it('refuses a claim whose source was deleted since, until that delete is undone', async () => {
    const { other } = await seedCase(nb.api);
    const claimGone = await ok(nb.api, 'claims.delete', { id: other.id });
    const sourceGone = await ok(nb.api, 'sources.delete', { id: factSheetId, force: true });
    const refused = await fails(nb.api, 'trash.restore', { id: claimGone.trashId });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toMatch(/source of the claim “Cuba” has been deleted since\. Undo that delete first\./);
    await ok(nb.api, 'trash.restore', { id: sourceGone.trashId });
    await ok(nb.api, 'trash.restore', { id: claimGone.trashId });
    expect((await ok(nb.api, 'claims.get', { id: other.id })).claim.tags).toEqual(['Cuba']);
    expect((await ok(nb.api, 'notebook.verify', {})).ok).toBe(true);
  });

  it('emptying the trash drops the originals only it kept', async () => {
    await ok(nb.api, 'sources.delete', { id: factSheetId });
    expect(snapshot(nb.api).blobs).toBe(2);
    expect(await ok(nb.api, 'trash.empty', {})).toEqual({ entries: 1, originals: 1 });
    expect(snapshot(nb.api).blobs).toBe(1);
    expect((await ok(nb.api, 'notebook.verify', {})).ok).toBe(true);
  });
});

/** A brief doc citing the claim `times` times. */
function briefCiting(claimId: string, times: number) {
  const refs = Array.from({ length: times }, () => ({ type: 'claim-reference', version: 1, claimId, statement: 'x' }));
  return { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'As reported, ' }, ...refs] }] } };
}

describe('deleting a claim a brief cites', () => {
  it('is refused with where it is cited, until forced', async () => {
    const { claim } = await ok(nb.api, 'claims.create', { sourceId: seedId, quote: POLONEZ });
    const { claim: uncited } = await ok(nb.api, 'claims.create', { sourceId: factSheetId, quote: 'Cuba', occurrence: 1 });
    await ok(nb.api, 'briefs.save', { title: 'Weekly brief', doc: briefCiting(claim.id, 3) });
    await ok(nb.api, 'briefs.save', { title: 'Notes', doc: briefCiting(uncited.id + 'x', 1) });
    const before = snapshot(nb.api);
    const refused = await fails(nb.api, 'claims.delete', { id: claim.id });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain('cited 3 times in the brief “Weekly brief”');
    expect(snapshot(nb.api)).toEqual(before);

    const sourceRefused = await fails(nb.api, 'sources.delete', { id: seedId });
    expect(sourceRefused.message).toContain('Its claims are cited 3 times in the brief “Weekly brief”.');
    expect(snapshot(nb.api)).toEqual(before);

    await ok(nb.api, 'claims.delete', { id: uncited.id }); // cited nowhere (only a look-alike id)
    await ok(nb.api, 'claims.delete', { id: claim.id, force: true });
    expect((await ok(nb.api, 'claims.list', {})).claims).toEqual([]);
  });
});

describe('a claim cannot be its own evidence', () => {
  it('refuses its own passage or an overlap, and the whole of its own source; allows another passage', async () => {
    const { claim } = await ok(nb.api, 'claims.create', { sourceId: seedId, quote: POLONEZ });
    const before = snapshot(nb.api);
    const own = await fails(nb.api, 'evidence.link', { claimId: claim.id, sourceId: seedId, start: claim.start, end: claim.end, relation: 'supports' });
    expect(own.code).toBe('CONFLICT');
    expect(own.message).toMatch(/a claim cannot be its own evidence/);
    const overlap = await fails(nb.api, 'evidence.link', { claimId: claim.id, sourceId: seedId, start: claim.end - 6, end: claim.end + 10, relation: 'context' });
    expect(overlap.code).toBe('CONFLICT');
    const byQuote = await fails(nb.api, 'evidence.link', { claimId: claim.id, sourceId: seedId, quote: 'with a range of 300 km', relation: 'supports' });
    expect(byQuote.code).toBe('CONFLICT');
    const whole = await fails(nb.api, 'evidence.link', { claimId: claim.id, sourceId: seedId, relation: 'supports' });
    expect(whole.message).toMatch(/whole source cannot be its evidence/);
    expect(snapshot(nb.api)).toEqual(before);

    const { link } = await ok(nb.api, 'evidence.link', { claimId: claim.id, sourceId: seedId, start: claim.end + 1, end: claim.end + 20, relation: 'context' });
    expect(link.sourceId).toBe(seedId);
    const touching = await ok(nb.api, 'evidence.link', { claimId: claim.id, sourceId: seedId, start: claim.start - 5, end: claim.start, relation: 'context' });
    expect(touching.link.end).toBe(claim.start);
  });
});

describe('a claim cannot be its own evidence, even from an annotation file', () => {
  it('imports no link from a claim to its own passage, and says why', async () => {
    const { claim } = await ok(nb.api, 'claims.create', { sourceId: seedId, quote: POLONEZ });
    const { link } = await ok(nb.api, 'evidence.link', { claimId: claim.id, sourceId: seedId, quote: 'Borchuk', occurrence: 1, relation: 'supports' });
    const exported = await ok(nb.api, 'exports.render', { format: 'w3c' });
    await ok(nb.api, 'evidence.unlink', { id: link.id });
    // The file's link annotation now points at the claim's own passage.
    const file = JSON.parse(Buffer.from(exported.data, 'base64').toString('utf8')) as { first: { items: { id: string; target: { selector: Record<string, unknown>[] } }[] } };
    const linkAnnotation = file.first.items.find((i) => i.id.endsWith(link.id));
    if (!linkAnnotation) throw new Error('the export has no link annotation');
    linkAnnotation.target.selector = [{ type: 'TextQuoteSelector', exact: claim.exact, prefix: claim.prefix, suffix: claim.suffix }];
    const before = snapshot(nb.api);
    const result = await ok(nb.api, 'annotations.import', { fileName: 'edited.jsonld', data: Buffer.from(JSON.stringify(file)).toString('base64') });
    expect(result.links).toEqual([]);
    expect(result.errors.map((e) => e.reason)).toContain('it links a claim to its own passage, and a claim cannot be its own evidence');
    expect(snapshot(nb.api).evidence_links).toBe(before.evidence_links);
  });
});

describe('editing a source’s details', () => {
  it('saves every field, origin included, and keeps them after a reload', async () => {
    const patch = {
      title: 'Belarus–Cuba cooperation (edited)',
      authors: ['Álvaro López', 'Jane Roe'],
      publisher: 'Ministry of Defence',
      publishedAt: '2024-01',
      origin: 'https://example.org/report',
      language: 'en',
      notes: 'Received by mail.',
      reliability: 'B' as const,
    };
    const { source } = await ok(nb.api, 'sources.update', { id: seedId, patch });
    expect(source).toMatchObject(patch);
    const { api } = reopen();
    expect((await ok(api, 'sources.get', { id: seedId })).source).toMatchObject(patch);
    expect((await ok(api, 'search.query', { query: 'edited', kinds: ['source'] })).hits.map((h) => h.id)).toEqual([seedId]);
    const bad = await fails(api, 'sources.update', { id: seedId, patch: { publishedAt: 'January 2024' } });
    expect(bad.message).toMatch(/2024, 2024-01 or 2024-01-15/);
    expect((await fails(api, 'sources.update', { id: seedId, patch: { origin: '  ' } })).code).toBe('VALIDATION');
  });
});
