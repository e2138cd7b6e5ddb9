/**
 * An imported document as it travels from the parse worker to the notebook's writer thread: its
 * text as one string (the blocks end to end, as the notebook stores it) and each block's place in
 * it as five numbers. A 20 MB text has some 50,000 blocks; as objects they cost the main process a
 * tenth of a second to receive and as long again to pass on, holding up every other request.
 */
import { BLOCK_KINDS, BLOCK_SECTIONS, BLOCK_SEPARATOR } from '../contract/domain';
import type { IsolationOptions } from './isolated-run';
import type { ImportedDocument, ImportInput } from './types';

export interface PackedDocument extends Omit<ImportedDocument, 'blocks'> {
  /** The blocks with text, end to end, BLOCK_SEPARATOR between them. */
  text: string;
  /** Per block: kind (index in BLOCK_KINDS), level (0: none), section (index in BLOCK_SECTIONS), start, end. */
  layout: Int32Array;
}

export type PackedImporter = (input: ImportInput, isolation?: IsolationOptions) => Promise<PackedDocument>;

const FIELDS = 5;

export function packDocument({ blocks, ...meta }: ImportedDocument): PackedDocument {
  const kept = blocks.filter((b) => b.text.length > 0);
  const layout = new Int32Array(kept.length * FIELDS);
  let offset = 0;
  kept.forEach((b, i) => {
    if (i > 0) offset += BLOCK_SEPARATOR.length;
    layout.set([BLOCK_KINDS.indexOf(b.kind), b.level ?? 0, BLOCK_SECTIONS.indexOf(b.section ?? 'body'), offset, offset + b.text.length], i * FIELDS);
    offset += b.text.length;
  });
  return { ...meta, text: kept.map((b) => b.text).join(BLOCK_SEPARATOR), layout };
}

/** The document back with its blocks; throws when the layout does not fit the text. */
export function unpackDocument({ text, layout, ...meta }: PackedDocument): ImportedDocument {
  if (layout.length % FIELDS) throw new Error('the document’s block layout is cut short');
  const blocks: ImportedDocument['blocks'] = [];
  for (let i = 0; i < layout.length; i += FIELDS) {
    const [kind, level, section, start, end] = layout.subarray(i, i + FIELDS);
    if (!BLOCK_KINDS[kind] || !BLOCK_SECTIONS[section] || !(start >= 0 && start < end && end <= text.length)) throw new Error(`block ${i / FIELDS + 1} of the document does not fit its text`);
    blocks.push({ kind: BLOCK_KINDS[kind], ...(level ? { level } : {}), section: BLOCK_SECTIONS[section], text: text.slice(start, end) });
  }
  return { ...meta, blocks };
}
