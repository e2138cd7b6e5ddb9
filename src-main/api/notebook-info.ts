import type { NotebookInfo } from '../contract/methods';
import { notebookCounts } from '../store/counts';
import type { Notebook } from '../store/db';

/** What `notebook.info` says of an open notebook (and the host after a switch). */
export function describeNotebook(notebook: Notebook): NotebookInfo {
  const info: NotebookInfo = { path: notebook.path, schemaVersion: notebook.schemaVersion, counts: countsOf(notebook) };
  if (notebook.damage) info.damage = { message: notebook.damage.message, newestBackup: notebook.damage.newestBackup };
  return info;
}

const UNKNOWN_COUNTS = { sources: 0, claims: 0, evidence: 0, briefs: 0 };

/** A damaged notebook may not be able to count what it holds: it still says what is wrong. */
function countsOf(notebook: Notebook): NotebookInfo['counts'] {
  if (!notebook.damage) return notebookCounts(notebook.db);
  try {
    return notebookCounts(notebook.db);
  } catch {
    return UNKNOWN_COUNTS;
  }
}
