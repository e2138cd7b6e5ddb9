/**
 * The read-only Lexical view of one source with its claims as marks, and the passages other
 * claims cite as evidence marks. Text stays selectable, by mouse or by caret browsing (F7); a
 * selection is reported as plain-text offsets computed from Lexical's nodes (never the DOM text).
 * The document is built in one update; later mark changes re-fill only the blocks they touch
 * (useReaderDocument.ts); the rest of its behaviour is in ReaderController.tsx.
 */
import { ListItemNode, ListNode } from '@lexical/list';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { EditorThemeClasses } from 'lexical';
import { forwardRef, useMemo } from 'react';
import { ClaimMarkNode } from './ClaimMarkNode';
import { EvidenceMarkNode } from './EvidenceMarkNode';
import { ReaderController } from './ReaderController';
import type { ReaderEditorProps, ReaderHandle } from './reader-types';
import { READER_TABLE_NODES } from './TableNodes';
import { proseTheme } from '../prose-theme';

export type { ClaimMark, EvidenceRange, PlainRange, ReaderEditorProps, ReaderHandle, ReaderSelection, ReadingPosition } from './reader-types';

const THEME: EditorThemeClasses = {
  ...proseTheme('reader'),
  heading: { h1: 'reader-h reader-h1', h2: 'reader-h reader-h2', h3: 'reader-h reader-h3', h4: 'reader-h reader-h4', h5: 'reader-h reader-h5', h6: 'reader-h reader-h6' },
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
