import { sqlMigration } from './sql-migration';

/**
 * The trash: what each delete removed, as one JSON snapshot of its rows, so the delete can be
 * undone exactly (same ids, same offsets). A trashed source keeps its archived original in
 * `blobs` (named by `blob_sha256`) until its trash entry goes.
 */
export const trash = sqlMigration(3, 'trash for undoable deletes', `
      CREATE TABLE trash (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('source', 'claim', 'evidence')),
        entity_id TEXT NOT NULL,
        label TEXT NOT NULL,
        snapshot TEXT NOT NULL,
        blob_sha256 TEXT,
        deleted_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX trash_by_time ON trash(deleted_at);
      CREATE INDEX trash_by_blob ON trash(blob_sha256) WHERE blob_sha256 IS NOT NULL;
    `);
