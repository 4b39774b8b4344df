/**
 * The record's votes by the UN's symbol of their resolution beside the
 * record's own, in Chromium at 1280 and 375 px: on a vote's page, and in the
 * list, where both fit their column whole (the longest, A/RES/3061(XXVIII)
 * and R/33/116B/VII, among them), in rows at the list's height.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AppUnderTest, WatchedPage } from './helpers';
import {
  DESKTOP,
  PHONE,
  SKIP_BROWSER_TESTS,
  openView,
  see,
  skipMessage,
  startApp,
  watchPolicy,
  watchedPage,
} from './helpers';

if (SKIP_BROWSER_TESTS) console.warn(skipMessage());

describe.skipIf(SKIP_BROWSER_TESTS)("the UN's symbol beside the record's", () => {
  let app: AppUnderTest;
  let context: BrowserContext;
  let watched: WatchedPage;
  let page: Page;

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });
  beforeEach(async () => {
    context = await app.browser.newContext({ viewport: DESKTOP });
    await watchPolicy(context);
    watched = await watchedPage(context);
    page = watched.page;
  });
  afterEach(async () => {
    const { errors, csp } = await watched.problems();
    await context?.close();
    expect(errors, 'uncaught errors in the page').toEqual([]);
    expect(csp, 'Content-Security-Policy violations').toEqual([]);
  });

  for (const [name, viewport] of [
    ['1280', DESKTOP],
    ['375', PHONE],
  ] as const) {
    it(`a vote's page and the list's rows show both, whole, at ${name} px`, async () => {
      await page.setViewportSize(viewport);
      await openView(page, app.url, '#/history/decision/rcid-2694');
      await see(page.getByRole('button', { name: 'Copy A/RES/39/148 B' }), 20_000);
      await see(page.getByText('record: R/39/148B'));

      // Sessions 28 and 33: the longest symbols of each kind, and a vote on an amendment (R/28/3198B) as it is.
      for (const hash of ['#/history?from=1973&to=1973&q=disarmament', '#/history?from=1978&to=1978&q=R/33/116']) {
        await openView(page, app.url, hash);
        const rows = page.locator('.record-list tbody tr[aria-rowindex]');
        await see(rows.first(), 20_000);
        const lines = await rows.evaluateAll((trs) =>
          trs.map((tr) => ({
            height: tr.getBoundingClientRect().height,
            symbols: [...tr.querySelectorAll<HTMLElement>('th > .muted')].map((s) => ({
              text: s.textContent ?? '',
              cut: s.scrollWidth > s.clientWidth,
            })),
          })),
        );
        expect(lines.length, hash).toBeGreaterThan(1);
        const official = lines.filter((l) => l.symbols.length === 2);
        expect(official.length, `${hash}: rows with the UN's symbol`).toBeGreaterThan(0);
        for (const line of lines) {
          for (const symbol of line.symbols) expect(symbol.cut, `${hash}: “${symbol.text}” is cut`).toBe(false);
          expect(line.height, `${hash}: a row's height`).toBeCloseTo(72, 0);
        }
        for (const { symbols } of official) {
          expect(symbols[0].text).toMatch(/^A\/RES\//);
          expect(symbols[1].text).toMatch(/^record: R\//);
        }
      }
    });
  }
});
