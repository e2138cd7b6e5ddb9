/** The list of every keyboard shortcut (press ? outside a text field). */
import { useRef } from 'react';
import { isDesktopApp } from '../platform';
import { useDialogKeys } from './export/useDialogKeys';
import { SHORTCUTS } from './shortcuts';

export function ShortcutSheet({ onClose }: { onClose(): void }) {
  const dialog = useRef<HTMLDivElement>(null);
  useDialogKeys(dialog, { onEscape: onClose, onEnter: onClose, initialFocus: '.shortcut-sheet__close' });
  const desktop = isDesktopApp();
  return (
    <div className="palette-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="dialog dialog--shortcuts" role="dialog" aria-modal="true" aria-labelledby="shortcut-sheet-title" tabIndex={-1} ref={dialog}>
        <h2 className="dialog__title" id="shortcut-sheet-title">
          Keyboard shortcuts
        </h2>
        <div className="dialog__body shortcut-sheet">
          {SHORTCUTS.map((group) => (
            <section key={group.name} className="shortcut-sheet__group" aria-labelledby={`shortcuts-${group.name}`}>
              <h3 id={`shortcuts-${group.name}`}>{group.name}</h3>
              <dl>
                {group.shortcuts
                  .filter((s) => !s.pending && (desktop || !s.desktopOnly))
                  .map((s) => (
                    <div key={`${s.keys}-${s.action}`} className="shortcut-sheet__row">
                      <dt>
                        <kbd>{s.keys}</kbd>
                      </dt>
                      <dd>{s.action}</dd>
                    </div>
                  ))}
              </dl>
            </section>
          ))}
        </div>
        <div className="dialog__actions">
          <button type="button" className="button shortcut-sheet__close" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
