/**
 * An imported document travels from the parse worker to the notebook's writer thread packed
 * (importers/packed-document.ts): unpacked, it stores exactly what the document as parsed stores;
 * a layout that does not fit its text is refused. Checked on real files of each in-worker format.
 */
import { describe, expect, it } from 'vitest';
import { importDocument, importPackedDocument } from '../../src-main/importers/index';
import { packDocument, unpackDocument } from '../../src-main/importers/packed-document';
import { layOutBlocks } from '../../src-main/store/sources';
import { readFixture } from '../helpers';
import { SEED, WH_FACT_SHEET } from './notebook-helpers';

const FILES = [SEED, WH_FACT_SHEET, ['html', 'structure.html'], ['html', 'metadata.html']];

describe('packed documents', () => {
  it('unpack to what the parsed document stores: same text, same blocks, same metadata', async () => {
    for (const parts of FILES) {
      const input = { bytes: readFixture(...parts), fileName: parts[parts.length - 1] };
      const [doc, packed] = await Promise.all([importDocument(input), importPackedDocument(input)]);
      expect(packed.layout).toBeInstanceOf(Int32Array);
      expect(packed.text).toBe(layOutBlocks(doc).text);
      const back = unpackDocument(packed);
      expect(layOutBlocks(back)).toEqual(layOutBlocks(doc));
      const { blocks: _b, ...meta } = doc;
      const { blocks: _c, ...metaBack } = back;
      expect(metaBack).toEqual(meta);
      expect(packDocument(doc)).toEqual(packed);
    }
  });

  it('refuse a layout that does not fit the text', () => {
    const packed = packDocument({ title: 't', authors: [], mediaType: 'text/plain', warnings: [], blocks: [{ kind: 'paragraph', text: 'One.' }, { kind: 'heading', level: 2, text: 'Two' }] });
    expect(unpackDocument(packed).blocks).toEqual([{ kind: 'paragraph', section: 'body', text: 'One.' }, { kind: 'heading', level: 2, section: 'body', text: 'Two' }]);
    for (const layout of [[0, 0, 0, 0, 99], [77, 0, 0, 0, 2], [0, 0, 9, 0, 2], [0, 0, 0, 3, 1], [0, 0, 0, 0]]) {
      expect(() => unpackDocument({ ...packed, layout: Int32Array.from(layout) })).toThrow();
    }
  });
});
