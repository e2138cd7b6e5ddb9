/**
 * Finding and starting a headless Chromium for PDF export in the CLI and browser mode (the
 * desktop app prints with Electron instead). Looked for in this order: $CHROMIUM_PATH,
 * /usr/bin/chromium, then the browser playwright-core downloaded, if any.
 */
import { createRequire } from 'node:module';
import type * as Playwright from 'playwright-core';
import type { Browser } from 'playwright-core';
import { CasebookError } from '../contract/errors';
import { CHROMIUM_LAUNCH_ARGS, isExecutable, systemChromium } from './chromium-args';

export { CHROMIUM_LAUNCH_ARGS, DISABLED_CHROMIUM_FEATURES } from './chromium-args';

/**
 * playwright-core, required rather than imported: imported from ESM, Node first scans its CommonJS
 * files for their exports, a quarter of a second of CPU on every PDF export from the command line.
 */
const playwright = (): typeof Playwright => createRequire(import.meta.url)('playwright-core') as typeof Playwright;

/** Loads playwright-core now rather than at the first launch or connection (a quarter of a second of CPU). */
export function loadPlaywright(): void {
  playwright();
}

export const NO_CHROMIUM_MESSAGE = 'PDF export needs Chromium: install it with “apt-get install chromium” (Linux) or use the desktop app';

/** The path of a Chromium to use, or null when there is none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const system = systemChromium(env);
  if (system) return system;
  try {
    const bundled = playwright().chromium.executablePath();
    if (isExecutable(bundled)) return bundled;
  } catch {
    // playwright-core has no browser of its own installed
  }
  return null;
}

/**
 * Starts a headless Chromium, or throws UNSUPPORTED_FORMAT naming what to install. With
 * `handleSignals: false`, Ctrl+C is left to the caller (a browser kept open between exports must
 * not end the process before it closes what it holds).
 */
export async function launchChromium(env: NodeJS.ProcessEnv = process.env, { handleSignals = true } = {}): Promise<Browser> {
  const executablePath = findChromium(env);
  if (!executablePath) throw new CasebookError('UNSUPPORTED_FORMAT', NO_CHROMIUM_MESSAGE);
  return playwright().chromium.launch({
    executablePath,
    headless: true,
    args: CHROMIUM_LAUNCH_ARGS,
    handleSIGINT: handleSignals,
    handleSIGTERM: handleSignals,
    handleSIGHUP: handleSignals,
  });
}
