/**
 * Handlers of analyses of competing hypotheses: each write changes the store in its transaction,
 * emits an `analysis` change and answers with the whole analysis and its new scores.
 */
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

export const analysesHandlers = {
  'analyses.list': define<'analyses.list'>({ write: false, run: (_i, { notebook }) => ({ analyses: listAnalyses(notebook.db) }) }),
  'analyses.get': define<'analyses.get'>({ write: false, run: ({ id }, { notebook }) => viewAnalysis(notebook.db, id) }),
  'analyses.create': define<'analyses.create'>({
    write: true,
    run: ({ question, hypotheses }, ctx) => changed(ctx, createAnalysis(ctx.notebook.db, question, hypotheses).id, 'created'),
  }),
  'analyses.update': define<'analyses.update'>({
    write: true,
    run: ({ id, question }, ctx) => {
      updateAnalysisQuestion(ctx.notebook.db, id, question);
      return changed(ctx, id);
    },
  }),
  'analyses.delete': define<'analyses.delete'>({
    write: true,
    run: ({ id }, ctx) => {
      deleteAnalysis(ctx.notebook.db, id);
      ctx.emit({ entity: 'analysis', action: 'deleted', id });
      return { deleted: true as const };
    },
  }),
  'analyses.addHypothesis': define<'analyses.addHypothesis'>({
    write: true,
    run: ({ id, label }, ctx) => {
      addHypothesis(ctx.notebook.db, id, label);
      return changed(ctx, id);
    },
  }),
  'analyses.renameHypothesis': define<'analyses.renameHypothesis'>({
    write: true,
    run: ({ id, hypothesisId, label }, ctx) => {
      renameHypothesis(ctx.notebook.db, id, hypothesisId, label);
      return changed(ctx, id);
    },
  }),
  'analyses.removeHypothesis': define<'analyses.removeHypothesis'>({
    write: true,
    run: ({ id, hypothesisId }, ctx) => {
      removeHypothesis(ctx.notebook.db, id, hypothesisId);
      return changed(ctx, id);
    },
  }),
  'analyses.addRow': define<'analyses.addRow'>({
    write: true,
    run: ({ id, claimId, text, relevance }, ctx) => {
      const rowId = addRow(ctx.notebook.db, id, { claimId, text, relevance });
      return { ...changed(ctx, id), rowId };
    },
  }),
  'analyses.removeRow': define<'analyses.removeRow'>({
    write: true,
    run: ({ id, row }, ctx) => {
      removeRow(ctx.notebook.db, id, row);
      return changed(ctx, id);
    },
  }),
  'analyses.setRow': define<'analyses.setRow'>({
    write: true,
    run: ({ id, row, patch }, ctx) => {
      setRow(ctx.notebook.db, id, row, patch);
      return changed(ctx, id);
    },
  }),
  'analyses.rate': define<'analyses.rate'>({
    write: true,
    run: ({ id, row, hypothesisId, rating, note }, ctx) => {
      rateCell(ctx.notebook.db, id, row, hypothesisId, rating, note);
      return changed(ctx, id);
    },
  }),
};
