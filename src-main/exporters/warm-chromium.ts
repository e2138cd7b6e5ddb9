/**
 * An opt-in warm Chromium for PDF export in a long-running process (browser mode): one browser,
 * launched by the first export and reused by the next ones (launching costs about a second), closed
 * after a minute without exports or when the process that asked for it lets go. Each export prints
 * on a page of its own context; once an export is done, the page for the next one is opened ahead
 * (a new context and renderer cost a fifth of a second). Without it (the CLI, tests) every export
 * launches its own browser and closes it, so one-shot processes exit promptly. Playwright kills a
 * browser still running when the process exits.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium';

export const WARM_IDLE_MS = 60_000;

export interface WarmChromiumOptions {
  /** How long the browser stays open after the last export; default one minute. */
  idleMs?: number;
  /** How the browser is started (tests count launches here). */
  launch?: () => Promise<Browser>;
}

/** A page lent to one export, in a context no other export sees; `release` when done with it. */
export interface PrintPage {
  page: Page;
  release(): Promise<void>;
}

interface OpenedPage {
  context: BrowserContext;
  page: Page;
}

/** A page to print on: its own context, no script, and nothing fetched (the brief is self-contained). */
async function openPrintPage(browser: Browser): Promise<OpenedPage> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.route('**/*', (route) => route.abort());
    return { context, page };
  } catch (error) {
    await context.close().catch(() => {});
    throw error;
  }
}

export interface WarmChromiumHandle {
  /** Lets go of the warm browser; the last holder's close closes it. */
  close(): Promise<void>;
}

class WarmChromium {
  private browser: Promise<Browser> | null = null;
  /** The page the next export will print on, opened once the last one was done. */
  private spare: Promise<OpenedPage> | null = null;
  private borrowers = 0;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly idleMs: number,
    private readonly launch: () => Promise<Browser>,
  ) {}

  async borrow(): Promise<PrintPage> {
    clearTimeout(this.idleTimer);
    this.borrowers++;
    let opened: OpenedPage;
    try {
      const browser = await (this.browser ??= this.start());
      const spare = this.spare;
      this.spare = null;
      opened = (await spare?.catch(() => null)) ?? (await openPrintPage(browser));
    } catch (error) {
      this.returned();
      throw error;
    }
    let released = false;
    return {
      page: opened.page,
      release: async () => {
        if (released) return;
        released = true;
        await opened.context.close().catch(() => {});
        this.returned();
      },
    };
  }

  private start(): Promise<Browser> {
    const started: Promise<Browser> = this.launch().then(
      (browser) => {
        // A crashed or killed browser is replaced by the next export.
        browser.on('disconnected', () => {
          if (this.browser !== started) return;
          this.browser = null;
          this.spare = null;
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
    this.openSpare();
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => void this.close(), this.idleMs);
    this.idleTimer.unref();
  }

  private openSpare(): void {
    const browser = this.browser;
    if (!browser || this.spare) return;
    const spare = browser.then(openPrintPage);
    spare.catch(() => {
      if (this.spare === spare) this.spare = null;
    });
    this.spare = spare;
  }

  async close(): Promise<void> {
    clearTimeout(this.idleTimer);
    const browser = this.browser;
    this.browser = null;
    this.spare = null;
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

/** Whether PDF exports in this process share a warm browser now. */
export function isChromiumWarm(): boolean {
  return shared !== null;
}

/** A page for one export: from the warm browser when kept warm, else in a new browser closed on release. */
export async function borrowPrintPage(): Promise<PrintPage> {
  if (shared) return shared.borrow();
  return printPageIn(await launchChromium());
}

/** A page in a browser of its own, closed on release. */
async function printPageIn(browser: Browser): Promise<PrintPage> {
  // Closing the browser closes its contexts too.
  const close = () => browser.close().catch(() => {});
  try {
    const { page } = await openPrintPage(browser);
    return { page, release: close };
  } catch (error) {
    await close();
    throw error;
  }
}
