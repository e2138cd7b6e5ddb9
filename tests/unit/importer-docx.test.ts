/**
 * Word import on real files: mammoth's own test documents (BSD-2-Clause; expected texts from
 * mammoth's test/mammoth.tests.js) and Apache POI's fuzzer-found corrupt files (Apache-2.0),
 * through the registry (importDocument) as the app calls it, and importDocx where the registry
 * would stop first. mammoth runs in a worker thread with a 20 s deadline here.
 */
import { cpSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CasebookError } from '../../src-main/contract/errors';
import { BLOCK_SEPARATOR } from '../../src-main/contract/domain';
import { importDocument } from '../../src-main/importers/index';
import { importDocx } from '../../src-main/importers/docx';
import type { ImportedDocument } from '../../src-main/importers/types';
import { caught, fixture, readFixture, ROOT, tempDir } from '../helpers';

const MAMMOTH = fixture('robustness', 'docx-mammoth');
const POI = fixture('robustness', 'malformed-docx-poi');
const TEST_TIMEOUT_MS = 30_000;
/** The worker's deadline in these tests (the registry's import options, as the API passes them). */
const OPTIONS = { isolation: { timeoutMs: 20_000 } };

const cache = new Map<string, Promise<ImportedDocument>>();
/** Imports a mammoth test file once per test file (each import starts a worker). */
function importMammothFile(name: string, asName = name): Promise<ImportedDocument> {
  const key = `${name}\u0000${asName}`;
  if (!cache.has(key)) cache.set(key, importDocument({ bytes: readFixture('robustness', 'docx-mammoth', name), fileName: asName }, OPTIONS));
  return cache.get(key)!;
}
const body = (doc: ImportedDocument) => doc.blocks.filter((b) => (b.section ?? 'body') === 'body');
const inSection = (doc: ImportedDocument, section: 'notes' | 'comments') => doc.blocks.filter((b) => b.section === section);
const texts = (blocks: { text: string }[]) => blocks.map((b) => b.text).join(BLOCK_SEPARATOR);

/** A core property of a fixture, read straight from its docProps/core.xml. */
function coreProperty(name: string, tag: string): string | undefined {
  const core = unzipSync(readFixture('robustness', 'docx-mammoth', name), { filter: (f) => f.name === 'docProps/core.xml' })['docProps/core.xml'];
  return new RegExp(`<${tag}[^>]*>([^<]*)</${tag}>`).exec(strFromU8(core))?.[1];
}


describe('DOCX import: mammoth test documents', { timeout: TEST_TIMEOUT_MS }, () => {
  it('single-paragraph.docx: the paragraph, and the core properties as metadata', async () => {
    const doc = await importMammothFile('single-paragraph.docx');
    expect(doc.blocks).toEqual([{ kind: 'paragraph', text: 'Walking on imported air' }]);
    expect(doc.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(doc.authors).toEqual([coreProperty('single-paragraph.docx', 'dc:creator')]);
    expect(doc.publishedAt).toBe(coreProperty('single-paragraph.docx', 'dcterms:created'));
    // Its dc:title is empty and it has no heading: the file name stands in.
    expect(coreProperty('single-paragraph.docx', 'dc:title')).toBe('');
    expect(doc.title).toBe('single-paragraph');
  });

  it('embedded-style-map.docx: its own style map makes the paragraph a heading, which titles the source', async () => {
    const doc = await importMammothFile('embedded-style-map.docx');
    expect(doc.blocks).toEqual([{ kind: 'heading', level: 1, text: 'Walking on imported air' }]);
    expect(doc.title).toBe('Walking on imported air');
  });

  it('utf8-bom.docx (XML parts open with a byte order mark) reads like any other', async () => {
    expect(texts((await importMammothFile('utf8-bom.docx')).blocks)).toBe('This XML has a byte order mark.');
  });

  it('strict-format.docx (Strict Open XML namespaces) reads like any other', async () => {
    expect(texts((await importMammothFile('strict-format.docx')).blocks)).toBe('Test');
  });

  it('text-box.docx: text in a text box is imported', async () => {
    expect(texts((await importMammothFile('text-box.docx')).blocks)).toContain('Datum plane');
  });

  it('empty.docx (one empty paragraph): the registry says there is no readable text', async () => {
    const error = await caught(importMammothFile('empty.docx'));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(/no readable text: it is empty or holds only pictures/);
  });

  it('tables.docx: one table block, cells in order, between the paragraphs around it', async () => {
    const doc = await importMammothFile('tables.docx');
    expect(doc.blocks).toEqual([
      { kind: 'paragraph', text: 'Above' },
      { kind: 'table', text: 'Top left | Top right\nBottom left | Bottom right' },
      { kind: 'paragraph', text: 'Below' },
    ]);
  });

  it.each(['footnotes.docx', 'endnotes.docx'])('%s: the notes are blocks of their own, out of the body, under the markers the body shows', async (name) => {
    const doc = await importMammothFile(name);
    const notes = inSection(doc, 'notes');
    expect(texts(notes)).toContain('A tachyon walks into a bar.');
    expect(texts(notes)).toContain('Fin.');
    expect(texts(body(doc))).not.toContain('tachyon');
    expect(texts(body(doc))).not.toContain('Fin.');
    // The body keeps its reference markers, and each note starts with its own.
    const markers = texts(body(doc)).match(/\[\d+\]/g);
    expect(markers).toEqual(['[1]', '[2]']);
    expect(notes.map((n) => n.text.slice(0, 3))).toEqual(markers);
    expect(doc.blocks.findIndex((b) => b.section === 'notes')).toBeGreaterThan(doc.blocks.findLastIndex((b) => (b.section ?? 'body') === 'body'));
  });

  it('comments.docx: comments are blocks of their own, after the body, which keeps only its text', async () => {
    const doc = await importMammothFile('comments.docx');
    const comments = inSection(doc, 'comments');
    expect(comments).toHaveLength(2);
    expect(comments[0].text).toContain('A tachyon walks into a bar.');
    expect(comments[1].text).toContain('Fin.');
    expect(texts(body(doc))).toBe('Ouch.');
  });

  it('external-picture.docx: the linked picture is not loaded, and the analyst is told', async () => {
    const doc = await importDocx({ bytes: readFixture('robustness', 'docx-mammoth', 'external-picture.docx'), fileName: 'external-picture.docx' }, OPTIONS.isolation);
    expect(doc.warnings.some((w) => w.includes('tiny-picture.png') && /did not load/.test(w))).toBe(true);
    // The document is only that picture: no text, so the registry refuses it as empty.
    expect(doc.blocks).toEqual([]);
    expect((await caught(importMammothFile('external-picture.docx'))).code).toBe('VALIDATION');
  });

  it.each(['empty.zip', 'hello.zip'])('%s named .docx: a zip file but not a Word document', async (name) => {
    const error = await caught(importMammothFile(name, name.replace('.zip', '.docx')));
    expect(error.code).toBe('UNSUPPORTED_FORMAT');
    expect(error.message).toMatch(/is a zip file but not a Word document/);
    expect(error.message).toContain(name.replace('.zip', '.docx'));
  });

  it('no block text holds a block separator', async () => {
    for (const name of readdirSync(MAMMOTH).filter((f) => f.endsWith('.docx') && f !== 'empty.docx' && f !== 'external-picture.docx')) {
      for (const block of (await importMammothFile(name)).blocks) expect(block.text).not.toContain(BLOCK_SEPARATOR);
    }
  });
});

describe('DOCX import: corrupt files found by fuzzing Apache POI', { timeout: TEST_TIMEOUT_MS }, () => {
  const files = readdirSync(POI).filter((f) => f.endsWith('.docx'));

  it('has the corpus', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  it.each(files)('%s: a damaged-file error, or its readable text with a warning', async (name) => {
    let doc: ImportedDocument | undefined;
    try {
      doc = await importDocument({ bytes: readFileSync(join(POI, name)), fileName: name }, OPTIONS);
    } catch (error) {
      expect(error).toBeInstanceOf(CasebookError);
      expect(['DAMAGED_FILE', 'UNSUPPORTED_FORMAT']).toContain((error as CasebookError).code);
      expect((error as CasebookError).message).toContain(name);
    }
    // One of them (…6733884933668864) is whole but for a theme part whose CRC is wrong (Python's
    // zipfile says so too): its text comes through, and the damage is reported.
    if (doc) expect(doc.warnings).toContain('Some parts of this Word file were damaged and were left out.');
  });
});

describe('DOCX import: zip bombs', { timeout: TEST_TIMEOUT_MS }, () => {
  const documentXml = (text: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`;
  /** A Word package whose main part is `xml`, built with the minimum mammoth needs. */
  const packageWith = (xml: Uint8Array) => {
    const mammothFile = unzipSync(readFixture('robustness', 'docx-mammoth', 'single-paragraph.docx'));
    return zipSync({ ...mammothFile, 'word/document.xml': xml }, { level: 9 });
  };
  /** Offsets of the central directory entry of `name`. */
  const directoryEntry = (zip: Uint8Array, name: string) => {
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    for (let at = 0; at + 46 <= zip.length; at++) {
      if (view.getUint32(at, true) !== 0x02014b50) continue;
      const length = view.getUint16(at + 28, true);
      if (strFromU8(zip.subarray(at + 46, at + 46 + length)) === name) return { view, at };
    }
    throw new Error(`no ${name}`);
  };

  it('a package that declares more than the cap unpacked is refused before anything is unpacked', async () => {
    const zip = packageWith(new TextEncoder().encode(documentXml('Small')));
    const { view, at } = directoryEntry(zip, 'word/document.xml');
    view.setUint32(at + 24, 0xfff00000, true); // declared uncompressed size: about 4 GB
    const error = await caught(importDocument({ bytes: zip, fileName: 'bomb.docx' }, OPTIONS));
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toContain('bomb.docx');
  });

  it('a part that inflates past the size it declares is cut off and reported as damage', async () => {
    // 8 MB of spaces inside one paragraph deflate to some 8 KB; the directory claims 1 KB.
    const huge = new TextEncoder().encode(documentXml(' '.repeat(8 * 1024 * 1024)));
    const zip = packageWith(huge);
    const { view, at } = directoryEntry(zip, 'word/document.xml');
    view.setUint32(at + 24, 1024, true);
    const error = await caught(importDocument({ bytes: zip, fileName: 'liar.docx' }, OPTIONS));
    expect(error.code).toBe('DAMAGED_FILE');
  });
});

describe('DOCX import: where the worker modules live', { timeout: TEST_TIMEOUT_MS }, () => {
  const input = () => ({ bytes: readFixture('robustness', 'docx-mammoth', 'single-paragraph.docx'), fileName: 'single-paragraph.docx' });

  it('runs them from the folder it is told, as the Electron build does (a copy beside the app’s node_modules)', async () => {
    const { dir, cleanup } = tempDir();
    try {
      cpSync(join(ROOT, 'src-main', 'importers', 'workers'), join(dir, 'out', 'main', 'workers'), { recursive: true });
      symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
      expect(texts((await importDocx(input(), { workerDirectory: join(dir, 'out', 'main', 'workers') })).blocks)).toBe('Walking on imported air');
    } finally {
      cleanup();
    }
  });

  it('without them the app says it is broken (INTERNAL), not that the file is damaged', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const error = await caught(importDocx(input(), { workerDirectory: dir }));
      expect(error.code).toBe('INTERNAL');
      expect(error.message).toMatch(/could not start its Word reader/);
    } finally {
      cleanup();
    }
  });
});
