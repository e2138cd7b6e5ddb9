/**
 * Property-based tests (fast-check) of the text importers and the normalisation they share.
 * The invariants run on the parsers the parse-document worker runs (parse-in-worker.ts), in
 * process, so hundreds of inputs take seconds; one small property goes through importDocument
 * and its worker, to show that path answers the same, and the pooled workers are closed after.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { CasebookError } from '../../src-main/contract/errors';
import { normaliseInline, normaliseMultiline } from '../../src-main/core/text-normalise';
import { importDocument } from '../../src-main/importers/index';
import { closeIdleWorkers } from '../../src-main/importers/isolated-pool';
import { parseDocument, type InWorkerFormat } from '../../src-main/importers/parse-in-worker';
import type { ImportedDocument } from '../../src-main/importers/types';

afterAll(closeIdleWorkers);

const encode = (text: string) => new TextEncoder().encode(text);
const FILE_NAMES: Record<InWorkerFormat, string> = { text: 'note.txt', markdown: 'note.md', html: 'page.html' };

/** Text with the characters importers trip on: exotic spaces, invisibles, line breaks, markup. */
const awkwardText = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.constantFrom('\n', '\r\n', '\n\n', '\t', '\u00a0', '\u200b', '\ufeff', '\u00ad', '\u2028', 'e\u0301', '# ', '> ', '- ', '1. ', '*', '_', '`', '<b>', '</p>', '&amp;', '---\n', '|'),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

/** Parses in process; a refusal must be a CasebookError (a message in words), never another error. */
async function parseOrRefuse(format: InWorkerFormat, text: string): Promise<ImportedDocument | CasebookError> {
  try {
    return await parseDocument(format, { bytes: encode(text), fileName: FILE_NAMES[format] });
  } catch (error) {
    if (error instanceof CasebookError) return error;
    throw error;
  }
}

describe('text normalisation', () => {
  it('is idempotent, and a normalised line has no exotic spaces, invisibles or edges', () => {
    fc.assert(
      fc.property(awkwardText, (text) => {
        const once = normaliseInline(text);
        expect(normaliseInline(once)).toBe(once);
        expect(normaliseMultiline(normaliseMultiline(text))).toBe(normaliseMultiline(text));
        expect(once).not.toMatch(/[\t\n\r\u00a0\u200b\ufeff\u00ad]| {2}|^ | $/);
      }),
      { numRuns: 300 },
    );
  });
});

describe('text, Markdown and HTML parsers (as the worker runs them)', () => {
  for (const format of ['text', 'markdown', 'html'] as const) {
    it(`${format}: any input gives normalised blocks or a refusal in words, the same every time`, async () => {
      await fc.assert(
        fc.asyncProperty(awkwardText, async (text) => {
          const first = await parseOrRefuse(format, text);
          const second = await parseOrRefuse(format, text);
          if (first instanceof CasebookError) {
            expect(first.code).not.toBe('INTERNAL');
            expect(second).toBeInstanceOf(CasebookError);
            return;
          }
          expect(second).toEqual(first);
          for (const block of first.blocks) expect(normaliseMultiline(block.text)).toBe(block.text);
        }),
        { numRuns: 150 },
      );
    });
  }

  it('text: every word of a plain report survives, in order', async () => {
    const word = fc.stringMatching(/^[a-z]{1,10}$/);
    const paragraph = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(' '));
    await fc.assert(
      fc.asyncProperty(fc.array(paragraph, { minLength: 1, maxLength: 8 }), async (paragraphs) => {
        const text = `${paragraphs.join('\n\n')}\n`;
        const doc = await parseDocument('text', { bytes: encode(text), fileName: 'report.txt' });
        const words = (s: string) => s.split(/\s+/).filter(Boolean);
        const kept = [doc.title, ...doc.blocks.map((b) => b.text)].join(' ');
        // A first line may become the title as well as (or instead of) a block; every word stays.
        expect(words(kept).join(' ')).toContain(words(paragraphs.slice(1).join(' ')).join(' '));
        for (const w of words(paragraphs[0])) expect(words(kept)).toContain(w);
      }),
      { numRuns: 150 },
    );
  });
});

describe('importDocument (through the parse-document worker)', () => {
  it('answers as the in-process parser does', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(awkwardText, fc.constantFrom<InWorkerFormat>('text', 'markdown', 'html'), async (text, format) => {
        const inProcess = await parseOrRefuse(format, text);
        let viaWorker: ImportedDocument | CasebookError;
        try {
          viaWorker = await importDocument({ bytes: encode(text), fileName: FILE_NAMES[format] });
        } catch (error) {
          expect(error).toBeInstanceOf(CasebookError);
          viaWorker = error as CasebookError;
        }
        if (inProcess instanceof CasebookError) {
          expect(viaWorker).toBeInstanceOf(CasebookError);
          expect((viaWorker as CasebookError).message).toBe(inProcess.message);
        } else if (!(viaWorker instanceof CasebookError)) {
          expect(viaWorker).toEqual(inProcess);
        } else {
          // importDocument refuses a document with no readable text; the parser itself does not.
          expect(inProcess.blocks.every((b) => b.text.trim() === '')).toBe(true);
        }
      }),
      { numRuns: 8 },
    );
  });
});
