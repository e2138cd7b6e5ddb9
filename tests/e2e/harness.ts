/**
 * End-to-end harness: a real Chromium driven by playwright-core, against the real renderer build
 * served by the real bridge (in-process, random port) over a real notebook file.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { needsBuild, runBuild } from '../../scripts/lib/build.mjs';
import { startBridge, type Bridge } from '../../src-main/bridge/server';
import { CHROMIUM_LAUNCH_ARGS, findChromium as findExportChromium } from '../../src-main/exporters/chromium';
import { ROOT } from '../helpers';

export const RENDERER_DIR = join(ROOT, 'out', 'renderer');
/** Where tests keep screenshots and other artifacts (ignored by git and eslint). */
export const ARTIFACTS_DIR = join(ROOT, 'test-results');

export const CHROMIUM_ARGS = CHROMIUM_LAUNCH_ARGS;

/** CHROMIUM_PATH, else the system's /usr/bin/chromium, else Playwright's downloaded one (the exporters' own lookup). */
export function findChromium(): string {
  const found = findExportChromium();
  if (!found) {
    throw new Error(
      'No Chromium found for the end-to-end tests. Install one with “apt-get install -y chromium” (Debian/Ubuntu) or “npx playwright install chromium”, or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    );
  }
  return found;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
}

let built: Promise<void> | undefined;

/** Builds out/renderer when it is missing or older than its sources (once per process; the global setup does it once per run). */
export function ensureRendererBuilt(): Promise<void> {
  built ??= (async () => {
    if (!needsBuild('renderer')) return;
    const code = await runBuild('renderer');
    if (code !== 0) throw new Error(`Building the renderer failed (electron-vite exited with ${code}); its messages are above.`);
  })();
  return built;
}

export interface WebApp extends Bridge {
  /** The notebook file the app serves. */
  notebookPath: string;
}

/** Builds the renderer if needed and serves it with the notebook at `notebookPath` on a random loopback port. */
export async function startWebApp({ notebookPath }: { notebookPath: string }): Promise<WebApp> {
  await ensureRendererBuilt();
  return startBridge({ notebookPath, rendererDir: RENDERER_DIR, host: '127.0.0.1', port: 0 });
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return join(ARTIFACTS_DIR, name);
}
