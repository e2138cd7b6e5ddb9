/** The brief's toolbar: block style, bold/italic, lists, link, undo/redo. */
import { $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { $isListNode, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, ListNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode, type HeadingTagType } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $findMatchingParent, $getNearestNodeOfType, mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  SELECTION_CHANGE_COMMAND,
  UNDO_COMMAND,
} from 'lexical';
import { useCallback, useEffect, useState } from 'react';
import { MOD_LABEL } from '../../app/labels';

type BlockStyle = 'paragraph' | 'h1' | 'h2' | 'h3' | 'quote' | 'bullet' | 'number';

const BLOCK_LABELS: Record<BlockStyle, string> = {
  paragraph: 'Normal text',
  h1: 'Heading 1',
  h2: 'Heading 2',
  h3: 'Heading 3',
  quote: 'Quote',
  bullet: 'Bulleted list',
  number: 'Numbered list',
};

export function isSafeLink(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' || protocol === 'mailto:';
  } catch {
    return false;
  }
}

export function BriefToolbar({ disabled }: { disabled: boolean }) {
  const [editor] = useLexicalComposerContext();
  const [block, setBlock] = useState<BlockStyle>('paragraph');
  const [bold, setBold] = useState(false);
  const [italic, setItalic] = useState(false);
  const [link, setLink] = useState<string | null>(null);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [editingLink, setEditingLink] = useState<string | null>(null);

  const refresh = useCallback(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    setBold(selection.hasFormat('bold'));
    setItalic(selection.hasFormat('italic'));
    const anchor = selection.anchor.getNode();
    const top = anchor.getKey() === 'root' ? anchor : anchor.getTopLevelElementOrThrow();
    const list = $getNearestNodeOfType(anchor, ListNode);
    if (list || $isListNode(top)) setBlock((list ?? (top as ListNode)).getListType() === 'number' ? 'number' : 'bullet');
    else if ($isHeadingNode(top)) setBlock((['h1', 'h2', 'h3'].includes(top.getTag()) ? top.getTag() : 'h3') as BlockStyle);
    else if ($isQuoteNode(top)) setBlock('quote');
    else setBlock('paragraph');
    const linkNode = $findMatchingParent(anchor, $isLinkNode);
    setLink(linkNode && $isLinkNode(linkNode) ? linkNode.getURL() : null);
  }, []);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => editorState.read(refresh)),
        editor.registerCommand(SELECTION_CHANGE_COMMAND, () => (refresh(), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_UNDO_COMMAND, (v) => (setCanUndo(v), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (v) => (setCanRedo(v), false), COMMAND_PRIORITY_LOW),
      ),
    [editor, refresh],
  );

  const setBlockStyle = (style: BlockStyle) => {
    if (style === 'bullet') return editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined);
    if (style === 'number') return editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined);
    editor.update(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      if (style === 'paragraph') $setBlocksType(selection, () => $createParagraphNode());
      else if (style === 'quote') $setBlocksType(selection, () => $createQuoteNode());
      else $setBlocksType(selection, () => $createHeadingNode(style as HeadingTagType));
    });
  };

  const applyLink = () => {
    const url = (editingLink ?? '').trim();
    const full = url && !/^[a-z]+:/i.test(url) ? `https://${url}` : url;
    if (full && !isSafeLink(full)) return;
    editor.dispatchCommand(TOGGLE_LINK_COMMAND, full || null);
    setEditingLink(null);
  };

  return (
    <div className="brief-toolbar" role="toolbar" aria-label="Formatting">
      <select className="select select--small" aria-label="Block style" value={block} disabled={disabled} onChange={(e) => setBlockStyle(e.target.value as BlockStyle)}>
        {(Object.keys(BLOCK_LABELS) as BlockStyle[]).map((s) => (
          <option key={s} value={s}>
            {BLOCK_LABELS[s]}
          </option>
        ))}
      </select>
      <span className="brief-toolbar__sep" />
      <button type="button" className={`tool${bold ? ' is-on' : ''}`} aria-pressed={bold} disabled={disabled} title={`Bold (${MOD_LABEL}B)`} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}>
        <b>B</b>
      </button>
      <button type="button" className={`tool${italic ? ' is-on' : ''}`} aria-pressed={italic} disabled={disabled} title={`Italic (${MOD_LABEL}I)`} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')}>
        <i>I</i>
      </button>
      <button type="button" className={`tool${link ? ' is-on' : ''}`} aria-pressed={!!link} disabled={disabled} title="Link" onClick={() => setEditingLink(link ?? 'https://')}>
        Link
      </button>
      <span className="brief-toolbar__sep" />
      <button type="button" className="tool" disabled={disabled || !canUndo} title={`Undo (${MOD_LABEL}Z)`} aria-label="Undo" onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}>
        ↶
      </button>
      <button type="button" className="tool" disabled={disabled || !canRedo} title={`Redo (${MOD_LABEL}Shift+Z)`} aria-label="Redo" onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}>
        ↷
      </button>
      {editingLink !== null && (
        <form
          className="brief-toolbar__link"
          onSubmit={(e) => {
            e.preventDefault();
            applyLink();
          }}
        >
          <input
            className="input input--small"
            aria-label="Link address"
            autoFocus
            value={editingLink}
            onChange={(e) => setEditingLink(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && setEditingLink(null)}
          />
          <button type="submit" className="button button--small">
            {editingLink.trim() ? 'Apply' : 'Remove link'}
          </button>
          <button type="button" className="button button--small button--quiet" onClick={() => setEditingLink(null)}>
            Cancel
          </button>
        </form>
      )}
    </div>
  );
}
