/** File ▸ Import…: reads the chosen files here in main and imports each through the normal dispatch. Plain Node. */
import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Api } from '../api/dispatch';
import type { ImportProgress } from '../contract/preload-api';
import { CasebookError } from '../contract/errors';
import { checkImportSize, DEFAULT_MAX_IMPORT_BYTES } from '../importers/index';

/** The refusal of a file too large (or of no format Casebook reads), before it is read. */
function sizeProblem(fileName: string, size: number, maxBytes: number): ImportProgress['error'] | undefined {
  try {
    checkImportSize(fileName, size, maxBytes);
    return undefined;
  } catch (err) {
    return err instanceof CasebookError ? { code: err.code, message: err.message } : undefined;
  }
}

export async function importFiles(api: Api, paths: string[], report: (progress: ImportProgress) => void, maxBytes = DEFAULT_MAX_IMPORT_BYTES): Promise<ImportProgress[]> {
  const batchId = randomUUID();
  const outcomes: ImportProgress[] = [];
  for (const [index, path] of paths.entries()) {
    const base = { batchId, index, total: paths.length, fileName: basename(path) };
    report({ ...base, state: 'importing' });
    let outcome: ImportProgress;
    try {
      const { size } = await stat(path);
      const tooLarge = sizeProblem(base.fileName, size, maxBytes);
      if (tooLarge) {
        outcome = { ...base, state: 'failed', error: tooLarge };
      } else {
        const data = (await readFile(path)).toString('base64');
        const result = await api.call('sources.import', { fileName: base.fileName, data });
        outcome = result.ok
          ? { ...base, state: 'done', sourceId: result.value.source.id, duplicate: result.value.duplicate, warnings: result.value.warnings }
          : { ...base, state: 'failed', error: result.error };
      }
    } catch {
      outcome = { ...base, state: 'failed', error: { code: 'NOT_FOUND', message: `Casebook could not read “${base.fileName}”. Check that the file still exists and that you may open it.` } };
    }
    report(outcome);
    outcomes.push(outcome);
  }
  return outcomes;
}
