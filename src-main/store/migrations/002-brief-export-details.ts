import type { Migration } from './index';

/**
 * Each brief remembers the title and author it was last exported with (JSON: { title, author };
 * a blank title means "the brief's own title", a blank author stays blank).
 */
export const briefExportDetails: Migration = {
  version: 2,
  name: 'brief export details',
  up: (db) => {
    db.exec(`ALTER TABLE briefs ADD COLUMN export_details TEXT NOT NULL DEFAULT '{}'`);
  },
};
