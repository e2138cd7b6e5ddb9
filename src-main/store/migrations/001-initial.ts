import { sqlMigration } from './sql-migration';

/** The first schema: sources with their archived bytes and normalised documents, claims, evidence, tags, briefs, audit, search. */
export const initial = sqlMigration(1, 'initial schema', `
      CREATE TABLE blobs (
        sha256 TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        bytes BLOB NOT NULL
      ) STRICT;

      CREATE TABLE sources (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        authors TEXT NOT NULL DEFAULT '[]',
        publisher TEXT,
        published_at TEXT,
        origin TEXT NOT NULL,
        file_name TEXT NOT NULL,
        captured_at TEXT NOT NULL,
        media_type TEXT NOT NULL,
        sha256 TEXT NOT NULL UNIQUE REFERENCES blobs(sha256),
        language TEXT,
        dir TEXT CHECK (dir IN ('ltr', 'rtl')),
        reliability TEXT NOT NULL DEFAULT 'F' CHECK (reliability IN ('A','B','C','D','E','F')),
        notes TEXT NOT NULL DEFAULT '',
        warnings TEXT NOT NULL DEFAULT '[]',
        updated_at TEXT NOT NULL
      ) STRICT;

      -- The normalised document: its plain text (what anchors and search index into) and its blocks.
      CREATE TABLE documents (
        source_id TEXT PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
        text TEXT NOT NULL
      ) STRICT;

      CREATE TABLE blocks (
        source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('heading','paragraph','list_item','quote','table','code')),
        level INTEGER,
        section TEXT NOT NULL DEFAULT 'body' CHECK (section IN ('body','notes','comments')),
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        PRIMARY KEY (source_id, seq)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE claims (
        id TEXT PRIMARY KEY,
        source_id TEXT NOT NULL REFERENCES sources(id),
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        exact TEXT NOT NULL,
        prefix TEXT NOT NULL,
        suffix TEXT NOT NULL,
        statement TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'unassessed'
          CHECK (status IN ('unassessed','supported','partly_supported','disputed','refuted','unverifiable')),
        credibility INTEGER CHECK (credibility BETWEEN 1 AND 6),
        likelihood TEXT,
        event_date TEXT,
        comment TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX claims_by_source ON claims(source_id, start);

      CREATE TABLE evidence_links (
        id TEXT PRIMARY KEY,
        claim_id TEXT NOT NULL REFERENCES claims(id),
        source_id TEXT NOT NULL REFERENCES sources(id),
        relation TEXT NOT NULL CHECK (relation IN ('supports','contradicts','context')),
        start INTEGER,
        end INTEGER,
        exact TEXT NOT NULL DEFAULT '',
        prefix TEXT NOT NULL DEFAULT '',
        suffix TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX evidence_by_claim ON evidence_links(claim_id);
      CREATE INDEX evidence_by_source ON evidence_links(source_id);

      CREATE TABLE tags (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE
      ) STRICT;

      CREATE TABLE claim_tags (
        claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags(id),
        PRIMARY KEY (claim_id, tag_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE briefs (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        doc TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '{}'
      ) STRICT;

      -- Full-text search over source texts, claim statements, comments and briefs.
      -- Kept in sync by the repositories inside the same transactions as the rows they index.
      -- search_docs gives each indexed record a rowid shared with search_index, so updates and
      -- deletes find their row by key instead of scanning the FTS table.
      CREATE TABLE search_docs (
        rowid INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        ref_id TEXT NOT NULL,
        UNIQUE (kind, ref_id)
      ) STRICT;
      CREATE VIRTUAL TABLE search_index USING fts5(
        title, body,
        kind UNINDEXED, ref_id UNINDEXED, source_id UNINDEXED,
        tokenize = 'unicode61 remove_diacritics 2'
      );
    `);
