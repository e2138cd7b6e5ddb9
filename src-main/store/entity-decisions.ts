/**
 * The analyst's decisions about entities: kept apart from what the extractor found, keyed by
 * normalised names, and applied by resolveEntities after every extraction, so they survive it.
 * Each returns the id of the decision it recorded; `undoEntityDecision` takes it back.
 */
import type { Database } from 'better-sqlite3';
import type { EntityType } from '../contract/entities';
import { CasebookError } from '../contract/errors';
import { orderFreeKey } from '../entities/normalise';
import { getEntityRow } from './entity-list';
import { entityId, resolveEntities } from './entity-resolve';
import { nowIso } from './ids';

type Kind = 'rename' | 'merge' | 'type' | 'delete' | 'split';

function record(db: Database, kind: Kind, key: string, value = ''): number {
  const id = db.prepare('INSERT INTO entity_decisions (kind, key, value, created_at) VALUES (?, ?, ?, ?)').run(kind, key, value, nowIso()).lastInsertRowid;
  resolveEntities(db);
  return Number(id);
}

export function renameEntity(db: Database, id: string, name: string): number {
  const e = getEntityRow(db, id);
  db.prepare("DELETE FROM entity_decisions WHERE kind = 'rename' AND key = ?").run(e.key);
  return record(db, 'rename', e.key, name);
}

export function setEntityType(db: Database, id: string, type: EntityType): number {
  const e = getEntityRow(db, id);
  db.prepare("DELETE FROM entity_decisions WHERE kind = 'type' AND key = ?").run(e.key);
  return record(db, 'type', e.key, type);
}

export function deleteEntity(db: Database, id: string): number {
  return record(db, 'delete', getEntityRow(db, id).key);
}

/** Merges the others into the first; returns their decisions' ids. */
export function mergeEntities(db: Database, ids: string[]): number[] {
  const [into, ...others] = ids.map((id) => getEntityRow(db, id));
  if (!others.length) throw new CasebookError('VALIDATION', 'Choose at least two entities to merge.');
  const insert = db.prepare("INSERT INTO entity_decisions (kind, key, value, created_at) VALUES ('merge', ?, ?, ?)");
  const decided = others.filter((o) => o.id !== into.id).map((o) => Number(insert.run(o.key, into.key, nowIso()).lastInsertRowid));
  resolveEntities(db);
  return decided;
}

/** Makes the mentions written like this one (in every source) an entity of their own. */
export function splitMention(db: Database, mentionId: number): { decisionId: number; entityId: string } {
  const m = db.prepare('SELECT entity_id AS entityId, exact FROM entity_mentions WHERE id = ?').get(mentionId) as { entityId: string | null; exact: string } | undefined;
  if (!m || !m.entityId) throw new CasebookError('NOT_FOUND', 'That mention is not part of any entity any more.');
  const from = getEntityRow(db, m.entityId);
  const key = orderFreeKey(m.exact);
  if (key === from.key) throw new CasebookError('VALIDATION', `“${m.exact}” is the entity’s own name: split off one of its other names instead.`);
  return { decisionId: record(db, 'split', key, JSON.stringify({ from: from.key, name: m.exact.replace(/\s+/gu, ' ') })), entityId: entityId(key) };
}

/** One decision, as the writer thread is given it (api/entities-handlers.ts). */
export type EntityDecision =
  | { kind: 'rename'; id: string; name: string }
  | { kind: 'type'; id: string; type: EntityType }
  | { kind: 'delete'; id: string }
  | { kind: 'merge'; ids: string[] }
  | { kind: 'split'; mentionId: number }
  | { kind: 'undo'; decisionIds: number[] };

/** What a decision recorded: its ids; a split also gives the entity it made and the one the mention left. */
export interface Decided {
  decisionIds: number[];
  created?: string;
  left?: string | null;
}

/** Records `d` and resolves the notebook's entities again (a few tenths of a second with 10,000 of them). */
export function decideOnEntities(db: Database, d: EntityDecision): Decided {
  switch (d.kind) {
    case 'rename':
      return { decisionIds: [renameEntity(db, d.id, d.name)] };
    case 'type':
      return { decisionIds: [setEntityType(db, d.id, d.type)] };
    case 'delete':
      return { decisionIds: [deleteEntity(db, d.id)] };
    case 'merge':
      return { decisionIds: mergeEntities(db, d.ids) };
    case 'split': {
      const left = db.prepare('SELECT entity_id FROM entity_mentions WHERE id = ?').pluck().get(d.mentionId) as string | null;
      const { decisionId, entityId: created } = splitMention(db, d.mentionId);
      return { decisionIds: [decisionId], created, left };
    }
    case 'undo':
      undoEntityDecisions(db, d.decisionIds);
      return { decisionIds: d.decisionIds };
  }
}

export function undoEntityDecisions(db: Database, ids: number[]): void {
  const del = db.prepare('DELETE FROM entity_decisions WHERE id = ?');
  let n = 0;
  for (const id of ids) n += del.run(id).changes;
  if (!n) throw new CasebookError('NOT_FOUND', 'That change to the entities was already undone.');
  resolveEntities(db);
}
