/** The reader's switch for underlining suggested passages, and the underlines themselves (keyed by source). */
import { useState, type RefObject } from 'react';
import { useSourceSuggestions } from '../../app/queries';
import { useSuggestionsShown } from '../../app/suggestion-view';
import type { ReaderHandle } from '../../editor/reader/ReaderEditor';
import { useSuggestionUnderlines } from './useSuggestionUnderlines';
import '../../styles/suggestions.css';

export function SuggestionToggle(props: { reader: RefObject<ReaderHandle | null>; sourceId: string; hasClaims: boolean }) {
  const suggestions = useSourceSuggestions(props.sourceId).data;
  // Decided when the source opens: accepting a first suggestion must not switch the underlines off.
  const [byDefault] = useState(!props.hasClaims);
  const [shown, setShown] = useSuggestionsShown(props.sourceId, byDefault);
  useSuggestionUnderlines(props.reader, suggestions, shown);
  // The bar is there from the start, so the text below never moves when the suggestions arrive.
  const status = suggestions === undefined ? 'Finding the passages worth checking…' : suggestions.length === 0 ? 'No passage stands out as worth checking' : `${suggestions.length} worth checking, listed in the claims pane`;
  return (
    <div className="suggestion-toggle">
      <label className="suggestion-toggle__label">
        <input type="checkbox" role="switch" checked={shown} disabled={!suggestions?.length} onChange={(e) => setShown(e.target.checked)} />
        Underline suggested passages
      </label>
      <span className="muted" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
