/**
 * PDF import on real files: py-pdf/sample-files (valid but tricky PDFs, CC BY-SA 4.0) and
 * qpdf's broken PDFs (Apache-2.0), through the registry (importDocument) as the app calls it.
 * pdf.js runs in a worker thread: the runner gets a 20 s deadline here, under the test timeout.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CasebookError } from '../../src-main/contract/errors';
import { BLOCK_SEPARATOR } from '../../src-main/contract/domain';
import { importDocument } from '../../src-main/importers/index';
import { importPdf, PDF_RECOVERED_WARNING } from '../../src-main/importers/pdf';
import type { ImportedDocument } from '../../src-main/importers/types';
import { caught, fixture, readFixture } from '../helpers';

const SAMPLES = fixture('robustness', 'pdf-py-pdf-sample-files');
const QPDF = fixture('robustness', 'malformed-pdf-qpdf');
const RUNNER_TIMEOUT_MS = 20_000;
/** The worker's deadline in these tests (the registry's import options, as the API passes them). */
const OPTIONS = { isolation: { timeoutMs: RUNNER_TIMEOUT_MS } };
const TEST_TIMEOUT_MS = 30_000;

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const textOf = (doc: ImportedDocument) => doc.blocks.map((b) => b.text).join(BLOCK_SEPARATOR);

const cache = new Map<string, Promise<ImportedDocument>>();
/** Imports a sample once per test file (each import starts a worker and loads pdf.js). */
function importSample(path: string, password?: string): Promise<ImportedDocument> {
  const key = `${path}\u0000${password ?? ''}`;
  if (!cache.has(key)) cache.set(key, importDocument({ bytes: readFixture('robustness', 'pdf-py-pdf-sample-files', path), fileName: basename(path), password }, OPTIONS));
  return cache.get(key)!;
}

/** The body of a LaTeX file as running text (between \begin{document} and \end{document}). */
function texBody(path: string): string {
  const tex = readFileSync(join(SAMPLES, path), 'utf8');
  return oneLine(tex.slice(tex.indexOf('\\begin{document}') + '\\begin{document}'.length, tex.indexOf('\\end{document}')));
}

interface SampleInfo {
  path: string;
  creation_date?: string;
  encrypted: boolean;
  pages: number;
}
const samplesJson = JSON.parse(readFileSync(join(SAMPLES, 'files.json'), 'utf8')) as { data: SampleInfo[] };
const copiedSamples = samplesJson.data.filter((s) => {
  try {
    readFileSync(join(SAMPLES, s.path));
    return true;
  } catch {
    return false;
  }
});


describe('PDF import: py-pdf sample files', { timeout: TEST_TIMEOUT_MS }, () => {
  it('copies at least the samples the tests below rely on', () => {
    expect(copiedSamples.length).toBeGreaterThanOrEqual(9);
  });

  it('001 minimal document: every sentence of its .tex source, hyphenated words made whole', async () => {
    const doc = await importSample('001-trivial/minimal-document.pdf');
    const text = textOf(doc);
    const sentences = texBody('001-trivial/minimal-document.tex').split(/(?<=\.)\s+/);
    expect(sentences.length).toBeGreaterThan(5);
    for (const sentence of sentences) expect(text).toContain(sentence);
    // "taki-" ends a line and "mata" starts the next in the PDF.
    expect(text).not.toContain('taki-');
    // The page number at the foot of the page is not text of the document.
    expect(doc.blocks.map((b) => b.text)).not.toContain('1');
    expect(doc.mediaType).toBe('application/pdf');
    expect(doc.publishedAt).toBe(copiedSamples.find((s) => s.path === '001-trivial/minimal-document.pdf')?.creation_date);
  });

  it('agrees with files.json: encrypted files ask for a password, the others open; creation dates match', async () => {
    for (const sample of copiedSamples) {
      if (sample.encrypted) {
        expect((await caught(importSample(sample.path))).code, sample.path).toBe('PASSWORD_REQUIRED');
        continue;
      }
      const doc = await importSample(sample.path);
      expect(doc.blocks.length, sample.path).toBeGreaterThan(0);
      // 017's document properties are lost with its broken trailer: no date to compare.
      if (sample.creation_date && !sample.path.startsWith('017-')) expect(doc.publishedAt, sample.path).toMatch(new RegExp(`^${sample.creation_date.slice(0, 10)}`));
    }
  });

  describe('005 LibreOffice file with a password', () => {
    const path = '005-libreoffice-writer-password/libreoffice-writer-password.pdf';
    const passwords = [...readFileSync(join(SAMPLES, '005-libreoffice-writer-password', 'README.md'), 'utf8').matchAll(/`([^`]+)`/g)].map((m) => m[1]);

    it('without a password: PASSWORD_REQUIRED, saying it needs one', async () => {
      const error = await caught(importSample(path));
      expect(error.code).toBe('PASSWORD_REQUIRED');
      expect(error.message).toMatch(/needs a password/);
      expect(error.message).toContain('libreoffice-writer-password.pdf');
    });

    it('with a wrong password: PASSWORD_REQUIRED, saying the password is wrong', async () => {
      const error = await caught(importSample(path, 'not-the-password'));
      expect(error.code).toBe('PASSWORD_REQUIRED');
      expect(error.message).toMatch(/password .* is wrong/);
    });

    it('opens with each password its README lists (user and owner)', async () => {
      expect(passwords).toContain('openpassword');
      for (const password of passwords) {
        const doc = await importSample(path, password);
        expect(textOf(doc)).toContain('Lorem ipsum dolor sit amet, consetetur sadipscing elitr');
        expect(doc.language).toBe('en-US');
      }
    });
  });

  it('015 Arabic: the Arabic word and the Latin word of habibi.html are both there, and the text reads right to left', async () => {
    const doc = await importSample('015-arabic/habibi.pdf');
    const text = textOf(doc);
    const words = oneLine(/<div>([^<]*)<\/div>/.exec(readFileSync(join(SAMPLES, '015-arabic', 'habibi.html'), 'utf8'))![1]).split(' ');
    const arabic = words.find((w) => /\p{Script=Arabic}/u.test(w))!;
    const latin = words.find((w) => /^[a-z]+$/i.test(w))!;
    expect(text).toContain(latin);
    // Known limit: this file's font maps one glyph to the whole word in logical order, and pdf.js
    // then reverses it as right-to-left text, so the word comes out in visual order ("يبيبَح").
    // Its letters are all there; either order is accepted so a fix upstream does not break this.
    const reversed = [...arabic].reverse().join('');
    expect(text.includes(arabic) || text.includes(reversed)).toBe(true);
    expect(doc.dir).toBe('rtl');
    expect(doc.title).toBe('habibi');
  });

  describe('026 LaTeX two-column document', () => {
    const path = '026-latex-multicolumn/multicolumn.pdf';

    it('reads the left column before the right one and keeps sentences whole', async () => {
      const doc = await importSample(path);
      const text = textOf(doc);
      // \lipsum[1-10] prints the lipsum package's paragraphs: the first opens the left column of
      // page 1, "Quisque ullamcorper placerat ipsum." opens a paragraph in its right column.
      const left = text.indexOf('Lorem ipsum dolor sit amet, consectetuer adipiscing elit.');
      const right = text.indexOf('Quisque ullamcorper placerat ipsum.');
      expect(left).toBeGreaterThanOrEqual(0);
      expect(right).toBeGreaterThan(left);
      // A sentence cut at the foot of the left column goes on at the top of the right one.
      expect(text).toContain('Vivamus viverra fermentum felis. Donec nonummy pellentesque ante.');
    });

    it('has the title, the abstract and the table rows of its .tex source, contiguous', async () => {
      const doc = await importSample(path);
      const text = textOf(doc);
      const tex = texBody('026-latex-multicolumn/multicolumn.tex');
      const title = /\\title\{([^}]*)\}/.exec(tex)![1];
      const abstract = oneLine(/\\begin\{abstract\}(.*?)\\end\{abstract\}/.exec(tex)![1]);
      expect(doc.title).toBe(title);
      expect(doc.blocks[0]).toEqual({ kind: 'heading', level: 1, text: title });
      expect(text).toContain(abstract);
      const body = tex.slice(tex.indexOf('\\midrule') + '\\midrule'.length, tex.indexOf('\\bottomrule'));
      const rows = body
        .split('\\\\')
        .map((row) => oneLine(row.replaceAll(' & ', ' ')))
        .filter(Boolean);
      expect(rows.length).toBe(5);
      for (const row of rows) expect(text).toContain(row);
    });

    it('never runs a paragraph across pages', async () => {
      const doc = await importSample(path);
      // Page 1's last paragraph goes on at the top of page 2 ("lacus vel est."): two blocks.
      expect(doc.blocks.some((b) => b.text.startsWith('lacus vel est. Curabitur consectetuer.'))).toBe(true);
    });
  });

  it('017 broken trailer and metadata: imports page text with a warning that the file was damaged', async () => {
    const doc = await importSample('017-unreadable-meta-data/unreadablemetadata.pdf');
    expect(doc.warnings).toContain(PDF_RECOVERED_WARNING);
    expect(textOf(doc)).toContain('Dust-proof construction');
  });

  it('no block text holds a block separator', async () => {
    for (const sample of copiedSamples.filter((s) => !s.encrypted)) {
      for (const block of (await importSample(sample.path)).blocks) expect(block.text).not.toContain(BLOCK_SEPARATOR);
    }
  });
});

describe('PDF import: qpdf broken files', { timeout: TEST_TIMEOUT_MS }, () => {
  const files = readdirSync(QPDF).filter((f) => f.endsWith('.pdf'));
  const qpdfSays = (file: string) => {
    try {
      return readFileSync(join(QPDF, file.replace(/\.pdf$/, '.out')), 'utf8');
    } catch {
      return '';
    }
  };

  it('has the corpus', () => {
    expect(files.length).toBeGreaterThanOrEqual(13);
  });

  const imported = new Map<string, ImportedDocument>();

  it.each(files)('%s ends in text or a typed error, within the deadline', async (file) => {
    const started = Date.now();
    let doc: ImportedDocument | undefined;
    try {
      doc = await importDocument({ bytes: readFileSync(join(QPDF, file)), fileName: file }, OPTIONS);
      imported.set(file, doc);
    } catch (error) {
      expect(error).toBeInstanceOf(CasebookError);
      expect(['DAMAGED_FILE', 'UNSUPPORTED_FORMAT', 'VALIDATION']).toContain((error as CasebookError).code);
      expect((error as CasebookError).message).toContain(file);
    }
    expect(Date.now() - started).toBeLessThan(RUNNER_TIMEOUT_MS + 5_000);
    const out = qpdfSays(file);
    if (doc) {
      expect(doc.blocks.length).toBeGreaterThan(0);
      // Where qpdf had to rebuild the file, pdf.js did too, and the analyst is told.
      if (/Attempting to reconstruct cross-reference table/.test(out)) expect(doc.warnings).toContain(PDF_RECOVERED_WARNING);
    }
    // Where qpdf's check found nothing wrong, the text comes through.
    if (/No syntax or stream encoding errors found/.test(out)) expect(doc?.blocks.length).toBeGreaterThan(0);
  });

  it('append-xref-loop.pdf (an update appended over a loop of xref tables): the text of all its pages', async () => {
    const file = 'append-xref-loop.pdf';
    const doc = imported.get(file) ?? (await importDocument({ bytes: readFileSync(join(QPDF, file)), fileName: file }, OPTIONS));
    // Its content streams are not compressed: each page shows one string, (Potato N); the update
    // replaced page 1's with (Potato 0 new).
    const shown = [...readFileSync(join(QPDF, file), 'latin1').matchAll(/\((Potato [^)]*)\)/g)].map((m) => m[1]);
    const expected = shown.filter((s) => s !== 'Potato 0');
    expect(expected).toHaveLength(30);
    expect(doc.blocks.map((b) => b.text).sort()).toEqual(expected.sort());
  });
});

describe('PDF import: the worker is bounded', { timeout: TEST_TIMEOUT_MS }, () => {
  const input = () => ({ bytes: readFixture('robustness', 'pdf-py-pdf-sample-files', '001-trivial', 'minimal-document.pdf'), fileName: 'minimal-document.pdf' });

  it('a job past its deadline is stopped and reported as a damaged file', async () => {
    const error = await caught(importPdf(input(), { timeoutMs: 1 }));
    expect(error.code).toBe('DAMAGED_FILE');
    expect(error.message).toMatch(/took too long/);
  });

  it('a job past its memory cap is stopped and reported as a damaged file', async () => {
    const error = await caught(importPdf(input(), { maxMemoryMb: 2 }));
    expect(error.code).toBe('DAMAGED_FILE');
    expect(error.message).toMatch(/more memory/);
  });
});
