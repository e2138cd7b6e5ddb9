/**
 * `claims.marks` through the real dispatch: the reader's marks of one source are its claims'
 * id, passage and status, in the order of `claims.list`, and follow edits and deletions.
 */
import { describe, expect, it } from 'vitest';
import { fails, importFixture, ok, notebookPerTest, openSeededNotebook, WH_FACT_SHEET, type TestNotebook } from './notebook-helpers';

let nb: TestNotebook;
let seedId: string;
let text: string;
notebookPerTest(openSeededNotebook, (opened) => ({ seedId, seedText: text, ...nb } = opened));

const at = (phrase: string) => {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`“${phrase}” is not in the seed text`);
  return { start, end: start + phrase.length };
};

describe('claims.marks', () => {
  it('gives each claim of the source as id, passage and status, in the order of claims.list', async () => {
    const later = await ok(nb.api, 'claims.create', { sourceId: seedId, ...at('with a range of 300 km'), status: 'disputed' });
    const earlier = await ok(nb.api, 'claims.create', { sourceId: seedId, ...at('Polonez-M missile systems'), status: 'supported' });
    const overlapping = await ok(nb.api, 'claims.create', { sourceId: seedId, ...at('missile systems from Belarus') });
    const other = await importFixture(nb.api, ...WH_FACT_SHEET);
    const otherText = (await ok(nb.api, 'sources.text', { id: other.source.id })).text;
    await ok(nb.api, 'claims.create', { sourceId: other.source.id, start: 0, end: otherText.indexOf(' ') });

    const { marks } = await ok(nb.api, 'claims.marks', { sourceId: seedId });
    const { claims } = await ok(nb.api, 'claims.list', { sourceId: seedId });
    expect(marks).toEqual(claims.map((c) => ({ id: c.id, start: c.start, end: c.end, status: c.status })));
    expect(marks.map((m) => m.id)).toEqual([earlier.claim.id, overlapping.claim.id, later.claim.id]);
    expect(marks[0]).toEqual({ id: earlier.claim.id, ...at('Polonez-M missile systems'), status: 'supported' });
    expect(marks[2].status).toBe('disputed');
  });

  it('follows a status change and a deletion', async () => {
    const { claim } = await ok(nb.api, 'claims.create', { sourceId: seedId, ...at('Polonez-M missile systems') });
    const gone = await ok(nb.api, 'claims.create', { sourceId: seedId, ...at('with a range of 300 km') });
    await ok(nb.api, 'claims.update', { id: claim.id, patch: { status: 'refuted' } });
    await ok(nb.api, 'claims.delete', { id: gone.claim.id });
    expect((await ok(nb.api, 'claims.marks', { sourceId: seedId })).marks).toEqual([{ id: claim.id, ...at('Polonez-M missile systems'), status: 'refuted' }]);
  });

  it('is empty for a source without claims or an unknown id, and refuses a missing id', async () => {
    expect((await ok(nb.api, 'claims.marks', { sourceId: seedId })).marks).toEqual([]);
    expect((await ok(nb.api, 'claims.marks', { sourceId: 'no-such-source' })).marks).toEqual([]);
    expect((await fails(nb.api, 'claims.marks', { sourceId: '' })).code).toBe('VALIDATION');
    expect((await fails(nb.api, 'claims.marks', {})).code).toBe('VALIDATION');
  });
});
