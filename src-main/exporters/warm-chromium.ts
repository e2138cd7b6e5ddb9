/**
 * An opt-in warm Chromium for PDF export in a long-running process (browser mode): one browser,
 * launched by the first export and reused by the next ones (launching costs about a second), closed
 * after a minute without exports or when the process that asked for it lets go. Without it (the
 * CLI, tests) every export launches its own browser and closes it, so one-shot processes exit
 * promptly. Playwright kills a browser still running when the process exits.
 */
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';

export const WARM_IDLE_MS = 60_000;

export interface WarmChromiumOptions {
  /** How long the browser stays open after the last export; default one minute. */
  idleMs?: number;
  /** How the browser is started (tests count launches here). */
  launch?: () => Promise<Browser>;
}

/** A browser lent to one export; `release` when done with it. */
export interface BorrowedBrowser {
  browser: Browser;
  release(): Promise<void>;
}

export interface WarmChromiumHandle {
  /** Lets go of the warm browser; the last holder's close closes it. */
  close(): Promise<void>;
}

class WarmChromium {
  private browser: Promise<Browser> | null = null;
  private borrowers = 0;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly idleMs: number,
    private readonly launch: () => Promise<Browser>,
  ) {}

  async borrow(): Promise<BorrowedBrowser> {
    clearTimeout(this.idleTimer);
    this.borrowers++;
    let browser: Browser;
    try {
      browser = await (this.browser ??= this.start());
    } catch (error) {
      this.returned();
      throw error;
    }
    let released = false;
    return {
      browser,
      release: async () => {
        if (released) return;
        released = true;
        this.returned();
      },
    };
  }

  private start(): Promise<Browser> {
    const started: Promise<Browser> = this.launch().then(
      (browser) => {
        // A crashed or killed browser is replaced by the next export.
        browser.on('disconnected', () => {
          if (this.browser === started) this.browser = null;
        });
        return browser;
      },
      (error: unknown) => {
        if (this.browser === started) this.browser = null;
        throw error;
      },
    );
    return started;
  }

  private returned(): void {
    this.borrowers--;
    if (this.borrowers > 0) return;
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => void this.close(), this.idleMs);
    this.idleTimer.unref();
  }

  async close(): Promise<void> {
    clearTimeout(this.idleTimer);
    const browser = this.browser;
    this.browser = null;
    if (!browser) return;
    try {
      await (await browser).close();
    } catch {
      // never started, or already gone
    }
  }
}

let shared: WarmChromium | null = null;
let holders = 0;

/**
 * From now on PDF exports in this process share one browser, until every handle is closed. The
 * options of the first caller apply while the browser is shared.
 */
export function keepChromiumWarm(options: WarmChromiumOptions = {}): WarmChromiumHandle {
  // The process's owner (the bridge) decides when to stop on Ctrl+C, not Playwright.
  shared ??= new WarmChromium(options.idleMs ?? WARM_IDLE_MS, options.launch ?? (() => launchChromium(process.env, { handleSignals: false })));
  holders++;
  let closed = false;
  return {
    async close() {
      if (closed) return;
      closed = true;
      holders--;
      if (holders > 0 || !shared) return;
      const warm = shared;
      shared = null;
      await warm.close();
    },
  };
}

/** A browser for one export: the warm one when kept warm, else a new one closed on release. */
export async function borrowChromium(): Promise<BorrowedBrowser> {
  if (shared) return shared.borrow();
  const browser = await launchChromium();
  return { browser, release: () => browser.close() };
}
