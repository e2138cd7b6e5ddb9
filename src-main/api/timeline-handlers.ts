/** The timeline: dated claims, and on request dated suggestions, in time order. */
import { claimEvents, mergeTimeline, suggestionEvents } from '../core/timeline';
import { getSourceSummary } from '../store/sources';
import { listDatedClaims, sourceTitles } from '../store/timeline';
import { datedSuggestions } from '../store/timeline-suggestions';
import { define } from './define';

export const timelineHandlers = {
  'timeline.events': define<'timeline.events'>({
    write: false,
    run: ({ sourceId, tag, status, suggestions }, { notebook }) => {
      const db = notebook.db;
      if (sourceId) getSourceSummary(db, sourceId); // NOT_FOUND in words for an unknown source
      const claims = claimEvents(listDatedClaims(db, { sourceId, tag, status }));
      // Suggestions have no tags or status: a filter on either leaves them out.
      const rows = suggestions && !tag && !status ? datedSuggestions(db, { sourceId }) : [];
      const suggested = suggestionEvents(rows, sourceTitles(db, rows.map((r) => r.sourceId)));
      return { events: mergeTimeline(claims, suggested) };
    },
  }),
};
