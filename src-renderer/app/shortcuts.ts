/**
 * Every keyboard shortcut of the app, in one list: the shortcut sheet (?) shows it, and code that
 * wants to name a shortcut (a tooltip, a hint) reads it from here. `pending` marks shortcuts being
 * added by work in progress: the sheet shows them only once they are confirmed.
 */
import { MOD_LABEL } from './labels';

export type ShortcutGroupName = 'Global' | 'Library' | 'Reader' | 'Claims' | 'Brief' | 'Search';

export interface Shortcut {
  /** The keys as the analyst presses them, e.g. "Ctrl+K" (⌘K on a Mac). */
  keys: string;
  action: string;
  /** Only in the desktop app (its menu). */
  desktopOnly?: boolean;
  /** Announced by another part of the app being built now; the lead confirms it when merging. */
  pending?: boolean;
}

export interface ShortcutGroup {
  name: ShortcutGroupName;
  shortcuts: Shortcut[];
}

const mod = (key: string) => `${MOD_LABEL}${key}`;

export const SHORTCUTS: ShortcutGroup[] = [
  {
    name: 'Global',
    shortcuts: [
      { keys: mod('K'), action: 'Search sources, claims and the brief' },
      { keys: '?', action: 'Show this list of shortcuts (outside text fields)' },
      { keys: 'Esc', action: 'Close the dialog, the search or the linking mode' },
      { keys: 'Tab / Shift+Tab', action: 'Move between controls; inside a dialog, stay in it' },
      { keys: 'Enter', action: 'In a dialog: confirm (Export, Delete…)' },
      { keys: mod('O'), action: 'Open a notebook…', desktopOnly: true },
      { keys: mod('Shift+N'), action: 'New notebook…', desktopOnly: true },
      { keys: mod('I'), action: 'Import files…', desktopOnly: true },
      { keys: mod('E'), action: 'Export…', desktopOnly: true },
      { keys: mod('R'), action: 'Reload the window', desktopOnly: true },
      { keys: mod('Z'), action: 'Undo the last delete', pending: true },
    ],
  },
  {
    name: 'Library',
    shortcuts: [
      { keys: '↑ / ↓', action: 'Open the previous or next source' },
      { keys: 'Enter', action: 'Open the focused source' },
      { keys: 'Home / End', action: 'First or last source', pending: true },
    ],
  },
  {
    name: 'Reader',
    shortcuts: [
      { keys: mod('Shift+C'), action: 'Make the selected passage a claim' },
      { keys: 'Esc', action: 'Leave “add evidence” mode' },
      { keys: mod('F'), action: 'Find in this source', pending: true },
      { keys: 'F3 / Shift+F3', action: 'Next or previous match', pending: true },
      { keys: 'Shift+arrows', action: 'Select a passage with the keyboard', pending: true },
    ],
  },
  {
    name: 'Claims',
    shortcuts: [
      { keys: '↑ / ↓', action: 'Previous or next claim (it opens in the claims pane)' },
      { keys: 'Page Up / Page Down', action: 'A screen of claims up or down' },
      { keys: 'Home / End', action: 'First or last claim' },
      { keys: 'Shift+↑ / Shift+↓', action: 'Extend the selection' },
      { keys: 'Space', action: 'Select or unselect the claim' },
      { keys: 'Shift+click', action: 'Select every claim from the last one chosen' },
      { keys: mod('click'), action: 'Select or unselect one more claim' },
      { keys: mod('A'), action: 'Select every claim that matches the filters' },
      { keys: 'Esc', action: 'Clear the selection' },
      { keys: 'Enter / double-click', action: 'Open the claim at its passage in the reader' },
      { keys: '↑ / ↓ (tags)', action: 'Previous or next tag in the tag browser; Enter filters by it' },
      { keys: 'Enter or ,', action: 'In a tag field: add the tag' },
      { keys: 'Backspace', action: 'In an empty tag field: remove the last tag' },
      { keys: 'Enter', action: 'In the event date: save it' },
    ],
  },
  {
    name: 'Brief',
    shortcuts: [
      { keys: mod('B'), action: 'Bold' },
      { keys: mod('I'), action: 'Italic' },
      { keys: mod('U'), action: 'Underline' },
      { keys: mod('Z'), action: 'Undo' },
      { keys: mod('Shift+Z'), action: 'Redo' },
      { keys: mod('click'), action: 'Open a link in the browser' },
      { keys: 'Esc', action: 'While editing a link: cancel' },
      { keys: '[[', action: 'Insert a claim reference', pending: true },
      { keys: '# , ## , - , 1. , > ', action: 'Markdown shortcuts: heading, list, numbered list, quote', pending: true },
    ],
  },
  {
    name: 'Search',
    shortcuts: [
      { keys: '↑ / ↓', action: 'Previous or next result' },
      { keys: 'Enter', action: 'Open the result' },
      { keys: 'Esc', action: 'Close the search' },
    ],
  },
];
