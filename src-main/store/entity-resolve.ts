/**
 * Works out the notebook's entities from what the extractor found in each source and the analyst's
 * decisions, and points every mention at its entity. Run after every extraction and decision, so
 * a decision holds however often the extraction runs again. An entity's id comes from its key, so
 * it stays the same from one run to the next.
 */
import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { ENTITY_TYPES, type EntityType } from '../contract/entities';
import { orderFreeKey } from '../entities/normalise';

export const entityId = (key: string) => `ent_${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;

interface GroupRow { key: string; name: string; type: string; mentions: number }
interface Decision { id: number; kind: 'rename' | 'merge' | 'type' | 'delete' | 'split'; key: string; value: string }

interface Resolved { key: string; names: Map<string, number>; types: Map<string, number> }

const isAcronym = (s: string) => /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}$/u.test(s);
function bestName(names: Map<string, number>): string {
  let best = '';
  let score = -1;
  for (const [name, n] of names) {
    const s = (isAcronym(name) ? 0 : 1_000_000) + name.split(' ').length * 10_000 + Math.min(n, 9999);
    if (s > score) [best, score] = [name, s];
  }
  return best;
}

/** Group key → the key it is known by across sources: "lukashenko" → "alexander lukashenko" when only one full name ends so. */
function crossSourceKeys(db: Database): Map<string, string> {
  const rows = db
    .prepare(
      `SELECT a.value AS alias, min(g.key) AS key FROM entity_groups g, json_each(g.alias_keys) a
       WHERE g.alias_keys <> '[]' GROUP BY a.value HAVING count(DISTINCT g.key) = 1`,
    )
    .all() as { alias: string; key: string }[];
  return new Map(rows.filter((r) => r.alias !== r.key).map((r) => [r.alias, r.key]));
}

export function resolveEntities(db: Database): void {
  // One row per way the sources name and type each key, with its mentions summed.
  const groups = db.prepare('SELECT key, name, type, sum(mentions) AS mentions FROM entity_groups GROUP BY key, name, type').all() as GroupRow[];
  const decisions = db.prepare('SELECT id, kind, key, value FROM entity_decisions ORDER BY id').all() as Decision[];
  const cross = crossSourceKeys(db);
  const merges = new Map<string, string>();
  for (const d of decisions) if (d.kind === 'merge' && d.key !== d.value) merges.set(d.key, d.value);
  const final = (key: string): string => {
    let k = cross.get(key) ?? key;
    const seen = new Set<string>();
    while (merges.has(k) && !seen.has(k)) {
      seen.add(k);
      k = merges.get(k) as string;
    }
    return k;
  };

  const resolved = new Map<string, Resolved>();
  const groupEntity = new Map<string, string>();
  for (const g of groups) {
    const key = final(g.key);
    groupEntity.set(g.key, key);
    const r = resolved.get(key) ?? { key, names: new Map(), types: new Map() };
    r.names.set(g.name, (r.names.get(g.name) ?? 0) + g.mentions);
    r.types.set(g.type, (r.types.get(g.type) ?? 0) + g.mentions);
    resolved.set(key, r);
  }
  const splits = decisions.filter((d) => d.kind === 'split').map((d) => ({ key: d.key, ...(JSON.parse(d.value) as { from: string; name: string }) }));
  for (const s of splits) {
    if (resolved.has(s.key)) continue;
    const from = resolved.get(final(s.from));
    resolved.set(s.key, { key: s.key, names: new Map([[s.name, 0]]), types: new Map(from?.types ?? []) });
  }

  const deleted = new Set(decisions.filter((d) => d.kind === 'delete').map((d) => d.key));
  const renamed = new Map(decisions.filter((d) => d.kind === 'rename').map((d) => [d.key, d.value]));
  const typed = new Map(decisions.filter((d) => d.kind === 'type').map((d) => [d.key, d.value]));

  const upsert = db.prepare('INSERT INTO entities (id, key, name, type) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, type = excluded.type');
  const keep = new Set<string>();
  for (const r of resolved.values()) {
    if (deleted.has(r.key)) continue;
    let type = typed.get(r.key) as EntityType | undefined;
    if (!type) {
      let most = 0;
      for (const [t, n] of r.types) if (n > most && (ENTITY_TYPES as readonly string[]).includes(t)) [type, most] = [t as EntityType, n];
    }
    const name = renamed.get(r.key) ?? (bestName(r.names) || r.key);
    const id = entityId(r.key);
    upsert.run(id, r.key, name, type ?? 'organization');
    keep.add(id);
  }

  const point = db.prepare('UPDATE entity_mentions SET entity_id = ? WHERE group_key = ? AND entity_id IS NOT ?');
  for (const [groupKey, key] of groupEntity) {
    const id = deleted.has(key) ? null : entityId(key);
    point.run(id, groupKey, id);
  }
  // A split sends the mentions written one way to an entity of their own.
  const ofEntity = db.prepare('SELECT id, exact FROM entity_mentions WHERE entity_id = ?');
  const move = db.prepare('UPDATE entity_mentions SET entity_id = ? WHERE id = ?');
  for (const s of splits) {
    const to = deleted.has(s.key) ? null : entityId(s.key);
    for (const m of ofEntity.all(entityId(final(s.from))) as { id: number; exact: string }[]) {
      if (orderFreeKey(m.exact) === s.key) move.run(to, m.id);
    }
  }
  const existing = db.prepare('SELECT id FROM entities').all() as { id: string }[];
  const drop = db.prepare('DELETE FROM entities WHERE id = ?');
  for (const { id } of existing) if (!keep.has(id)) drop.run(id);
  // Entities whose every mention went elsewhere (split off, merged away) are not listed.
  db.prepare('DELETE FROM entities WHERE NOT EXISTS (SELECT 1 FROM entity_mentions m WHERE m.entity_id = entities.id)').run();
}
