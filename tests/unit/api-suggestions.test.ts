/**
 * Suggested claims through the real API and command line, on a real notebook file: reading a
 * source, accepting (a claim with its event date), dismissing for good, restoring, and the
 * decisions surviving a reload and a re-run of the suggester.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../src-main/api/dispatch';
import { WORKER_THRESHOLD } from '../../src-main/analysis/suggest';
import { openNotebook, type Notebook } from '../../src-main/store/db';
import { listDatedSuggestions } from '../../src-main/store/suggestions';
import { readFixture, tempDir } from '../helpers';
import { runCli } from './cli-runner';
import { fails, importFixture, ok, SEED, WH_FACT_SHEET } from './notebook-helpers';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).reverse().forEach((c) => c()));

function notebookFile(): string {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return join(t.dir, 'case.sqlite');
}

function open(path: string): { api: Api; notebook: Notebook } {
  const notebook = openNotebook(path);
  cleanups.push(() => notebook.close());
  return { api: createApi(notebook), notebook };
}

describe('suggestions through the API', () => {
  it('reads a source once, keeps its suggestions, and lists them best first', async () => {
    const { api } = open(notebookFile());
    const sourceId = (await importFixture(api, ...SEED)).source.id;
    const first = await api.call('suggestions.list', { sourceId, limit: 10 });
    expect(first.ok && first.events).toEqual([{ entity: 'suggestion', action: 'updated', id: sourceId }]);
    const again = await api.call('suggestions.list', { sourceId, limit: 10 });
    expect(again.ok && again.events).toEqual([]);
    if (!first.ok || !again.ok) throw new Error('unreachable');
    expect(again.value.suggestions.map((s) => s.id)).toEqual(first.value.suggestions.map((s) => s.id));
    expect(first.value.suggestions).toHaveLength(10);
    expect(first.value.total).toBeGreaterThan(10);
    const { text } = await ok(api, 'sources.text', { id: sourceId });
    for (const s of first.value.suggestions) {
      expect(text.slice(s.start, s.end)).toBe(s.exact);
      expect(text.slice(0, s.start).endsWith(s.prefix)).toBe(true);
      expect(text.slice(s.end).startsWith(s.suffix)).toBe(true);
    }
  });

  it('accept makes a claim on the passage with the event date filled in; the suggestion leaves the list, also after a reload', async () => {
    const path = notebookFile();
    const { api, notebook } = open(path);
    const sourceId = (await importFixture(api, ...SEED)).source.id;
    const { suggestions } = await ok(api, 'suggestions.list', { sourceId });
    const dated = suggestions.find((s) => s.exact.startsWith('January 2024 — '));
    expect(dated?.eventDate).toBe('2024-01');
    const result = await api.call('suggestions.accept', { id: dated!.id, status: 'supported', tags: ['visits'] });
    if (!result.ok) throw new Error(result.error.message);
    const { claim } = result.value;
    expect(result.events).toEqual(
      expect.arrayContaining([
        { entity: 'claim', action: 'created', id: claim.id },
        { entity: 'suggestion', action: 'updated', id: dated!.id },
      ]),
    );
    expect(claim).toMatchObject({ sourceId, start: dated!.start, end: dated!.end, exact: dated!.exact, eventDate: '2024-01', status: 'supported', tags: ['visits'] });
    expect(claim.statement).toBe(dated!.exact);
    expect((await ok(api, 'suggestions.list', { sourceId })).suggestions.map((s) => s.id)).not.toContain(dated!.id);
    expect((await fails(api, 'suggestions.accept', { id: dated!.id })).code).toBe('CONFLICT');

    notebook.close();
    const reopened = open(path);
    expect((await ok(reopened.api, 'claims.get', { id: claim.id })).claim.eventDate).toBe('2024-01');
    expect((await ok(reopened.api, 'suggestions.list', { sourceId })).suggestions.map((s) => s.id)).not.toContain(dated!.id);
  });

  it('dismiss hides a suggestion for good: a re-run of the suggester does not bring it back; restore does', async () => {
    const path = notebookFile();
    const { api, notebook } = open(path);
    const sourceId = (await importFixture(api, ...SEED)).source.id;
    const [best] = (await ok(api, 'suggestions.list', { sourceId, limit: 1 })).suggestions;
    const dismissed = await api.call('suggestions.dismiss', { id: best.id });
    expect(dismissed.ok && dismissed.events).toEqual([{ entity: 'suggestion', action: 'updated', id: best.id }]);

    // Forget that the source was read, as a new version of the suggester would: it reads it again.
    notebook.db.prepare('DELETE FROM suggestion_runs').run();
    notebook.close();
    const { api: again } = open(path);
    const rerun = await again.call('suggestions.list', { sourceId });
    if (!rerun.ok) throw new Error(rerun.error.message);
    expect(rerun.events).toHaveLength(1);
    expect(rerun.value.suggestions.some((s) => s.start === best.start && s.end === best.end)).toBe(false);
    const withDismissed = await ok(again, 'suggestions.list', { sourceId, includeDismissed: true });
    expect(withDismissed.suggestions.find((s) => s.id === best.id)?.state).toBe('dismissed');

    await ok(again, 'suggestions.restore', { id: best.id });
    expect((await ok(again, 'suggestions.list', { sourceId, limit: 1 })).suggestions[0].id).toBe(best.id);
  });

  it('hides suggestions on passages the analyst already claimed, and gives the timeline the dated ones', async () => {
    const { api, notebook } = open(notebookFile());
    const sourceId = (await importFixture(api, ...SEED)).source.id;
    const factSheetId = (await importFixture(api, ...WH_FACT_SHEET)).source.id;
    await ok(api, 'claims.create', { sourceId, quote: 'Polonez-M missile systems' });
    const { suggestions } = await ok(api, 'suggestions.list', { sourceId });
    expect(suggestions.some((s) => s.exact.includes('Polonez-M'))).toBe(false);
    await ok(api, 'suggestions.list', { sourceId: factSheetId });

    const dated = listDatedSuggestions(notebook.db, { sourceId });
    expect(dated.map((d) => d.eventDate)).toEqual(expect.arrayContaining(['2023-06', '2024-01', '2024-12', '2025-01-01']));
    expect(dated.every((d) => d.sourceId === sourceId && suggestions.some((s) => s.id === d.id))).toBe(true);
    const all = listDatedSuggestions(notebook.db);
    expect(all.some((d) => d.sourceId === factSheetId && d.eventDate === '2025-06')).toBe(true);
    expect(Object.keys(all[0]).sort()).toEqual(['approximate', 'end', 'eventDate', 'exact', 'id', 'sourceId', 'start']);
  });

  it('a long source is read in a worker, and suggestions.progress says how far while it is', async () => {
    const { api } = open(notebookFile());
    // Real text, long enough: the seed report followed by a Wikipedia article, as one plain-text file.
    const long = [readFixture(...SEED), readFixture('topic', 'wikipedia-2019', 'Foreign_relations_of_Belarus.md')].join('\n\n');
    const sourceId = (await ok(api, 'sources.import', { fileName: 'long.txt', data: Buffer.from(long).toString('base64') })).source.id;
    expect((await ok(api, 'sources.text', { id: sourceId })).text.length).toBeGreaterThan(WORKER_THRESHOLD);
    expect(await ok(api, 'suggestions.progress', { sourceId })).toEqual({ reading: false, fraction: 1 });
    const listing = api.call('suggestions.list', { sourceId, limit: 5 });
    const seen: number[] = [];
    let done = false;
    void listing.then(() => (done = true));
    while (!done) {
      const p = await ok(api, 'suggestions.progress', { sourceId });
      if (p.reading) seen.push(p.fraction);
      await new Promise((r) => setTimeout(r, 5));
    }
    const listed = await listing;
    expect(listed.ok && listed.value.suggestions).toHaveLength(5);
    expect(seen[0]).toBe(0);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(await ok(api, 'suggestions.progress', { sourceId })).toEqual({ reading: false, fraction: 1 });
  });

  it('readAll reads the sources not read yet, a few at a time, so the timeline sees every source’s dated suggestions', async () => {
    const { api, notebook } = open(notebookFile());
    const seedId = (await importFixture(api, ...SEED)).source.id;
    const factSheetId = (await importFixture(api, ...WH_FACT_SHEET)).source.id;
    expect(listDatedSuggestions(notebook.db)).toEqual([]);
    expect(await ok(api, 'suggestions.readAll', { limit: 1 })).toEqual({ read: 1, remaining: 1 });
    expect(await ok(api, 'suggestions.readAll', {})).toEqual({ read: 1, remaining: 0 });
    const sources = new Set(listDatedSuggestions(notebook.db).map((d) => d.sourceId));
    expect(sources).toEqual(new Set([seedId, factSheetId]));
    const again = await api.call('suggestions.readAll', {});
    expect(again.ok && again.value).toEqual({ read: 0, remaining: 0 });
    expect(again.ok && again.events).toEqual([]);
  });

  it('says what is wrong in words: an unknown source or suggestion, a bad date', async () => {
    const { api } = open(notebookFile());
    expect((await fails(api, 'suggestions.list', { sourceId: 'src_nope' })).code).toBe('NOT_FOUND');
    expect((await fails(api, 'suggestions.dismiss', { id: 'sug_nope' })).message).toMatch(/no suggestion/);
    expect((await fails(api, 'suggestions.accept', { id: 'sug_x', eventDate: 'last week' })).message).toMatch(/2024-01-15/);
  });
});

describe('casebook suggest', () => {
  it('lists, accepts and dismisses with the documented JSON shapes', async () => {
    const path = notebookFile();
    const imported = await runCli(['import', ...[join('tests', 'fixtures', ...SEED)], '--json'], path);
    expect(imported.code, imported.stderr).toBe(0);
    const sourceId = imported.json().sources[0].id as string;

    const listed = await runCli(['suggest', sourceId, '--limit', '5', '--json'], path);
    expect(listed.code, listed.stderr).toBe(0);
    const { suggestions } = listed.json();
    expect(suggestions).toHaveLength(5);
    for (const s of suggestions) {
      expect(Object.keys(s).sort()).toEqual(['approximate', 'end', 'eventDate', 'exact', 'id', 'kinds', 'prefix', 'score', 'sourceId', 'start', 'suffix']);
    }
    const scores = suggestions.map((s: { score: number }) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    const accepted = await runCli(['suggest', 'accept', suggestions[0].id, '--status', 'disputed', '--json'], path);
    expect(accepted.code, accepted.stderr).toBe(0);
    expect(accepted.json().claim).toMatchObject({ sourceId, exact: suggestions[0].exact, status: 'disputed', eventDate: suggestions[0].eventDate });

    const dismissed = await runCli(['suggest', 'dismiss', suggestions[1].id, '--json'], path);
    expect(dismissed.code, dismissed.stderr).toBe(0);
    expect(dismissed.json()).toEqual({ dismissed: true });

    const after = (await runCli(['suggest', sourceId, '--limit', '5', '--json'], path)).json().suggestions.map((s: { id: string }) => s.id);
    expect(after).not.toContain(suggestions[0].id);
    expect(after).not.toContain(suggestions[1].id);
    expect(after.slice(0, 3)).toEqual(suggestions.slice(2).map((s: { id: string }) => s.id));

    const text = await runCli(['suggest', sourceId, '--limit', '1'], path);
    expect(text.stdout).toMatch(/^sug_\w+ {2}0\.\d+ {2}\[/);
  });
});
