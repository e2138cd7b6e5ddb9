/** The timeline: dated claims, and on request dated suggestions, in time order. */
import { claimEvents, mergeTimeline, suggestionEvents } from '../core/timeline';
import { getEntityRow } from '../store/entity-list';
import { getSourceSummary } from '../store/sources';
import { listDatedClaims, sourceTitles } from '../store/timeline';
import { listDatedSuggestions } from '../store/suggestions';
import { define } from './define';

export const timelineHandlers = {
  'timeline.events': define<'timeline.events'>({
    write: false,
    run: ({ sourceId, tag, status, entityId, suggestions }, { notebook }) => {
      const db = notebook.db;
      if (sourceId) getSourceSummary(db, sourceId); // NOT_FOUND in words for an unknown source
      if (entityId) getEntityRow(db, entityId); // likewise for an unknown entity
      const claims = claimEvents(listDatedClaims(db, { sourceId, tag, status, entityId }));
      // Suggestions have no tags, status or entity filter: any of these leaves them out.
      const rows = suggestions && !tag && !status && !entityId ? listDatedSuggestions(db, { sourceId }) : [];
      const suggested = suggestionEvents(rows, sourceTitles(db, rows.map((r) => r.sourceId)));
      return { events: mergeTimeline(claims, suggested) };
    },
  }),
};
