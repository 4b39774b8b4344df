/**
 * `npm start`: the development server, its mock data endpoint (msw) and the
 * states it can show with `?mock=…`, in Chromium.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { createServer } from 'vite';
import type { ViteDevServer } from 'vite';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AppUnderTest } from './helpers';
import {
  DESKTOP,
  PHONE,
  PROJECT_ROOT,
  SKIP_BROWSER_TESTS,
  formatAxeViolations,
  see,
  seriousAxeViolations,
  skipMessage,
  startApp,
} from './helpers';

if (SKIP_BROWSER_TESTS) console.warn(skipMessage());

describe.skipIf(SKIP_BROWSER_TESTS)('the development server with its mocks', () => {
  let app: AppUnderTest;
  let server: ViteDevServer;
  let url: string;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    [app, server] = await Promise.all([
      startApp(),
      createServer({
        root: PROJECT_ROOT,
        mode: 'development',
        logLevel: 'silent',
        server: { host: '127.0.0.1', port: 0, hmr: false },
      }),
    ]);
    await server.listen();
    url = server.resolvedUrls!.local[0];
    // One context: the mock service worker registers once, and the modules load from its cache after the first page.
    context = await app.browser.newContext({ viewport: DESKTOP });
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
    await app?.close();
  });
  beforeEach(async () => {
    page = await context.newPage();
  });
  afterEach(async () => {
    await page?.close();
  });

  const h1 = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });

  it('serves the dataset through the mock worker; an unknown ?mock= name is named in a notice', async () => {
    const worker = await page.request.get(`${url}mockServiceWorker.js`);
    expect(worker.status()).toBe(200);
    await page.goto(`${url}?mock=nope#/`);
    await see(h1(/^UN votes of/), 60_000);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await see(
      page
        .getByRole('status')
        .filter({ hasText: 'Part of the address was not understood and was ignored' })
        .filter({ hasText: 'mock "nope" (not error, slow, invalid or network)' }),
    );
  });

  it('?mock=error: the error, with focus left where the page load put it and no frame round the page', async () => {
    await page.goto(`${url}?mock=error#/`);
    await see(page.getByRole('alert').getByRole('heading', { level: 1, name: 'The dataset could not be loaded' }));
    await see(page.getByText(/the server answered 500/));
    const focus = await page.evaluate(() => ({
      active: document.activeElement?.tagName,
      mainOutline: getComputedStyle(document.getElementById('main')!).outlineStyle,
    }));
    expect(focus).toEqual({ active: 'BODY', mainOutline: 'none' });
  });

  it('?mock=slow: the loading screen, with a heading, passes axe at 1280 and 375 px', async () => {
    await page.goto(`${url}?mock=slow#/`);
    const loading = page.getByRole('status').filter({ hasText: 'Loading the dataset' });
    await see(loading);
    expect(await loading.getByRole('heading', { level: 1 }).count()).toBe(1);
    const report: string[] = [];
    for (const viewport of [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport);
      const violations = await seriousAxeViolations(page);
      if (violations.length) report.push(`at ${viewport.width} px:\n${formatAxeViolations(violations)}`);
    }
    expect(report.join('\n')).toBe('');
  });
});
