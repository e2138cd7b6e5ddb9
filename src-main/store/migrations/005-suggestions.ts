import { sqlMigration } from './sql-migration';

/**
 * Suggested claims: passages worth checking, anchored like claims, with the kinds that made them,
 * a score and a proposed event date. The analyst's decision (accepted → the claim made from it,
 * or dismissed) stays on the row, keyed by the passage's offsets, so a re-run of the suggester
 * replaces only the open ones and never brings a dismissed passage back. `suggestion_runs` says
 * which version of the suggester last read each source.
 */
export const suggestions = sqlMigration(5, 'suggested claims', `
      CREATE TABLE suggestions (
        id TEXT PRIMARY KEY,
        source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        exact TEXT NOT NULL,
        prefix TEXT NOT NULL,
        suffix TEXT NOT NULL,
        kinds TEXT NOT NULL DEFAULT '[]',
        score REAL NOT NULL CHECK (score BETWEEN 0 AND 1),
        event_date TEXT,
        approximate INTEGER NOT NULL DEFAULT 0 CHECK (approximate IN (0, 1)),
        state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'accepted', 'dismissed')),
        claim_id TEXT,
        decided_at TEXT,
        UNIQUE (source_id, start, end)
      ) STRICT;
      CREATE INDEX suggestions_by_source ON suggestions(source_id, state, score DESC);

      CREATE TABLE suggestion_runs (
        source_id TEXT PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        computed_at TEXT NOT NULL
      ) STRICT;
    `);
