/** A notebook for the PDF export tests: the seed report and one claim, and a PDF export of it. */
import { expect } from 'vitest';
import { readFixture } from '../helpers';
import { ok, openTestNotebook, type TestNotebook } from './notebook-helpers';

export const STATEMENT = 'Belarus offered Cuba missile systems with a 300 km range';

export async function notebookWithOneClaim(): Promise<TestNotebook> {
  const nb = openTestNotebook();
  const { source } = await ok(nb.api, 'sources.import', { fileName: 'seed.txt', data: readFixture('reports', '000_f21f05dd4cd8cb1c.txt').toString('base64') });
  const { claim } = await ok(nb.api, 'claims.create', { sourceId: source.id, quote: 'with a range of 300 km', occurrence: 1 });
  await ok(nb.api, 'claims.update', { id: claim.id, patch: { statement: STATEMENT } });
  return nb;
}

/** The notebook's brief as a PDF (checked to be one). */
export async function exportPdf(nb: TestNotebook): Promise<Buffer> {
  const file = await ok(nb.api, 'exports.render', { format: 'pdf' });
  const bytes = Buffer.from(file.data, 'base64');
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return bytes;
}
