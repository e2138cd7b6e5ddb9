/**
 * Handlers for suggested claims. A source is read by the suggester on first use (in `prepare`,
 * outside the transaction; long texts in a worker) and its suggestions kept in the notebook, so
 * the analyst's accept/dismiss decisions outlive any re-run.
 */
import { doneReading, readingProgress, reportReading, startReading } from '../analysis/progress';
import { computeSuggestions, SUGGESTER_VERSION, type ComputedSuggestion } from '../analysis/suggest';
import { CasebookError } from '../contract/errors';
import type { Suggestion } from '../contract/methods-suggestions';
import { createClaim } from '../store/claims';
import { getSource, getSourceTextBytes } from '../store/sources';
import { decideSuggestion, getSuggestion, isUnread, listSuggestions, storeSuggestions, suggestionRunVersion, unreadSources } from '../store/suggestions';
import type { HandlerContext } from './context';
import { define } from './define';

const progressKey = (notebookPath: string, sourceId: string) => `${notebookPath}\n${sourceId}`;

/** Dismisses or reopens a suggestion and emits it; an accepted one is a claim now, which `refusal` tells the analyst. */
function redecide({ notebook, emit }: HandlerContext, id: string, state: 'dismissed' | 'open', refusal: string): Suggestion {
  if (getSuggestion(notebook.db, id).state === 'accepted') throw new CasebookError('CONFLICT', refusal);
  const suggestion = decideSuggestion(notebook.db, id, state);
  emit({ entity: 'suggestion', action: 'updated', id });
  return suggestion;
}

export const suggestionHandlers = {
  'suggestions.progress': define<'suggestions.progress'>({
    write: false,
    run: ({ sourceId }, { notebook }) => {
      const fraction = readingProgress(progressKey(notebook.path, sourceId));
      return { reading: fraction !== null, fraction: fraction ?? 1 };
    },
  }),
  'suggestions.list': define<'suggestions.list', ComputedSuggestion[] | null>({
    // A write only the first time a source is read (or after the suggester changed).
    write: true,
    prepare: async ({ sourceId }, { notebook, options }) => {
      const source = getSource(notebook.db, sourceId);
      if (suggestionRunVersion(notebook.db, sourceId) === SUGGESTER_VERSION) return null;
      const key = progressKey(notebook.path, sourceId);
      startReading(key);
      try {
        return await computeSuggestions(getSourceTextBytes(notebook.db, sourceId), source.publishedAt, { ...options.isolation, onProgress: (f) => reportReading(key, f) });
      } finally {
        doneReading(key);
      }
    },
    run: (input, { notebook, emit }, computed) => {
      if (computed && suggestionRunVersion(notebook.db, input.sourceId) !== SUGGESTER_VERSION) {
        storeSuggestions(notebook.db, input.sourceId, computed, SUGGESTER_VERSION);
        emit({ entity: 'suggestion', action: 'updated', id: input.sourceId });
      }
      return listSuggestions(notebook.db, input);
    },
  }),
  'suggestions.readAll': define<'suggestions.readAll', { sourceId: string; computed: ComputedSuggestion[] }[]>({
    write: true,
    prepare: async ({ limit }, { notebook, options }) => {
      const out: { sourceId: string; computed: ComputedSuggestion[] }[] = [];
      for (const sourceId of unreadSources(notebook.db, SUGGESTER_VERSION, limit ?? 50).ids) {
        const source = getSource(notebook.db, sourceId);
        out.push({ sourceId, computed: await computeSuggestions(getSourceTextBytes(notebook.db, sourceId), source.publishedAt, options.isolation) });
      }
      return out;
    },
    run: (_input, { notebook, emit }, read) => {
      let stored = 0;
      for (const { sourceId, computed } of read) {
        // Skipped when the source went, or was read meanwhile.
        if (!isUnread(notebook.db, sourceId, SUGGESTER_VERSION)) continue;
        storeSuggestions(notebook.db, sourceId, computed, SUGGESTER_VERSION);
        emit({ entity: 'suggestion', action: 'updated', id: sourceId });
        stored++;
      }
      return { read: stored, remaining: unreadSources(notebook.db, SUGGESTER_VERSION, 1).total };
    },
  }),
  'suggestions.accept': define<'suggestions.accept'>({
    write: true,
    run: ({ id, ...fields }, { notebook, emit }) => {
      const suggestion = getSuggestion(notebook.db, id);
      if (suggestion.state === 'accepted') {
        throw new CasebookError('CONFLICT', `This suggestion is already a claim (${suggestion.claimId ?? 'since deleted'}); open that claim to change it.`);
      }
      const { start, end, exact, prefix, suffix } = suggestion;
      const claim = createClaim(notebook.db, suggestion.sourceId, { start, end, exact, prefix, suffix }, {
        ...fields,
        statement: fields.statement ?? exact.replace(/\s+/g, ' ').trim(),
        eventDate: fields.eventDate === undefined ? suggestion.eventDate : fields.eventDate,
      });
      const decided = decideSuggestion(notebook.db, id, 'accepted', claim.id);
      emit({ entity: 'claim', action: 'created', id: claim.id });
      emit({ entity: 'suggestion', action: 'updated', id });
      return { claim, suggestion: decided };
    },
  }),
  'suggestions.dismiss': define<'suggestions.dismiss'>({
    write: true,
    run: ({ id }, ctx) => ({ dismissed: true, suggestion: redecide(ctx, id, 'dismissed', 'This suggestion is already a claim; delete the claim instead.') }),
  }),
  'suggestions.restore': define<'suggestions.restore'>({
    write: true,
    run: ({ id }, ctx) => ({ suggestion: redecide(ctx, id, 'open', 'This suggestion is already a claim; it cannot be suggested again.') }),
  }),
};
