/**
 * The read-only Lexical view of one source with its claims as marks, and the passages other
 * claims cite as evidence marks. Text stays selectable, by mouse or by caret browsing (F7); a
 * selection is reported as plain-text offsets computed from Lexical's nodes (never the DOM text).
 * The document is built in one update; later mark changes re-fill only the blocks they touch.
 */
import { ListItemNode, ListNode } from '@lexical/list';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { $createRangeSelectionFromDom, $getNodeByKey, $isElementNode, type EditorThemeClasses, type LexicalEditor } from 'lexical';
import { forwardRef, type ForwardedRef, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef } from 'react';
import type { Block, Claim, EvidenceRelation } from '../../../src-main/contract/domain';
import { rangeFromPoints, segmentAllBlocks, splitRangeByBlocks, toBlockPoint, trimRange, type ClaimRange, type Segment } from '../offsets';
import { $buildReaderDocument, $fillBlock, type RelationOf } from './build';
import { CaretBrowsingPlugin } from './CaretBrowsingPlugin';
import { ClaimMarkNode, type MarkTone } from './ClaimMarkNode';
import { EvidenceMarkNode } from './EvidenceMarkNode';
import { domRangesFor, observeReaderDom } from './dom-ranges';
import { $blockPointFromPoint, $textPointFromBlockPoint } from './points';
import { readingPosition, restoreReadingPosition, type ReadingPosition } from './reading-position';
import { READER_TABLE_NODES } from './TableNodes';
import { activateMarks, marksAt, useMarkEvents, type MarkCallbacks, type MarkHover } from './useMarkEvents';

export type { ReadingPosition };

export interface PlainRange {
  start: number;
  end: number;
}

export interface ReaderSelection extends PlainRange {
  /** Where the selection is on screen, for the floating toolbar. */
  rect: DOMRect;
  exact: string;
}

export interface ReaderHandle {
  /** The current selection in the reader as plain-text offsets, or null when there is none. */
  currentSelection(): ReaderSelection | null;
  readingPosition(): ReadingPosition | null;
  /** Scrolls back to a reading position taken earlier (the same source's blocks). */
  restoreReadingPosition(position: ReadingPosition): void;
  /** DOM ranges for plain-text ranges (one list per range, per block touched), for highlights; null while the DOM is catching up. */
  domRanges(ranges: readonly PlainRange[]): Range[][] | null;
  /** Calls back whenever the reader's DOM changed (built, marks re-filled); returns an unsubscribe. */
  onDomChange(listener: () => void): () => void;
}

/** A passage of this source cited as evidence (whole-source links have null offsets and no mark). */
export interface EvidenceRange {
  id: string;
  relation: EvidenceRelation;
  start: number | null;
  end: number | null;
}

export interface ReaderEditorProps {
  blocks: Block[];
  claims: Claim[];
  evidence?: readonly EvidenceRange[];
  selectedClaimId: string | null;
  /** A passage to scroll to and flash; a new object each time it is asked for. */
  passage: (PlainRange & { nonce: number }) | null;
  onSelection(selection: ReaderSelection | null): void;
  onMarkClick(claimIds: string[]): void;
  /** An evidence mark was activated: the links it stands for. */
  onEvidenceClick?(evidenceIds: string[]): void;
  onMarkHover(hover: MarkHover | null): void;
  /** Called once the document is in the DOM (with the time the build took). */
  onBuilt?(ms: number): void;
}

const THEME: EditorThemeClasses = {
  paragraph: 'reader-p',
  quote: 'reader-quote',
  heading: { h1: 'reader-h reader-h1', h2: 'reader-h reader-h2', h3: 'reader-h reader-h3', h4: 'reader-h reader-h4', h5: 'reader-h reader-h5', h6: 'reader-h reader-h6' },
  list: { ul: 'reader-ul', ol: 'reader-ol', listitem: 'reader-li', nested: { listitem: 'reader-li--nested' } },
  mark: 'claim-mark',
  markOverlap: 'claim-mark--overlap',
};

const NODES = [HeadingNode, QuoteNode, ListNode, ListItemNode, ClaimMarkNode, EvidenceMarkNode, ...READER_TABLE_NODES];

export const ReaderEditor = forwardRef<ReaderHandle, ReaderEditorProps>(function ReaderEditor(props, ref) {
  const initialConfig = useMemo(
    () => ({
      namespace: 'casebook-reader',
      editable: false,
      theme: THEME,
      nodes: NODES,
      onError: (error: Error) => console.error('[casebook] reader', error),
    }),
    [],
  );
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <RichTextPlugin
        contentEditable={<ContentEditable className="reader-doc" aria-label="Source text" aria-keyshortcuts="F7" aria-readonly spellCheck={false} tabIndex={0} />}
        ErrorBoundary={LexicalErrorBoundary}
      />
      <ReaderController {...props} handleRef={ref} />
    </LexicalComposer>
  );
});

interface BuiltState {
  blocks: Block[];
  blockKeys: string[];
  blockIndexByKey: Map<string, number>;
  signatures: string[];
}

function signature(segments: readonly Segment[], toneOf: (id: string) => MarkTone, relationOf: RelationOf): string {
  const style = (ids: readonly string[]) => ids.map((id) => relationOf(id) ?? toneOf(id)).join(',');
  return segments.map((s) => (s.ids.length ? `${s.from}-${s.to}:${s.ids.join(',')}:${style(s.ids)}` : `${s.from}-${s.to}`)).join('|');
}

const NO_EVIDENCE: readonly EvidenceRange[] = [];

function ReaderController(props: ReaderEditorProps & { handleRef: ForwardedRef<ReaderHandle> }) {
  const { blocks, claims, evidence = NO_EVIDENCE, selectedClaimId, passage, onSelection, onMarkClick, onEvidenceClick, onMarkHover, onBuilt, handleRef } = props;
  const [editor] = useLexicalComposerContext();
  const built = useRef<BuiltState | null>(null);
  const callbacks = useRef<MarkCallbacks & Pick<ReaderEditorProps, 'onSelection' | 'onBuilt'>>({ onSelection, onMarkClick, onEvidenceClick, onMarkHover, onBuilt });
  callbacks.current = { onSelection, onMarkClick, onEvidenceClick, onMarkHover, onBuilt };

  // Build, or re-fill the blocks whose marks changed.
  useLayoutEffect(() => {
    const statusOf = new Map(claims.map((c) => [c.id, c.status]));
    const toneOf = (id: string): MarkTone => statusOf.get(id) ?? 'unassessed';
    const cited = evidence.filter((e): e is EvidenceRange & ClaimRange => e.start !== null && e.end !== null && e.end > e.start);
    const relationById = new Map(cited.map((e) => [e.id, e.relation]));
    const relationOf: RelationOf = (id) => relationById.get(id);
    const segments = segmentAllBlocks(blocks, [...claims, ...cited]);
    const signatures = segments.map((s) => signature(s, toneOf, relationOf));
    const previous = built.current;
    if (!previous || previous.blocks !== blocks) {
      const t0 = performance.now();
      let blockKeys: string[] = [];
      editor.update(() => void (blockKeys = $buildReaderDocument(blocks, segments, toneOf, relationOf).blockKeys), { discrete: true, tag: 'reader-build' });
      built.current = { blocks, blockKeys, blockIndexByKey: new Map(blockKeys.map((k, i) => [k, i])), signatures };
      decorateBlocks(editor, blocks, blockKeys);
      callbacks.current.onBuilt?.(performance.now() - t0);
      return;
    }
    const changed = signatures.flatMap((sig, i) => (sig === previous.signatures[i] ? [] : [i]));
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
    previous.signatures = signatures;
  }, [editor, blocks, claims, evidence]);

  useImperativeHandle(
    handleRef,
    () => ({
      currentSelection: () => readSelection(editor, built.current),
      readingPosition: () => readingPosition(editor, built.current?.blockKeys ?? []),
      restoreReadingPosition: (position) => restoreReadingPosition(editor, built.current?.blockKeys ?? [], position),
      domRanges: (ranges) => (built.current ? domRangesFor(editor, built.current, ranges) : null),
      onDomChange: (listener) => observeReaderDom(editor, listener),
    }),
    [editor],
  );

  // Selection → offsets.
  useEffect(() => {
    let frame = 0;
    const onChange = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => callbacks.current.onSelection(readSelection(editor, built.current)));
    };
    document.addEventListener('selectionchange', onChange);
    return () => {
      document.removeEventListener('selectionchange', onChange);
      cancelAnimationFrame(frame);
    };
  }, [editor]);

  // Clicks and hovers on marks.
  useMarkEvents(editor, callbacks);

  // Bring a passage into view and flash it.
  useEffect(() => {
    if (!passage || !built.current) return;
    return flashPassage(editor, built.current, passage);
  }, [editor, passage]);

  const selectedCss = selectedClaimId
    ? `.reader-doc mark[data-claim-ids~="${CSS.escape(selectedClaimId)}"]{box-shadow:0 0 0 2px var(--mark-selected);border-radius:2px}`
    : '';
  return (
    <>
      <CaretBrowsingPlugin onActivate={(mark) => activateMarks(marksAt(mark), callbacks.current)} />
      {selectedCss && <style>{selectedCss}</style>}
    </>
  );
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

function readSelection(editor: LexicalEditor, state: BuiltState | null): ReaderSelection | null {
  const root = editor.getRootElement();
  const dom = window.getSelection();
  if (!root || !state || !dom || dom.rangeCount === 0 || dom.isCollapsed) return null;
  if (!root.contains(dom.anchorNode) || !root.contains(dom.focusNode)) return null;
  const lengths = state.blocks.map((b) => b.text.length);
  const range = editor.read(() => {
    const selection = $createRangeSelectionFromDom(dom, editor);
    if (!selection) return null;
    const a = $blockPointFromPoint(selection.anchor, state.blockIndexByKey, lengths);
    const b = $blockPointFromPoint(selection.focus, state.blockIndexByKey, lengths);
    if (!a || !b) return null;
    const raw = rangeFromPoints(state.blocks, a, b);
    return trimRange(state.blocks, raw.start, raw.end);
  });
  if (!range || range.end <= range.start) return null;
  const exact = splitRangeByBlocks(state.blocks, range.start, range.end)
    .map((p) => state.blocks[p.block].text.slice(p.from, p.to))
    .join('\n\n');
  return { ...range, exact, rect: dom.getRangeAt(0).getBoundingClientRect() };
}

const FLASH_MS = 1800;

/** Scrolls a passage to the middle of the reader and flashes it. Returns a cleanup. */
function flashPassage(editor: LexicalEditor, state: BuiltState, passage: PlainRange): () => void {
  const pieces = splitRangeByBlocks(state.blocks, passage.start, Math.max(passage.end, passage.start + 1));
  const first = pieces[0] ?? (() => {
    const p = toBlockPoint(state.blocks, passage.start, 'forward');
    return p ? { block: p.block, from: p.offset, to: p.offset } : null;
  })();
  if (!first) return () => {};
  const elements = (pieces.length ? pieces : [first]).map((p) => editor.getElementByKey(state.blockKeys[p.block])).filter((e): e is HTMLElement => !!e);
  const ranges: Range[] = [];
  editor.read(() => {
    for (const p of pieces) {
      const a = $textPointFromBlockPoint(state.blockKeys, { block: p.block, offset: p.from });
      const b = $textPointFromBlockPoint(state.blockKeys, { block: p.block, offset: p.to });
      const aNode = a && editor.getElementByKey(a.key)?.firstChild;
      const bNode = b && editor.getElementByKey(b.key)?.firstChild;
      if (!a || !b || !aNode || !bNode) continue;
      const range = document.createRange();
      range.setStart(aNode, Math.min(a.offset, aNode.textContent?.length ?? 0));
      range.setEnd(bNode, Math.min(b.offset, bNode.textContent?.length ?? 0));
      ranges.push(range);
    }
  });
  const target = ranges[0] ?? null;
  const scrollTarget = elements[0];
  scrollTarget?.scrollIntoView({ block: 'center', behavior: 'auto' });
  if (target) {
    // Centre the passage itself when it sits deep inside a long block.
    const scroller = scrollTarget?.closest('.reader__scroll');
    const rect = target.getBoundingClientRect();
    if (scroller && rect.height > 0) {
      const box = scroller.getBoundingClientRect();
      if (rect.top < box.top + 40 || rect.bottom > box.bottom - 40) scroller.scrollTop += rect.top - box.top - box.height / 3;
    }
  }
  const highlights = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
  if (highlights && ranges.length) highlights.set('casebook-flash', new Highlight(...ranges));
  for (const element of elements) {
    element.classList.remove('is-flashing');
    void element.offsetWidth; // restart the animation
    element.classList.add('is-flashing');
  }
  const timer = setTimeout(() => {
    highlights?.delete('casebook-flash');
    for (const element of elements) element.classList.remove('is-flashing');
  }, FLASH_MS);
  return () => {
    clearTimeout(timer);
    highlights?.delete('casebook-flash');
    for (const element of elements) element.classList.remove('is-flashing');
  };
}
