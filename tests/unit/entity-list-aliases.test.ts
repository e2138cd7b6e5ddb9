/**
 * The entity list read for the whole notebook in one pass (issue 13: fast at 10,000 entities) says
 * exactly what reading each entity's mentions says: counts, sources, and aliases (one form per
 * name key, the most frequent first, never the name itself), and the same as the filtered lists.
 */
import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Entity } from '../../src-main/contract/entities';
import { nameKey } from '../../src-main/entities/normalise';
import { fixture } from '../helpers';
import { importFixture, ok, openTestNotebook, SEED, type TestNotebook } from './notebook-helpers';

const opened: TestNotebook[] = [];
afterEach(() => opened.splice(0).forEach((nb) => nb.close()));

describe('entities.list for the whole notebook', () => {
  it('gives each entity the counts and aliases its mentions give', async () => {
    const nb = openTestNotebook();
    opened.push(nb);
    await importFixture(nb.api, ...SEED);
    for (const file of readdirSync(fixture('topic', 'wikipedia-2019')).filter((f) => f.endsWith('.md')).slice(0, 3)) await importFixture(nb.api, 'topic', 'wikipedia-2019', file);
    const db = nb.api.notebook.db;
    const all = (await ok(nb.api, 'entities.list', {})).entities;
    expect(all.length).toBeGreaterThan(50);
    expect(all.some((e) => e.aliases.length > 0), 'some entity has aliases').toBe(true);

    const mentions = db.prepare('SELECT entity_id AS id, source_id AS sourceId, exact FROM entity_mentions WHERE entity_id IS NOT NULL ORDER BY id').all() as { id: string; sourceId: string; exact: string }[];
    for (const e of all) {
      const own = mentions.filter((m) => m.id === e.id);
      const forms = new Map<string, number>();
      for (const m of own) forms.set(m.exact, (forms.get(m.exact) ?? 0) + 1);
      const byFrequency = [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([form]) => form);
      const keys = new Set<string>();
      const aliases = byFrequency.filter((f) => !keys.has(nameKey(f)) && keys.add(nameKey(f))).map((f) => f.replace(/\s+/gu, ' ')).filter((a) => nameKey(a) !== nameKey(e.name));
      expect({ mentions: e.mentions, sources: e.sources, aliases: e.aliases }, e.name).toEqual({ mentions: own.length, sources: new Set(own.map((m) => m.sourceId)).size, aliases });
    }

    const one = all.find((e) => e.aliases.length > 0) as Entity;
    expect((await ok(nb.api, 'entities.get', { id: one.id })).entity).toEqual(one);
    for (const type of ['person', 'organization', 'place'] as const) {
      expect((await ok(nb.api, 'entities.list', { type })).entities, type).toEqual(all.filter((e) => e.type === type));
    }
  });
});
