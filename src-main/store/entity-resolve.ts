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

interface Decisions {
  merges: Map<string, string>;
  splits: { key: string; from: string; name: string }[];
  deleted: Set<string>;
  renamed: Map<string, string>;
  typed: Map<string, string>;
}

function readDecisions(db: Database): Decisions {
  const decisions = db.prepare('SELECT id, kind, key, value FROM entity_decisions ORDER BY id').all() as Decision[];
  const merges = new Map<string, string>();
  for (const d of decisions) if (d.kind === 'merge' && d.key !== d.value) merges.set(d.key, d.value);
  return {
    merges,
    splits: decisions.filter((d) => d.kind === 'split').map((d) => ({ key: d.key, ...(JSON.parse(d.value) as { from: string; name: string }) })),
    deleted: new Set(decisions.filter((d) => d.kind === 'delete').map((d) => d.key)),
    renamed: new Map(decisions.filter((d) => d.kind === 'rename').map((d) => [d.key, d.value])),
    typed: new Map(decisions.filter((d) => d.kind === 'type').map((d) => [d.key, d.value])),
  };
}

/** The key a merge decision sends `key` to, following chains (and stopping at a cycle). */
function viaMerges(merges: Map<string, string>, key: string): string {
  let k = key;
  const seen = new Set<string>();
  while (merges.has(k) && !seen.has(k)) {
    seen.add(k);
    k = merges.get(k) as string;
  }
  return k;
}

/** Adds a group row (in the order the groups query lists them) to its entity's names and types. */
function addGroup(resolved: Map<string, Resolved>, key: string, g: GroupRow): void {
  const r = resolved.get(key) ?? { key, names: new Map(), types: new Map() };
  r.names.set(g.name, (r.names.get(g.name) ?? 0) + g.mentions);
  r.types.set(g.type, (r.types.get(g.type) ?? 0) + g.mentions);
  resolved.set(key, r);
}

/** The entity row a resolved key makes: its decisions first, else the name and type most mentions give. */
function entityFields(r: Resolved, d: Decisions): { name: string; type: EntityType } {
  let type = d.typed.get(r.key) as EntityType | undefined;
  if (!type) {
    let most = 0;
    for (const [t, n] of r.types) if (n > most && (ENTITY_TYPES as readonly string[]).includes(t)) [type, most] = [t as EntityType, n];
  }
  return { name: d.renamed.get(r.key) ?? (bestName(r.names) || r.key), type: type ?? 'organization' };
}

const UPSERT = 'INSERT INTO entities (id, key, name, type) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, type = excluded.type';
const POINT = 'UPDATE entity_mentions SET entity_id = ? WHERE group_key = ? AND entity_id IS NOT ?';

export function resolveEntities(db: Database): void {
  // One row per way the sources name and type each key, with its mentions summed.
  const groups = db.prepare('SELECT key, name, type, sum(mentions) AS mentions FROM entity_groups GROUP BY key, name, type ORDER BY key, name, type').all() as GroupRow[];
  const d = readDecisions(db);
  const cross = crossSourceKeys(db);
  const final = (key: string): string => viaMerges(d.merges, cross.get(key) ?? key);

  const resolved = new Map<string, Resolved>();
  const groupEntity = new Map<string, string>();
  for (const g of groups) {
    const key = final(g.key);
    groupEntity.set(g.key, key);
    addGroup(resolved, key, g);
  }
  for (const s of d.splits) {
    if (resolved.has(s.key)) continue;
    const from = resolved.get(final(s.from));
    resolved.set(s.key, { key: s.key, names: new Map([[s.name, 0]]), types: new Map(from?.types ?? []) });
  }

  const upsert = db.prepare(UPSERT);
  const keep = new Set<string>();
  for (const r of resolved.values()) {
    if (d.deleted.has(r.key)) continue;
    const { name, type } = entityFields(r, d);
    const id = entityId(r.key);
    upsert.run(id, r.key, name, type);
    keep.add(id);
  }

  const point = db.prepare(POINT);
  for (const [groupKey, key] of groupEntity) {
    const id = d.deleted.has(key) ? null : entityId(key);
    point.run(id, groupKey, id);
  }
  // A split sends the mentions written one way to an entity of their own.
  const ofEntity = db.prepare('SELECT id, exact FROM entity_mentions WHERE entity_id = ?');
  const move = db.prepare('UPDATE entity_mentions SET entity_id = ? WHERE id = ?');
  for (const s of d.splits) {
    const to = d.deleted.has(s.key) ? null : entityId(s.key);
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

/**
 * What resolving after a change to one source's findings (or a batch of them) has to look at, read
 * before the change: the group keys and alias keys it adds or removes, and the entity (by key)
 * each of those keys' mentions point at now.
 */
export interface ResolveScope {
  keys: string[];
  aliases: string[];
  entityOf: Map<string, string>;
}

/** The scope of replacing what was found in `sourceId` (its stored groups) by `found` (none: deleting it). */
export function scopeOfChange(db: Database, sourceId: string, found: { key: string; aliasKeys: string[] }[] = []): ResolveScope {
  const stored = db.prepare('SELECT key, alias_keys AS aliasKeys FROM entity_groups WHERE source_id = ?').all(sourceId) as { key: string; aliasKeys: string }[];
  const keys = new Set([...stored.map((g) => g.key), ...found.map((f) => f.key)]);
  const aliases = new Set([...stored.flatMap((g) => JSON.parse(g.aliasKeys) as string[]), ...found.flatMap((f) => f.aliasKeys)]);
  // In a resolved notebook every mention of a key points at the same entity: one is enough.
  const pointed = db.prepare('SELECT e.key FROM entity_mentions m JOIN entities e ON e.id = m.entity_id WHERE m.group_key = ? AND m.entity_id IS NOT NULL LIMIT 1').pluck();
  const entityOf = new Map<string, string>();
  for (const key of new Set([...keys, ...aliases])) {
    const entity = pointed.get(key) as string | undefined;
    if (entity !== undefined) entityOf.set(key, entity);
  }
  return { keys: [...keys], aliases: [...aliases], entityOf };
}

/** The notebook's decisions and cross-source aliases, as an entity resolution reads them (the groups must be stored). */
export interface ResolutionRules {
  d: Decisions;
  cross: Map<string, string>;
}

export function readResolutionRules(db: Database): ResolutionRules {
  return { d: readDecisions(db), cross: crossSourceKeys(db) };
}

/** Each group key's entity id (null: deleted, or left to a split's whole resolution), as the notebook's groups and decisions (`rules`) give it now. */
export function entityPointer({ d, cross }: ResolutionRules): (key: string) => string | null {
  if (d.splits.length) return () => null;
  return (groupKey) => {
    const key = viaMerges(d.merges, cross.get(groupKey) ?? groupKey);
    return d.deleted.has(key) ? null : entityId(key);
  };
}

/**
 * Like resolveEntities, for a notebook that was resolved before the change `scope` describes: only
 * the entities the change can touch are worked out again, so an import costs what its own source
 * holds rather than what the whole notebook does. The result is the same as resolveEntities'.
 */
export function resolveEntitiesIn(db: Database, scope: ResolveScope, { d, cross }: ResolutionRules = readResolutionRules(db)): void {
  // A split moves single mentions from one entity to another by how they are written: rare enough
  // to be left to the whole notebook's resolution.
  if (d.splits.length) return resolveEntities(db);
  const final = (key: string): string => viaMerges(d.merges, cross.get(key) ?? key);
  // Only these keys can change entity: new or removed groups, and those an alias now names or no longer names.
  const touched = [...new Set([...scope.keys, ...scope.aliases])];
  const affected = new Set([...scope.entityOf.values(), ...touched.map(final)]);

  // Every group key that resolves to an affected entity: itself or a key merged into it, and the aliases that name those.
  const aliasesOf = new Map<string, string[]>();
  for (const [alias, key] of cross) aliasesOf.set(key, [...(aliasesOf.get(key) ?? []), alias]);
  const mergedInto = new Map<string, string[]>();
  for (const m of d.merges.keys()) {
    const into = viaMerges(d.merges, m);
    mergedInto.set(into, [...(mergedInto.get(into) ?? []), m]);
  }
  const groupKeys = new Set<string>();
  for (const e of affected) {
    for (const c of [e, ...(mergedInto.get(e) ?? [])]) {
      if (!cross.has(c)) groupKeys.add(c);
      for (const alias of aliasesOf.get(c) ?? []) groupKeys.add(alias);
    }
  }
  const groups = db
    .prepare('SELECT key, name, type, sum(mentions) AS mentions FROM entity_groups WHERE key IN (SELECT value FROM json_each(?)) GROUP BY key, name, type ORDER BY key, name, type')
    .all(JSON.stringify([...groupKeys])) as GroupRow[];
  const resolved = new Map<string, Resolved>();
  for (const g of groups) addGroup(resolved, final(g.key), g);

  const upsert = db.prepare(UPSERT);
  const drop = db.prepare('DELETE FROM entities WHERE id = ?');
  for (const key of affected) {
    const r = resolved.get(key);
    if (!r || d.deleted.has(key)) drop.run(entityId(key));
    else {
      const { name, type } = entityFields(r, d);
      upsert.run(entityId(key), key, name, type);
    }
  }
  const point = db.prepare(POINT);
  // A key whose mentions keep their entity: only its new mentions (not pointed anywhere yet) are pointed.
  const pointNew = db.prepare('UPDATE entity_mentions SET entity_id = ? WHERE group_key = ? AND entity_id IS NULL');
  for (const groupKey of touched) {
    const key = final(groupKey);
    const id = d.deleted.has(key) ? null : entityId(key);
    if (id && scope.entityOf.get(groupKey) === key) pointNew.run(id, groupKey);
    else point.run(id, groupKey, id);
  }
  db.prepare('DELETE FROM entities WHERE id IN (SELECT value FROM json_each(?)) AND NOT EXISTS (SELECT 1 FROM entity_mentions m WHERE m.entity_id = entities.id)').run(
    JSON.stringify([...affected].map(entityId)),
  );
}
