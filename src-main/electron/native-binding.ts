/**
 * Which better-sqlite3 binary the desktop app loads. The one in node_modules is built for Node
 * (the tests and the CLI use it); `npm start` prepares an Electron-ABI build in
 * `.electron-native/` beside package.json (scripts/start-electron.mjs).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ELECTRON_NATIVE_DIR = '.electron-native';

/** The Electron build of better-sqlite3 inside `appPath`, or undefined when it has not been prepared. */
export function electronNativeBinding(appPath: string): string | undefined {
  const candidate = join(appPath, ELECTRON_NATIVE_DIR, 'better_sqlite3.node');
  return existsSync(candidate) ? candidate : undefined;
}
