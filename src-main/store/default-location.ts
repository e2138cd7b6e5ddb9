/** Where the desktop app keeps its default notebook; the CLI uses the same place. */
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Casebook';
export const DEFAULT_NOTEBOOK_FILE = 'default-notebook.sqlite';

/** The same folder Electron's app.getPath('userData') gives for an app named Casebook. */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}

export function defaultNotebookPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CASEBOOK_NOTEBOOK || join(userDataDir(env), DEFAULT_NOTEBOOK_FILE);
}
