/**
 * Cold opens for the renderer bench: each sample is the FIRST open in a freshly launched
 * Chromium (new profile: no compiled code, no HTTP or code cache, the app's query cache empty),
 * the app's and bare Lexical's taken in turns (which goes first alternates), so a machine
 * that gets busier or quieter weighs on both alike. The figure is the median of the rounds.
 */
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/harness';

export interface ColdSide {
  /** Loads the page at `url` until it is ready to open the source. */
  url: string;
  ready(page: Page): Promise<void>;
  /** Opens the source once and resolves with the ms it took. */
  open(page: Page): Promise<number>;
}

/** One first open in a fresh browser; the page rests a moment after loading, as an analyst's would. */
async function coldSample(side: ColdSide): Promise<number> {
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(side.url);
    await side.ready(page);
    await page.waitForTimeout(500);
    return await side.open(page);
  } finally {
    await browser.close();
  }
}

/** `rounds` cold opens of each side, in turns. */
export async function measureColdOpens(rounds: number, app: ColdSide, bare: ColdSide): Promise<{ app: number[]; bare: number[] }> {
  const samples = { app: [] as number[], bare: [] as number[] };
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      samples.app.push(await coldSample(app));
      samples.bare.push(await coldSample(bare));
    } else {
      samples.bare.push(await coldSample(bare));
      samples.app.push(await coldSample(app));
    }
  }
  return samples;
}
