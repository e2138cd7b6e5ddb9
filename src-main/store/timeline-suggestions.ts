/**
 * The timeline's second input: suggested claims that carry a date.
 *
 * TO WIRE AFTER MERGING the suggestions branch (wt-suggest): make this return
 * `listDatedSuggestions(db, { sourceId })` from the suggestions store. Until that table exists
 * there are no suggestions, so the timeline's `suggestions` option adds nothing.
 */
import type { Database } from 'better-sqlite3';
import type { DatedSuggestionRow } from '../core/timeline';

export function datedSuggestions(_db: Database, _q: { sourceId?: string }): DatedSuggestionRow[] {
  return [];
}
