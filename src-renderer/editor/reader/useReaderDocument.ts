/**
 * Builds the reader's document from the blocks in one update, then, when only the marks change,
 * re-fills just the blocks whose marks look different.
 */
import { $getNodeByKey, $isElementNode, type LexicalEditor } from 'lexical';
import { useLayoutEffect, useRef, type MutableRefObject, type RefObject } from 'react';
import type { Block } from '../../../src-main/contract/domain';
import { segmentAllBlocks, type ClaimRange, type Segment } from '../offsets';
import { $buildReaderDocument, $fillBlock, type RelationOf } from './build';
import type { MarkTone } from './ClaimMarkNode';
import type { BuiltState, ClaimMark, DrawnMarks, EvidenceRange } from './reader-types';

/** A block's runs and how each is drawn: equal signatures, equal DOM. */
function signature(segments: readonly Segment[], toneOf: (id: string) => MarkTone, relationOf: RelationOf): string {
  const style = (ids: readonly string[]) => ids.map((id) => relationOf(id) ?? toneOf(id)).join(',');
  return segments.map((s) => (s.ids.length ? `${s.from}-${s.to}:${s.ids.join(',')}:${style(s.ids)}` : `${s.from}-${s.to}`)).join('|');
}

function signaturesOf({ segments, toneOf, relationOf }: DrawnMarks): string[] {
  return segments.map((s) => signature(s, toneOf, relationOf));
}

/** Code keeps its line layout; the first block of notes or comments gets a divider. */
function decorateBlocks(editor: LexicalEditor, blocks: readonly Block[], blockKeys: readonly string[]): void {
  blocks.forEach((block, i) => {
    const element = editor.getElementByKey(blockKeys[i]);
    if (!element) return;
    if (block.kind === 'code') element.classList.add('reader-block--code');
    if (block.section !== 'body' && (i === 0 || blocks[i - 1].section !== block.section)) {
      element.classList.add('reader-section-start');
      element.dataset.section = block.section === 'notes' ? 'Notes' : 'Comments';
    }
  });
}

/** Keeps the document in step with blocks, marks and evidence; returns what was built (null before). */
export function useReaderDocument(
  editor: LexicalEditor,
  blocks: Block[],
  marks: readonly ClaimMark[],
  evidence: readonly EvidenceRange[],
  /** The caller's callbacks, read when the document has been built (a stable ref: no rebuild when they change). */
  callbacks: RefObject<{ onBuilt?(ms: number): void }>,
): MutableRefObject<BuiltState | null> {
  const built = useRef<BuiltState | null>(null);
  useLayoutEffect(() => {
    const statusOf = new Map(marks.map((c) => [c.id, c.status]));
    const toneOf = (id: string): MarkTone => statusOf.get(id) ?? 'unassessed';
    const cited = evidence.filter((e): e is EvidenceRange & ClaimRange => e.start !== null && e.end !== null && e.end > e.start);
    const relationById = new Map(cited.map((e) => [e.id, e.relation]));
    const relationOf: RelationOf = (id) => relationById.get(id);
    const segments = segmentAllBlocks(blocks, [...marks, ...cited]);
    const drawn: DrawnMarks = { segments, toneOf, relationOf };
    const previous = built.current;
    if (!previous || previous.blocks !== blocks) {
      const t0 = performance.now();
      let blockKeys: string[] = [];
      editor.update(() => void (blockKeys = $buildReaderDocument(blocks, segments, toneOf, relationOf).blockKeys), { discrete: true, tag: 'reader-build' });
      built.current = { blocks, blockKeys, blockIndexByKey: new Map(blockKeys.map((k, i) => [k, i])), drawn };
      decorateBlocks(editor, blocks, blockKeys);
      callbacks.current?.onBuilt?.(performance.now() - t0);
      return;
    }
    // The signatures are worked out only now that the marks changed, not at the first build.
    const before = (previous.signatures ??= signaturesOf(previous.drawn));
    const after = signaturesOf(drawn);
    const changed = after.flatMap((sig, i) => (sig === before[i] ? [] : [i]));
    previous.drawn = drawn;
    previous.signatures = after;
    if (changed.length === 0) return;
    editor.update(
      () => {
        for (const i of changed) {
          const element = $getNodeByKey(previous.blockKeys[i]);
          if ($isElementNode(element)) $fillBlock(element, blocks[i].text, segments[i], toneOf, relationOf);
        }
      },
      { discrete: true, tag: 'reader-marks' },
    );
  }, [editor, blocks, marks, evidence, callbacks]);
  return built;
}
