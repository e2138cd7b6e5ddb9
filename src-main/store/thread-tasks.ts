/**
 * What the notebook's own threads run (notebook-thread.ts), each on a connection of its own: the
 * long writes of an import, and reads whose cost grows with the whole notebook. On the main
 * process each would hold up every other request for as long as it takes (about 0.6 s each for a
 * 20 MB text). Run in-process, on the notebook's own connection, where no thread can start.
 * The Electron build bundles this file as out/main/notebook-thread.js, beside the workers folder.
 */
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { CasebookError } from '../contract/errors';
import type { EntityType } from '../contract/entities';
import { unpackEntities, type PackedEntity } from '../entities/packed';
import { unpackDocument, type PackedDocument } from '../importers/packed-document';
import { foldWriteAheadLog as fold, writeTransaction } from './db';
import { awaitsExtraction, saveAndResolve, saveSourceEntities, sourcesToExtract } from './entities';
import { resolveEntities, resolveEntitiesIn, scopeOfChange } from './entity-resolve';
import { describeCitations, sourceCitations } from './brief-citations';
import { emptyTrash } from './trash';
import { restoreFromTrash } from './trash-restore';
import { decideOnEntities, type Decided, type EntityDecision } from './entity-decisions';
import { listEntities } from './entity-list';
import { deleteSource, findSourceIdBySha, getBlocks, getSource, getSourceText, insertSource } from './sources';
import { toJsonText, type JsonText } from '../contract/json-text';

export interface SourceToStore {
  /** null: the file was already in the notebook when the import began. */
  doc: PackedDocument | null;
  bytes: Uint8Array;
  sha256: string;
  fileName: string;
  origin?: string;
}

export const THREAD_TASKS = {
  /** Stores an imported file as a source, whole, in one transaction, unless a source of the same bytes is there already. */
  storeSource(db: Db, s: SourceToStore): { id: string; duplicate: boolean } {
    const stored = writeTransaction(db, () => {
      const existing = findSourceIdBySha(db, s.sha256);
      if (existing) return { id: existing, duplicate: true };
      if (!s.doc) throw new CasebookError('CONFLICT', 'The notebook changed during the import; try again.');
      return { id: insertSource(db, { doc: unpackDocument(s.doc), bytes: Buffer.from(s.bytes.buffer, s.bytes.byteOffset, s.bytes.byteLength), sha256: s.sha256, fileName: s.fileName, origin: s.origin }), duplicate: false };
    });
    fold(db);
    return stored;
  },
  /** Saves what was found in a source still waiting for it, and resolves the entities it touches; false when it was not waiting. */
  storeSourceEntities(db: Db, { sourceId, found }: { sourceId: string; found: PackedEntity[] }): boolean {
    const saved = writeTransaction(db, () => {
      if (!awaitsExtraction(db, sourceId)) return false;
      saveAndResolve(db, sourceId, unpackEntities(found, getSourceText(db, sourceId)));
      return true;
    });
    fold(db);
    return saved;
  },
  /** Saves what was found in the sources of a batch still waiting for it (`entities.extract`), then resolves the notebook's entities; the ids of the sources saved. */
  storeExtractedEntities(db: Db, batch: { sourceId: string; found: PackedEntity[] }[]): string[] {
    const saved = writeTransaction(db, () => {
      const waiting = new Set(sourcesToExtract(db));
      const kept = batch.filter((b) => waiting.has(b.sourceId)); // not deleted or read meanwhile
      for (const { sourceId, found } of kept) saveSourceEntities(db, sourceId, unpackEntities(found, getSourceText(db, sourceId)));
      if (kept.length) resolveEntities(db);
      return kept.map((b) => b.sourceId);
    });
    fold(db);
    return saved;
  },
  /**
   * Moves a source to the trash with its claims (`force`) and resolves the entities it named:
   * a 20 MB source's blocks, mentions and snapshot take over a second to move.
   */
  deleteSource(db: Db, { id, force }: { id: string; force?: boolean }): ReturnType<typeof deleteSource> {
    const deleted = writeTransaction(db, () => {
      const entityScope = scopeOfChange(db, id);
      let result: ReturnType<typeof deleteSource>;
      try {
        result = deleteSource(db, id, force);
      } catch (err) {
        // Refused (nothing deleted): say too that its claims are in a brief, which would then
        // point at missing claims. Looked up only now, as it reads every brief per claim.
        const cited = err instanceof CasebookError && err.code === 'CONFLICT' ? sourceCitations(db, id) : [];
        if (cited.length) throw new CasebookError('CONFLICT', `${(err as Error).message} Its claims are ${describeCitations(cited)}.`);
        throw err;
      }
      // Its entities' names, types and cross-source aliases as the remaining sources give them.
      resolveEntitiesIn(db, entityScope);
      return result;
    });
    fold(db);
    return deleted;
  },
  /** Brings a trash entry back whole (a source with its text, entities and suggestions, or claims). */
  restoreFromTrash(db: Db, { id }: { id: string }): ReturnType<typeof restoreFromTrash> {
    return writeTransaction(db, () => restoreFromTrash(db, id));
  },
  emptyTrash: (db: Db): ReturnType<typeof emptyTrash> => writeTransaction(db, () => emptyTrash(db)),
  /** An analyst's decision on the entities, in one transaction with the resolution it causes. */
  decideOnEntities(db: Db, d: EntityDecision): Decided {
    return writeTransaction(db, () => decideOnEntities(db, d));
  },
  listEntities: (db: Db, q: { sourceId?: string; type?: EntityType }) => listEntities(db, q),
  /** A source and its blocks (`sources.get`), written as JSON here: a very long source's is some 20 MB. */
  sourceJson: (db: Db, { id }: { id: string }): JsonText => toJsonText({ source: getSource(db, id), blocks: getBlocks(db, id) }),
};

export type ThreadTaskName = keyof typeof THREAD_TASKS;
export type ThreadTaskInput<T extends ThreadTaskName> = Parameters<(typeof THREAD_TASKS)[T]>[1];
export type ThreadTaskOutput<T extends ThreadTaskName> = ReturnType<(typeof THREAD_TASKS)[T]>;

/** A thread's connection: the notebook is already open, migrated and in WAL mode on the main process. */
export function openThreadConnection(path: string, { readonly, nativeBinding }: { readonly: boolean; nativeBinding?: string }): Db {
  const db = new Database(path, { readonly, nativeBinding, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  if (!readonly) db.pragma('synchronous = NORMAL'); // as the main connection's writes
  db.pragma('foreign_keys = ON');
  return db;
}

export function runThreadTask<T extends ThreadTaskName>(db: Db, task: T, input: ThreadTaskInput<T>): ThreadTaskOutput<T> {
  return (THREAD_TASKS[task] as (db: Db, input: ThreadTaskInput<T>) => ThreadTaskOutput<T>)(db, input);
}
