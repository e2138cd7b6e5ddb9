/**
 * Analyses of competing hypotheses through the real dispatch on a real notebook file: writes are
 * read back after reopening, the scores follow the ratings and grades, and a deleted claim takes
 * its row to the trash and brings it back on undo.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../../src-main/api/dispatch';
import { openNotebook } from '../../src-main/store/db';
import { fails, ok, openSeededNotebook, type SeededNotebook } from './notebook-helpers';

const opened: SeededNotebook[] = [];
afterEach(() => opened.splice(0).forEach((nb) => nb.close()));

async function setUp() {
  const nb = await openSeededNotebook();
  opened.push(nb);
  const { api, seedId } = nb;
  const claim = async (quote: string, credibility: 1 | 2 | 3 | 4 | 5 | 6 | null = null) =>
    (await ok(api, 'claims.create', { sourceId: seedId, quote, credibility, occurrence: 1 })).claim.id;
  const c1 = await claim('Minsk has always been and remains a reliable ally of Havana', 2);
  const c2 = await claim('military cooperation is becoming increasingly evident', 4);
  const view = await ok(api, 'analyses.create', { question: 'Why is Minsk courting Havana?', hypotheses: ['Military cooperation', 'Trade only'] });
  const [h1, h2] = view.analysis.hypotheses.map((h) => h.id);
  return { nb, api, c1, c2, id: view.analysis.id, h1, h2 };
}

/** Reads an analysis from the notebook file afresh, as a new session would. */
async function reread(path: string, id: string) {
  const notebook = openNotebook(path);
  try {
    return await ok(createApi(notebook), 'analyses.get', { id });
  } finally {
    notebook.close();
  }
}

describe('analyses', () => {
  it('keeps the question, hypotheses, rows and ratings, and scores them (read back from the file)', async () => {
    const { nb, api, c1, c2, id, h1, h2 } = await setUp();
    await ok(api, 'analyses.addRow', { id, claimId: c1, relevance: 'high' });
    await ok(api, 'analyses.addRow', { id, claimId: c2 });
    const { rowId: assumption } = await ok(api, 'analyses.addRow', { id, text: 'Havana cannot pay for arms' });
    await ok(api, 'analyses.rate', { id, row: c1, hypothesisId: h1, rating: 'C' });
    await ok(api, 'analyses.rate', { id, row: c1, hypothesisId: h2, rating: 'I', note: 'an ally, not a client' });
    await ok(api, 'analyses.rate', { id, row: c2, hypothesisId: h2, rating: 'II' });
    await ok(api, 'analyses.rate', { id, row: assumption, hypothesisId: h1, rating: 'I' });
    const view = await reread(nb.path, id);

    expect(view.analysis.question).toBe('Why is Minsk courting Havana?');
    expect(view.analysis.hypotheses.map((h) => h.label)).toEqual(['Military cooperation', 'Trade only']);
    expect(view.rows.map((r) => [r.claimId, r.relevance, r.credibilityWeight])).toEqual([
      [c1, 'high', 'high'], // credibility 2, source reliability F (not judged) → high
      [c2, 'medium', 'low'], // credibility 4 → low
      [null, 'medium', 'medium'], // free text: medium
    ]);
    expect(view.rows[2].text).toBe('Havana cannot pay for arms');
    expect(view.rows[0].ratings).toEqual({ [h1]: 'C', [h2]: 'I' });
    expect(view.rows[0].cellNotes).toEqual({ [h2]: 'an ally, not a client' });
    // H1: assumption I, 1×1×−1 = −1.  H2: c1 I √2×√2×−1 = −2, c2 II 0.7071×1×−2 = −1.4142 → −3.4142.
    expect(view.scores[0].weighted).toBeCloseTo(-1, 10);
    expect(view.scores[1].weighted).toBeCloseTo(-2 - Math.SQRT2, 10);
    expect(view.scores.map((s) => s.inconsistencies)).toEqual([1, 2]);
    expect(view.leaders).toEqual([h1]);
    // c2 and the assumption have one rated cell each: not diagnostic.
    expect(view.rows.map((r) => r.diagnostic)).toEqual([true, false, false]);
    // Without c1, H2 = −1.4142 < −1: H1 still leads; without the assumption H1 = 0: still H1. Nothing sensitive.
    expect(view.sensitive).toEqual([]);
  });

  it('follows the source’s reliability and the analyst’s override, and clears a cell', async () => {
    const { nb, api, c1, id, h1, seedId } = { ...(await setUp()), seedId: opened[0]?.seedId };
    await ok(api, 'analyses.addRow', { id, claimId: c1 });
    await ok(api, 'sources.update', { id: seedId, patch: { reliability: 'C' } });
    expect((await ok(api, 'analyses.get', { id })).rows[0].credibilityWeight).toBe('medium');
    await ok(api, 'analyses.setRow', { id, row: c1, patch: { credibilityOverride: 'low', note: 'single source' } });
    let row = (await reread(nb.path, id)).rows[0];
    expect([row.gradedWeight, row.credibilityOverride, row.credibilityWeight, row.note]).toEqual(['medium', 'low', 'low', 'single source']);
    await ok(api, 'analyses.setRow', { id, row: c1, patch: { credibilityOverride: null } });
    await ok(api, 'analyses.rate', { id, row: c1, hypothesisId: h1, rating: 'II' });
    await ok(api, 'analyses.rate', { id, row: c1, hypothesisId: h1, rating: null });
    row = (await reread(nb.path, id)).rows[0];
    expect([row.credibilityWeight, row.ratings]).toEqual(['medium', {}]);
  });

  it('refuses what would break an analysis, in words, changing nothing', async () => {
    const { api, c1, id, h1, h2 } = await setUp();
    expect((await fails(api, 'analyses.create', { question: 'Q', hypotheses: ['only one'] })).message).toMatch(/hypotheses.*at least 2/);
    expect((await fails(api, 'analyses.removeHypothesis', { id, hypothesisId: h1 })).message).toMatch(/at least two hypotheses/);
    await ok(api, 'analyses.addRow', { id, claimId: c1 });
    expect((await fails(api, 'analyses.addRow', { id, claimId: c1 })).code).toBe('CONFLICT');
    expect((await fails(api, 'analyses.addRow', { id, claimId: 'clm_nothere' })).code).toBe('NOT_FOUND');
    expect((await fails(api, 'analyses.addRow', { id, claimId: c1, text: 'both' })).code).toBe('VALIDATION');
    expect((await fails(api, 'analyses.rate', { id, row: c1, hypothesisId: h2, rating: 'X' })).code).toBe('VALIDATION');
    expect((await fails(api, 'analyses.rate', { id, row: 'clm_other', hypothesisId: h2, rating: 'C' })).message).toMatch(/no row/);
    const view = await ok(api, 'analyses.get', { id });
    expect([view.analysis.hypotheses.length, view.rows.length, view.rows[0].ratings]).toEqual([2, 1, {}]);
  });

  it('adds, renames and removes hypotheses; removing one drops its ratings', async () => {
    const { nb, api, c1, id, h1 } = await setUp();
    const added = await ok(api, 'analyses.addHypothesis', { id, label: 'Symbolic only' });
    const h3 = added.analysis.hypotheses[2].id;
    await ok(api, 'analyses.renameHypothesis', { id, hypothesisId: h3, label: 'Symbolic politics' });
    await ok(api, 'analyses.addRow', { id, claimId: c1 });
    await ok(api, 'analyses.rate', { id, row: c1, hypothesisId: h3, rating: 'CC' });
    await ok(api, 'analyses.rate', { id, row: c1, hypothesisId: h1, rating: 'C' });
    expect((await reread(nb.path, id)).analysis.hypotheses.map((h) => h.label)).toEqual(['Military cooperation', 'Trade only', 'Symbolic politics']);
    await ok(api, 'analyses.removeHypothesis', { id, hypothesisId: h1 });
    const view = await reread(nb.path, id);
    expect(view.analysis.hypotheses.map((h) => h.id)).not.toContain(h1);
    expect(view.rows[0].ratings).toEqual({ [h3]: 'CC' });
  });

  it('a deleted claim takes its row to the trash, and undoing the delete brings the row and its ratings back', async () => {
    const { nb, api, c1, c2, id, h1, h2 } = await setUp();
    await ok(api, 'analyses.addRow', { id, claimId: c1, relevance: 'low' });
    await ok(api, 'analyses.addRow', { id, claimId: c2 });
    await ok(api, 'analyses.rate', { id, row: c1, hypothesisId: h1, rating: 'II', note: 'why' });
    await ok(api, 'analyses.rate', { id, row: c1, hypothesisId: h2, rating: 'C' });
    const { trashId } = await ok(api, 'claims.delete', { id: c1 });
    const without = await reread(nb.path, id);
    expect(without.rows.map((r) => r.claimId)).toEqual([c2]);
    expect(without.scores[0].weighted).toBe(0);

    const { restored } = await ok(api, 'trash.restore', { id: trashId });
    expect(restored.analysisIds).toEqual([id]);
    const back = await reread(nb.path, id);
    expect(back.rows.map((r) => [r.claimId, r.relevance])).toEqual([[c1, 'low'], [c2, 'medium']]);
    expect(back.rows[0].ratings).toEqual({ [h1]: 'II', [h2]: 'C' });
    expect(back.rows[0].cellNotes).toEqual({ [h1]: 'why' });
  });

  it('a deleted source takes its claims’ rows along; the undo puts them back only into analyses still there', async () => {
    const { nb, api, c1, id, seedId } = { ...(await setUp()), seedId: opened[0]?.seedId };
    await ok(api, 'analyses.addRow', { id, claimId: c1 });
    const other = await ok(api, 'analyses.create', { question: 'Other', hypotheses: ['a', 'b'] });
    await ok(api, 'analyses.addRow', { id: other.analysis.id, claimId: c1 });
    const { trashId } = await ok(api, 'sources.delete', { id: seedId, force: true });
    expect((await ok(api, 'analyses.get', { id })).rows).toEqual([]);
    await ok(api, 'analyses.delete', { id: other.analysis.id });
    await ok(api, 'trash.restore', { id: trashId });
    expect((await reread(nb.path, id)).rows.map((r) => r.claimId)).toEqual([c1]);
    expect((await ok(api, 'analyses.list', {})).analyses.map((a) => a.id)).toEqual([id]);
  });

  it('deleting an analysis keeps the claims and records what it held in the audit log', async () => {
    const { nb, api, c1, id, h1 } = await setUp();
    await ok(api, 'analyses.addRow', { id, claimId: c1 });
    await ok(api, 'analyses.rate', { id, row: c1, hypothesisId: h1, rating: 'I' });
    await ok(api, 'analyses.delete', { id });
    expect((await fails(api, 'analyses.get', { id })).code).toBe('NOT_FOUND');
    expect((await ok(api, 'claims.get', { id: c1 })).claim.id).toBe(c1);
    const entry = (await ok(api, 'audit.list', { limit: 1 })).entries[0];
    expect([entry.action, entry.entity, entry.entityId]).toEqual(['delete', 'analysis', id]);
    expect(JSON.stringify(entry.detail)).toContain(c1);
    const count = (sql: string) => (nb.api.notebook.db.prepare(sql).get() as { n: number }).n;
    expect(count('SELECT count(*) AS n FROM analysis_rows') + count('SELECT count(*) AS n FROM analysis_ratings')).toBe(0);
  });
});
