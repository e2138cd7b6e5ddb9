/** How much a notebook holds: the figures `notebook.info` shows and a bundle's manifest records. */
import type { Database } from 'better-sqlite3';
import type { NotebookInfo } from '../contract/methods';

export type NotebookCounts = NotebookInfo['counts'];

/** Counts of sources, claims, evidence links and briefs in the notebook, or in a copy attached under `schema`. */
export function notebookCounts(db: Database, schema = 'main'): NotebookCounts {
  return db
    .prepare(
      `SELECT (SELECT count(*) FROM ${schema}.sources) AS sources, (SELECT count(*) FROM ${schema}.claims) AS claims,
              (SELECT count(*) FROM ${schema}.evidence_links) AS evidence, (SELECT count(*) FROM ${schema}.briefs) AS briefs`,
    )
    .get() as NotebookCounts;
}
