/**
 * After the notebook changed under this page (this window switched it, or another one did): start
 * afresh on the new one. Edits still pending belong to the old notebook; the window that switches
 * saves its own first, and the new notebook refuses any that arrive later (unknown ids).
 */
import { forgetTableView } from '../panels/table/table-view-storage';
import { forgetTimelineView } from '../panels/timeline/timeline-view-storage';
import { forgetPlace } from './state';
import { forgetUndo } from './undo';

export function reloadOnNewNotebook(): void {
  // The open source, claim, table filters and deletes to undo belonged to the notebook left behind.
  forgetPlace();
  forgetTableView();
  forgetTimelineView();
  forgetUndo();
  window.location.reload();
}
