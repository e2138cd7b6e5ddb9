/**
 * Hostile archived content never runs: an HTML page with scripts, event handlers, javascript:
 * links, remote images, frames and forms is imported through the UI and read, and nothing it
 * carries executes, opens a dialog or fetches anything; its text shows as inert text.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers';
import { openAnalystSession, readerText, screenshotPath, type AnalystSession } from './analyst-ui';

const HOSTILE = fixture('html', 'hostile-e2e.html');

declare global {
  interface Window {
    __casebookPwned?: string;
    __policyViolations?: string[];
  }
}

// The steps run in order on one page: the first imports and opens the hostile page the later ones inspect.
describe('hostile archived HTML in the reader', () => {
  let session: AnalystSession;
  let page: Page;

  beforeAll(async () => {
    // Even a blocked attempt counts: record every Content-Security-Policy violation the page reports.
    session = await openAnalystSession('hostile', async (p) => {
      await p.addInitScript(() => {
        window.__policyViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.__policyViolations?.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
    });
    ({ page } = session);
  });

  afterAll(() => session?.close());

  it('imports and opens the page, showing its text and its quoted markup as plain text', async () => {
    await page.locator('input[type=file]').setInputFiles(HOSTILE);
    await page.locator('.source-row', { hasText: 'supply routes' }).click();
    await page.locator('.reader-doc').getByText('three convoys').waitFor();
    const text = await readerText(page);
    expect(text).toContain('Click this javascript link or this ordinary looking link for the annex.');
    expect(text).toContain(`<script>window.__casebookPwned = 'quoted script ran'</script> <img src=x onerror=alert(1)>`);
    expect(text).toContain('fuel drums');
  });

  it('rendered no live element: no link, image, script, frame, object, svg or form in the reader', async () => {
    const live = await page.locator('.reader-doc').evaluate((root) => root.querySelectorAll('a, img, script, iframe, object, embed, svg, form, input, style, link, meta').length);
    expect(live).toBe(0);
    expect(await page.locator('.reader-doc [onerror], .reader-doc [onclick], .reader-doc [onmouseover], .reader-doc [href], .reader-doc [src]').count()).toBe(0);
  });

  it('ran nothing and fetched nothing, even when the analyst hovers and clicks its text', async () => {
    await page.locator('.reader-doc').getByText('Hovering this paragraph').hover();
    await page.locator('.reader-doc').getByText('this javascript link').click();
    await page.locator('.reader-doc').getByText('this ordinary looking link').click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshotPath('hostile-reader') });

    expect(await page.evaluate(() => window.__casebookPwned)).toBeUndefined();
    expect(await page.evaluate(() => window.__policyViolations)).toEqual([]);
    expect(session.dialogs).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    // Still the app, still at its own address.
    expect(new URL(page.url()).hostname).toBe('127.0.0.1');
  });
});
