import type { Command } from '../command';
import { backupCommand, restoreCommand } from './backup';
import { achAddCommand, achCreateCommand, achListCommand, achRateCommand, achShowCommand } from './ach';
import { briefDismissCommand, briefImportCommand, briefRestoreFindingCommand, briefShowCommand, checkBriefCommand } from './brief-checks';
import { briefDeleteCommand, briefNewCommand, briefRenameCommand, briefsCommand } from './briefs';
import { claimAddCommand, claimDeleteCommand, claimsCommand, claimShowCommand, claimUpdateCommand, linkCommand } from './claims';
import { entitiesCommand, entityDeleteCommand, entityMergeCommand, entityRenameCommand, entityShowCommand, entityTypeCommand } from './entities';
import { exportCommand, importAnnotationsCommand, importBundleCommand } from './export';
import { infoCommand, searchCommand, verifyCommand } from './notebook';
import { trashCommand, trashEmptyCommand, trashRestoreCommand } from './trash';
import { sourceEditCommand } from './source-edit';
import { timelineCommand } from './timeline';
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
  backupCommand,
  restoreCommand,
  achListCommand,
  achCreateCommand,
  achAddCommand,
  achRateCommand,
  achShowCommand,
  briefImportCommand,
  briefShowCommand,
  checkBriefCommand,
  briefDismissCommand,
  briefRestoreFindingCommand,
  timelineCommand,
  entitiesCommand,
  entityShowCommand,
  entityRenameCommand,
  entityMergeCommand,
  entityTypeCommand,
  entityDeleteCommand,
  suggestCommand,
  suggestAcceptCommand,
  suggestDismissCommand,
  suggestRestoreCommand,
];
