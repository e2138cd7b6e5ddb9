/**
 * The brief checks' findings drawn in the brief like a spell checker's: a wavy underline through
 * the CSS Custom Highlight API (a decoration only: the document and what is saved stay as they
 * are), the explanation beside the words when the caret is in them or the mouse is over them, and
 * F8 / Shift+F8 to go to the next or previous finding.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { BriefFinding } from '../../../src-main/contract/brief-checks';
import { BRIEF_RULES } from '../../../src-main/contract/brief-checks';
import { locateFindings, moveCaretTo, type LocatedFinding } from './finding-ranges';
import '../../styles/brief-checks.css';

export const FINDING_HIGHLIGHT = 'brief-finding';
const ACTIVE_HIGHLIGHT = 'brief-finding-active';

interface Tip {
  finding: BriefFinding;
  left: number;
  top: number;
}

const highlights = (): HighlightRegistry | null => (typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null);

function paint(located: LocatedFinding[], active: LocatedFinding | null): void {
  const registry = highlights();
  if (!registry) return;
  registry.set(FINDING_HIGHLIGHT, new Highlight(...located.map((l) => l.range)));
  if (active) registry.set(ACTIVE_HIGHLIGHT, new Highlight(active.range));
  else registry.delete(ACTIVE_HIGHLIGHT);
}

function tipFor(l: LocatedFinding): Tip {
  const rects = l.range.getClientRects();
  const rect = rects.length ? rects[rects.length - 1] : l.range.getBoundingClientRect();
  const left = Math.max(8, Math.min(rects.length ? rects[0].left : rect.left, window.innerWidth - 380));
  return { finding: l.finding, left, top: rect.bottom + 6 };
}

/** The finding the caret is in, when the caret is in the editor. */
function findingAtCaret(root: HTMLElement, located: LocatedFinding[]): LocatedFinding | null {
  const selection = window.getSelection();
  if (!selection?.anchorNode || !root.contains(selection.anchorNode)) return null;
  return located.find((l) => l.range.comparePoint(selection.anchorNode as Node, selection.anchorOffset) === 0) ?? null;
}

export function BriefFindingsPlugin({ findings }: { findings: BriefFinding[] }) {
  const [editor] = useLexicalComposerContext();
  const located = useRef<LocatedFinding[]>([]);
  const hovered = useRef<LocatedFinding | null>(null);
  const [tip, setTip] = useState<Tip | null>(null);

  useEffect(() => {
    const refresh = () => {
      // Nothing to find: no need to read the document on every keystroke.
      located.current = findings.length ? locateFindings(editor, findings) : [];
      const root = editor.getRootElement();
      const focused = root && root.contains(document.activeElement) ? findingAtCaret(root, located.current) : null;
      const shown = focused ?? (hovered.current && located.current.find((l) => l.finding.fingerprint === hovered.current?.finding.fingerprint)) ?? null;
      paint(located.current, shown);
      setTip(shown ? tipFor(shown) : null);
    };
    refresh();
    const offUpdate = editor.registerUpdateListener(refresh);
    const root = editor.getRootElement();
    const onMove = (e: MouseEvent) => {
      const over = located.current.find((l) => [...l.range.getClientRects()].some((r) => e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom)) ?? null;
      if (over?.finding.fingerprint === hovered.current?.finding.fingerprint) return;
      hovered.current = over;
      refresh();
    };
    const onLeave = () => {
      hovered.current = null;
      refresh();
    };
    const onBlur = () => setTimeout(refresh, 0);
    root?.addEventListener('mousemove', onMove);
    root?.addEventListener('mouseleave', onLeave);
    root?.addEventListener('blur', onBlur);
    window.addEventListener('resize', refresh);
    return () => {
      offUpdate();
      root?.removeEventListener('mousemove', onMove);
      root?.removeEventListener('mouseleave', onLeave);
      root?.removeEventListener('blur', onBlur);
      window.removeEventListener('resize', refresh);
      highlights()?.delete(FINDING_HIGHLIGHT);
      highlights()?.delete(ACTIVE_HIGHLIGHT);
    };
  }, [editor, findings]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'F8' || e.ctrlKey || e.altKey || e.metaKey) return;
      const root = editor.getRootElement();
      const list = located.current;
      if (!root || !root.isConnected || !list.length) return;
      e.preventDefault();
      const selection = window.getSelection();
      const caret = selection?.anchorNode && root.contains(selection.anchorNode) ? ([selection.anchorNode, selection.anchorOffset] as const) : null;
      const target = e.shiftKey
        ? (caret ? [...list].reverse().find((l) => l.range.comparePoint(...caret) > 0) : null) ?? list[list.length - 1]
        : (caret ? list.find((l) => l.range.comparePoint(...caret) < 0) : null) ?? list[0];
      moveCaretTo(editor, target);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [editor]);

  // One live region, always there, so the explanation is read out when the caret enters a finding.
  return createPortal(
    <div className="finding-tip-live" role="status" aria-live="polite">
      {tip && (
        <div className="finding-tip" style={{ left: tip.left, top: tip.top }}>
          <strong className="finding-tip__rule">{BRIEF_RULES[tip.finding.rule]}</strong>
          <span>{tip.finding.message}</span>
        </div>
      )}
    </div>,
    document.body,
  );
}
