/** The timeline over real claims on the seed report and a topic fixture, with partial dates. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimEvents, dateSpan, mergeTimeline, suggestionEvents, type DatedSuggestionRow } from '../../src-main/core/timeline';
import { fails, ok, openSeededNotebook, type SeededNotebook } from './notebook-helpers';
import { runCli } from './cli-runner';

let nb: SeededNotebook;
let factText: string;
/** Claim ids by a short name. */
const ids: Record<string, string> = {};

async function claim(name: string, sourceId: string, quote: string, fields: Record<string, unknown>) {
  ids[name] = (await ok(nb.api, 'claims.create', { sourceId, quote, statement: `${name}: ${quote}`, ...fields })).claim.id;
}

beforeEach(async () => {
  nb = await openSeededNotebook();
  factText = (await ok(nb.api, 'sources.text', { id: nb.factSheetId })).text;
  await claim('reliable-ally', nb.seedId, 'On January 1, 2025, Lukashenko stated', { eventDate: '2025-01-01', tags: ['belarus'], status: 'supported' });
  await claim('delegation', nb.seedId, 'June 2023 — A Cuban military delegation', { eventDate: '2023-06', tags: ['military', 'cuba'] });
  await claim('minister', nb.seedId, 'January 2024 — Lukashenko’s Minister of De', { eventDate: '2024-01', tags: ['military'] });
  await claim('borchuk', nb.seedId, 'By 2018, Borchuk', { eventDate: '2018' });
  await claim('undated', nb.seedId, 'Marco Rubio, U.S. Secretary of State', { occurrence: 1 });
  await claim('restrictions', nb.factSheetId, 'In June 2025, President Trump implemented partial', { eventDate: '2025-06', status: 'disputed', tags: ['cuba'] });
  await claim('memorandum', nb.factSheetId, 'In June 2025, President Trump signed', { eventDate: '2025' });
});
afterEach(() => nb.close());

const names = (events: { claimId: string | null }[]) => events.map((e) => Object.keys(ids).find((k) => ids[k] === e.claimId));

describe('timeline.events', () => {
  it('lists every dated claim in time order, a partial date as the span it names, coarser first on the same day', async () => {
    const { events } = await ok(nb.api, 'timeline.events', {});
    expect(names(events)).toEqual(['borchuk', 'delegation', 'minister', 'memorandum', 'reliable-ally', 'restrictions']);
    const byName = Object.fromEntries(events.map((e) => [names([e])[0], e]));
    expect(byName.delegation).toMatchObject({ date: '2023-06', from: '2023-06-01', to: '2023-06-30', precision: 'month', approximate: false, status: 'unassessed', tags: ['cuba', 'military'] });
    expect(byName.minister).toMatchObject({ from: '2024-01-01', to: '2024-01-31' });
    expect(byName.borchuk).toMatchObject({ from: '2018-01-01', to: '2018-12-31', precision: 'year' });
    expect(byName['reliable-ally']).toMatchObject({ from: '2025-01-01', to: '2025-01-01', precision: 'day', status: 'supported' });
    // Each event points at its passage in its source's text.
    for (const e of events) {
      const text = e.sourceId === nb.seedId ? nb.seedText : factText;
      expect(text.slice(e.start, e.end)).toBe(e.exact);
      expect(e.label).toBe(`${names([e])[0]}: ${e.exact}`);
      expect(e.suggestionId).toBeNull();
    }
    expect(byName.restrictions.sourceTitle).toMatch(/Cuba/);
  });

  it('filters by source, tag and status', async () => {
    expect(names((await ok(nb.api, 'timeline.events', { sourceId: nb.factSheetId })).events)).toEqual(['memorandum', 'restrictions']);
    expect(names((await ok(nb.api, 'timeline.events', { tag: 'military' })).events)).toEqual(['delegation', 'minister']);
    expect(names((await ok(nb.api, 'timeline.events', { status: 'disputed' })).events)).toEqual(['restrictions']);
    expect(names((await ok(nb.api, 'timeline.events', { tag: 'cuba', sourceId: nb.seedId })).events)).toEqual(['delegation']);
  });

  it('follows a changed date, and drops a claim whose date is cleared', async () => {
    await ok(nb.api, 'claims.update', { id: ids.borchuk, patch: { eventDate: '2026-02' } });
    await ok(nb.api, 'claims.update', { id: ids.delegation, patch: { eventDate: null } });
    expect(names((await ok(nb.api, 'timeline.events', {})).events)).toEqual(['minister', 'memorandum', 'reliable-ally', 'restrictions', 'borchuk']);
  });

  it('refuses an unknown source and a bad status in words', async () => {
    expect((await fails(nb.api, 'timeline.events', { sourceId: 'nope' })).message).toMatch(/no source/i);
    expect((await fails(nb.api, 'timeline.events', { status: 'maybe' })).code).toBe('VALIDATION');
  });

  it('takes the suggestions option (sources the suggester has not read yet add nothing)', async () => {
    const { events } = await ok(nb.api, 'timeline.events', { suggestions: true });
    expect(names(events)).toEqual(['borchuk', 'delegation', 'minister', 'memorandum', 'reliable-ally', 'restrictions']);
  });
});

describe('filtering by entity: timeline.events, casebook timeline and claims --entity', () => {
  async function entityNamed(name: string) {
    const { entities } = await ok(nb.api, 'entities.list', { sourceId: nb.seedId });
    const found = entities.find((e) => e.name === name);
    expect(found, `the seed's entities include ${name}`).toBeDefined();
    return found!;
  }

  it('keeps the dated claims whose passage mentions the entity, and leaves suggestions out', async () => {
    const lukashenko = await entityNamed('Lukashenko');
    const { events } = await ok(nb.api, 'timeline.events', { entityId: lukashenko.id, suggestions: true });
    expect(names(events)).toEqual(['minister', 'reliable-ally']);
    const borchuk = await entityNamed('Vitaly Borchuk');
    expect(names((await ok(nb.api, 'timeline.events', { entityId: borchuk.id })).events)).toEqual(['borchuk']);
    // An entity named in both sources: the source filter narrows it.
    const trump = (await ok(nb.api, 'entities.list', {})).entities.find((e) => e.name === 'Donald J. Trump')!;
    expect(names((await ok(nb.api, 'timeline.events', { entityId: trump.id })).events)).toEqual(['memorandum', 'restrictions']);
    expect((await ok(nb.api, 'timeline.events', { entityId: trump.id, sourceId: nb.seedId })).events).toEqual([]);
  });

  it('refuses an unknown entity in words, and takes --entity on the command line', async () => {
    expect((await fails(nb.api, 'timeline.events', { entityId: 'ent_nope' })).message).toMatch(/no entity/i);
    const lukashenko = await entityNamed('Lukashenko');
    const run = await runCli(['timeline', '--entity', lukashenko.id, '--json'], nb.path);
    expect(run.code).toBe(0);
    expect(names(run.json().events)).toEqual(['minister', 'reliable-ally']);
    const unknown = await runCli(['timeline', '--entity', 'ent_nope'], nb.path);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/no entity ent_nope/);
  });

  it('casebook claims --entity lists the claims, dated or not, whose passage mentions it', async () => {
    const rubio = await entityNamed('Marco Rubio');
    const run = await runCli(['claims', '--entity', rubio.id, '--json'], nb.path);
    expect(run.code).toBe(0);
    expect(names(run.json().claims.map((c: { id: string }) => ({ claimId: c.id })))).toEqual(['undated']);
    const lukashenko = await entityNamed('Lukashenko');
    const text = await runCli(['claims', '--entity', lukashenko.id, '--status', 'supported'], nb.path);
    expect(text.stdout.split('\n').filter(Boolean)).toEqual([`${ids['reliable-ally']}  [supported]  reliable-ally: On January 1, 2025, Lukashenko stated`]);
    const unknown = await runCli(['claims', '--entity', 'ent_nope'], nb.path);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/no entity ent_nope/);
  });
});

describe('timeline.events with real suggestions', () => {
  async function datedOpen(sourceId: string) {
    const { suggestions } = await ok(nb.api, 'suggestions.list', { sourceId, limit: 1000 });
    return suggestions.filter((s) => s.eventDate);
  }

  it('adds the open dated suggestions of read sources, in date order, with no claim id', async () => {
    const dated = [...(await datedOpen(nb.seedId)), ...(await datedOpen(nb.factSheetId))];
    expect(dated.length).toBeGreaterThan(2);
    const { events } = await ok(nb.api, 'timeline.events', { suggestions: true });
    const suggested = events.filter((e) => e.suggestionId);
    expect(suggested.map((e) => e.suggestionId).sort()).toEqual(dated.map((s) => s.id).sort());
    for (const e of suggested) {
      const s = dated.find((d) => d.id === e.suggestionId)!;
      expect(e).toMatchObject({ claimId: null, date: s.eventDate, approximate: s.approximate, sourceId: s.sourceId, exact: s.exact, status: null });
    }
    // Claims and suggestions together, in the order of the spans they name.
    const froms = events.map((e) => e.from);
    expect(froms).toEqual([...froms].sort());
    expect(events.filter((e) => e.claimId)).toHaveLength(6);
    // One source's only.
    const seedOnly = (await ok(nb.api, 'timeline.events', { suggestions: true, sourceId: nb.seedId })).events.filter((e) => e.suggestionId);
    expect(seedOnly.map((e) => e.sourceId)).toEqual(seedOnly.map(() => nb.seedId));
    expect(seedOnly.length).toBe(dated.filter((s) => s.sourceId === nb.seedId).length);
  });

  it('leaves suggestions out under a tag or status filter, and drops a dismissed or accepted one', async () => {
    const dated = await datedOpen(nb.seedId);
    const factSheetDated = await datedOpen(nb.factSheetId);
    expect((await ok(nb.api, 'timeline.events', { suggestions: true, tag: 'military' })).events.every((e) => e.claimId)).toBe(true);
    expect((await ok(nb.api, 'timeline.events', { suggestions: true, status: 'supported' })).events.every((e) => e.claimId)).toBe(true);
    const [dismissed, accepted] = dated;
    await ok(nb.api, 'suggestions.dismiss', { id: dismissed.id });
    const { claim } = await ok(nb.api, 'suggestions.accept', { id: accepted.id });
    const { events } = await ok(nb.api, 'timeline.events', { suggestions: true });
    const shown = events.map((e) => e.suggestionId).filter(Boolean);
    expect(shown).not.toContain(dismissed.id);
    expect(shown).not.toContain(accepted.id);
    expect(shown).toHaveLength(dated.length - 2 + factSheetDated.length);
    // The accepted one is now a claim on the timeline, with its date.
    expect(events.find((e) => e.claimId === claim.id)).toMatchObject({ date: accepted.eventDate, suggestionId: null });
  });
});

describe('dated suggestions as timeline events', () => {
  it('merges them with the claims in time order, labelled by their passage, approximate as the analysis said', async () => {
    const quote = 'April 2024 — The commander of the Cuban';
    const start = nb.seedText.indexOf(quote);
    expect(start).toBeGreaterThan(0);
    const rows: DatedSuggestionRow[] = [
      { id: 'sug-april', sourceId: nb.seedId, exact: quote, start, end: start + quote.length, eventDate: '2024-04', approximate: true },
      { id: 'sug-bad', sourceId: nb.seedId, exact: quote, start, end: start + quote.length, eventDate: '2024-02-30', approximate: false },
    ];
    const { events: claims } = await ok(nb.api, 'timeline.events', {});
    const titles = new Map([[nb.seedId, 'Seed report']]);
    const merged = mergeTimeline(claims, suggestionEvents(rows, titles));
    expect(merged.map((e) => e.suggestionId ?? names([e])[0])).toEqual(['borchuk', 'delegation', 'minister', 'sug-april', 'memorandum', 'reliable-ally', 'restrictions']);
    const april = merged[3];
    expect(april).toMatchObject({ claimId: null, approximate: true, label: quote, from: '2024-04-01', to: '2024-04-30', status: null, sourceTitle: 'Seed report' });
    expect(nb.seedText.slice(april.start, april.end)).toBe(april.exact);
  });

  it('reads partial dates as spans, leap years included, and refuses impossible days', () => {
    expect(dateSpan('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29', precision: 'month' });
    expect(dateSpan('2023-02')?.to).toBe('2023-02-28');
    expect(dateSpan('2023-02-29')).toBeNull();
    expect(dateSpan('2024-13')).toBeNull();
    expect(claimEvents([{ id: 'x', sourceId: 's', sourceTitle: 't', statement: 'x', status: 'unassessed', eventDate: '24-01', exact: '', start: 0, end: 0, tags: [] }])).toEqual([]);
  });
});

describe('casebook timeline', () => {
  it('prints one JSON document with the promised fields, in date order', async () => {
    const run = await runCli(['timeline', '--json'], nb.path);
    expect(run.code).toBe(0);
    const { events } = run.json();
    expect(Object.keys(events[0])).toEqual(['date', 'approximate', 'label', 'sourceId', 'claimId', 'suggestionId', 'exact', 'start', 'end']);
    expect(names(events)).toEqual(['borchuk', 'delegation', 'minister', 'memorandum', 'reliable-ally', 'restrictions']);
    expect(events.map((e: { date: string }) => e.date)).toEqual(['2018', '2023-06', '2024-01', '2025', '2025-01-01', '2025-06']);
  });

  it('with --suggestions reads the sources not read yet and lists their dated suggestions', async () => {
    const run = await runCli(['timeline', '--suggestions', '--json'], nb.path);
    expect(run.code).toBe(0);
    const { events } = run.json();
    const suggested = events.filter((e: { suggestionId: string | null }) => e.suggestionId);
    expect(suggested.length).toBeGreaterThan(2);
    expect(suggested.every((e: { claimId: string | null }) => e.claimId === null)).toBe(true);
    // In date order (a partial date sorts before the days it covers, as the timeline puts it).
    const dates = events.map((e: { date: string }) => e.date);
    expect(dates).toEqual([...dates].sort());
    const dated = [nb.seedId, nb.factSheetId].map(async (sourceId) => (await ok(nb.api, 'suggestions.list', { sourceId, limit: 1000 })).suggestions.filter((s) => s.eventDate));
    const ids = (await Promise.all(dated)).flat().map((s) => s.id);
    expect(suggested.map((e: { suggestionId: string }) => e.suggestionId).sort()).toEqual(ids.sort());
    const claimsOnly = events.filter((e: { claimId: string | null }) => e.claimId);
    expect(names(claimsOnly)).toEqual(['borchuk', 'delegation', 'minister', 'memorandum', 'reliable-ally', 'restrictions']);
  });

  it('filters with --source and --tag, takes --suggestions, and says what is wrong', async () => {
    const bySource = (await runCli(['timeline', '--source', nb.factSheetId, '--tag', 'cuba', '--suggestions', '--json'], nb.path)).json();
    expect(names(bySource.events)).toEqual(['restrictions']);
    const byTag = await runCli(['timeline', '--tag', 'military'], nb.path);
    expect(byTag.stdout.split('\n').filter(Boolean)).toEqual([expect.stringMatching(/^2023-06 +\[unassessed\] +delegation: June 2023/), expect.stringMatching(/^2024-01 +\[unassessed\] +minister:/)]);
    const unknown = await runCli(['timeline', '--source', 'nope'], nb.path);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/no source with id “nope”/);
  });
});
