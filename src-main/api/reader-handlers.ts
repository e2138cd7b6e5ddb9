/** Handlers for the reads the reader opens a source with (contract/methods-reader.ts). */
import { listClaimMarks } from '../store/claim-marks';
import { define } from './define';

export const readerHandlers = {
  'claims.marks': define<'claims.marks'>({ write: false, run: ({ sourceId }, { notebook }) => ({ marks: listClaimMarks(notebook.db, sourceId) }) }),
};
