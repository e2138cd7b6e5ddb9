/** The centre pane's brief view: the notebook's brief with its title, toolbar and save state. */
import { useCallback, useState } from 'react';
import type { Brief } from '../../../src-main/contract/domain';
import { call } from '../../app/api';
import { useApiData } from '../../app/data';
import { formatMoment } from '../../app/labels';
import { BriefEditor } from '../../editor/brief/BriefEditor';
import { EmptyState, Loading } from '../../ui/EmptyState';
import { useBriefAutosave, type BriefSaveState } from './useBriefAutosave';

export function BriefPanel() {
  // Loaded once: the open editor is the truth while it is open (changes elsewhere show after a reload).
  const { data, error } = useApiData<Brief>(() => call('briefs.get', {}).then((v) => v.brief), [], () => false);
  if (error && !data) return <EmptyState title="The brief could not be opened">{error}</EmptyState>;
  if (!data) return <Loading label="Opening the brief…" />;
  return <BriefView key={data.id} brief={data} />;
}

function BriefView({ brief }: { brief: Brief }) {
  const [title, setTitle] = useState(brief.title);
  const [unreadable, setUnreadable] = useState(false);
  const autosave = useBriefAutosave(brief.id, title, brief.updatedAt);
  const onUnreadable = useCallback(() => setUnreadable(true), []);
  return (
    <div className="brief">
      <div className="brief__header">
        <input
          className="brief__title"
          aria-label="Brief title"
          value={title}
          disabled={unreadable}
          onChange={(e) => {
            setTitle(e.target.value);
            autosave.markTitleChanged();
          }}
          onBlur={() => void autosave.flush()}
        />
        <BriefSaveIndicator state={autosave.state} />
      </div>
      {unreadable && (
        <p className="banner banner--error" role="alert">
          This brief was saved in a form this version of Casebook cannot read, so it is shown read-only and will not be overwritten.
        </p>
      )}
      <BriefEditor doc={brief.doc} onDocChange={autosave.changed} onUnreadable={onUnreadable} readOnly={unreadable} editorRef={autosave.editorRef} />
    </div>
  );
}

function BriefSaveIndicator({ state }: { state: BriefSaveState }) {
  if (state.kind === 'error') {
    return (
      <span className="save-state save-state--error" role="alert">
        Not saved: {state.message}
      </span>
    );
  }
  const text = state.kind === 'saving' ? 'Saving…' : state.kind === 'dirty' ? 'Unsaved changes' : `Saved ${formatMoment(state.at)}`;
  return (
    <span className={`save-state save-state--${state.kind}`} data-save-state={state.kind} aria-live="polite">
      {text}
    </span>
  );
}
