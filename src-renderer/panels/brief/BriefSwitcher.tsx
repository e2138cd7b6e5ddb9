/**
 * The Brief view's switcher: which brief is open, a new brief, rename (the title field), and
 * delete (asks first). The open brief is saved before another one opens; if it cannot be saved,
 * it stays open.
 */
import { useEffect, useRef, useState } from 'react';
import { call, messageOf } from '../../app/api';
import { useQuery } from '../../app/use-query';
import { useDispatch } from '../../app/state';
import { useToasts } from '../../app/toasts';
import { BRIEF_NOT_SAVED_MESSAGE } from '../../app/open-brief';

export const NEW_BRIEF_TITLE = 'Untitled brief';

/** A brief just created: its title gets the cursor once it opens. */
let titleFocusFor: string | null = null;
export function takeTitleFocus(briefId: string): boolean {
  const mine = titleFocusFor === briefId;
  if (mine) titleFocusFor = null;
  return mine;
}

interface Props {
  briefId: string;
  /** The open brief's title as typed (the list may not have it yet). */
  title: string;
  flush(): Promise<boolean>;
  onRename(): void;
}

export function BriefSwitcher({ briefId, title, flush, onRename }: Props) {
  const dispatch = useDispatch();
  const toasts = useToasts();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const listed = useQuery('briefs.list', {}, { keepPrevious: true }).data?.briefs ?? [];
  const options = [...listed.filter((b) => b.id !== briefId), { id: briefId, title }]
    .sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));

  useEffect(() => {
    if (confirming) deleteButton.current?.focus();
  }, [confirming]);

  /** Saves the open brief, then runs `next`; an unsaved brief stays open. */
  const leave = async (next: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    try {
      if (!(await flush())) return toasts.error(BRIEF_NOT_SAVED_MESSAGE);
      await next();
    } catch (err) {
      toasts.error(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  const open = (id: string) => leave(async () => dispatch({ type: 'openBrief', briefId: id }));
  const create = () =>
    leave(async () => {
      const { brief } = await call('briefs.create', { title: NEW_BRIEF_TITLE });
      titleFocusFor = brief.id;
      dispatch({ type: 'openBrief', briefId: brief.id });
    });
  const remove = () =>
    leave(async () => {
      await call('briefs.delete', { id: briefId });
      setConfirming(false);
      toasts.info(`Deleted the brief “${title.trim() || 'Brief'}”.`);
      dispatch({ type: 'openBrief', briefId: null });
    });

  return (
    <div className="brief-switcher" role="group" aria-label="Briefs">
      <select className="select select--small brief-switcher__select" aria-label="Open brief" value={briefId} disabled={busy} onChange={(e) => void open(e.target.value)}>
        {options.map((b) => (
          <option key={b.id} value={b.id}>
            {b.title.trim() || 'Brief'}
          </option>
        ))}
      </select>
      <button type="button" className="button button--small" disabled={busy} onClick={() => void create()}>
        New brief
      </button>
      <button type="button" className="button button--small button--quiet" onClick={onRename}>
        Rename
      </button>
      {confirming ? (
        <span className="brief-switcher__confirm" role="group" aria-label="Delete this brief?" onKeyDown={(e) => e.key === 'Escape' && setConfirming(false)}>
          <button ref={deleteButton} type="button" className="button button--small button--danger" disabled={busy} onClick={() => void remove()}>
            Delete “{title.trim() || 'Brief'}”
          </button>
          <button type="button" className="button button--small button--quiet" onClick={() => setConfirming(false)}>
            Keep
          </button>
        </span>
      ) : (
        <button type="button" className="button button--small button--quiet" onClick={() => setConfirming(true)}>
          Delete brief…
        </button>
      )}
    </div>
  );
}
