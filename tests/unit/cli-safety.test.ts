/** CLI: deleting a cited claim, linking a claim to its own passage, editing a source, undoing deletes. */
import { describe, expect, it } from 'vitest';
import { createApi } from '../../src-main/api/dispatch';
import { openNotebook } from '../../src-main/store/db';
import { fixture } from '../helpers';
import { cliOnFreshNotebook } from './cli-runner';

const SEED = fixture('reports', '000_f21f05dd4cd8cb1c.txt');
const QUOTE = 'Polonez-M missile systems from Belarus, with a range of 300 km';

const { cli, notebookPath } = cliOnFreshNotebook();

async function seedClaim() {
  const sourceId = (await cli('import', SEED, '--json')).json().sources[0].id as string;
  const claim = (await cli('claim', 'add', sourceId, '--quote', QUOTE, '--json')).json().claim as { id: string; start: number; end: number };
  return { sourceId, claim };
}

/** Reads the notebook file afresh, as another process would. */
async function readBack<T>(read: (api: ReturnType<typeof createApi>) => Promise<T>): Promise<T> {
  const nb = openNotebook(notebookPath());
  try {
    return await read(createApi(nb));
  } finally {
    nb.close();
  }
}

describe('casebook CLI safety', () => {
  it('claim delete on a claim a brief cites exits 1 saying where, unless --force; trash restore undoes it', async () => {
    const { claim } = await seedClaim();
    const ref = { type: 'claim-reference', version: 1, claimId: claim.id, statement: QUOTE };
    await readBack((api) => api.call('briefs.save', { title: 'Brief', doc: { root: { type: 'root', children: [{ type: 'paragraph', children: [ref, ref] }] } } }));

    const refused = await cli('claim', 'delete', claim.id);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('cited twice in the brief “Brief”');
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect((await cli('claim', 'show', claim.id)).code).toBe(0);

    const forced = await cli('claim', 'delete', claim.id, '--force', '--json');
    expect(forced.code).toBe(0);
    const { trashId } = forced.json();
    expect((await cli('claim', 'show', claim.id)).code).toBe(1);
    const listed = (await cli('trash', '--json')).json().entries;
    expect(listed).toEqual([expect.objectContaining({ id: trashId, kind: 'claim', entityId: claim.id })]);
    expect((await cli('trash', 'restore', trashId)).code).toBe(0);
    expect((await cli('claim', 'show', claim.id, '--json')).json().claim.exact).toBe(QUOTE);
  });

  it('link to the claim’s own passage exits 1 and writes nothing; another passage of the source links', async () => {
    const { sourceId, claim } = await seedClaim();
    const own = await cli('link', claim.id, sourceId, '--quote', 'with a range of 300 km', '--relation', 'supports');
    expect(own.code).toBe(1);
    expect(own.stderr).toMatch(/a claim cannot be its own evidence/);
    expect(await readBack(async (api) => (await api.call('claims.get', { id: claim.id })).ok && api.notebook.db.prepare('SELECT count(*) AS n FROM evidence_links').get())).toEqual({ n: 0 });
    const other = await cli('link', claim.id, sourceId, '--quote', 'Borchuk', '--occurrence', '1', '--relation', 'context', '--json');
    expect(other.code).toBe(0);
    expect(other.json().link.sourceId).toBe(sourceId);
  });

  it('source edit changes the details and prints the source as source show does', async () => {
    const { sourceId } = await seedClaim();
    const edited = await cli('source', 'edit', sourceId, '--title', 'Covert war (edited)', '--author', 'Álvaro López', '--author', 'Jane Roe', '--publisher', 'Charter 97',
      '--published', '2024-01-15', '--origin', 'https://example.org/covert-war', '--language', 'en', '--notes', 'From the archive.', '--json');
    expect(edited.code).toBe(0);
    const shown = (await cli('source', 'show', sourceId, '--json')).json();
    expect(edited.json()).toEqual(shown);
    const expected = {
      title: 'Covert war (edited)',
      authors: ['Álvaro López', 'Jane Roe'],
      publisher: 'Charter 97',
      publishedAt: '2024-01-15',
      origin: 'https://example.org/covert-war',
      language: 'en',
      notes: 'From the archive.',
    };
    expect(shown.source).toMatchObject(expected);
    expect(await readBack(async (api) => {
      const r = await api.call('sources.get', { id: sourceId });
      return r.ok ? r.value.source : null;
    })).toMatchObject(expected);

    const badDate = await cli('source', 'edit', sourceId, '--published', '15/01/2024');
    expect(badDate.code).toBe(1);
    expect(badDate.stderr).toMatch(/2024, 2024-01 or 2024-01-15/);
    expect((await cli('source', 'edit', sourceId)).code).toBe(2);
    expect((await cli('source', 'show', sourceId, '--json')).json().source.publishedAt).toBe('2024-01-15');
  });
});
