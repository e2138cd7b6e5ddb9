/** What to do with the selected claims: one status, or a tag added or removed, on all of them at once. */
import { useState } from 'react';
import { CLAIM_STATUSES, type ClaimStatus } from '../../../src-main/contract/domain';
import type { MethodInput } from '../../../src-main/contract/methods';
import { call } from '../../app/api';
import { plural } from '../../app/labels';
import { useToasts } from '../../app/toasts';

interface Props {
  ids: string[];
  tags: string[];
  onClear(): void;
}

export function BulkBar({ ids, tags, onClear }: Props) {
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);
  const [tag, setTag] = useState('');

  const apply = async (change: Omit<MethodInput<'claims.bulkUpdate'>, 'ids'>, done: (n: number) => string) => {
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

  const tagName = tag.trim();
  return (
    <div className="ct-bulk" role="toolbar" aria-label="Change the selected claims">
      <span className="ct-bulk__count" aria-live="polite">
        {plural(ids.length, 'claim')} selected
      </span>
      <select
        className="select select--small"
        aria-label="Set status of the selected claims"
        value=""
        disabled={busy}
        onChange={(e) => {
          const status = e.target.value as ClaimStatus;
          if (status) void apply({ patch: { status } }, (n) => `${plural(n, 'claim')} set to ${CLAIM_STATUSES[status]}.`);
        }}
      >
        <option value="">Set status…</option>
        {Object.entries(CLAIM_STATUSES).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <input
        className="input input--small ct-bulk__tag"
        aria-label="Tag to add or remove"
        placeholder="Tag"
        list="ct-bulk-tags"
        maxLength={80}
        value={tag}
        onChange={(e) => setTag(e.target.value)}
      />
      <datalist id="ct-bulk-tags">
        {tags.map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>
      <button type="button" className="button button--small" disabled={busy || !tagName} onClick={() => void apply({ addTags: [tagName] }, (n) => `Tag “${tagName}” added to ${plural(n, 'claim')}.`)}>
        Add tag
      </button>
      <button type="button" className="button button--small" disabled={busy || !tagName} onClick={() => void apply({ removeTags: [tagName] }, (n) => `Tag “${tagName}” removed from ${plural(n, 'claim')}.`)}>
        Remove tag
      </button>
      <button type="button" className="button button--small button--quiet" onClick={onClear}>
        Clear selection
      </button>
    </div>
  );
}
