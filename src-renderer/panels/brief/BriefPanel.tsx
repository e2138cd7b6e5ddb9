/** The centre pane's brief view: the open brief with the brief switcher, its title, toolbar and save state. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Brief } from '../../../src-main/contract/domain';
import { formatMoment } from '../../app/labels';
import { BriefEditor } from '../../editor/brief/BriefEditor';
import { useQuery } from '../../app/use-query';
import { BriefFindingsPanel, ChecksToggle, useChecksOpen } from './BriefFindingsPanel';
import { EmptyState, Loading } from '../../ui/EmptyState';
import { BriefSwitcher, takeTitleFocus } from './BriefSwitcher';
import { useBriefAutosave, type BriefSaveState } from './useBriefAutosave';
import { useOpenBrief } from './useOpenBrief';

export function BriefPanel() {
  const { brief, error } = useOpenBrief();
  if (error && !brief) return <EmptyState title="The brief could not be opened">{error}</EmptyState>;
  if (!brief) return <Loading label="Opening the brief…" />;
  return <BriefView key={brief.id} brief={brief} />;
}

function BriefView({ brief }: { brief: Brief }) {
  const [title, setTitle] = useState(brief.title);
  const [unreadable, setUnreadable] = useState(false);
  const titleInput = useRef<HTMLInputElement>(null);
  const autosave = useBriefAutosave(brief.id, title, brief.updatedAt);
  const onUnreadable = useCallback(() => setUnreadable(true), []);
  // Checked again whenever a save (or a change to its claims) reaches the notebook.
  const check = useQuery('briefs.check', { briefId: brief.id }, { keepPrevious: true });
  const [checksOpen, toggleChecks] = useChecksOpen();
  const focusTitle = useCallback(() => {
    titleInput.current?.focus();
    titleInput.current?.select();
  }, []);
  useEffect(() => {
    if (takeTitleFocus(brief.id)) focusTitle();
  }, [brief.id, focusTitle]);
  return (
    <div className="brief">
      <div className="brief__bar">
        <BriefSwitcher briefId={brief.id} title={title} flush={autosave.flush} onRename={focusTitle} />
        <BriefSaveIndicator state={autosave.state} />
      </div>
      <div className="brief__header">
        <input
          ref={titleInput}
          className="brief__title"
          aria-label="Brief title"
          value={title}
          disabled={unreadable}
          onChange={(e) => {
            setTitle(e.target.value);
            autosave.markTitleChanged();
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') autosave.editorRef.current?.focus();
          }}
          onBlur={() => void autosave.flush()}
        />
        <ChecksToggle open={checksOpen} count={check.data?.findings.length} onToggle={toggleChecks} />
      </div>
      {unreadable && (
        <p className="banner banner--error" role="alert">
          This brief was saved in a form this version of Casebook cannot read, so it is shown read-only and will not be overwritten.
        </p>
      )}
      <BriefEditor
        doc={brief.doc}
        onDocChange={autosave.changed}
        onUnreadable={onUnreadable}
        readOnly={unreadable}
        editorRef={autosave.editorRef}
        findings={check.data?.findings}
        aside={checksOpen && <BriefFindingsPanel briefId={brief.id} findings={check.data?.findings} dismissed={check.data?.dismissed ?? []} error={check.error} editorRef={autosave.editorRef} />}
      />
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
