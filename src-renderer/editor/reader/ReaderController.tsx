/**
 * The reader's behaviour inside its Lexical composer: keeps the document in step with the props,
 * exposes the handle, reports selections as offsets, answers clicks and hovers on marks, brings
 * asked-for passages into view, and outlines the selected claim's marks.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useImperativeHandle, useRef, type ForwardedRef } from 'react';
import { CaretBrowsingPlugin } from './CaretBrowsingPlugin';
import { domRangesFor, observeReaderDom } from './dom-ranges';
import { flashPassage } from './flash-passage';
import { readSelection } from './read-selection';
import { readingPosition, restoreReadingPosition } from './reading-position';
import type { EvidenceRange, ReaderEditorProps, ReaderHandle } from './reader-types';
import { activateMarks, marksAt, useMarkEvents, type MarkCallbacks } from './useMarkEvents';
import { useReaderDocument } from './useReaderDocument';

const NO_EVIDENCE: readonly EvidenceRange[] = [];

export function ReaderController(props: ReaderEditorProps & { handleRef: ForwardedRef<ReaderHandle> }) {
  const { blocks, marks, evidence = NO_EVIDENCE, selectedClaimId, passage, onSelection, onMarkClick, onEvidenceClick, onMarkHover, onBuilt, handleRef } = props;
  const [editor] = useLexicalComposerContext();
  const callbacks = useRef<MarkCallbacks & Pick<ReaderEditorProps, 'onSelection' | 'onBuilt'>>({ onSelection, onMarkClick, onEvidenceClick, onMarkHover, onBuilt });
  callbacks.current = { onSelection, onMarkClick, onEvidenceClick, onMarkHover, onBuilt };

  // Build, or re-fill the blocks whose marks changed.
  const built = useReaderDocument(editor, blocks, marks, evidence, callbacks);

  useImperativeHandle(
    handleRef,
    () => ({
      currentSelection: () => readSelection(editor, built.current),
      readingPosition: () => readingPosition(editor, built.current?.blockKeys ?? []),
      restoreReadingPosition: (position) => restoreReadingPosition(editor, built.current?.blockKeys ?? [], position),
      domRanges: (ranges) => (built.current ? domRangesFor(editor, built.current, ranges) : null),
      onDomChange: (listener) => observeReaderDom(editor, listener),
    }),
    [editor, built],
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
  }, [editor, built]);

  // Clicks and hovers on marks.
  useMarkEvents(editor, callbacks);

  // Bring a passage into view and flash it.
  useEffect(() => {
    if (!passage || !built.current) return;
    return flashPassage(editor, built.current, passage);
  }, [editor, built, passage]);

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
