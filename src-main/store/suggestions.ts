/**
 * Suggested claims as the notebook keeps them. A run of the suggester replaces a source's open
 * suggestions; decided ones (accepted, dismissed) stay, and a new suggestion for the very same
 * passage (same offsets: a source's text never changes) is not added again.
 */
import type { Database } from 'better-sqlite3';
import type { Anchor } from '../contract/domain';
import { CasebookError } from '../contract/errors';
import type { Suggestion, SuggestionKindName, SuggestionState } from '../contract/methods-suggestions';
import type { DatedSuggestionRow } from '../core/timeline';
import { recordAudit } from './audit';
import { newId, nowIso } from './ids';
import { type AnchoredRow, passageOf } from './passage-row';

export interface NewSuggestion extends Anchor {
  kinds: SuggestionKindName[];
  score: number;
  eventDate: string | null;
  approximate: boolean;
}

interface SuggestionRow extends AnchoredRow {
  kinds: string;
  score: number;
  event_date: string | null;
  approximate: number;
  state: SuggestionState;
  claim_id: string | null;
}

const toSuggestion = (r: SuggestionRow): Suggestion => ({
  id: r.id,
  sourceId: r.source_id,
  ...passageOf(r),
  kinds: JSON.parse(r.kinds) as SuggestionKindName[],
  score: r.score,
  eventDate: r.event_date,
  approximate: r.approximate === 1,
  state: r.state,
  claimId: r.claim_id,
});

/** The version of the suggester that last read the source; null: never read. */
export function suggestionRunVersion(db: Database, sourceId: string): number | null {
  const row = db.prepare('SELECT version FROM suggestion_runs WHERE source_id = ?').get(sourceId) as { version: number } | undefined;
  return row?.version ?? null;
}

/** Sources the given version of the suggester has not read yet (oldest import first), and how many there are. */
export function unreadSources(db: Database, version: number, limit: number): { ids: string[]; total: number } {
  const where = 'FROM sources s LEFT JOIN suggestion_runs r ON r.source_id = s.id WHERE r.version IS NULL OR r.version <> ?';
  const ids = (db.prepare(`SELECT s.id ${where} ORDER BY s.captured_at, s.id LIMIT ?`).all(version, limit) as { id: string }[]).map((r) => r.id);
  const total = (db.prepare(`SELECT count(*) AS n ${where}`).get(version) as { n: number }).n;
  return { ids, total };
}

/** The source is still there and still unread by this version (a run may have read it meanwhile). */
export function isUnread(db: Database, sourceId: string, version: number): boolean {
  return !!db.prepare('SELECT 1 FROM sources s LEFT JOIN suggestion_runs r ON r.source_id = s.id WHERE s.id = ? AND (r.version IS NULL OR r.version <> ?)').get(sourceId, version);
}

/** Replaces the source's open suggestions with a new run's; returns how many are open now. */
export function storeSuggestions(db: Database, sourceId: string, suggestions: NewSuggestion[], version: number): number {
  db.prepare("DELETE FROM suggestions WHERE source_id = ? AND state = 'open'").run(sourceId);
  const insert = db.prepare(
    `INSERT INTO suggestions (id, source_id, start, end, exact, prefix, suffix, kinds, score, event_date, approximate)
     VALUES (@id, @sourceId, @start, @end, @exact, @prefix, @suffix, @kinds, @score, @eventDate, @approximate)
     ON CONFLICT (source_id, start, end) DO NOTHING`,
  );
  let added = 0;
  for (const s of suggestions) {
    added += insert.run({
      id: newId('sug'),
      sourceId,
      start: s.start,
      end: s.end,
      exact: s.exact,
      prefix: s.prefix,
      suffix: s.suffix,
      kinds: JSON.stringify(s.kinds),
      score: s.score,
      eventDate: s.eventDate,
      approximate: s.approximate ? 1 : 0,
    }).changes;
  }
  db.prepare(
    `INSERT INTO suggestion_runs (source_id, version, computed_at) VALUES (?, ?, ?)
     ON CONFLICT (source_id) DO UPDATE SET version = excluded.version, computed_at = excluded.computed_at`,
  ).run(sourceId, version, nowIso());
  return added;
}

/** Not yet claimed: no claim of the source overlaps the passage. */
const NOT_CLAIMED = 'NOT EXISTS (SELECT 1 FROM claims c WHERE c.source_id = s.source_id AND c.start < s.end AND c.end > s.start)';

export interface SuggestionFilter {
  sourceId: string;
  limit?: number;
  includeDismissed?: boolean;
}

/** A source's suggestions still to decide (and, asked, the dismissed ones), best first. */
export function listSuggestions(db: Database, f: SuggestionFilter): { suggestions: Suggestion[]; total: number } {
  const states = f.includeDismissed ? "('open', 'dismissed')" : "('open')";
  const where = `s.source_id = ? AND s.state IN ${states} AND ${NOT_CLAIMED}`;
  const rows = db
    .prepare(`SELECT s.* FROM suggestions s WHERE ${where} ORDER BY s.state = 'dismissed', s.score DESC, s.start LIMIT ?`)
    .all(f.sourceId, f.limit ?? -1) as SuggestionRow[];
  const total = (db.prepare(`SELECT count(*) AS n FROM suggestions s WHERE ${where}`).get(f.sourceId) as { n: number }).n;
  return { suggestions: rows.map(toSuggestion), total };
}

/** Open suggestions that name an event date, for the timeline (one source, or every source). */
export function listDatedSuggestions(db: Database, f: { sourceId?: string } = {}): DatedSuggestionRow[] {
  const rows = db
    .prepare(
      `SELECT s.id, s.source_id, s.exact, s.start, s.end, s.event_date, s.approximate FROM suggestions s
       WHERE s.state = 'open' AND s.event_date IS NOT NULL AND (? IS NULL OR s.source_id = ?) AND ${NOT_CLAIMED}
       ORDER BY s.event_date, s.source_id, s.start`,
    )
    .all(f.sourceId ?? null, f.sourceId ?? null) as Pick<SuggestionRow, 'id' | 'source_id' | 'exact' | 'start' | 'end' | 'event_date' | 'approximate'>[];
  return rows.map((r) => ({ id: r.id, sourceId: r.source_id, exact: r.exact, start: r.start, end: r.end, eventDate: r.event_date as string, approximate: r.approximate === 1 }));
}

export function getSuggestion(db: Database, id: string): Suggestion {
  const row = db.prepare('SELECT * FROM suggestions WHERE id = ?').get(id) as SuggestionRow | undefined;
  if (!row) throw new CasebookError('NOT_FOUND', `There is no suggestion with id “${id}” in this notebook (it may have been replaced when its source was read again).`);
  return toSuggestion(row);
}

/** Records the analyst's decision on a suggestion. */
export function decideSuggestion(db: Database, id: string, state: SuggestionState, claimId: string | null = null): Suggestion {
  const before = getSuggestion(db, id);
  db.prepare('UPDATE suggestions SET state = ?, claim_id = ?, decided_at = ? WHERE id = ?').run(state, claimId, state === 'open' ? null : nowIso(), id);
  recordAudit(db, state === 'open' ? 'restore' : state === 'accepted' ? 'accept' : 'dismiss', 'suggestion', id, { sourceId: before.sourceId, start: before.start, end: before.end, claimId });
  return getSuggestion(db, id);
}
