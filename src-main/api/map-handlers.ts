/** Handlers of the evidence map (`map.graph`) and the case summary (`summary.case`): reads. */
import { CasebookError } from '../contract/errors';
import { caseSummary } from '../store/case-summary';
import { buildEvidenceGraph } from '../store/evidence-graph';
import { define } from './define';

export const mapHandlers = {
  'map.graph': define<'map.graph'>({
    write: false,
    run: (input, { notebook }) => {
      if (input.focusClaimId && !notebook.db.prepare('SELECT 1 FROM claims WHERE id = ?').get(input.focusClaimId)) {
        throw new CasebookError('NOT_FOUND', 'The claim to focus on is not in this notebook any more (it may have been deleted).');
      }
      if (input.sourceId && !notebook.db.prepare('SELECT 1 FROM sources WHERE id = ?').get(input.sourceId)) {
        throw new CasebookError('NOT_FOUND', 'The source to filter by is not in this notebook any more (it may have been deleted).');
      }
      return buildEvidenceGraph(notebook.db, input);
    },
  }),
  'summary.case': define<'summary.case'>({ write: false, run: (_input, { notebook }) => caseSummary(notebook.db) }),
};
