/**
 * Every write's result carries the change events its transaction committed: the renderer refreshes
 * from them. Each write method of the contract runs here through the real dispatch on a real
 * notebook; a new write method without a case below (or without events) fails this test.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Api } from '../../src-main/api/dispatch';
import { handlers } from '../../src-main/api/handlers';
import { NotebookHost } from '../../src-main/api/notebook-host';
import type { Result } from '../../src-main/contract/errors';
import type { ChangeEvent, MethodName } from '../../src-main/contract/methods';
import { tempDir } from '../helpers';
import { importFixture, ok, openTestNotebook, SEED, WH_FACT_SHEET, type TestNotebook } from './notebook-helpers';

interface Case {
  result: Result<unknown>;
  /** The entity the write changed: at least one event must name it (and its id when given). */
  entity: ChangeEvent['entity'];
  id?: string;
}

interface Setup {
  api: Api;
  seedId: string;
  factSheetId: string;
  claimId: string;
  linkId: string;
  briefId: string;
}

const opened: TestNotebook[] = [];
afterEach(() => {
  for (const nb of opened.splice(0)) nb.close();
});

async function setUp(): Promise<Setup> {
  const nb = openTestNotebook();
  opened.push(nb);
  const api = nb.api;
  const seedId = (await importFixture(api, ...SEED)).source.id;
  const factSheetId = (await importFixture(api, ...WH_FACT_SHEET)).source.id;
  const { claim } = await ok(api, 'claims.create', { sourceId: seedId, quote: 'Polonez-M missile systems', tags: ['Belarus'] });
  const { link } = await ok(api, 'evidence.link', { claimId: claim.id, sourceId: factSheetId, quote: 'Cuba', occurrence: 1, relation: 'context' });
  const { brief } = await ok(api, 'briefs.create', { title: 'Findings' });
  return { api, seedId, factSheetId, claimId: claim.id, linkId: link.id, briefId: brief.id };
}

const base64 = (text: string) => Buffer.from(text).toString('base64');

async function entityNamed(api: Api, name: string): Promise<string> {
  const { entities } = await ok(api, 'entities.list', {});
  const found = entities.find((e) => e.name === name);
  if (!found) throw new Error(`no entity named ${name}`);
  return found.id;
}

/** One case per write method of the contract (a handler with `write: true`). */
const writes: Record<string, (s: Setup) => Promise<Case>> = {
  'sources.import': async ({ api }) => {
    const result = await api.call('sources.import', { fileName: 'note.md', data: base64('# A note\n\nThe minister visited Havana.') });
    return { result, entity: 'source', id: result.ok ? result.value.source.id : undefined };
  },
  'sources.update': async ({ api, seedId }) => ({ result: await api.call('sources.update', { id: seedId, patch: { reliability: 'B' } }), entity: 'source', id: seedId }),
  'sources.delete': async ({ api, factSheetId }) => ({ result: await api.call('sources.delete', { id: factSheetId, force: true }), entity: 'source', id: factSheetId }),
  'claims.create': async ({ api, seedId }) => {
    const result = await api.call('claims.create', { sourceId: seedId, quote: 'Borchuk', occurrence: 1 });
    return { result, entity: 'claim', id: result.ok ? result.value.claim.id : undefined };
  },
  'claims.update': async ({ api, claimId }) => ({ result: await api.call('claims.update', { id: claimId, patch: { statement: 'Belarus has Polonez-M' } }), entity: 'claim', id: claimId }),
  'claims.bulkUpdate': async ({ api, claimId }) => ({ result: await api.call('claims.bulkUpdate', { ids: [claimId], addTags: ['Cuba'] }), entity: 'claim', id: claimId }),
  'claims.delete': async ({ api, claimId }) => ({ result: await api.call('claims.delete', { id: claimId, force: true }), entity: 'claim', id: claimId }),
  'evidence.link': async ({ api, claimId, seedId }) => ({ result: await api.call('evidence.link', { claimId, sourceId: seedId, quote: 'Borchuk', occurrence: 1, relation: 'supports' }), entity: 'evidence' }),
  'evidence.update': async ({ api, linkId }) => ({ result: await api.call('evidence.update', { id: linkId, patch: { relation: 'supports' } }), entity: 'evidence', id: linkId }),
  'evidence.unlink': async ({ api, linkId }) => ({ result: await api.call('evidence.unlink', { id: linkId }), entity: 'evidence', id: linkId }),
  'tags.rename': async ({ api, claimId }) => ({ result: await api.call('tags.rename', { from: 'Belarus', to: 'Minsk' }), entity: 'claim', id: claimId }),
  'tags.delete': async ({ api, claimId }) => ({ result: await api.call('tags.delete', { name: 'Belarus' }), entity: 'claim', id: claimId }),
  // Without an id on a notebook without a brief it creates the notebook's brief.
  'briefs.get': async ({ api, briefId }) => {
    await ok(api, 'briefs.delete', { id: briefId });
    const result = await api.call('briefs.get', {});
    return { result, entity: 'brief', id: result.ok ? result.value.brief.id : undefined };
  },
  'briefs.save': async ({ api, briefId }) => ({ result: await api.call('briefs.save', { id: briefId, title: 'Findings', doc: null }), entity: 'brief', id: briefId }),
  'briefs.create': async ({ api }) => {
    const result = await api.call('briefs.create', { title: 'Second' });
    return { result, entity: 'brief', id: result.ok ? result.value.brief.id : undefined };
  },
  'briefs.rename': async ({ api, briefId }) => ({ result: await api.call('briefs.rename', { id: briefId, title: 'Renamed' }), entity: 'brief', id: briefId }),
  'briefs.delete': async ({ api, briefId }) => ({ result: await api.call('briefs.delete', { id: briefId }), entity: 'brief', id: briefId }),
  'briefs.setExportDetails': async ({ api, briefId }) => ({ result: await api.call('briefs.setExportDetails', { id: briefId, title: 'For the desk', author: 'A. Analyst' }), entity: 'brief', id: briefId }),
  'trash.restore': async ({ api, claimId }) => {
    const { trashId } = await ok(api, 'claims.delete', { id: claimId, force: true });
    return { result: await api.call('trash.restore', { id: trashId }), entity: 'claim', id: claimId };
  },
  'trash.empty': async ({ api, claimId }) => {
    await ok(api, 'claims.delete', { id: claimId, force: true });
    return { result: await api.call('trash.empty', {}), entity: 'notebook' };
  },
  'analyses.create': async ({ api }) => {
    const result = await api.call('analyses.create', { question: 'Why?', hypotheses: ['A', 'B'] });
    return { result, entity: 'analysis', id: result.ok ? result.value.analysis.id : undefined };
  },
  'analyses.update': async ({ api }) => {
    const id = (await ok(api, 'analyses.create', { question: 'Why?', hypotheses: ['A', 'B'] })).analysis.id;
    return { result: await api.call('analyses.update', { id, question: 'Why now?' }), entity: 'analysis', id };
  },
  'analyses.delete': async ({ api }) => {
    const id = (await ok(api, 'analyses.create', { question: 'Why?', hypotheses: ['A', 'B'] })).analysis.id;
    return { result: await api.call('analyses.delete', { id }), entity: 'analysis', id };
  },
  'analyses.addHypothesis': async ({ api }) => {
    const id = (await ok(api, 'analyses.create', { question: 'Why?', hypotheses: ['A', 'B'] })).analysis.id;
    return { result: await api.call('analyses.addHypothesis', { id, label: 'C' }), entity: 'analysis', id };
  },
  'analyses.renameHypothesis': async ({ api }) => {
    const { analysis } = await ok(api, 'analyses.create', { question: 'Why?', hypotheses: ['A', 'B'] });
    return { result: await api.call('analyses.renameHypothesis', { id: analysis.id, hypothesisId: analysis.hypotheses[0].id, label: 'A2' }), entity: 'analysis', id: analysis.id };
  },
  'analyses.removeHypothesis': async ({ api }) => {
    const { analysis } = await ok(api, 'analyses.create', { question: 'Why?', hypotheses: ['A', 'B', 'C'] });
    return { result: await api.call('analyses.removeHypothesis', { id: analysis.id, hypothesisId: analysis.hypotheses[2].id }), entity: 'analysis', id: analysis.id };
  },
  'analyses.addRow': async ({ api, claimId }) => {
    const id = (await ok(api, 'analyses.create', { question: 'Why?', hypotheses: ['A', 'B'] })).analysis.id;
    return { result: await api.call('analyses.addRow', { id, claimId }), entity: 'analysis', id };
  },
  'analyses.removeRow': async ({ api, claimId }) => {
    const id = (await ok(api, 'analyses.create', { question: 'Why?', hypotheses: ['A', 'B'] })).analysis.id;
    await ok(api, 'analyses.addRow', { id, claimId });
    return { result: await api.call('analyses.removeRow', { id, row: claimId }), entity: 'analysis', id };
  },
  'analyses.setRow': async ({ api, claimId }) => {
    const id = (await ok(api, 'analyses.create', { question: 'Why?', hypotheses: ['A', 'B'] })).analysis.id;
    await ok(api, 'analyses.addRow', { id, claimId });
    return { result: await api.call('analyses.setRow', { id, row: claimId, patch: { relevance: 'high' } }), entity: 'analysis', id };
  },
  'analyses.rate': async ({ api, claimId }) => {
    const { analysis } = await ok(api, 'analyses.create', { question: 'Why?', hypotheses: ['A', 'B'] });
    await ok(api, 'analyses.addRow', { id: analysis.id, claimId });
    return { result: await api.call('analyses.rate', { id: analysis.id, row: claimId, hypothesisId: analysis.hypotheses[0].id, rating: 'I' }), entity: 'analysis', id: analysis.id };
  },
  // A brief whose claim has no evidence: one finding to dismiss, then to bring back.
  'briefs.dismissFinding': async ({ api, briefId, seedId }) => {
    const { claim } = await ok(api, 'claims.create', { sourceId: seedId, quote: 'Borchuk', occurrence: 1 });
    await ok(api, 'briefs.importMarkdown', { briefId, markdown: `Reports say [[${claim.id}]].` });
    const [finding] = (await ok(api, 'briefs.check', { briefId })).findings;
    return { result: await api.call('briefs.dismissFinding', { briefId, fingerprint: finding.fingerprint, reason: 'Known' }), entity: 'brief-finding', id: briefId };
  },
  'briefs.restoreFinding': async ({ api, briefId, seedId }) => {
    const { claim } = await ok(api, 'claims.create', { sourceId: seedId, quote: 'Borchuk', occurrence: 1 });
    await ok(api, 'briefs.importMarkdown', { briefId, markdown: `Reports say [[${claim.id}]].` });
    const [finding] = (await ok(api, 'briefs.check', { briefId })).findings;
    await ok(api, 'briefs.dismissFinding', { briefId, fingerprint: finding.fingerprint, reason: 'Known' });
    return { result: await api.call('briefs.restoreFinding', { briefId, fingerprint: finding.fingerprint }), entity: 'brief-finding', id: briefId };
  },
  'briefs.importMarkdown': async ({ api, briefId }) => ({ result: await api.call('briefs.importMarkdown', { briefId, markdown: '# Findings\n\nThe deal is *likely*.' }), entity: 'brief', id: briefId }),
  'entities.extract': async ({ api }) => {
    api.notebook.db.exec('DELETE FROM entity_extractions');
    return { result: await api.call('entities.extract', {}), entity: 'entity' };
  },
  'entities.rename': async ({ api }) => {
    const id = await entityNamed(api, 'Minsk');
    return { result: await api.call('entities.rename', { id, name: 'Minsk (city)' }), entity: 'entity', id };
  },
  'entities.setType': async ({ api }) => {
    const id = await entityNamed(api, 'Kremlin');
    return { result: await api.call('entities.setType', { id, type: 'place' }), entity: 'entity', id };
  },
  'entities.merge': async ({ api }) => {
    const [into, other] = [await entityNamed(api, 'Minsk'), await entityNamed(api, 'Havana')];
    return { result: await api.call('entities.merge', { ids: [into, other] }), entity: 'entity', id: other };
  },
  'entities.delete': async ({ api }) => {
    const id = await entityNamed(api, 'Havana');
    return { result: await api.call('entities.delete', { id }), entity: 'entity', id };
  },
  'entities.splitMention': async ({ api }) => {
    const id = await entityNamed(api, 'Viktor Khrenin');
    const { mentions } = await ok(api, 'entities.get', { id });
    const surname = mentions.find((m) => m.exact === 'Khrenin');
    return { result: await api.call('entities.splitMention', { mentionId: surname?.id ?? 0 }), entity: 'entity', id };
  },
  'entities.undo': async ({ api }) => {
    const { decisionIds } = await ok(api, 'entities.delete', { id: await entityNamed(api, 'Havana') });
    return { result: await api.call('entities.undo', { decisionIds }), entity: 'entity' };
  },
  // The claims and links of one notebook, exported as W3C annotations, imported into another.
  'annotations.import': async ({ api }) => {
    const exported = await ok(api, 'exports.render', { format: 'w3c' });
    const other = openTestNotebook();
    opened.push(other);
    await importFixture(other.api, ...SEED);
    await importFixture(other.api, ...WH_FACT_SHEET);
    return { result: await other.api.call('annotations.import', { fileName: 'annotations.jsonld', data: exported.data }), entity: 'claim' };
  },
  // Reading a source for the first time stores its suggestions.
  'suggestions.list': async ({ api, seedId }) => ({ result: await api.call('suggestions.list', { sourceId: seedId }), entity: 'suggestion', id: seedId }),
  'suggestions.readAll': async ({ api, seedId }) => ({ result: await api.call('suggestions.readAll', {}), entity: 'suggestion', id: seedId }),
  'suggestions.accept': async ({ api, seedId }) => {
    const [best] = (await ok(api, 'suggestions.list', { sourceId: seedId, limit: 1 })).suggestions;
    return { result: await api.call('suggestions.accept', { id: best.id }), entity: 'claim' };
  },
  'suggestions.dismiss': async ({ api, seedId }) => {
    const [best] = (await ok(api, 'suggestions.list', { sourceId: seedId, limit: 1 })).suggestions;
    return { result: await api.call('suggestions.dismiss', { id: best.id }), entity: 'suggestion', id: best.id };
  },
  'suggestions.restore': async ({ api, seedId }) => {
    const [best] = (await ok(api, 'suggestions.list', { sourceId: seedId, limit: 1 })).suggestions;
    await ok(api, 'suggestions.dismiss', { id: best.id });
    return { result: await api.call('suggestions.restore', { id: best.id }), entity: 'suggestion', id: best.id };
  },
};

const writeMethods = (Object.keys(handlers) as MethodName[]).filter((m) => (handlers[m] as { write: boolean }).write);

function expectEvents({ result, entity, id }: Case): void {
  if (!result.ok) throw new Error(`the write failed: ${result.error.message}`);
  expect(result.events, 'a write reports the changes it committed').toBeDefined();
  const named = (result.events ?? []).filter((e) => e.entity === entity && (id === undefined || e.id === id));
  expect(named.length, `an event names the ${entity} ${id ?? ''} in ${JSON.stringify(result.events)}`).toBeGreaterThan(0);
}

describe('change events in the results of writes', () => {
  it('every write method of the contract has a case here', () => {
    expect(writeMethods.length).toBeGreaterThan(10);
    expect(Object.keys(writes).sort()).toEqual([...writeMethods].sort());
  });

  for (const method of Object.keys(writes)) {
    it(`${method} reports the entity it changed`, async () => {
      expectEvents(await writes[method](await setUp()));
    });
  }

  it('the events in the result are the ones the change stream delivers', async () => {
    const { api, claimId, factSheetId } = await setUp();
    const streamed: ChangeEvent[] = [];
    const off = api.onChange((e) => streamed.push(e));
    const result = await api.call('evidence.link', { claimId, sourceId: factSheetId, quote: 'Cuba', occurrence: 2, relation: 'supports' });
    if (!result.ok) throw new Error(result.error.message);
    off();
    expect(result.ok && result.events).toEqual(streamed);
    expect(streamed.map((e) => e.entity).sort()).toEqual(['claim', 'evidence']);
  });

  it('a brief reports the claims whose citations it changed: added or removed references, a new title, its deletion', async () => {
    const { api, claimId, briefId, seedId } = await setUp();
    const { claim: other } = await ok(api, 'claims.create', { sourceId: seedId, quote: 'Borchuk', occurrence: 1 });
    const docCiting = (...ids: string[]) => ({ root: { type: 'root', children: [{ type: 'paragraph', children: ids.map((id) => ({ type: 'claim-reference', claimId: id, statement: 'x' })) }] } });
    const claimEvents = (result: Result<unknown>) => (result.ok ? (result.events ?? []) : []).filter((e) => e.entity === 'claim').map((e) => e.id).sort();

    expect(claimEvents(await api.call('briefs.save', { id: briefId, title: 'Findings', doc: docCiting(claimId) }))).toEqual([claimId]);
    // Typing around the references changes no citation: no claim event.
    expect(claimEvents(await api.call('briefs.save', { id: briefId, title: 'Findings', doc: docCiting(claimId) }))).toEqual([]);
    expect(claimEvents(await api.call('briefs.save', { id: briefId, title: 'Findings', doc: docCiting(other.id) }))).toEqual([claimId, other.id].sort());
    expect(claimEvents(await api.call('briefs.rename', { id: briefId, title: 'Renamed' }))).toEqual([other.id]);
    expect(claimEvents(await api.call('briefs.delete', { id: briefId }))).toEqual([other.id]);
    expect((await ok(api, 'claims.get', { id: other.id })).citedIn).toEqual([]);
  });

  it('a read carries no events', async () => {
    const { api } = await setUp();
    const result = await api.call('claims.list', {});
    expect(result.ok && result.events).toBeUndefined();
  });

  it('a duplicate import changed nothing and says so', async () => {
    const { api } = await setUp();
    const again = await importAgain(api);
    expect(again.ok && again.events).toEqual([]);
  });

  it('switching notebooks reports the notebook event, as the stream does; opening the open one reports none', async () => {
    const temp = tempDir();
    const stateDir = join(temp.dir, 'state');
    mkdirSync(stateDir);
    const first = join(temp.dir, 'first.sqlite');
    const second = join(temp.dir, 'second.sqlite');
    const host = new NotebookHost(first, { stateDir });
    try {
      const streamed: ChangeEvent[] = [];
      host.onChange((e) => streamed.push(e));
      const created = await host.dispatch('notebook.create', { path: second });
      expect(created.ok && created.events).toEqual([{ entity: 'notebook', action: 'updated', id: second }]);
      const opened = await host.dispatch('notebook.open', { path: first });
      expect(opened.ok && opened.events).toEqual([{ entity: 'notebook', action: 'updated', id: first }]);
      expect(streamed).toEqual([...(created.ok ? (created.events ?? []) : []), ...(opened.ok ? (opened.events ?? []) : [])]);
      const same = await host.dispatch('notebook.open', { path: first });
      expect(same.ok && same.events).toEqual([]);
    } finally {
      host.close();
      temp.cleanup();
    }
  });
});

async function importAgain(api: Api) {
  const list = await ok(api, 'sources.list', {});
  expect(list.total).toBe(2);
  const { readFixture } = await import('../helpers');
  return api.call('sources.import', { fileName: SEED[1], data: readFixture(...SEED).toString('base64') });
}
