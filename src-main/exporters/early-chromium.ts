/**
 * A headless Chromium started at the very beginning of a one-shot PDF export (the command line),
 * so its second of start-up runs while Node loads our modules and builds the bibliography, instead
 * of after. It imports only Node built-ins. The export talks to it over the DevTools protocol on
 * the browser's own pipe (cdp-pipe.ts, cdp-print.ts), not through playwright-core, which is half a
 * second of CPU to load. A browser started here and not taken by an export is killed when the
 * process exits.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CdpPipe } from './cdp-pipe';
import { CHROMIUM_LAUNCH_ARGS, systemChromium } from './chromium-args';

/**
 * Of the switches playwright-core adds to every launch, those that bear on a page printed in an
 * automated headless browser (no throttling of a page nobody looks at, no extensions or field
 * trials, scrollbars hidden as Playwright's headless pages have them).
 */
const PLAYWRIGHT_LIKE_ARGS = [
  '--disable-field-trial-config',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--disable-extensions',
  '--disable-default-apps',
  '--no-default-browser-check',
  '--hide-scrollbars',
  '--mute-audio',
  '--password-store=basic',
];

export interface EarlyChromium {
  /**
   * The DevTools protocol of the browser, over its pipe: commands sent before it is ready wait
   * for it; they fail if it could not start or has exited.
   */
  cdp: CdpPipe;
  /** Closes the browser (if still running) and removes its profile folder once it has exited. */
  stop(): Promise<void>;
}

let pending: EarlyChromium | null = null;
/** Makes the pending browser hold the process open again: its taker awaits it, and stops it. */
let holdPending: (() => void) | null = null;

/**
 * A helper process of the browser may still write to its profile after the browser has exited,
 * so the folder cannot be removed yet, or comes back after its removal. A small detached process
 * removes it at once and looks again for a few seconds, so that neither the removal (a tenth of a
 * second on a busy machine), nor retries, nor waits delay this command's exit (rmSync's own
 * retries sleep synchronously, up to 5.5 s).
 */
const REMOVE_LATER = `const { rmSync } = require('node:fs');
const remove = () => { try { rmSync(process.argv[1], { recursive: true, force: true }); } catch {} };
remove();
let looks = 0;
const timer = setInterval(() => {
  remove();
  if (++looks >= 16) clearInterval(timer);
}, 250);`;

function removeProfile(profile: string): void {
  try {
    spawn(process.execPath, ['-e', REMOVE_LATER, profile], { detached: true, stdio: 'ignore', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } }).unref();
  } catch {
    try {
      rmSync(profile, { recursive: true, force: true });
    } catch {
      // left in the system's temp folder, which the system clears
    }
  }
}

/** Starts Chromium now, for the next PDF export of this process to use; does nothing if there is no Chromium here. */
export function startChromiumEarly(env: NodeJS.ProcessEnv = process.env): void {
  if (pending) return;
  const path = systemChromium(env); // none: the export launches through playwright-core
  if (!path) return;
  const profile = mkdtempSync(join(tmpdir(), 'casebook-chromium-'));
  // The browser reads the protocol from its descriptor 3 and answers on its descriptor 4.
  const child = spawn(path, [...CHROMIUM_LAUNCH_ARGS, ...PLAYWRIGHT_LIKE_ARGS, `--user-data-dir=${profile}`, '--remote-debugging-pipe', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
  });
  const pipes = [child.stdio[3], child.stdio[4]] as Socket[];
  const cdp = new CdpPipe(pipes[0], pipes[1]);
  child.on('error', (error) => cdp.close(error)); // reported to the export that takes it
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const running = () => child.exitCode === null && child.signalCode === null;
  // At exit nothing can be awaited: the browser is killed and its profile removed as far as it can be.
  const atExit = () => {
    if (running()) child.kill('SIGKILL');
    removeProfile(profile);
  };
  let stopped: Promise<void> | null = null;
  const stop = () =>
    (stopped ??= (async () => {
      process.off('exit', atExit);
      if (running()) {
        // Closed, not killed: Chromium shuts down with its helper processes, which would otherwise
        // still write to the profile being removed; SIGKILL if it has not within two seconds.
        if (cdp.closed) child.kill('SIGTERM');
        else cdp.send('Browser.close').catch(() => child.kill('SIGTERM'));
        const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
        await exited;
        clearTimeout(timer);
      }
      cdp.close();
      removeProfile(profile);
    })());
  process.on('exit', atExit);
  // Until an export takes it, neither the browser nor its pipes keep this process alive: an exit kills the browser.
  child.unref();
  for (const pipe of pipes) pipe.unref();
  pending = { cdp, stop };
  holdPending = () => {
    child.ref();
    for (const pipe of pipes) pipe.ref();
  };
}

/** The browser started early, if any, for one export to use (and stop): the next export starts its own. */
export function takeEarlyChromium(): EarlyChromium | null {
  const taken = pending;
  // Awaiting a browser that does not hold the process open would end it (exit code 13) if the
  // browser has not answered yet, with nothing else to wait for.
  holdPending?.();
  pending = null;
  holdPending = null;
  return taken;
}
