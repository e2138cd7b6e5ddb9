/** Reads of the notebook's entities: the list with counts, one entity's mentions, the claims that mention it. */
import type { Database } from 'better-sqlite3';
import type { Entity, EntityMention, EntityType } from '../contract/entities';
import { CasebookError } from '../contract/errors';
import { nameKey } from '../entities/normalise';
import { SqlFilters } from './sql-filters';

interface EntityRow { id: string; key: string; name: string; type: EntityType; mentions: number; sources: number }

/** `nameKey` of the mentions' exact forms, kept between lists: the same few thousand forms come back each time. */
const keys = new Map<string, string>();
function keyOf(exact: string): string {
  let key = keys.get(exact);
  if (key === undefined) {
    if (keys.size >= 100_000) keys.clear();
    keys.set(exact, (key = nameKey(exact)));
  }
  return key;
}

/**
 * Each entity's forms in its mentions, most frequent first (one per name key, spaces folded).
 * `ids` undefined: every entity's, read in one pass over the mentions.
 */
function aliasesOf(db: Database, ids?: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (ids && !ids.length) return out;
  const rows = (
    ids
      ? db.prepare(`SELECT entity_id AS id, exact, count(*) AS n FROM entity_mentions WHERE entity_id IN (SELECT value FROM json_each(?)) GROUP BY entity_id, exact ORDER BY entity_id, n DESC, exact`).raw().all(JSON.stringify(ids))
      : db.prepare(`SELECT entity_id AS id, exact, count(*) AS n FROM entity_mentions INDEXED BY entity_mentions_by_form WHERE entity_id IS NOT NULL GROUP BY entity_id, exact ORDER BY entity_id, n DESC, exact`).raw().all()
  ) as [string, string, number][];
  let id = '';
  const seen = new Set<string>();
  let forms: string[] = [];
  for (const [rowId, exact] of rows) {
    if (rowId !== id) {
      id = rowId;
      seen.clear();
      out.set(id, (forms = []));
    }
    const k = keyOf(exact);
    if (seen.has(k)) continue;
    seen.add(k);
    forms.push(exact.replace(/\s+/gu, ' '));
  }
  return out;
}

function withAliases(db: Database, rows: EntityRow[], all = false): Entity[] {
  const aliases = aliasesOf(db, all ? undefined : rows.map((r) => r.id));
  return rows.map((r) => {
    const name = keyOf(r.name);
    return { id: r.id, name: r.name, type: r.type, aliases: (aliases.get(r.id) ?? []).filter((a) => keyOf(a) !== name), mentions: r.mentions, sources: r.sources };
  });
}

/** Every entity (of one source, of one type), most mentioned first. Counts are over the whole notebook. */
export function listEntities(db: Database, q: { sourceId?: string; type?: EntityType } = {}): Entity[] {
  const inSource = q.sourceId ? 'AND entity_id IN (SELECT entity_id FROM entity_mentions WHERE source_id = @sourceId)' : '';
  const filters = new SqlFilters().when('type', q.type, 'e.type = @type');
  // Counted from the mentions' index alone (entity, source), before the join.
  const rows = db
    .prepare(
      `SELECT e.id, e.key, e.name, e.type, m.mentions, m.sources
       FROM (SELECT entity_id, count(*) AS mentions, count(DISTINCT source_id) AS sources FROM entity_mentions WHERE entity_id IS NOT NULL ${inSource} GROUP BY entity_id) m
       JOIN entities e ON e.id = m.entity_id
       ${filters.sql}
       ORDER BY m.mentions DESC, e.name COLLATE NOCASE`,
    )
    .all({ ...filters.params, ...(q.sourceId ? { sourceId: q.sourceId } : {}) }) as EntityRow[];
  return withAliases(db, rows, !q.sourceId && !q.type);
}

export function getEntityRow(db: Database, id: string): EntityRow {
  const row = db
    .prepare(`SELECT e.id, e.key, e.name, e.type, count(m.id) AS mentions, count(DISTINCT m.source_id) AS sources FROM entities e LEFT JOIN entity_mentions m ON m.entity_id = e.id WHERE e.id = ? GROUP BY e.id`)
    .get(id) as EntityRow | undefined;
  if (!row) throw new CasebookError('NOT_FOUND', `There is no entity ${id} in this notebook (it may have been merged into another, or deleted).`);
  return row;
}

export function getEntity(db: Database, id: string): Entity {
  return withAliases(db, [getEntityRow(db, id)])[0];
}

const SNIPPET = 70;

/** Its mentions in every source, in reading order, with the words around each (offsets are UTF-16, so cut in JS). */
export function entityMentions(db: Database, id: string): EntityMention[] {
  const rows = db
    .prepare(
      `SELECT m.id, m.source_id AS sourceId, s.title AS sourceTitle, m.start, m.end, m.exact
       FROM entity_mentions m JOIN sources s ON s.id = m.source_id
       WHERE m.entity_id = ? ORDER BY s.captured_at, s.id, m.start`,
    )
    .all(id) as Omit<EntityMention, 'before' | 'after'>[];
  const texts = new Map<string, string>();
  const textOf = db.prepare('SELECT text FROM documents WHERE source_id = ?').pluck();
  const clean = (s: string) => s.replace(/\s+/gu, ' ');
  return rows.map((r) => {
    let text = texts.get(r.sourceId);
    if (text === undefined) texts.set(r.sourceId, (text = (textOf.get(r.sourceId) as string | undefined) ?? ''));
    return { ...r, before: clean(text.slice(Math.max(0, r.start - SNIPPET), r.start)), after: clean(text.slice(r.end, r.end + SNIPPET)) };
  });
}

/** SQL: the ids of claims whose quoted passage holds a mention of entity @entityId. */
export const CLAIMS_MENTIONING_SQL = `SELECT c2.id FROM claims c2 JOIN entity_mentions em ON em.source_id = c2.source_id AND em.start < c2.end AND em.end > c2.start WHERE em.entity_id = @entityId`;

export function claimsMentioning(db: Database, id: string): { id: string; statement: string; sourceId: string; status: string }[] {
  return db
    .prepare(`SELECT c.id, c.statement, c.source_id AS sourceId, c.status FROM claims c WHERE c.id IN (${CLAIMS_MENTIONING_SQL}) ORDER BY c.created_at, c.id`)
    .all({ entityId: id }) as { id: string; statement: string; sourceId: string; status: string }[];
}
