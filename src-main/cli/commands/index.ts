import type { Command } from '../command';
import { briefDeleteCommand, briefNewCommand, briefRenameCommand, briefsCommand } from './briefs';
import { claimAddCommand, claimDeleteCommand, claimsCommand, claimShowCommand, claimUpdateCommand, linkCommand } from './claims';
import { exportCommand, importAnnotationsCommand, importBundleCommand } from './export';
import { infoCommand, searchCommand, verifyCommand } from './notebook';
import { trashCommand, trashEmptyCommand, trashRestoreCommand } from './trash';
import { sourceEditCommand } from './source-edit';
import { suggestAcceptCommand, suggestCommand, suggestDismissCommand, suggestRestoreCommand } from './suggest';
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
  briefsCommand,
  briefNewCommand,
  briefRenameCommand,
  briefDeleteCommand,
  sourceEditCommand,
  trashCommand,
  trashRestoreCommand,
  trashEmptyCommand,
  suggestCommand,
  suggestAcceptCommand,
  suggestDismissCommand,
  suggestRestoreCommand,
];
