/** Pans the timeline by dragging its background with the mouse (scrollbars, the wheel and the keyboard pan too). */
import { useEffect } from 'react';
import { listenAll } from '../../app/listen-all';

export function useDragPan(el: HTMLElement | null): void {
  useEffect(() => {
    if (!el) return;
    let drag: { x: number; y: number; left: number; top: number; id: number } | null = null;
    const down = (e: PointerEvent) => {
      if (e.button !== 0 || e.pointerType !== 'mouse' || (e.target as Element).closest('button')) return;
      drag = { x: e.clientX, y: e.clientY, left: el.scrollLeft, top: el.scrollTop, id: e.pointerId };
      el.setPointerCapture(e.pointerId);
      el.classList.add('is-panning');
    };
    const move = (e: PointerEvent) => {
      if (!drag || e.pointerId !== drag.id) return;
      el.scrollLeft = drag.left - (e.clientX - drag.x);
      el.scrollTop = drag.top - (e.clientY - drag.y);
    };
    const up = (e: PointerEvent) => {
      if (!drag || e.pointerId !== drag.id) return;
      drag = null;
      el.classList.remove('is-panning');
    };
    return listenAll(el, { pointerdown: down, pointermove: move, pointerup: up, pointercancel: up });
  }, [el]);
}
