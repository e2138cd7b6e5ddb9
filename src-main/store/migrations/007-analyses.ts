import { sqlMigration } from './sql-migration';

/**
 * Analyses of competing hypotheses (ACH): a question, its hypotheses, rows (a claim of the
 * notebook, or free text for an assumption or absent evidence) and the rating of each cell.
 * A claim row goes with its claim (ON DELETE CASCADE); the claim's trash snapshot keeps the row
 * and its ratings, so undoing the delete brings them back (store/analysis-trash.ts).
 */
export const analyses = sqlMigration(7, 'analyses of competing hypotheses', `
      CREATE TABLE analyses (
        id TEXT PRIMARY KEY,
        question TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE analysis_hypotheses (
        id TEXT PRIMARY KEY,
        analysis_id TEXT NOT NULL REFERENCES analyses(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        label TEXT NOT NULL
      ) STRICT;
      CREATE INDEX analysis_hypotheses_by_analysis ON analysis_hypotheses(analysis_id, seq);
      CREATE TABLE analysis_rows (
        id TEXT PRIMARY KEY,
        analysis_id TEXT NOT NULL REFERENCES analyses(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        claim_id TEXT REFERENCES claims(id) ON DELETE CASCADE,
        text TEXT,
        relevance TEXT NOT NULL DEFAULT 'medium' CHECK (relevance IN ('low', 'medium', 'high')),
        credibility_override TEXT CHECK (credibility_override IN ('low', 'medium', 'high')),
        note TEXT NOT NULL DEFAULT '',
        CHECK ((claim_id IS NULL) <> (text IS NULL)),
        UNIQUE (analysis_id, claim_id)
      ) STRICT;
      CREATE INDEX analysis_rows_by_analysis ON analysis_rows(analysis_id, seq);
      CREATE INDEX analysis_rows_by_claim ON analysis_rows(claim_id) WHERE claim_id IS NOT NULL;
      CREATE TABLE analysis_ratings (
        row_id TEXT NOT NULL REFERENCES analysis_rows(id) ON DELETE CASCADE,
        hypothesis_id TEXT NOT NULL REFERENCES analysis_hypotheses(id) ON DELETE CASCADE,
        rating TEXT NOT NULL CHECK (rating IN ('CC', 'C', 'N', 'I', 'II', 'NA')),
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (row_id, hypothesis_id)
      ) STRICT;
      CREATE INDEX analysis_ratings_by_hypothesis ON analysis_ratings(hypothesis_id);
    `);
