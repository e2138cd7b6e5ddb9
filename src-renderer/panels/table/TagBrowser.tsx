/**
 * Every tag of the notebook with how many claims have it. Choosing one filters the claims table;
 * the chosen tag can be renamed (onto an existing tag: the two merge) or deleted from all claims
 * (after asking).
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { call } from '../../app/api';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { plural } from '../../app/labels';
import { useToasts } from '../../app/toasts';

export interface TagCount {
  name: string;
  count: number;
}

interface Props {
  tags: TagCount[] | undefined;
  chosen: string | undefined;
  onChoose(tag: string | undefined): void;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function TagBrowser({ tags, chosen, onChoose }: Props) {
  const toasts = useToasts();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [deleting, setDeleting] = useState<TagCount | null>(null);
  const nav = useRef<HTMLElement>(null);
  // Where the focus goes once the list shows the outcome (a tag's button; '' for "All claims"),
  // so it never drops to the page when the form or the button that had it goes away.
  const [focusTag, setFocusTag] = useState<string | null>(null);
  useEffect(() => {
    if (focusTag === null) return;
    const button = nav.current?.querySelector<HTMLElement>(`.tag-browser__tag[data-tag="${CSS.escape(focusTag)}"]`);
    if (!button) return;
    button.focus();
    setFocusTag(null);
  }, [tags, focusTag]);
  const current = tags?.find((t) => chosen && same(t.name, chosen));
  const target = tags?.find((t) => renaming && same(t.name, name) && !same(t.name, renaming));
  useEffect(() => setRenaming(null), [chosen]);

  // ↑/↓ move between the tags (Tab then leaves the list).
  const onListKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const buttons = [...(nav.current?.querySelectorAll<HTMLElement>('.tag-browser__tag') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLElement);
    if (at < 0) return;
    e.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus();
  };

  const rename = async () => {
    if (!renaming || !name.trim()) return;
    try {
      const { merged, claimIds } = await call('tags.rename', { from: renaming, to: name.trim() });
      toasts.info(merged ? `“${renaming}” merged into “${target?.name ?? name.trim()}” (${plural(claimIds.length, 'claim')}).` : `Tag renamed to “${name.trim()}”.`);
      setRenaming(null);
      onChoose(target?.name ?? name.trim());
      setFocusTag(target?.name ?? name.trim());
    } catch (err) {
      toasts.failure(err);
    }
  };

  const remove = async (tag: TagCount) => {
    setDeleting(null);
    try {
      const { claimIds } = await call('tags.delete', { name: tag.name });
      toasts.info(`Tag “${tag.name}” removed from ${plural(claimIds.length, 'claim')}.`);
      onChoose(undefined);
      setFocusTag('');
    } catch (err) {
      toasts.failure(err);
    }
  };

  return (
    <nav className="tag-browser" aria-label="Tags" ref={nav}>
      <h2 className="tag-browser__title">Tags</h2>
      <ul className="tag-browser__list" onKeyDown={onListKey}>
        <li>
          <button type="button" className="tag-browser__tag" data-tag="" aria-pressed={!chosen} onClick={() => onChoose(undefined)}>
            <span>All claims</span>
          </button>
        </li>
        {(tags ?? []).map((t) => (
          <li key={t.name}>
            <button type="button" className="tag-browser__tag" data-tag={t.name} aria-pressed={current?.name === t.name} onClick={() => onChoose(current?.name === t.name ? undefined : t.name)}>
              <span className="tag-browser__name">{t.name}</span>
              <span className="tag-browser__count" aria-label={plural(t.count, 'claim')}>
                {t.count}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {tags && tags.length === 0 && <p className="muted tag-browser__empty">No tags yet. Tag claims in the claims pane, or select claims and add a tag.</p>}
      {current && renaming !== current.name && (
        <div className="tag-browser__actions">
          <button type="button" className="button button--small" onClick={() => (setRenaming(current.name), setName(current.name))}>
            Rename…
          </button>
          <button type="button" className="button button--small" onClick={() => setDeleting(current)}>
            Delete…
          </button>
        </div>
      )}
      {renaming && (
        <form className="tag-browser__rename" onSubmit={(e) => (e.preventDefault(), void rename())}>
          <input
            className="input input--small"
            aria-label={`New name for the tag “${renaming}”`}
            autoFocus
            maxLength={80}
            value={name}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), setRenaming(null), setFocusTag(renaming))}
          />
          {target && <p className="tag-browser__hint">“{target.name}” exists: the two tags will merge.</p>}
          <div className="tag-browser__actions">
            <button type="submit" className="button button--small button--primary" disabled={!name.trim()}>
              {target ? 'Merge' : 'Rename'}
            </button>
            <button type="button" className="button button--small" onClick={() => (setRenaming(null), setFocusTag(renaming))}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {deleting && (
        <ConfirmDialog title={`Delete the tag “${deleting.name}”?`} confirmLabel="Delete tag" danger onConfirm={() => void remove(deleting)} onCancel={() => setDeleting(null)}>
          <p>
            The tag is removed from {plural(deleting.count, 'claim')}. The claims themselves stay. This cannot be undone, but you can tag the claims again.
          </p>
        </ConfirmDialog>
      )}
    </nav>
  );
}
