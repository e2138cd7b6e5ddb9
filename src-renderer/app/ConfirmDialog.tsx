/** Asks before something that cannot be taken back. Enter confirms, Escape cancels; focus returns where it was. */
import { useRef, type ReactNode } from 'react';
import { useDialogKeys } from './export/useDialogKeys';

interface Props {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDialog({ title, children, confirmLabel, danger, onConfirm, onCancel }: Props) {
  const dialog = useRef<HTMLDivElement>(null);
  useDialogKeys(dialog, { onEscape: onCancel, onEnter: onConfirm, initialFocus: '.dialog__actions .button--cancel' });
  return (
    <div className="palette-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onCancel()}>
      <div className="dialog" role="alertdialog" aria-modal="true" aria-label={title} tabIndex={-1} ref={dialog}>
        <h2 className="dialog__title">{title}</h2>
        <div className="dialog__body">{children}</div>
        <div className="dialog__actions">
          <button type="button" className="button button--cancel" onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className={`button ${danger ? 'button--danger' : 'button--primary'}`} onClick={onConfirm}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
