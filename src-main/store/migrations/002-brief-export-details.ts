import { sqlMigration } from './sql-migration';

/**
 * Each brief remembers the title and author it was last exported with (JSON: { title, author };
 * a blank title means "the brief's own title", a blank author stays blank).
 */
export const briefExportDetails = sqlMigration(2, 'brief export details', `ALTER TABLE briefs ADD COLUMN export_details TEXT NOT NULL DEFAULT '{}'`);
