import { CasebookError } from '../contract/errors';
import type { Importer } from './types';

// Placeholder: being written.
export const importDocx: Importer = async () => {
  throw new CasebookError('UNSUPPORTED_FORMAT', 'This importer is not written yet.');
};
