/**
 * The notebook's trash: every delete not yet undone, newest first, from this window, an earlier
 * session or the command line. Restore puts one back; Empty trash deletes them for good (asked
 * first, in the dialog's own button row, the safe choice focused).
 */
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { TrashEntry } from '../../../src-main/contract/domain';
import { EmptyState, Loading } from '../../ui/EmptyState';
import { call } from '../api';
import { useQuery } from '../use-query';
import { useDialogKeys } from '../export/useDialogKeys';
import { formatDate, plural } from '../labels';
import { useToasts } from '../toasts';
import { useUndo } from '../undo';

const KIND: Record<TrashEntry['kind'], string> = { source: 'Source', claim: 'Claim', evidence: 'Evidence link' };

export function TrashButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button--small" onClick={() => setOpen(true)}>
        Trash…
      </button>
      {open && <TrashDialog onClose={() => setOpen(false)} />}
    </>
  );
}

function TrashDialog({ onClose }: { onClose(): void }) {
  const dialog = useRef<HTMLDivElement>(null);
  const undo = useUndo();
  const toasts = useToasts();
  const [emptying, setEmptying] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (emptying) keep.current?.focus();
  }, [emptying]);
  const trash = useQuery('trash.list', { limit: 200 });
  useDialogKeys(dialog, { onEscape: () => (emptying ? setEmptying(false) : onClose()), onEnter: () => undefined });

  const empty = async () => {
    try {
      const { entries } = await call('trash.empty', {});
      toasts.info(`Emptied the trash (${plural(entries, 'item')} deleted for good).`);
      trash.reload();
    } catch (err) {
      toasts.failure(err);
    } finally {
      setEmptying(false);
    }
  };

  const entries = trash.data?.entries;
  return createPortal(
    <div className="palette-backdrop" onMouseDown={(e) => e.target === e.currentTarget && !emptying && onClose()}>
      <div className="dialog dialog--trash" role="dialog" aria-modal="true" aria-label="Trash" tabIndex={-1} ref={dialog}>
        <h2 className="dialog__title">Trash</h2>
        <div className="dialog__body">
          {!entries ? (
            trash.error ? <EmptyState title="The trash could not be read">{trash.error}</EmptyState> : <Loading />
          ) : entries.length === 0 ? (
            <EmptyState title="The trash is empty">What you delete lands here until you empty the trash, so it can be restored exactly.</EmptyState>
          ) : (
            <ul className="trash-list" aria-label="Deleted items">
              {entries.map((e) => (
                <li key={e.id} className="trash-item">
                  <span className="trash-item__kind">{KIND[e.kind]}</span>
                  <span className="trash-item__label" title={e.label}>
                    {e.label}
                  </span>
                  <span className="trash-item__when">{formatDate(e.deletedAt, true)}</span>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={`Restore ${KIND[e.kind].toLowerCase()} “${e.label}”`}
                    onClick={() => void undo.restore(e.id).then(() => trash.reload())}
                  >
                    Restore
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
        {emptying ? (
          <div className="dialog__actions trash__confirm" role="group" aria-label="Empty the trash?">
            <span className="trash__question">Delete {plural(entries?.length ?? 0, 'item')} for good? This cannot be undone.</span>
            <button type="button" className="button button--primary" ref={keep} onClick={() => setEmptying(false)}>
              Keep them
            </button>
            <button type="button" className="button button--danger confirm-dialog__danger" onClick={() => void empty()}>
              Empty trash
            </button>
          </div>
        ) : (
          <div className="dialog__actions">
            <button type="button" className="button button--quiet" disabled={!entries?.length} onClick={() => setEmptying(true)}>
              Empty trash…
            </button>
            <button type="button" className="button button--primary" onClick={onClose}>
              Close
            </button>
          </div>
        )}
      </div>
    </div>,
    document.body,
  );
}
