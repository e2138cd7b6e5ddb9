/**
 * The evidence map (map.graph) and the case summary (summary.case) over a real notebook: three
 * imported fixtures, claims and evidence links made through the API, every figure checked against
 * a count made here from claims.list / evidence.list, and every figure's filter run through
 * claims.query to check it finds exactly the claims counted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim, ClaimStatus, EvidenceLink, Reliability } from '../../src-main/contract/domain';
import type { MapGraph } from '../../src-main/contract/methods-map';
import { neighbourhood } from '../../src-main/core/graph-neighbourhood';
import { buildEvidenceGraph, GRAPH_PARTS, type GraphPart } from '../../src-main/store/evidence-graph';
import { fails, importFixture, ok, openSeededNotebook, openTestNotebook, SEED, WH_FACT_SHEET, type TestNotebook } from './notebook-helpers';

const BELARUS = ['topic', 'wikipedia-2019', 'Armed_Forces_of_Belarus.md'] as const;
const STATUSES: ClaimStatus[] = ['unassessed', 'supported', 'disputed', 'refuted', 'supported', 'partly_supported'];

let nb: TestNotebook;
let sourceIds: string[];
let claims: Claim[];
let links: EvidenceLink[];
const texts = new Map<string, string>();

/** The `n`th passage of a text: ten characters of one line, not blank, away from the others. */
function passage(text: string, n: number): { start: number; end: number } {
  for (let start = 40 + n * 97; start < text.length - 10; start += 7) {
    const slice = text.slice(start, start + 10);
    if (!slice.includes('\n') && slice.trim().length === 10) return { start, end: start + 10 };
  }
  throw new Error('text too short');
}

beforeAll(async () => {
  nb = openTestNotebook();
  sourceIds = [];
  for (const fixture of [SEED, WH_FACT_SHEET, BELARUS]) sourceIds.push((await importFixture(nb.api, ...fixture)).source.id);
  const grades: Reliability[] = ['A', 'C', 'C'];
  for (const [i, id] of sourceIds.entries()) {
    await ok(nb.api, 'sources.update', { id, patch: { reliability: grades[i] } });
    texts.set(id, (await ok(nb.api, 'sources.text', { id })).text);
  }
  // 14 claims spread over the three sources, with statuses, grades and tags in a fixed pattern.
  for (let i = 0; i < 14; i++) {
    const sourceId = sourceIds[i % 3];
    await ok(nb.api, 'claims.create', {
      sourceId,
      ...passage(texts.get(sourceId)!, i),
      statement: `Claim number ${i}`,
      status: STATUSES[i % STATUSES.length],
      credibility: i % 4 === 0 ? null : ((i % 6) + 1) as 1,
      tags: i % 2 ? ['odd'] : ['even'],
    });
  }
  const made = (await ok(nb.api, 'claims.list', {})).claims;
  const byNumber = (n: number) => made.find((c) => c.statement === `Claim number ${n}`)!;
  const other = (c: Claim, k: number) => sourceIds.filter((s) => s !== c.sourceId)[k];
  const link = async (n: number, sourceId: string, relation: 'supports' | 'contradicts' | 'context', whole = false, p = 20) =>
    ok(nb.api, 'evidence.link', { claimId: byNumber(n).id, sourceId, relation, ...(whole ? {} : passage(texts.get(sourceId)!, p)) });
  // 0–3: none. 4: one other source. 5: two passages of one other source. 6: two other sources.
  // 7: its own source (another passage). 8: own source + one other. 9: own + two others. 10–13: one other, whole source.
  await link(4, other(byNumber(4), 0), 'supports');
  await link(5, other(byNumber(5), 1), 'supports', false, 21);
  await link(5, other(byNumber(5), 1), 'contradicts', false, 22);
  await link(6, other(byNumber(6), 0), 'supports');
  await link(6, other(byNumber(6), 1), 'context');
  await link(7, byNumber(7).sourceId, 'context', false, 30);
  await link(8, byNumber(8).sourceId, 'supports', false, 31);
  await link(8, other(byNumber(8), 0), 'contradicts');
  await link(9, byNumber(9).sourceId, 'supports', false, 32);
  await link(9, other(byNumber(9), 0), 'supports', true);
  await link(9, other(byNumber(9), 1), 'context', true);
  for (const n of [10, 11, 12, 13]) await link(n, other(byNumber(n), n % 2), n % 3 === 0 ? 'contradicts' : 'supports', true);
  claims = (await ok(nb.api, 'claims.list', {})).claims;
  links = [];
  for (const c of claims) links.push(...(await ok(nb.api, 'evidence.list', { claimId: c.id })).links);
});
afterAll(() => nb.close());

const sorted = (ids: Iterable<string>) => [...ids].sort();
async function queryIds(filter: object): Promise<string[]> {
  const v = await ok(nb.api, 'claims.query', { ...filter, withIds: true, limit: 1000 });
  expect(v.total).toBe(v.ids!.length);
  return sorted(v.ids!);
}

/** Counted here, from the claims and their links, not from the store's SQL. */
function expected() {
  const linksOf = (c: Claim) => links.filter((l) => l.claimId === c.id);
  const noEvidence = claims.filter((c) => linksOf(c).length === 0);
  const oneSource = claims.filter((c) => linksOf(c).length > 0 && new Set(linksOf(c).map((l) => l.sourceId).filter((s) => s !== c.sourceId)).size <= 1);
  return { noEvidence, oneSource };
}

describe('summary.case', () => {
  it('counts claims by status and credibility, and each figure’s filter finds exactly those claims', async () => {
    const s = await ok(nb.api, 'summary.case', {});
    expect(s.claims).toBe(14);
    expect(s.sources).toBe(3);
    expect(s.evidenceLinks).toBe(links.length);
    for (const bucket of s.byStatus) {
      const want = claims.filter((c) => c.status === bucket.key).map((c) => c.id);
      expect(bucket.count, bucket.key).toBe(want.length);
      expect(await queryIds(bucket.filter)).toEqual(sorted(want));
    }
    expect(s.byStatus.reduce((n, b) => n + b.count, 0)).toBe(14);
    for (const bucket of s.byCredibility) {
      const want = claims.filter((c) => (c.credibility ?? 0) === bucket.key).map((c) => c.id);
      expect(bucket.count, `credibility ${bucket.key}`).toBe(want.length);
      expect(await queryIds(bucket.filter)).toEqual(sorted(want));
    }
    expect(s.byCredibility.find((b) => b.key === 0)!.count).toBe(4);
  });

  it('counts sources by reliability, linking to the claims quoted in them', async () => {
    const s = await ok(nb.api, 'summary.case', {});
    const sources = (await ok(nb.api, 'sources.list', {})).sources;
    for (const bucket of s.sourcesByReliability) {
      const graded = sources.filter((src) => src.reliability === bucket.key).map((src) => src.id);
      const want = claims.filter((c) => graded.includes(c.sourceId)).map((c) => c.id);
      expect(bucket.count, bucket.key).toBe(graded.length);
      expect(bucket.claims).toBe(want.length);
      expect(await queryIds(bucket.filter)).toEqual(sorted(want));
    }
    expect(s.sourcesByReliability.find((b) => b.key === 'C')!.count).toBe(2);
  });

  it('finds the claims with no evidence and those resting on one source', async () => {
    const s = await ok(nb.api, 'summary.case', {});
    const want = expected();
    expect(s.noEvidence.count).toBe(4);
    expect(await queryIds(s.noEvidence.filter)).toEqual(sorted(want.noEvidence.map((c) => c.id)));
    // 4, 5, 7, 8, 10–13 rest on one source; 6 and 9 cite two others.
    expect(s.oneSource.count).toBe(8);
    expect(want.oneSource.map((c) => c.statement).sort()).toEqual([4, 5, 7, 8, 10, 11, 12, 13].map((n) => `Claim number ${n}`).sort());
    expect(await queryIds(s.oneSource.filter)).toEqual(sorted(want.oneSource.map((c) => c.id)));
  });

  it('refuses input it does not take', async () => {
    expect((await fails(nb.api, 'summary.case', { everything: true })).code).toBe('VALIDATION');
  });
});

const claimNodes = (g: MapGraph) => g.nodes.filter((n) => n.kind === 'claim');
const nodeIds = (g: MapGraph) => sorted(g.nodes.map((n) => n.id));

describe('map.graph', () => {
  it('draws every source and claim, each claim joined to its source and to what its links cite', async () => {
    const g = await ok(nb.api, 'map.graph', {});
    expect(g.truncated).toBe(false);
    expect(g.matchingClaims).toBe(14);
    expect(nodeIds(g)).toEqual(sorted([...sourceIds.map((id) => `s:${id}`), ...claims.map((c) => `c:${c.id}`)]));
    const quoted = g.edges.filter((e) => e.kind === 'quoted');
    expect(sorted(quoted.map((e) => `${e.source}>${e.target}`))).toEqual(sorted(claims.map((c) => `c:${c.id}>s:${c.sourceId}`)));
    const evidence = g.edges.flatMap((e) => (e.kind === 'evidence' ? [e] : []));
    expect(sorted(evidence.map((e) => `${e.linkId} ${e.source}>${e.target} ${e.relation} ${e.start}`))).toEqual(
      sorted(links.map((l) => `${l.id} c:${l.claimId}>s:${l.sourceId} ${l.relation} ${l.start}`)),
    );
    const node = claimNodes(g).find((n) => n.label === 'Claim number 1')!;
    const claim = claims.find((c) => c.statement === 'Claim number 1')!;
    expect(node).toMatchObject({ status: claim.status, credibility: claim.credibility, tags: ['odd'], start: claim.start, end: claim.end });
  });

  it('filters by status, tag and source, keeping only the sources the claims reach', async () => {
    const disputed = await ok(nb.api, 'map.graph', { status: 'disputed' });
    const want = claims.filter((c) => c.status === 'disputed');
    expect(sorted(claimNodes(disputed).map((n) => n.id))).toEqual(sorted(want.map((c) => `c:${c.id}`)));
    const reached = new Set([...want.map((c) => c.sourceId), ...links.filter((l) => want.some((c) => c.id === l.claimId)).map((l) => l.sourceId)]);
    expect(sorted(disputed.nodes.filter((n) => n.kind === 'source').map((n) => n.id))).toEqual(sorted([...reached].map((s) => `s:${s}`)));

    const odd = await ok(nb.api, 'map.graph', { tag: 'odd' });
    expect(claimNodes(odd)).toHaveLength(7);

    const third = sourceIds[2];
    const bySource = await ok(nb.api, 'map.graph', { sourceId: third });
    const cites = claims.filter((c) => c.sourceId === third || links.some((l) => l.claimId === c.id && l.sourceId === third));
    expect(sorted(claimNodes(bySource).map((n) => n.id))).toEqual(sorted(cites.map((c) => `c:${c.id}`)));
    expect(bySource.matchingClaims).toBe(cites.length);
  });

  it('focuses on a claim’s two-hop neighbourhood: its sources and the claims that share them', async () => {
    const focus = claims.find((c) => c.statement === 'Claim number 3')!;
    const g = await ok(nb.api, 'map.graph', { focusClaimId: focus.id });
    // Claim 3 has no links: one hop is its own source; two hops, every claim quoted in it or citing it.
    const sharing = claims.filter((c) => c.sourceId === focus.sourceId || links.some((l) => l.claimId === c.id && l.sourceId === focus.sourceId));
    expect(nodeIds(g)).toEqual(sorted([`s:${focus.sourceId}`, ...sharing.map((c) => `c:${c.id}`)]));
    const one = await ok(nb.api, 'map.graph', { focusClaimId: focus.id, hops: 1 });
    expect(nodeIds(one)).toEqual(sorted([`c:${focus.id}`, `s:${focus.sourceId}`]));
    expect(one.edges.map((e) => e.kind)).toEqual(['quoted']);
  });

  it('says so when the claim to focus on or the source to filter by is gone, and refuses bad input', async () => {
    expect((await fails(nb.api, 'map.graph', { focusClaimId: 'no-such-claim' })).code).toBe('NOT_FOUND');
    expect((await fails(nb.api, 'map.graph', { sourceId: 'no-such-source' })).code).toBe('NOT_FOUND');
    expect((await fails(nb.api, 'map.graph', { status: 'maybe' })).code).toBe('VALIDATION');
    expect((await fails(nb.api, 'map.graph', { hops: 0 })).code).toBe('VALIDATION');
  });
});

describe('buildEvidenceGraph', () => {
  it('draws at most the most recently changed claims, says so, and keeps a focused claim among them', () => {
    const db = nb.api.notebook.db;
    const capped = buildEvidenceGraph(db, {}, GRAPH_PARTS, 5);
    expect(capped.truncated).toBe(true);
    expect(capped.matchingClaims).toBe(14);
    const newest = [...claims].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id)).slice(0, 5);
    expect(sorted(claimNodes(capped).map((n) => n.id))).toEqual(sorted(newest.map((c) => `c:${c.id}`)));
    const oldest = claims.find((c) => !newest.includes(c))!;
    const focused = buildEvidenceGraph(db, { focusClaimId: oldest.id, hops: 1 }, GRAPH_PARTS, 5);
    expect(nodeIds(focused)).toEqual(sorted([`c:${oldest.id}`, `s:${oldest.sourceId}`, ...links.filter((l) => l.claimId === oldest.id).map((l) => `s:${l.sourceId}`)]));
  });

  it('takes one more part (entities, later) whose nodes and edges join the map and its focus', () => {
    const db = nb.api.notebook.db;
    // A stand-in for the entity part: one entity mentioned by the first claim drawn.
    const entities: GraphPart = (d) => {
      d.nodes.push({ id: 'n:minsk', kind: 'entity', entityId: 'minsk', label: 'Minsk', entityKind: 'place' });
      d.edges.push({ id: 'm:1', kind: 'mention', source: `c:${d.claimIds[0]}`, target: 'n:minsk' });
    };
    const g = buildEvidenceGraph(db, {}, [...GRAPH_PARTS, entities]);
    expect(g.nodes.filter((n) => n.kind === 'entity').map((n) => n.label)).toEqual(['Minsk']);
    const first = claimNodes(g)[0].id;
    const focus = buildEvidenceGraph(db, { focusClaimId: first.slice(2), hops: 1 }, [...GRAPH_PARTS, entities]);
    expect(focus.nodes.map((n) => n.id)).toContain('n:minsk');
  });
});

describe('map.graph with entities', () => {
  it('draws the entities the claims’ passages mention, joined to those claims, only when asked', async () => {
    const seeded = await openSeededNotebook();
    try {
      const api = seeded.api;
      const quotes = ['On January 1, 2025, Lukashenko stated', 'By 2018, Borchuk', 'Marco Rubio, U.S. Secretary of State'];
      const made: Claim[] = [];
      for (const quote of quotes) made.push((await ok(api, 'claims.create', { sourceId: seeded.seedId, quote, occurrence: 1 })).claim);
      await ok(api, 'claims.create', { sourceId: seeded.factSheetId, quote: 'President Trump signed' });
      // Expected, from each entity's mentions as entities.get reports them: those inside a claim's passage.
      const want: string[] = [];
      const names = new Map<string, string>();
      for (const entity of (await ok(api, 'entities.list', { sourceId: seeded.seedId })).entities) {
        const { mentions } = await ok(api, 'entities.get', { id: entity.id });
        for (const c of made) {
          if (mentions.some((m) => m.sourceId === c.sourceId && m.start < c.end && m.end > c.start)) {
            want.push(`c:${c.id}>n:${entity.id}`);
            names.set(`n:${entity.id}`, entity.name);
          }
        }
      }
      expect([...names.values()]).toEqual(expect.arrayContaining(['Lukashenko', 'Vitaly Borchuk', 'Marco Rubio']));

      const plain = await ok(api, 'map.graph', {});
      expect(plain.nodes.some((n) => n.kind === 'entity') || plain.edges.some((e) => e.kind === 'mention')).toBe(false);

      const g = await ok(api, 'map.graph', { entities: true, sourceId: seeded.seedId });
      const mentions = g.edges.filter((e) => e.kind === 'mention').map((e) => `${e.source}>${e.target}`);
      expect(sorted(mentions)).toEqual(sorted(want));
      const entityNodes = g.nodes.flatMap((n) => (n.kind === 'entity' ? [n] : []));
      expect(sorted(entityNodes.map((n) => n.id))).toEqual(sorted(names.keys()));
      for (const n of entityNodes) expect(n.label).toBe(names.get(n.id));
      expect(entityNodes.find((n) => n.label === 'Lukashenko')).toMatchObject({ entityKind: 'person' });
      // Every edge joins drawn nodes; the fact sheet's claim (filtered out) brings no entity.
      const drawn = new Set(g.nodes.map((n) => n.id));
      for (const e of g.edges) expect(drawn.has(e.source) && drawn.has(e.target)).toBe(true);

      // A renamed entity is drawn under its new name; a focus reaches a claim's entities in one hop.
      const lukashenko = entityNodes.find((n) => n.label === 'Lukashenko')!;
      await ok(api, 'entities.rename', { id: lukashenko.entityId, name: 'Alexander Lukashenko' });
      const focus = await ok(api, 'map.graph', { entities: true, focusClaimId: made[0].id, hops: 1 });
      expect(focus.nodes.filter((n) => n.kind === 'entity').map((n) => n.label)).toContain('Alexander Lukashenko');
    } finally {
      seeded.close();
    }
  });
});

describe('neighbourhood', () => {
  // a – b – c – d, and e alone
  const graph = {
    nodes: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id })),
    edges: [
      { id: 'ab', source: 'a', target: 'b' },
      { id: 'cb', source: 'c', target: 'b' },
      { id: 'cd', source: 'c', target: 'd' },
    ],
  };
  it('takes edges both ways, hop by hop', () => {
    expect(neighbourhood(graph, 'a', 1).nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(neighbourhood(graph, 'a', 2).nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(neighbourhood(graph, 'a', 2).edges.map((e) => e.id)).toEqual(['ab', 'cb']);
    expect(neighbourhood(graph, 'd', 3).nodes.map((n) => n.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(neighbourhood(graph, 'e', 2).nodes.map((n) => n.id)).toEqual(['e']);
    expect(neighbourhood(graph, 'zz', 2).nodes).toEqual([]);
  });
});
