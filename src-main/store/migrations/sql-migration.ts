import type { Migration } from './index';

/** A migration that runs one SQL script (all of them, so far). */
export const sqlMigration = (version: number, name: string, sql: string): Migration => ({ version, name, up: (db) => void db.exec(sql) });
