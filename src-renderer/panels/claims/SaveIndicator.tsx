/** Whether a claim's edits reached the notebook: unsaved, saving, saved, or why not. */
import type { SaveState } from './useClaimSaver';

export function SaveIndicator({ state }: { state: SaveState }) {
  const text = { idle: '', dirty: 'Unsaved changes', saving: 'Saving…', saved: 'Saved', error: '' }[state.kind];
  if (state.kind === 'error') {
    return (
      <span className="save-state save-state--error" role="alert">
        Not saved: {state.message}
      </span>
    );
  }
  return (
    <span className={`save-state save-state--${state.kind}`} aria-live="polite" data-save-state={state.kind}>
      {text}
    </span>
  );
}
