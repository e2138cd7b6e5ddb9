import { existsSync, readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR } from '../../src-main/contract/domain';
import { fixture, readFixture } from '../helpers';
import { fails, importFixture, ok, openTestNotebook, SEED, snapshot, WH_FACT_SHEET, type TestNotebook } from './notebook-helpers';

let nb: TestNotebook;
beforeEach(() => {
  nb = openTestNotebook({ maxImportBytes: 2 * 1024 * 1024 });
});
afterEach(() => nb.close());

describe('sources.import through the dispatch', () => {
  it('archives the seed report: original bytes, SHA-256, metadata and a normalised document', async () => {
    const bytes = readFixture(...SEED);
    const { source, duplicate } = await importFixture(nb.api, ...SEED);
    expect(duplicate).toBe(false);
    expect(source.title).toBe('Lukashenko and Cuba – Waging a Covert War Against the United States');
    expect(source.mediaType).toBe('text/plain');
    expect(source.reliability).toBe('F');
    expect(source.origin).toBe(SEED[1]);
    expect(Date.parse(source.capturedAt)).toBeGreaterThan(Date.now() - 60_000);

    const original = await ok(nb.api, 'sources.original', { id: source.id });
    expect(Buffer.from(original.data, 'base64').equals(bytes)).toBe(true);
    const { createHash } = await import('node:crypto');
    expect(source.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));

    const { source: full, blocks } = await ok(nb.api, 'sources.get', { id: source.id });
    const { text } = await ok(nb.api, 'sources.text', { id: source.id });
    expect(full.textLength).toBe(text.length);
    expect(blocks.map((b) => b.text).join(BLOCK_SEPARATOR)).toBe(text);
    for (const b of blocks) expect(text.slice(b.start, b.end)).toBe(b.text);
    // the page furniture is gone, the doubled caption is there once, NBSP became a space
    expect(text).not.toMatch(/top of page|bottom of page/i);
    expect(blocks[blocks.length - 1].text).not.toBe('Comments');
    expect(text.split('Marco Rubio, U.S. Secretary of State').length - 1).toBe(1);
    expect(text).toContain('Polonez-M missile systems from Belarus, with a range of 300 km');
    expect(text).not.toContain('\u00a0');
    // …while the archived original keeps its non-breaking spaces
    expect(Buffer.from(original.data, 'base64').toString('utf8')).toContain('Polonez-M\u00a0missile');
  });

  it('returns the existing source for identical bytes, adding nothing', async () => {
    const first = await importFixture(nb.api, ...SEED);
    const before = snapshot(nb.api);
    const again = await ok(nb.api, 'sources.import', { fileName: 'renamed.txt', data: readFixture(...SEED).toString('base64') });
    expect(again.duplicate).toBe(true);
    expect(again.source.id).toBe(first.source.id);
    expect(snapshot(nb.api)).toEqual(before);
  });

  it('takes a White House file’s title, date and URL from its front matter', async () => {
    const { source } = await importFixture(nb.api, ...WH_FACT_SHEET);
    expect(source.title).toMatch(/^Fact Sheet: President Donald J. Trump Addresses Threats to the United States by the Government of Cuba/);
    expect(source.publishedAt).toMatch(/^2026-01-29/);
    expect(source.origin).toMatch(/^https:\/\/www\.whitehouse\.gov\/fact-sheets\/2026\/01\//);
    expect(source.mediaType).toBe('text/markdown');
  });

  it('lists sources with their claim counts, sorted and filtered', async () => {
    const seed = await importFixture(nb.api, ...SEED);
    await importFixture(nb.api, ...WH_FACT_SHEET);
    await ok(nb.api, 'claims.create', { sourceId: seed.source.id, quote: 'has presented his credentials to the Cuban president' });
    const { sources } = await ok(nb.api, 'sources.list', { sort: 'title' });
    expect(sources.map((s) => s.title)).toEqual([...sources.map((s) => s.title)].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    expect(sources.find((s) => s.id === seed.source.id)?.claimCount).toBe(1);
    const filtered = await ok(nb.api, 'sources.list', { filter: 'cuba' });
    expect(filtered.sources.length).toBe(2);
    const narrow = await ok(nb.api, 'sources.list', { filter: 'Fact Sheet' });
    expect(narrow.sources.map((s) => s.id)).not.toContain(seed.source.id);
  });

  it('updates the reliability grade and records it in the audit log', async () => {
    const { source } = await importFixture(nb.api, ...SEED);
    const updated = await ok(nb.api, 'sources.update', { id: source.id, patch: { reliability: 'C', notes: 'Opposition outlet' } });
    expect(updated.source.reliability).toBe('C');
    const { entries } = await ok(nb.api, 'audit.list', {});
    expect(entries[0]).toMatchObject({ action: 'update', entity: 'source', entityId: source.id });
    const err = await fails(nb.api, 'sources.update', { id: source.id, patch: { reliability: 'Z' } });
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toContain('reliability');
  });
});

/** A valid one-page PDF whose page draws a black square and holds no text, as a scan holds none. */
function drawingOnlyPdf(): string {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>',
    '<< /Length 27 >>\nstream\n0 0 0 rg 10 10 100 100 re f\nendstream',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const offset = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  return `${pdf}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
}


describe('bad input gets a clear error and changes nothing', () => {
  const cases: [string, string, Buffer, RegExp, string][] = [
    ['an empty file', 'empty.txt', Buffer.alloc(0), /empty/, 'VALIDATION'],
    ['an unknown type', 'photo.heic', Buffer.from('not really'), /cannot import “\.heic” files/, 'UNSUPPORTED_FORMAT'],
    ['a binary named .html', 'page.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), /binary/, 'UNSUPPORTED_FORMAT'],
    ['a 0-byte PDF', 'scan.pdf', Buffer.alloc(0), /empty/, 'VALIDATION'],
    ['a text file named .pdf', 'fake.pdf', Buffer.from('Hello, I am text.'), /not a PDF/, 'UNSUPPORTED_FORMAT'],
    ['a text file named .docx', 'fake.docx', Buffer.from('Hello, I am text.'), /not a Word document/, 'UNSUPPORTED_FORMAT'],
    ['a file over the size limit', 'huge.txt', Buffer.alloc(3 * 1024 * 1024, 'a'), /over the import limit of 2\.0 MB/, 'TOO_LARGE'],
    ['whitespace only', 'blank.txt', Buffer.from(' \n\u00a0\n\t\n'), /no readable text: it is blank/, 'VALIDATION'],
    ['a page whose text only its scripts would write', 'app.html', Buffer.from('<html><body><div id="root"></div><script>render()</script></body></html>'), /no readable text: .*scripts, which Casebook never runs/, 'VALIDATION'],
    ['a PDF whose page is only a drawing, like a scan', 'scan.pdf', Buffer.from(drawingOnlyPdf()), /no readable text: .*scanned images.*OCR/, 'VALIDATION'],
  ];
  for (const [what, fileName, bytes, message, code] of cases) {
    it(`${what} → ${code}`, async () => {
      await importFixture(nb.api, ...SEED);
      const before = snapshot(nb.api);
      const err = await fails(nb.api, 'sources.import', { fileName, data: bytes.toString('base64') });
      expect(err.code).toBe(code);
      expect(err.message).toMatch(message);
      expect(err.message).not.toMatch(/\bat .*\.ts:\d+|Error:/);
      expect(snapshot(nb.api)).toEqual(before);
    });
  }

  it('rejects malformed requests with words, not stack traces', async () => {
    const before = snapshot(nb.api);
    expect((await fails(nb.api, 'sources.import', { fileName: 'x.txt' })).message).toBe('“data” is missing.');
    expect((await fails(nb.api, 'sources.import', { fileName: 'x.txt', data: 'aGVsbG8=', evil: 1 })).message).toMatch(/unknown field\(s\): evil/);
    expect((await fails(nb.api, 'sources.import', { fileName: 'x.txt', data: '***not base64***' })).message).toMatch(/did not arrive intact/);
    expect((await nb.api.dispatch('sources.nuke', {}) as { error: { message: string } }).error.message).toMatch(/no operation called “sources.nuke”/);
    expect((await fails(nb.api, 'sources.get', { id: 'src_nothere' })).code).toBe('NOT_FOUND');
    expect(snapshot(nb.api)).toEqual(before);
  });

  // The damaged and not-what-they-claim files of the robustness corpora, through the whole dispatch.
  const corpora: [string, RegExp][] = [
    ['robustness/malformed-pdf-qpdf', /\.pdf$/],
    ['robustness/malformed-docx-poi', /\.docx$/],
    ['robustness/docx-mammoth', /\.(zip|docx)$/],
  ];
  for (const [dir, pattern] of corpora) {
    it.skipIf(!existsSync(fixture(dir)))(`every file of ${dir} imports or fails cleanly, never half-way`, async () => {
      const files = readdirSync(fixture(dir)).filter((f) => pattern.test(f));
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const before = snapshot(nb.api);
        const bytes = readFixture(dir, file);
        // .zip files are offered as Word documents, which they are not
        const fileName = file.endsWith('.zip') ? file.replace(/\.zip$/, '.docx') : file;
        const result = await nb.api.dispatch('sources.import', { fileName, data: bytes.toString('base64') });
        if (result.ok) {
          expect(snapshot(nb.api).sources, file).toBe(before.sources + 1);
        } else {
          expect(['DAMAGED_FILE', 'UNSUPPORTED_FORMAT', 'VALIDATION', 'PASSWORD_REQUIRED'], `${file}: ${result.error.message}`).toContain(result.error.code);
          expect(result.error.message.length).toBeGreaterThan(20);
          expect(snapshot(nb.api), file).toEqual(before);
        }
      }
    }, 240_000);
  }
});
