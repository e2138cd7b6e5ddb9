/**
 * Undoing the delete of a source brings back what was read from it: its entities (with the
 * analyst's renames) and its suggested claims with the decisions taken on them. Real seed notebook,
 * real extraction and suggester, reloaded from the file to check.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi } from '../../src-main/api/dispatch';
import { openNotebook } from '../../src-main/store/db';
import { ok, openSeededNotebook, type SeededNotebook } from './notebook-helpers';

let nb: SeededNotebook;
beforeEach(async () => {
  nb = await openSeededNotebook();
});
afterEach(() => nb.close());

describe('restoring a deleted source from the trash', () => {
  it('brings its entities back as they were, renames included', async () => {
    const before = (await ok(nb.api, 'entities.list', { sourceId: nb.seedId })).entities;
    expect(before.length).toBeGreaterThan(10);
    const borchuk = before.find((e) => e.name === 'Vitaly Borchuk')!;
    await ok(nb.api, 'entities.rename', { id: borchuk.id, name: 'Colonel Vitaly Borchuk' });
    const renamed = (await ok(nb.api, 'entities.list', { sourceId: nb.seedId })).entities;
    const mentionsBefore = (await ok(nb.api, 'entities.get', { id: renamed.find((e) => e.name === 'Colonel Vitaly Borchuk')!.id })).mentions;

    const { trashId } = await ok(nb.api, 'sources.delete', { id: nb.seedId, force: true });
    expect((await ok(nb.api, 'entities.list', { sourceId: nb.seedId })).entities).toEqual([]);
    await ok(nb.api, 'trash.restore', { id: trashId });

    const after = (await ok(nb.api, 'entities.list', { sourceId: nb.seedId })).entities;
    expect(after).toEqual(renamed);
    const colonel = after.find((e) => e.name === 'Colonel Vitaly Borchuk')!;
    expect((await ok(nb.api, 'entities.get', { id: colonel.id })).mentions).toEqual(mentionsBefore);
  });

  it('keeps its suggestions and the decisions on them: a dismissed one stays dismissed', async () => {
    const { suggestions } = await ok(nb.api, 'suggestions.list', { sourceId: nb.seedId, limit: 1000 });
    expect(suggestions.length).toBeGreaterThan(3);
    const [dismissed] = suggestions;
    await ok(nb.api, 'suggestions.dismiss', { id: dismissed.id });
    const open = (await ok(nb.api, 'suggestions.list', { sourceId: nb.seedId, limit: 1000 })).suggestions;

    const { trashId } = await ok(nb.api, 'sources.delete', { id: nb.seedId, force: true });
    await ok(nb.api, 'trash.restore', { id: trashId });

    // Checked on the notebook as saved: the file opened afresh.
    const notebook = openNotebook(nb.path);
    const reopened = createApi(notebook);
    try {
      const listed = await ok(reopened, 'suggestions.list', { sourceId: nb.seedId, limit: 1000 });
      expect(listed.suggestions).toEqual(open);
      const withDismissed = (await ok(reopened, 'suggestions.list', { sourceId: nb.seedId, limit: 1000, includeDismissed: true })).suggestions;
      expect(withDismissed.find((s) => s.id === dismissed.id)).toMatchObject({ state: 'dismissed' });
    } finally {
      notebook.close();
    }
  });
});
