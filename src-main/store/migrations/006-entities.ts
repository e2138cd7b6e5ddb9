import { sqlMigration } from './sql-migration';

/**
 * Entities found in sources. What the extractor found is kept per source (entity_groups and their
 * mentions), apart from the analyst's decisions (entity_decisions: rename, merge, type, delete,
 * split, keyed by normalised names), so re-running the extraction never loses a decision: the
 * notebook's entities are worked out again from both after every run.
 */
export const entities = sqlMigration(6, 'entities', `
      CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        type TEXT NOT NULL CHECK (type IN ('person','organization','place'))
      ) STRICT;

      -- One row per entity the extractor found in a source (its key, the name and type it gave).
      CREATE TABLE entity_groups (
        source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        alias_keys TEXT NOT NULL DEFAULT '[]',
        mentions INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (source_id, key)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE entity_mentions (
        id INTEGER PRIMARY KEY,
        source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        group_key TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        exact TEXT NOT NULL,
        -- the notebook entity it belongs to; NULL while the analyst has deleted that entity
        entity_id TEXT
      ) STRICT;
      CREATE INDEX entity_mentions_by_entity ON entity_mentions(entity_id, source_id, start);
      CREATE INDEX entity_mentions_by_source ON entity_mentions(source_id, start);
      CREATE INDEX entity_mentions_by_group ON entity_mentions(group_key, entity_id);
      CREATE INDEX entity_groups_by_key ON entity_groups(key, name, type, mentions);

      -- Which sources the extractor has read, and with which version of its rules.
      CREATE TABLE entity_extractions (
        source_id TEXT PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        extracted_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE entity_decisions (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('rename','merge','type','delete','split')),
        key TEXT NOT NULL,
        value TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      ) STRICT;
    `);
