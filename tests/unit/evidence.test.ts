/**
 * Evidence links through the real dispatch: linking a passage or a whole source, changing and
 * unlinking, a referenced source's delete; and `evidence.bySource`, the backlinks of a source (the
 * evidence links citing it, with their claims), read from a real notebook file after a reopen.
 */
import { describe, expect, it } from 'vitest';
import { createApi } from '../../src-main/api/dispatch';
import { openNotebook } from '../../src-main/store/db';
import { fails, ok, notebookPerTest, openSeededNotebook, snapshot, type TestNotebook } from './notebook-helpers';

let nb: TestNotebook;
let seedId: string;
let factSheetId: string;
notebookPerTest(openSeededNotebook, (opened) => ({ seedId, factSheetId, ...nb } = opened));

const POLONEZ = 'Polonez-M missile systems from Belarus, with a range of 300 km';
const HOSTILE = 'The Cuban regime aligns itself with numerous hostile countries and malign actors';

describe('evidence.bySource', () => {
  it('lists the links citing a source, with their claims, in text order, whole-source links first', async () => {
    const range = (await ok(nb.api, 'claims.create', { sourceId: seedId, quote: 'with a range of 300 km', statement: 'Polonez-M range 300 km', status: 'disputed' })).claim;
    const borchuk = (await ok(nb.api, 'claims.create', { sourceId: seedId, quote: 'Vitaly Borchuk', occurrence: 1 })).claim;
    const factText = (await ok(nb.api, 'sources.text', { id: factSheetId })).text;
    const later = factText.indexOf('Cuba', factText.indexOf(HOSTILE) + HOSTILE.length);
    await ok(nb.api, 'evidence.link', { claimId: range.id, sourceId: factSheetId, start: later, end: later + 4, relation: 'contradicts' });
    await ok(nb.api, 'evidence.link', { claimId: borchuk.id, sourceId: factSheetId, quote: HOSTILE, relation: 'context', note: 'hostile militaries' });
    await ok(nb.api, 'evidence.link', { claimId: borchuk.id, sourceId: factSheetId, relation: 'supports' });
    // A link citing another source is not a backlink of the fact sheet.
    await ok(nb.api, 'evidence.link', { claimId: range.id, sourceId: seedId, quote: 'Vitaly Borchuk', occurrence: 1, relation: 'supports' });

    // A second connection to the file: what it reads is what the notebook kept.
    const reopened = openNotebook(nb.path);
    try {
      const api = createApi(reopened);
      const { citations } = await ok(api, 'evidence.bySource', { sourceId: factSheetId });
      expect(citations.map((c) => [c.relation, c.claimId, c.exact])).toEqual([
        ['supports', borchuk.id, ''],
        ['context', borchuk.id, HOSTILE],
        ['contradicts', range.id, 'Cuba'],
      ]);
      const context = citations[1];
      expect(factText.slice(context.start ?? -1, context.end ?? -1)).toBe(HOSTILE);
      expect(context).toMatchObject({ sourceId: factSheetId, note: 'hostile militaries', claimStatement: 'Vitaly Borchuk', claimStatus: 'unassessed', claimSourceId: seedId });
      expect(context.claimSourceTitle).toMatch(/Lukashenko and Cuba/);
      expect(citations[2]).toMatchObject({ claimStatement: 'Polonez-M range 300 km', claimStatus: 'disputed', claimStart: range.start, claimEnd: range.end });

      const own = (await ok(api, 'evidence.bySource', { sourceId: seedId })).citations;
      expect(own.map((c) => [c.claimId, c.exact])).toEqual([[range.id, 'Vitaly Borchuk']]);
    } finally {
      reopened.close();
    }
  });

  it('is empty for a source nobody cites, refuses an unknown or blank source, and writes nothing', async () => {
    const before = snapshot(nb.api);
    expect((await ok(nb.api, 'evidence.bySource', { sourceId: factSheetId })).citations).toEqual([]);
    expect((await fails(nb.api, 'evidence.bySource', { sourceId: 'src_nope' })).code).toBe('NOT_FOUND');
    expect((await fails(nb.api, 'evidence.bySource', { sourceId: ' ' })).code).toBe('VALIDATION');
    expect((await fails(nb.api, 'evidence.bySource', {})).code).toBe('VALIDATION');
    expect(snapshot(nb.api)).toEqual(before);
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
