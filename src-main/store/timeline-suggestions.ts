/** The timeline's second input: open suggested claims that carry a date (store/suggestions.ts). */
import type { Database } from 'better-sqlite3';
import type { DatedSuggestionRow } from '../core/timeline';
import { listDatedSuggestions } from './suggestions';

export function datedSuggestions(db: Database, q: { sourceId?: string }): DatedSuggestionRow[] {
  return listDatedSuggestions(db, { sourceId: q.sourceId });
}
