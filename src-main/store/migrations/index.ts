import type { Database } from 'better-sqlite3';
import { initial } from './001-initial';
import { briefExportDetails } from './002-brief-export-details';
import { trash } from './003-trash';
import { libraryIndexes } from './004-library-indexes';
import { suggestions } from './005-suggestions';
import { entities } from './006-entities';
import { analyses } from './007-analyses';
import { briefFindings } from './008-brief-findings';
import { entityFormsIndex } from './009-entity-forms-index';

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

/** Numbered migrations, oldest first. A notebook's `PRAGMA user_version` is the last one applied. */
export const MIGRATIONS: Migration[] = [initial, briefExportDetails, trash, libraryIndexes, suggestions, entities, analyses, briefFindings, entityFormsIndex];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
