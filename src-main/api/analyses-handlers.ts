/**
 * Handlers of analyses of competing hypotheses: each write changes the store in its transaction,
 * emits an `analysis` change and answers with the whole analysis and its new scores.
 */
import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../contract/methods';
import type { HandlerContext } from './context';
import {
  addHypothesis,
  addRow,
  createAnalysis,
  deleteAnalysis,
  listAnalyses,
  rateCell,
  removeHypothesis,
  removeRow,
  renameHypothesis,
  setRow,
  updateAnalysisQuestion,
  viewAnalysis,
} from '../store/analyses';
import { define } from './define';

/** Emits the change and reads the analysis back. */
function changed(ctx: HandlerContext, id: string, action: 'created' | 'updated' = 'updated') {
  ctx.emit({ entity: 'analysis', action, id });
  return viewAnalysis(ctx.notebook.db, id);
}

/** The writes that change one analysis and answer with the whole of it. */
type AnalysisEdit = 'analyses.update' | 'analyses.addHypothesis' | 'analyses.renameHypothesis' | 'analyses.removeHypothesis' | 'analyses.removeRow' | 'analyses.setRow' | 'analyses.rate';

/** A write that applies one change to the analysis `input.id`, emits it and answers with the analysis. */
const edit = <M extends AnalysisEdit>(apply: (input: ParsedInput<M>, db: Database) => void) =>
  define<M>({
    write: true,
    run: (input, ctx) => {
      apply(input, ctx.notebook.db);
      return changed(ctx, input.id);
    },
  });

export const analysesHandlers = {
  'analyses.list': define<'analyses.list'>({ write: false, run: (_i, { notebook }) => ({ analyses: listAnalyses(notebook.db) }) }),
  'analyses.get': define<'analyses.get'>({ write: false, run: ({ id }, { notebook }) => viewAnalysis(notebook.db, id) }),
  'analyses.create': define<'analyses.create'>({
    write: true,
    run: ({ question, hypotheses }, ctx) => changed(ctx, createAnalysis(ctx.notebook.db, question, hypotheses).id, 'created'),
  }),
  'analyses.update': edit<'analyses.update'>(({ id, question }, db) => updateAnalysisQuestion(db, id, question)),
  'analyses.delete': define<'analyses.delete'>({
    write: true,
    run: ({ id }, ctx) => {
      deleteAnalysis(ctx.notebook.db, id);
      ctx.emit({ entity: 'analysis', action: 'deleted', id });
      return { deleted: true as const };
    },
  }),
  'analyses.addHypothesis': edit<'analyses.addHypothesis'>(({ id, label }, db) => addHypothesis(db, id, label)),
  'analyses.renameHypothesis': edit<'analyses.renameHypothesis'>(({ id, hypothesisId, label }, db) => renameHypothesis(db, id, hypothesisId, label)),
  'analyses.removeHypothesis': edit<'analyses.removeHypothesis'>(({ id, hypothesisId }, db) => removeHypothesis(db, id, hypothesisId)),
  'analyses.addRow': define<'analyses.addRow'>({
    write: true,
    run: ({ id, claimId, text, relevance }, ctx) => {
      const rowId = addRow(ctx.notebook.db, id, { claimId, text, relevance });
      return { ...changed(ctx, id), rowId };
    },
  }),
  'analyses.removeRow': edit<'analyses.removeRow'>(({ id, row }, db) => removeRow(db, id, row)),
  'analyses.setRow': edit<'analyses.setRow'>(({ id, row, patch }, db) => setRow(db, id, row, patch)),
  'analyses.rate': edit<'analyses.rate'>(({ id, row, hypothesisId, rating, note }, db) => rateCell(db, id, row, hypothesisId, rating, note)),
};
