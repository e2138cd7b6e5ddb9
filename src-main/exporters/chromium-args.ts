/**
 * The switches Casebook starts headless Chromium with, apart from playwright-core (which costs
 * half a second to load), so a process can start the browser before it loads anything else.
 */
import { accessSync, constants } from 'node:fs';

export function isExecutable(path: string | undefined): path is string {
  if (!path) return false;
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chromium of this machine (CHROMIUM_PATH, then Debian's), or null; without playwright-core's own browsers. */
export function systemChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  return [env.CHROMIUM_PATH, '/usr/bin/chromium'].find(isExecutable) ?? null;
}

/**
 * Chromium keeps only the last --disable-features switch it is given, so this list repeats the one
 * playwright-core passes (1.65, chromiumSwitches.ts; a test checks it still covers it) and adds the
 * WebUI omnibox popup: every new page's window would load it, about 0.7 s of CPU taken from the
 * brief being printed.
 */
export const DISABLED_CHROMIUM_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
  'WebUIOmniboxFullPopup',
];

export const CHROMIUM_LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  `--disable-features=${DISABLED_CHROMIUM_FEATURES.join(',')}`,
];
