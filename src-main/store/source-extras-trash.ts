/**
 * A deleted source takes with it (ON DELETE CASCADE) what was read from it: the entities found in
 * it and its suggested claims with the analyst's decisions on them. Its trash snapshot keeps those
 * rows, and undoing the delete puts them back, so the entities list is as before and a dismissed
 * suggestion stays dismissed. The analyst's entity decisions (rename, merge…) are by name and are
 * applied again when the entities are resolved.
 */
import type { Database } from 'better-sqlite3';
import { resolveEntities } from './entity-resolve';
import { insertSnapshotRows } from './snapshot-rows';
import type { Row } from './trash';

export interface SourceExtrasSnapshot {
  entity_groups?: Row[];
  /** Without their entity ids (resolved again on restore); their row ids are kept where still free. */
  entity_mentions?: Row[];
  entity_extractions?: Row[];
  suggestions?: Row[];
  suggestion_runs?: Row[];
}

export function snapshotSourceExtras(db: Database, sourceId: string): Required<SourceExtrasSnapshot> {
  const all = (sql: string) => db.prepare(sql).all(sourceId) as Row[];
  return {
    entity_groups: all('SELECT * FROM entity_groups WHERE source_id = ? ORDER BY key'),
    entity_mentions: all('SELECT id, source_id, group_key, start, end, exact FROM entity_mentions WHERE source_id = ? ORDER BY start, id'),
    entity_extractions: all('SELECT * FROM entity_extractions WHERE source_id = ?'),
    suggestions: all('SELECT * FROM suggestions WHERE source_id = ? ORDER BY start, id'),
    suggestion_runs: all('SELECT * FROM suggestion_runs WHERE source_id = ?'),
  };
}

/** Puts them back after the source's own rows; entities that came back are resolved again. */
export function restoreSourceExtras(db: Database, s: SourceExtrasSnapshot): void {
  insertSnapshotRows(db, 'suggestion_runs', s.suggestion_runs, { orIgnore: true });
  insertSnapshotRows(db, 'suggestions', s.suggestions, { orIgnore: true });
  insertSnapshotRows(db, 'entity_extractions', s.entity_extractions, { orIgnore: true });
  insertSnapshotRows(db, 'entity_groups', s.entity_groups, { orIgnore: true });
  // A mention's row id may have been given to another since: it then gets a new one.
  const mention = db.prepare(
    `INSERT INTO entity_mentions (id, source_id, group_key, start, end, exact)
     VALUES ((SELECT CASE WHEN EXISTS (SELECT 1 FROM entity_mentions WHERE id = @id) THEN NULL ELSE @id END), @source_id, @group_key, @start, @end, @exact)`,
  );
  let mentions = 0;
  for (const m of s.entity_mentions ?? []) mentions += mention.run(m).changes;
  if (mentions) resolveEntities(db);
}
