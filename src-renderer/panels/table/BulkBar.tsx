/**
 * What to do with the selected claims: one status, or a tag added or removed, on all of them at
 * once (one write). Replacing statuses or removing a tag asks first; adding a tag does not.
 */
import { useState } from 'react';
import { CLAIM_STATUSES, type ClaimStatus } from '../../../src-main/contract/domain';
import type { MethodInput } from '../../../src-main/contract/methods';
import { call } from '../../app/api';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { plural } from '../../app/labels';
import { useToasts } from '../../app/toasts';
import { SelectFilter } from '../../ui/SelectFilter';

interface Props {
  ids: string[];
  tags: string[];
  onClear(): void;
}

type Change = Omit<MethodInput<'claims.bulkUpdate'>, 'ids'>;

interface Pending {
  change: Change;
  question: string;
  confirmLabel: string;
  done(n: number): string;
}

export function BulkBar({ ids, tags, onClear }: Props) {
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<ClaimStatus | ''>('');
  const [tag, setTag] = useState('');
  const [pending, setPending] = useState<Pending | null>(null);

  const apply = async ({ change, done }: Pick<Pending, 'change' | 'done'>) => {
    setPending(null);
    setBusy(true);
    try {
      const { updated } = await call('claims.bulkUpdate', { ids, ...change });
      toasts.info(done(updated));
    } catch (err) {
      toasts.failure(err);
    } finally {
      setBusy(false);
    }
  };

  const count = plural(ids.length, 'claim');
  const tagName = tag.trim();
  return (
    <div className="ct-bulk" role="toolbar" aria-label="Change the selected claims">
      <span className="ct-bulk__count" aria-live="polite">
        {count} selected
      </span>
      <SelectFilter label="New status for the selected claims" anyLabel="Status…" value={status} disabled={busy} options={Object.entries(CLAIM_STATUSES)} onChange={(v) => setStatus((v ?? '') as ClaimStatus | '')} />
      <button
        type="button"
        className="button button--small"
        disabled={busy || !status}
        onClick={() =>
          status &&
          setPending({
            change: { patch: { status } },
            question: `Set ${count} to ${CLAIM_STATUSES[status]}?`,
            confirmLabel: 'Set status',
            done: (n) => `${plural(n, 'claim')} set to ${CLAIM_STATUSES[status]}.`,
          })
        }
      >
        Set status
      </button>
      <input className="input input--small ct-bulk__tag" aria-label="Tag to add or remove" placeholder="Tag" list="ct-bulk-tags" maxLength={80} value={tag} onChange={(e) => setTag(e.target.value)} />
      <datalist id="ct-bulk-tags">
        {tags.map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>
      <button type="button" className="button button--small" disabled={busy || !tagName} onClick={() => void apply({ change: { addTags: [tagName] }, done: (n) => `Tag “${tagName}” added to ${plural(n, 'claim')}.` })}>
        Add tag
      </button>
      <button
        type="button"
        className="button button--small"
        disabled={busy || !tagName}
        onClick={() =>
          setPending({
            change: { removeTags: [tagName] },
            question: `Remove the tag “${tagName}” from ${count}?`,
            confirmLabel: 'Remove tag',
            done: (n) => `Tag “${tagName}” removed from ${plural(n, 'claim')}.`,
          })
        }
      >
        Remove tag
      </button>
      <button type="button" className="button button--small button--quiet" aria-label="Clear selection" title="Clear selection (Esc in the table)" onClick={onClear}>
        Clear
      </button>
      {pending && (
        <ConfirmDialog title={pending.question} confirmLabel={pending.confirmLabel} onConfirm={() => void apply(pending)} onCancel={() => setPending(null)}>
          <p>What the selected claims had is replaced. Each change is kept in the notebook’s history (audit log).</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
