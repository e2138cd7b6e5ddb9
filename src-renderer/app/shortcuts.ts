/**
 * Every keyboard shortcut of the app, in one list: the shortcut sheet (?) shows it, and code that
 * wants to name a shortcut (a tooltip, a hint) reads it from here. `pending` marks shortcuts being
 * added by work in progress: the sheet shows them only once they are confirmed.
 */
import { MOD_LABEL } from './labels';

export type ShortcutGroupName = 'Global' | 'Library' | 'Reader' | 'Claims' | 'Brief' | 'Search' | 'Map' | 'Analysis' | 'Timeline' | 'Entities';

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
      { keys: 'Alt+1 … Alt+9', action: 'Go to a centre view, in the top bar’s order (Reader, Brief, Claims…)' },
      { keys: 'Esc', action: 'Close the dialog, the search or the linking mode' },
      { keys: 'Tab / Shift+Tab', action: 'Move between controls; inside a dialog, stay in it' },
      { keys: 'Enter', action: 'In a dialog: confirm (Export, Delete…)' },
      { keys: mod('O'), action: 'Open a notebook…', desktopOnly: true },
      { keys: mod('Shift+N'), action: 'New notebook…', desktopOnly: true },
      { keys: mod('Shift+I'), action: 'Import files…', desktopOnly: true },
      { keys: mod('E'), action: 'Export…', desktopOnly: true },
      { keys: mod('R'), action: 'Reload the window', desktopOnly: true },
      { keys: mod('Z'), action: 'Undo the last delete of a claim, evidence link or source (outside text fields)' },
    ],
  },
  {
    name: 'Library',
    shortcuts: [
      { keys: 'Tab', action: 'Into the list (one stop), and on out of it' },
      { keys: '↑ / ↓', action: 'Move to the previous or next source' },
      { keys: 'Page Up / Page Down', action: 'A screen of sources up or down' },
      { keys: 'Home / End', action: 'First or last source' },
      { keys: 'Enter / Space', action: 'Open the focused source' },
    ],
  },
  {
    name: 'Reader',
    shortcuts: [
      { keys: 'F7 (or Tab)', action: 'Put a caret in the text, at the first line on screen' },
      { keys: '← → ↑ ↓, Home, End', action: 'Move the caret by character, line, to the line’s start or end' },
      { keys: mod('← / →'), action: 'Move by word' },
      { keys: mod('↑ / ↓'), action: 'Previous or next paragraph' },
      { keys: mod('Home / End'), action: 'Start or end of the text' },
      { keys: 'Shift + any move', action: 'Extend the selection instead of moving' },
      { keys: 'Alt+Shift+← / →', action: 'Extend the selection by sentence' },
      { keys: mod('Shift+↓ / ↑'), action: 'Extend the selection to the end (start) of the paragraph' },
      { keys: mod('Shift+C'), action: 'Make the selected passage a claim' },
      { keys: 'Enter', action: 'Open the claim (or the citing claim) under the caret' },
      { keys: 'Esc', action: 'Drop the selection; again: leave “add evidence” mode' },
      { keys: mod('F'), action: 'Find in this source (case and accents ignored)' },
      { keys: 'Enter / Shift+Enter', action: 'In the find bar: next or previous match' },
      { keys: 'F3 / Shift+F3', action: 'While the find bar is open: next or previous match' },
      { keys: mod('Enter'), action: 'In the find bar: close it with the match selected in the text' },
      { keys: 'Esc', action: 'In the find bar: close it, focus back where it was' },
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
      { keys: 'J / K (or ↓ / ↑)', action: 'Suggested claims: next or previous suggestion' },
      { keys: 'A', action: 'Suggested claims: accept (a claim with its event date); focus moves to the next' },
      { keys: 'D', action: 'Suggested claims: dismiss for good (Undo in the message); focus moves to the next' },
      { keys: 'Enter', action: 'Suggested claims: show the passage in the reader' },
      { keys: 'Home / End', action: 'Suggested claims: first or last suggestion' },
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
      { keys: '[[ + words', action: 'Link a claim: ↑/↓ choose, Enter or Tab insert, Esc close' },
      { keys: '# , ## , ### ', action: 'At a line’s start: heading 1, 2, 3' },
      { keys: '- , 1. , > ', action: 'At a line’s start: bulleted list, numbered list, quote' },
      { keys: '**text** , *text*', action: 'Bold, italic' },
      { keys: 'Enter (in the title)', action: 'Move to the brief’s text' },
      { keys: 'F8 / Shift+F8', action: 'Next or previous check finding: the caret goes to its words, its explanation shows' },
      { keys: 'Enter (on a finding in Checks)', action: 'Put the caret on the finding’s words in the brief' },
    ],
  },
  {
    name: 'Entities',
    shortcuts: [
      { keys: '↑ / ↓', action: 'Previous or next entity (its mentions show beside the list)' },
      { keys: 'Page Up / Page Down', action: 'A screen of entities up or down' },
      { keys: 'Home / End', action: 'First or last entity' },
      { keys: 'Enter / Space', action: 'Go to the entity’s mentions' },
      { keys: 'Enter', action: 'On a mention: open the reader at that passage, the entity’s mentions marked' },
    ],
  },
  {
    name: 'Search',
    shortcuts: [
      { keys: '↑ / ↓', action: 'Previous or next result' },
      { keys: 'Enter', action: 'Open the result on its words (the find bar steps through its matches)' },
      { keys: 'Esc', action: 'Close the search' },
    ],
  },
  {
    name: 'Map',
    shortcuts: [
      { keys: '↑ / ↓', action: 'In the map’s list: previous or next source, claim or evidence link (the drawing shows it)' },
      { keys: 'Page Up / Page Down, Home / End', action: 'In the map’s list: a screen up or down, the first or last' },
      { keys: 'Enter', action: 'Open it: a claim in the claims pane, a source or an evidence link in the reader' },
      { keys: 'F', action: 'Show only the selected claim and what lies within two links of it' },
    ],
  },
  {
    name: 'Analysis',
    shortcuts: [
      { keys: '← → ↑ ↓, Home, End', action: 'In the matrix: move between cells' },
      { keys: 'C, C again, N, N then A, I, I again', action: 'Rate the cell C, CC, N, NA, I, II' },
      { keys: '1 … 6', action: 'Rate the cell CC, C, N, I, II, NA' },
      { keys: 'L / M / H', action: 'On relevance or credibility: low, medium, high' },
      { keys: 'Delete / Backspace', action: 'Clear the rating (on credibility: back to the grades; on a row: remove it)' },
      { keys: 'Enter', action: 'Edit the note of the cell (or of the row); Enter saves, Esc leaves it' },
      { keys: '↓ (in “Add claims”)', action: 'Into the claims found; Enter adds one' },
    ],
  },
  {
    name: 'Timeline',
    shortcuts: [
      { keys: 'Tab', action: 'Into the events (one stop), and on out of them' },
      { keys: '← / →', action: 'Previous or next event in time' },
      { keys: '↑ / ↓', action: 'The nearest event above or below' },
      { keys: 'Home / End', action: 'First or last event' },
      { keys: 'Enter', action: 'Open the event at its passage in the reader (on “+N”: zoom in on those events)' },
      { keys: '+ / −', action: 'Zoom in or out' },
      { keys: '0', action: 'Zoom to show everything' },
      { keys: mod('wheel'), action: 'Zoom around the pointer' },
    ],
  },
];
