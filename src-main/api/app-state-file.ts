/**
 * The app's small memory between runs (userData/casebook-state.json): last and recent notebooks,
 * theme. Plain Node, shared by the desktop app and browser mode's notebook switching.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type ThemeSource = 'system' | 'light' | 'dark';

export interface AppState {
  lastNotebook?: string;
  /** Most recent first. */
  recentNotebooks: string[];
  theme: ThemeSource;
}

export const MAX_RECENT = 10;
const FILE_NAME = 'casebook-state.json';

function stateFile(userDataDir: string): string {
  return join(userDataDir, FILE_NAME);
}

/** Reads the state; a missing or damaged file gives the empty state (it is only a convenience). */
export function readAppState(userDataDir: string): AppState {
  try {
    const raw = JSON.parse(readFileSync(stateFile(userDataDir), 'utf8')) as Partial<AppState>;
    const recent = Array.isArray(raw.recentNotebooks) ? raw.recentNotebooks.filter((p): p is string => typeof p === 'string') : [];
    return {
      lastNotebook: typeof raw.lastNotebook === 'string' ? raw.lastNotebook : undefined,
      recentNotebooks: recent.slice(0, MAX_RECENT),
      theme: raw.theme === 'light' || raw.theme === 'dark' ? raw.theme : 'system',
    };
  } catch {
    return { recentNotebooks: [], theme: 'system' };
  }
}

export function writeAppState(userDataDir: string, state: AppState): void {
  mkdirSync(userDataDir, { recursive: true });
  const file = stateFile(userDataDir);
  const temp = `${file}.tmp`;
  writeFileSync(temp, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(temp, file);
}

/** Records that `notebookPath` was opened: it becomes the last one and moves to the top of the recent list. */
export function rememberNotebook(userDataDir: string, notebookPath: string): AppState {
  const path = resolve(notebookPath);
  const state = readAppState(userDataDir);
  const next: AppState = { ...state, lastNotebook: path, recentNotebooks: [path, ...state.recentNotebooks.filter((p) => p !== path)].slice(0, MAX_RECENT) };
  writeAppState(userDataDir, next);
  return next;
}

/** Drops a notebook that could not be opened from the recent list (and as the last one). */
export function forgetNotebook(userDataDir: string, notebookPath: string): AppState {
  const path = resolve(notebookPath);
  const state = readAppState(userDataDir);
  const next: AppState = {
    ...state,
    lastNotebook: state.lastNotebook === path ? undefined : state.lastNotebook,
    recentNotebooks: state.recentNotebooks.filter((p) => p !== path),
  };
  writeAppState(userDataDir, next);
  return next;
}

export function clearRecentNotebooks(userDataDir: string): AppState {
  const next: AppState = { ...readAppState(userDataDir), recentNotebooks: [] };
  writeAppState(userDataDir, next);
  return next;
}

export function saveTheme(userDataDir: string, theme: ThemeSource): AppState {
  const next: AppState = { ...readAppState(userDataDir), theme };
  writeAppState(userDataDir, next);
  return next;
}
