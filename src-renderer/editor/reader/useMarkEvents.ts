/**
 * Clicks and hovers on the reader's highlights: a claim mark opens its claim; an evidence mark
 * (a passage another claim cites) opens the claim citing it. The innermost claim mark wins.
 */
import type { LexicalEditor } from 'lexical';
import { useEffect, type RefObject } from 'react';
import { listenAll } from '../../app/listen-all';

export interface MarkHover {
  claimIds: string[];
  evidenceIds: string[];
  rect: DOMRect;
}

export interface MarkCallbacks {
  onMarkClick(claimIds: string[]): void;
  onEvidenceClick?(evidenceIds: string[]): void;
  onMarkHover(hover: MarkHover | null): void;
}

const split = (value: string | undefined) => (value ?? '').split(' ').filter(Boolean);

/** The highlight an event target (or a caret's node) sits in, and the ids it carries. */
export function marksAt(target: EventTarget | Node | null): { element: HTMLElement; claimIds: string[]; evidenceIds: string[] } | null {
  const element = target instanceof Element ? target : target instanceof Node ? target.parentElement : null;
  const claim = element?.closest<HTMLElement>('mark[data-claim-id]') ?? null;
  const evidence = element?.closest<HTMLElement>('mark[data-evidence-ids]') ?? null;
  if (!claim && !evidence) return null;
  return {
    element: (claim ?? evidence) as HTMLElement,
    claimIds: claim ? split(claim.dataset.claimIds || claim.dataset.claimId) : [],
    evidenceIds: evidence ? split(evidence.dataset.evidenceIds) : [],
  };
}

/** Opens what a highlight stands for: its claim, or else the claim citing the passage. */
export function activateMarks(found: ReturnType<typeof marksAt>, callbacks: MarkCallbacks): void {
  if (!found) return;
  if (found.claimIds.length) callbacks.onMarkClick(found.claimIds);
  else if (found.evidenceIds.length) callbacks.onEvidenceClick?.(found.evidenceIds);
}

export function useMarkEvents(editor: LexicalEditor, callbacks: RefObject<MarkCallbacks>): void {
  useEffect(() => {
    const root = editor.getRootElement();
    if (!root) return;
    const onClick = (event: MouseEvent) => {
      const selection = window.getSelection();
      if (!selection || selection.isCollapsed) activateMarks(marksAt(event.target), callbacks.current);
    };
    let hovered: HTMLElement | null = null;
    const onOver = (event: MouseEvent) => {
      const found = marksAt(event.target);
      const element = found?.element ?? null;
      if (element === hovered) return;
      hovered = element;
      callbacks.current.onMarkHover(found ? { claimIds: found.claimIds, evidenceIds: found.evidenceIds, rect: found.element.getBoundingClientRect() } : null);
    };
    const onLeave = () => {
      hovered = null;
      callbacks.current.onMarkHover(null);
    };
    return listenAll(root, { click: onClick, mouseover: onOver, mouseleave: onLeave });
  }, [editor, callbacks]);
}
