/** The extractor's findings per source, written apart from the analyst's decisions (entity-decisions.ts). */
import type { Database } from 'better-sqlite3';
import type { FoundEntity } from '../entities/extract';
import { entityPointer, readResolutionRules, resolveEntitiesIn, scopeOfChange, type ResolutionRules } from './entity-resolve';
import { nowIso } from './ids';

/** Bumped when the extraction rules change, so older findings are extracted again. */
export const EXTRACTOR_VERSION = 1;

/**
 * Replaces what was found in one source. Call `resolveEntities` after (once, for a batch).
 * `pointer`, asked once its groups are stored, gives each group key's entity id for its mentions
 * (as resolving would set them, saving a second write of every mention); without it they wait.
 */
export function saveSourceEntities(db: Database, sourceId: string, found: FoundEntity[], pointer?: () => (key: string) => string | null): void {
  db.prepare('DELETE FROM entity_mentions WHERE source_id = ?').run(sourceId);
  db.prepare('DELETE FROM entity_groups WHERE source_id = ?').run(sourceId);
  const group = db.prepare('INSERT OR IGNORE INTO entity_groups (source_id, key, name, type, alias_keys, mentions) VALUES (?, ?, ?, ?, ?, ?)');
  for (const e of found) group.run(sourceId, e.key, e.name, e.type, JSON.stringify(e.aliasKeys), e.mentions.length);
  const entityOf = pointer?.() ?? (() => null);
  const mention = db.prepare('INSERT INTO entity_mentions (source_id, group_key, start, end, exact, entity_id) VALUES (?, ?, ?, ?, ?, ?)');
  for (const e of found) {
    const id = entityOf(e.key);
    for (const m of e.mentions) mention.run(sourceId, e.key, m.start, m.end, m.exact, id);
  }
  db.prepare('INSERT INTO entity_extractions (source_id, version, extracted_at) VALUES (?, ?, ?) ON CONFLICT(source_id) DO UPDATE SET version = excluded.version, extracted_at = excluded.extracted_at').run(sourceId, EXTRACTOR_VERSION, nowIso());
}

/** Saves what was found in one source and resolves the entities it touches (not the whole notebook's). */
export function saveAndResolve(db: Database, sourceId: string, found: FoundEntity[]): void {
  const scope = scopeOfChange(db, sourceId, found);
  // Read once the source's groups are stored; storing its mentions changes neither decisions nor groups.
  let rules: ResolutionRules | undefined;
  const rulesNow = () => (rules ??= readResolutionRules(db));
  saveSourceEntities(db, sourceId, found, () => entityPointer(rulesNow()));
  resolveEntitiesIn(db, scope, rulesNow());
}

/** Sources not yet read by this version of the extractor (imported before it existed, or restored from the trash). */
export function sourcesToExtract(db: Database, limit = 1_000_000): string[] {
  return (
    db
      .prepare('SELECT s.id FROM sources s LEFT JOIN entity_extractions x ON x.source_id = s.id WHERE x.version IS NULL OR x.version < ? ORDER BY s.captured_at, s.id LIMIT ?')
      .all(EXTRACTOR_VERSION, limit) as { id: string }[]
  ).map((r) => r.id);
}

/** Whether the source is in the notebook and not yet read by this version of the extractor. */
export function awaitsExtraction(db: Database, sourceId: string): boolean {
  return !!db
    .prepare('SELECT 1 FROM sources s LEFT JOIN entity_extractions x ON x.source_id = s.id WHERE s.id = ? AND (x.version IS NULL OR x.version < ?)')
    .get(sourceId, EXTRACTOR_VERSION);
}

export function countSourcesToExtract(db: Database): number {
  return (db.prepare('SELECT count(*) AS n FROM sources s LEFT JOIN entity_extractions x ON x.source_id = s.id WHERE x.version IS NULL OR x.version < ?').get(EXTRACTOR_VERSION) as { n: number }).n;
}
