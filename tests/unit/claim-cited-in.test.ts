/**
 * "Cited in the brief": `claims.get` says which briefs cite a claim and how many times, read from
 * the claim references in the briefs' stored text, as the notebook file keeps them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../../src-main/api/dispatch';
import { openNotebook } from '../../src-main/store/db';
import { importFixture, ok, openTestNotebook, SEED, type TestNotebook } from './notebook-helpers';

const reference = (claimId: string) => ({ type: 'claim-reference', version: 1, claimId, statement: 'Polonez-M' });
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', version: 1, children });
const doc = (...paragraphs: unknown[]) => ({ root: { type: 'root', version: 1, children: paragraphs } });

let nb: TestNotebook | undefined;
afterEach(() => nb?.close());

describe('claims.get citedIn', () => {
  it('names each brief citing the claim with its count, none for a claim no brief cites, and reads the same from the file', async () => {
    nb = openTestNotebook();
    const { source } = await importFixture(nb.api, ...SEED);
    const cited = (await ok(nb.api, 'claims.create', { sourceId: source.id, quote: 'with a range of 300 km' })).claim;
    const other = (await ok(nb.api, 'claims.create', { sourceId: source.id, quote: 'Polonez-M', occurrence: 1 })).claim;
    expect((await ok(nb.api, 'claims.get', { id: cited.id })).citedIn).toEqual([]);

    const weekly = (await ok(nb.api, 'briefs.create', { title: 'Weekly' })).brief;
    await ok(nb.api, 'briefs.save', { id: weekly.id, title: 'Weekly', doc: doc(paragraph(reference(cited.id)), paragraph({ type: 'text', version: 1, text: 'and again ' }, reference(cited.id))) });
    const memo = (await ok(nb.api, 'briefs.create', { title: 'Memo' })).brief;
    await ok(nb.api, 'briefs.save', { id: memo.id, title: 'Memo', doc: doc(paragraph(reference(cited.id)), paragraph(reference(other.id))) });

    expect((await ok(nb.api, 'claims.get', { id: cited.id })).citedIn).toEqual([
      { briefId: weekly.id, title: 'Weekly', count: 2 },
      { briefId: memo.id, title: 'Memo', count: 1 },
    ]);
    // A brief that mentions the id only in its text (no reference node) does not count.
    const notes = (await ok(nb.api, 'briefs.create', { title: 'Notes' })).brief;
    await ok(nb.api, 'briefs.save', { id: notes.id, title: 'Notes', doc: doc(paragraph({ type: 'text', version: 1, text: `see ${cited.id}` })) });
    expect((await ok(nb.api, 'claims.get', { id: other.id })).citedIn).toEqual([{ briefId: memo.id, title: 'Memo', count: 1 }]);

    const again = openNotebook(nb.path);
    try {
      expect((await ok(createApi(again), 'claims.get', { id: cited.id })).citedIn).toEqual([
        { briefId: weekly.id, title: 'Weekly', count: 2 },
        { briefId: memo.id, title: 'Memo', count: 1 },
      ]);
    } finally {
      again.close();
    }
  });
});
