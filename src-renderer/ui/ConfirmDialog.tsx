/**
 * Asks before something that cannot simply go ahead: a modal with the reason in words, the safe
 * choice first and focused (Enter or Escape keeps), the risky one second. Focus returns to where
 * it came from when it closes.
 */
import { useId, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useDialogKeys } from '../app/export/useDialogKeys';

interface Props {
  title: string;
  message: string;
  keepLabel: string;
  confirmLabel: string;
  busy?: boolean;
  onKeep(): void;
  onConfirm(): void;
}

export function ConfirmDialog({ title, message, keepLabel, confirmLabel, busy = false, onKeep, onConfirm }: Props) {
  const dialog = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const messageId = useId();
  useDialogKeys(dialog, { onEscape: () => !busy && onKeep(), onEnter: () => !busy && onKeep(), initialFocus: '.confirm-dialog__keep' });
  // On the body, so no pane's layout can clip or shift the modal.
  return createPortal(
    <div className="palette-backdrop" onMouseDown={(e) => e.target === e.currentTarget && !busy && onKeep()}>
      <div
        className="dialog confirm-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={messageId}
        aria-busy={busy}
        tabIndex={-1}
        ref={dialog}
      >
        <h2 className="dialog__title" id={titleId}>
          {title}
        </h2>
        <p className="dialog__body confirm-dialog__message" id={messageId}>
          {message}
        </p>
        <div className="dialog__actions">
          <button type="button" className="button button--primary confirm-dialog__keep" disabled={busy} onClick={onKeep}>
            {keepLabel}
          </button>
          <button type="button" className="button button--danger" disabled={busy} onClick={onConfirm}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
}
