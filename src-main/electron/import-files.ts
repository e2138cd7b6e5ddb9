/** File ▸ Import…: reads the chosen files here in main and imports each through the normal dispatch. Plain Node. */
import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Api } from '../api/dispatch';
import type { ImportProgress } from '../contract/preload-api';
import { DEFAULT_MAX_IMPORT_BYTES } from '../importers/index';

export async function importFiles(api: Api, paths: string[], report: (progress: ImportProgress) => void, maxBytes = DEFAULT_MAX_IMPORT_BYTES): Promise<ImportProgress[]> {
  const batchId = randomUUID();
  const outcomes: ImportProgress[] = [];
  for (const [index, path] of paths.entries()) {
    const base = { batchId, index, total: paths.length, fileName: basename(path) };
    report({ ...base, state: 'importing' });
    let outcome: ImportProgress;
    try {
      const { size } = await stat(path);
      if (size > maxBytes) {
        const limit = Math.round(maxBytes / (1024 * 1024));
        outcome = { ...base, state: 'failed', error: { code: 'TOO_LARGE', message: `“${base.fileName}” is too large to import (the limit is ${limit} MB).` } };
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
