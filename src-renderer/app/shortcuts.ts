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

/** "Mod+" at the start of the keys stands for Ctrl+ (⌘ on a Mac); "[desktop]" ends a desktop-only action. */
function group(name: ShortcutGroupName, table: string): ShortcutGroup {
  const shortcuts = table
    .trim()
    .split('\n')
    .map((line) => {
      const [keys, action] = line.split(' | ').map((part) => part.trim());
      const desktopOnly = action.endsWith(' [desktop]');
      return {
        keys: keys.startsWith('Mod+') ? `${MOD_LABEL}${keys.slice(4)}` : keys,
        action: desktopOnly ? action.slice(0, -' [desktop]'.length) : action,
        ...(desktopOnly ? { desktopOnly } : {}),
      };
    });
  return { name, shortcuts };
}

/** One line a shortcut: the keys, " | ", what they do. */
export const SHORTCUTS: ShortcutGroup[] = [
  group(
    'Global',
    `
Mod+K | Search sources, claims and the brief
? | Show this list of shortcuts (outside text fields)
Alt+1 … Alt+9 | Go to a centre view, in the top bar’s order (Reader, Brief, Claims…)
Esc | Close the dialog, the search or the linking mode
Tab / Shift+Tab | Move between controls; inside a dialog, stay in it
Enter | In a dialog: confirm (Export, Delete…)
Mod+O | Open a notebook… [desktop]
Mod+Shift+N | New notebook… [desktop]
Mod+Shift+I | Import files… [desktop]
Mod+E | Export… [desktop]
Mod+R | Reload the window [desktop]
Mod+Z | Undo the last delete of a claim, evidence link or source (outside text fields)
`,
  ),
  group(
    'Library',
    `
Tab | Into the list (one stop), and on out of it
↑ / ↓ | Move to the previous or next source
Page Up / Page Down | A screen of sources up or down
Home / End | First or last source
Enter / Space | Open the focused source
`,
  ),
  group(
    'Reader',
    `
F7 (or Tab) | Put a caret in the text, at the first line on screen
← → ↑ ↓, Home, End | Move the caret by character, line, to the line’s start or end
Mod+← / → | Move by word
Mod+↑ / ↓ | Previous or next paragraph
Mod+Home / End | Start or end of the text
Shift + any move | Extend the selection instead of moving
Alt+Shift+← / → | Extend the selection by sentence
Mod+Shift+↓ / ↑ | Extend the selection to the end (start) of the paragraph
Mod+Shift+C | Make the selected passage a claim
Enter | Open the claim (or the citing claim) under the caret
Esc | Drop the selection; again: leave “add evidence” mode
Mod+F | Find in this source (case and accents ignored)
Enter / Shift+Enter | In the find bar: next or previous match
F3 / Shift+F3 | While the find bar is open: next or previous match
Mod+Enter | In the find bar: close it with the match selected in the text
Esc | In the find bar: close it, focus back where it was
`,
  ),
  group(
    'Claims',
    `
↑ / ↓ | Previous or next claim (it opens in the claims pane)
Page Up / Page Down | A screen of claims up or down
Home / End | First or last claim
Shift+↑ / Shift+↓ | Extend the selection
Space | Select or unselect the claim
Shift+click | Select every claim from the last one chosen
Mod+click | Select or unselect one more claim
Mod+A | Select every claim that matches the filters
Esc | Clear the selection
Enter / double-click | Open the claim at its passage in the reader
↑ / ↓ (tags) | Previous or next tag in the tag browser; Enter filters by it
Enter or , | In a tag field: add the tag
Backspace | In an empty tag field: remove the last tag
Enter | In the event date: save it
J / K (or ↓ / ↑) | Suggested claims: next or previous suggestion
A | Suggested claims: accept (a claim with its event date); focus moves to the next
D | Suggested claims: dismiss for good (Undo in the message); focus moves to the next
Enter | Suggested claims: show the passage in the reader
Home / End | Suggested claims: first or last suggestion
`,
  ),
  group(
    'Brief',
    `
Mod+B | Bold
Mod+I | Italic
Mod+U | Underline
Mod+Z | Undo
Mod+Shift+Z | Redo
Mod+click | Open a link in the browser
Esc | While editing a link: cancel
[[ + words | Link a claim: ↑/↓ choose, Enter or Tab insert, Esc close
# , ## , ### | At a line’s start: heading 1, 2, 3
- , 1. , > | At a line’s start: bulleted list, numbered list, quote
**text** , *text* | Bold, italic
Enter (in the title) | Move to the brief’s text
F8 / Shift+F8 | Next or previous check finding: the caret goes to its words, its explanation shows
Enter (on a finding in Checks) | Put the caret on the finding’s words in the brief
`,
  ),
  group(
    'Entities',
    `
↑ / ↓ | Previous or next entity (its mentions show beside the list)
Page Up / Page Down | A screen of entities up or down
Home / End | First or last entity
Enter / Space | Go to the entity’s mentions
Enter | On a mention: open the reader at that passage, the entity’s mentions marked
`,
  ),
  group(
    'Search',
    `
↑ / ↓ | Previous or next result
Enter | Open the result on its words (the find bar steps through its matches)
Esc | Close the search
`,
  ),
  group(
    'Map',
    `
↑ / ↓ | In the map’s list: previous or next source, claim or evidence link (the drawing shows it)
Page Up / Page Down, Home / End | In the map’s list: a screen up or down, the first or last
Enter | Open it: a claim in the claims pane, a source or an evidence link in the reader
F | Show only the selected claim and what lies within two links of it
`,
  ),
  group(
    'Analysis',
    `
← → ↑ ↓, Home, End | In the matrix: move between cells
C, C again, N, N then A, I, I again | Rate the cell C, CC, N, NA, I, II
1 … 6 | Rate the cell CC, C, N, I, II, NA
L / M / H | On relevance or credibility: low, medium, high
Delete / Backspace | Clear the rating (on credibility: back to the grades; on a row: remove it)
Enter | Edit the note of the cell (or of the row); Enter saves, Esc leaves it
↓ (in “Add claims”) | Into the claims found; Enter adds one
`,
  ),
  group(
    'Timeline',
    `
Tab | Into the events (one stop), and on out of them
← / → | Previous or next event in time
↑ / ↓ | The nearest event above or below
Home / End | First or last event
Enter | Open the event at its passage in the reader (on “+N”: zoom in on those events)
+ / − | Zoom in or out
0 | Zoom to show everything
Mod+wheel | Zoom around the pointer
`,
  ),
];
