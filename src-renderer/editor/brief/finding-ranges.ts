/**
 * Where the brief checks' findings are in the live editor. Findings give offsets into the brief's
 * plain text (contract/brief-text.ts); the same function run on the editor's current state says
 * which node each character comes from, and the node's DOM gives a Range. A finding whose words
 * are no longer there (the brief changed since it was checked) is left out until the next check.
 * Nothing here changes the document.
 */
import { $createRangeSelection, $getRoot, $isElementNode, $setSelection, type LexicalEditor, type LexicalNode } from 'lexical';
import type { BriefFinding } from '../../../src-main/contract/brief-checks';
import { briefText, type BriefTextSegment } from '../../../src-main/contract/brief-text';

interface Point {
  segment: BriefTextSegment;
  /** Offset inside the segment's text. */
  offset: number;
}

export interface LocatedFinding {
  finding: BriefFinding;
  range: Range;
  from: Point;
  to: Point;
}

function $nodeAt(path: number[]): LexicalNode | null {
  let node: LexicalNode = $getRoot();
  for (const index of path) {
    if (!$isElementNode(node)) return null;
    const child: LexicalNode | null = node.getChildAtIndex(index);
    if (!child) return null;
    node = child;
  }
  return node;
}

function firstTextNode(element: Node): Text | null {
  if (element instanceof Text) return element;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  return walker.nextNode() as Text | null;
}

/** The DOM position of a point: inside a text node's text, or before/after a claim reference. */
function domPoint(editor: LexicalEditor, point: Point, keys: Map<BriefTextSegment, string>, edge: 'start' | 'end'): [Node, number] | null {
  const key = keys.get(point.segment);
  const element = key ? editor.getElementByKey(key) : null;
  if (!element) return null;
  if (point.segment.kind === 'text') {
    const text = firstTextNode(element);
    return text ? [text, Math.min(point.offset, text.length)] : null;
  }
  // A claim reference: from just before it (where the caret goes) to the end of its statement (not the status badge after it).
  const statement = element.querySelector('.claim-ref__statement');
  if (statement && edge === 'end') return [statement, statement.childNodes.length];
  const parent = element.parentNode;
  if (!parent) return null;
  const index = Array.prototype.indexOf.call(parent.childNodes, element) as number;
  return [parent, edge === 'start' ? index : index + 1];
}

/** The findings that can be found in the editor as it is now, each with a DOM Range. */
export function locateFindings(editor: LexicalEditor, findings: BriefFinding[]): LocatedFinding[] {
  const state = editor.getEditorState();
  const brief = briefText(state.toJSON());
  const keys = new Map<BriefTextSegment, string>();
  state.read(() => {
    for (const segment of brief.segments) {
      const node = $nodeAt(segment.path);
      if (node) keys.set(segment, node.getKey());
    }
  });
  const out: LocatedFinding[] = [];
  for (const finding of findings) {
    if (brief.text.slice(finding.start, finding.end) !== finding.excerpt) continue;
    const inside = brief.segments.filter((s) => s.kind !== 'break' && s.end > finding.start && s.start < finding.end);
    if (!inside.length) continue;
    const first = inside[0];
    const last = inside[inside.length - 1];
    const from: Point = { segment: first, offset: Math.max(0, finding.start - first.start) };
    const to: Point = { segment: last, offset: Math.min(last.end, finding.end) - last.start };
    const start = domPoint(editor, from, keys, 'start');
    const end = domPoint(editor, to, keys, 'end');
    if (!start || !end) continue;
    const range = document.createRange();
    try {
      range.setStart(...start);
      range.setEnd(...end);
    } catch {
      continue;
    }
    out.push({ finding, range, from, to });
  }
  return out;
}

/** Puts the caret at the start of the finding's words (not selecting them: the next key must not replace them). */
export function moveCaretTo(editor: LexicalEditor, located: LocatedFinding): void {
  editor.update(() => {
    const node = $nodeAt(located.from.segment.path);
    if (!node) return;
    const selection = $createRangeSelection();
    if (located.from.segment.kind === 'text') {
      selection.anchor.set(node.getKey(), located.from.offset, 'text');
      selection.focus.set(node.getKey(), located.from.offset, 'text');
    } else {
      const parent = node.getParent();
      if (!parent) return;
      selection.anchor.set(parent.getKey(), node.getIndexWithinParent(), 'element');
      selection.focus.set(parent.getKey(), node.getIndexWithinParent(), 'element');
    }
    $setSelection(selection);
  });
  editor.focus();
  const element = located.range.startContainer instanceof Element ? located.range.startContainer : located.range.startContainer.parentElement;
  element?.scrollIntoView({ block: 'center' });
}
