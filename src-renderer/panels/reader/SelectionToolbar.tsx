/** The small toolbar that floats above a selection in the reader. */
import { createPortal } from 'react-dom';
import type { ReactNode } from 'react';

export function SelectionToolbar({ rect, children }: { rect: DOMRect; children: ReactNode }) {
  const top = Math.max(8, rect.top - 44);
  const left = Math.min(window.innerWidth - 260, Math.max(8, rect.left + rect.width / 2 - 90));
  return createPortal(
    <div
      className="selection-toolbar"
      role="toolbar"
      aria-label="Selection"
      ref={(el) => {
        if (el) {
          el.style.top = `${top}px`;
          el.style.left = `${left}px`;
        }
      }}
      // Keep the text selection when a button is pressed.
      onMouseDown={(e) => e.preventDefault()}
    >
      {children}
    </div>,
    document.body,
  );
}
