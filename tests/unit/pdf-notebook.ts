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

/** A notebook of the seed report and `count` claims on passages across it: a brief of several pages. */
export async function notebookWithClaims(count: number): Promise<TestNotebook> {
  const nb = openTestNotebook();
  const { source } = await ok(nb.api, 'sources.import', { fileName: 'seed.txt', data: readFixture('reports', '000_f21f05dd4cd8cb1c.txt').toString('base64') });
  const { text } = await ok(nb.api, 'sources.text', { id: source.id });
  const words = [...text.matchAll(/\S+/g)];
  for (let i = 0; i < count; i++) {
    const first = words[Math.floor((i * (words.length - 12)) / count)];
    const last = words[Math.floor((i * (words.length - 12)) / count) + 11];
    const start = first.index;
    const end = last.index + last[0].length;
    await ok(nb.api, 'claims.create', { sourceId: source.id, start, end, statement: `Claim ${i + 1}: ${text.slice(start, end).replace(/\s+/g, ' ')}` });
  }
  return nb;
}

/** The text of each page of a PDF, as pdf.js reads it. */
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  await pdf.destroy();
  return pages;
}
