/**
 * The analyst's brief: an ordinary editable Lexical document (headings, lists, bold/italic,
 * links, undo/redo) with claim references. Saves itself a moment after each change and whenever
 * the window goes away, and says so.
 */
import { $isLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getNearestNodeFromDOMNode, $getRoot, $getSelection, $isRangeSelection, type EditorThemeClasses, type LexicalEditor } from 'lexical';
import { useEffect, useMemo, useRef, type ReactNode, type RefObject } from 'react';
import { isModKey } from '../../app/labels';
import { registerBriefInserter, type ClaimToInsert } from '../../app/brief-insert';
import { openExternal } from '../../platform';
import { BriefToolbar, isSafeLink } from './BriefToolbar';
import { ClaimLinkPlugin } from './ClaimLinkPlugin';
import { BriefFindingsPlugin } from './BriefFindingsPlugin';
import type { BriefFinding } from '../../../src-main/contract/brief-checks';
import { BRIEF_MARKDOWN_TRANSFORMERS } from './markdown-shortcuts';
import { $createClaimReferenceNode, ClaimReferenceNode } from './ClaimReferenceNode';
import { proseTheme } from '../prose-theme';

const THEME: EditorThemeClasses = {
  ...proseTheme('brief'),
  heading: { h1: 'brief-h1', h2: 'brief-h2', h3: 'brief-h3', h4: 'brief-h3', h5: 'brief-h3', h6: 'brief-h3' },
  link: 'brief-link',
  text: { bold: 'brief-bold', italic: 'brief-italic', underline: 'brief-underline' },
};

export const BRIEF_NODES = [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, ClaimReferenceNode];

interface Props {
  /** The stored editor state JSON, or null for a new brief. */
  doc: unknown;
  /** Called after every change to the document (not selection moves). */
  onDocChange(editor: LexicalEditor): void;
  /** Called once the stored document could not be read (the editor stays read-only). */
  onUnreadable(): void;
  readOnly: boolean;
  editorRef: RefObject<LexicalEditor | null>;
  /** The brief checks' findings to mark in the text (a decoration: the document is not changed). */
  findings?: BriefFinding[];
  /** Shown beside the text, under the toolbar (the Checks panel). */
  aside?: ReactNode;
}

const NO_FINDINGS: BriefFinding[] = [];

export function BriefEditor({ doc, onDocChange, onUnreadable, readOnly, editorRef, findings = NO_FINDINGS, aside }: Props) {
  const unreadable = useRef(false);
  const initialConfig = useMemo(
    () => ({
      namespace: 'casebook-brief',
      theme: THEME,
      nodes: BRIEF_NODES,
      editable: !readOnly,
      onError: (error: Error) => console.error('[casebook] brief', error),
      editorState: (editor: LexicalEditor) => {
        if (doc === null || doc === undefined) return void $getRoot().append($createParagraphNode());
        try {
          editor.setEditorState(editor.parseEditorState(JSON.stringify(doc)));
        } catch (err) {
          console.error('[casebook] the stored brief could not be read', err);
          unreadable.current = true;
        }
      },
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the document is read once, when the editor is created
    [],
  );
  useEffect(() => {
    if (unreadable.current) onUnreadable();
  }, [onUnreadable]);

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <BriefToolbar disabled={readOnly} />
      <div className="brief__body">
        <div className="brief__page">
          <RichTextPlugin
            contentEditable={<ContentEditable className="brief-doc" aria-label="Brief" aria-placeholder="Write your brief…" placeholder={<div className="brief-doc__placeholder">Write your brief. Type [[ to link a claim, or use “Insert in brief” in the claims pane.</div>} />}
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
        {aside}
      </div>
      <EditorRefPlugin editorRef={editorRef} />
      <HistoryPlugin />
      <ListPlugin />
      <LinkPlugin validateUrl={isSafeLink} />
      <MarkdownShortcutPlugin transformers={BRIEF_MARKDOWN_TRANSFORMERS} />
      <ClaimLinkPlugin />
      <ChangePlugin onDocChange={onDocChange} />
      <LinkClickPlugin />
      <InsertClaimPlugin />
      <ReadOnlyPlugin readOnly={readOnly} />
      <BriefFindingsPlugin findings={findings} />
    </LexicalComposer>
  );
}

/**
 * Reports every change to the document, whatever made it (typing, toolbar, an inserted claim,
 * paste, undo/redo), by comparing the document with the last one seen. Dirty-node checks miss
 * undo (a whole state swapped in) and a first change to a never-edited brief.
 */
function ChangePlugin({ onDocChange }: { onDocChange(editor: LexicalEditor): void }) {
  const [editor] = useLexicalComposerContext();
  const callback = useRef(onDocChange);
  callback.current = onDocChange;
  useEffect(() => {
    // Commit the loaded document first, so that loading it is not taken for a change.
    editor.read(() => undefined);
    let last = JSON.stringify(editor.getEditorState().toJSON());
    return editor.registerUpdateListener(({ editorState }) => {
      const json = JSON.stringify(editorState.toJSON());
      if (json === last) return;
      last = json;
      callback.current(editor);
    });
  }, [editor]);
  return null;
}

function ReadOnlyPlugin({ readOnly }: { readOnly: boolean }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => editor.setEditable(!readOnly), [editor, readOnly]);
  return null;
}

/** Links open outside Casebook, only http(s), only on Ctrl/Cmd+click (a plain click places the cursor). */
function LinkClickPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const root = editor.getRootElement();
    if (!root) return;
    const onClick = (event: MouseEvent) => {
      const anchor = event.target instanceof Element ? event.target.closest('a') : null;
      if (!anchor) return;
      event.preventDefault();
      if (!isModKey(event) && editor.isEditable()) return;
      const url = editor.read(() => {
        const node = $getNearestNodeFromDOMNode(anchor);
        const link = node && ($isLinkNode(node) ? node : node.getParent());
        return link && $isLinkNode(link) ? link.getURL() : null;
      });
      if (url) void openExternal(url);
    };
    root.addEventListener('click', onClick);
    return () => root.removeEventListener('click', onClick);
  }, [editor]);
  return null;
}

/** Inserts the claim the claims pane asked for: at the cursor, or as a new line at the end. */
function InsertClaimPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      registerBriefInserter((claim) => {
        if (!editor.isEditable()) return false;
        insertClaim(editor, claim);
        return true;
      }),
    [editor],
  );
  return null;
}

function insertClaim(editor: LexicalEditor, claim: ClaimToInsert): void {
  editor.update(() => {
    const reference = $createClaimReferenceNode(claim.claimId, claim.statement);
    const selection = $getSelection();
    // Where the cursor was last (the brief keeps its selection while the claims pane has focus).
    if ($isRangeSelection(selection)) {
      selection.insertNodes([reference, $createTextNode(' ')]);
      return;
    }
    const paragraph = $createParagraphNode();
    paragraph.append(reference, $createTextNode(' '));
    const root = $getRoot();
    const last = root.getLastChild();
    if (last && last.getTextContentSize() === 0 && last.getType() === 'paragraph') last.replace(paragraph);
    else root.append(paragraph);
    paragraph.selectEnd();
  });
  editor.focus();
}
