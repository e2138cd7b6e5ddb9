import type { Command } from '../command';
import { claimAddCommand, claimDeleteCommand, claimsCommand, claimShowCommand, claimUpdateCommand, linkCommand } from './claims';
import { exportCommand, importAnnotationsCommand, importBundleCommand } from './export';
import { infoCommand, searchCommand, verifyCommand } from './notebook';
import { trashCommand, trashEmptyCommand, trashRestoreCommand } from './trash';
import { sourceEditCommand } from './source-edit';
import { importCommand, sourceDeleteCommand, sourceGradeCommand, sourceShowCommand, sourcesCommand, textCommand } from './sources';

export const COMMANDS: Command[] = [
  importCommand,
  sourcesCommand,
  sourceShowCommand,
  sourceGradeCommand,
  sourceDeleteCommand,
  textCommand,
  claimAddCommand,
  claimUpdateCommand,
  claimShowCommand,
  claimDeleteCommand,
  claimsCommand,
  linkCommand,
  searchCommand,
  verifyCommand,
  infoCommand,
  exportCommand,
  importAnnotationsCommand,
  importBundleCommand,
  sourceEditCommand,
  trashCommand,
  trashRestoreCommand,
  trashEmptyCommand,
];
