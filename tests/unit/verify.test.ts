/**
 * `notebook.verify` on a real notebook: an archived original altered behind the notebook's back,
 * and a claim whose anchor no longer matches its text, are reported.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok, openSeededNotebook, type TestNotebook } from './notebook-helpers';

let nb: TestNotebook;
let seedId: string;
beforeEach(async () => {
  ({ seedId, ...nb } = await openSeededNotebook());
});
afterEach(() => nb.close());

const POLONEZ = 'Polonez-M missile systems from Belarus, with a range of 300 km';

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
