import { sqlMigration } from './sql-migration';

/**
 * Indexes for the library's sorts, so a page of 10,000 sources is read in order from an index
 * rather than by sorting the whole table. Each matches an ORDER BY of store/source-list.ts term
 * for term (the claim-count order has none: it counts through claims_by_source).
 */
export const libraryIndexes = sqlMigration(4, 'indexes for the library sorts', `
      CREATE INDEX sources_by_captured ON sources(captured_at, id);
      CREATE INDEX sources_by_title ON sources(title COLLATE NOCASE, id);
      CREATE INDEX sources_by_published ON sources(published_at IS NULL, published_at DESC, id DESC);
      CREATE INDEX sources_by_reliability ON sources(reliability, title COLLATE NOCASE, id);
    `);
