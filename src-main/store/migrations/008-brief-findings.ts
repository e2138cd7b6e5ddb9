import { sqlMigration } from './sql-migration';

/**
 * The brief-check findings an analyst dismissed, with the reason. Findings themselves are computed
 * on demand; a dismissal keys on the finding's fingerprint (its rule, words and sentence), so it
 * holds through edits elsewhere in the brief. Deleting a brief deletes its dismissals.
 */
export const briefFindings = sqlMigration(8, 'dismissed brief findings', `
      CREATE TABLE brief_dismissals (
        brief_id TEXT NOT NULL REFERENCES briefs(id) ON DELETE CASCADE,
        fingerprint TEXT NOT NULL,
        rule TEXT NOT NULL,
        excerpt TEXT NOT NULL,
        reason TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (brief_id, fingerprint)
      ) STRICT;
    `);
