/**
 * The first screen. The build renders the overview into index.html, so it
 * shows before any script of the app has run; the app then takes it over
 * (hydrates it) with nothing moving on screen. At the address of another view
 * that overview never shows, neither before the app runs nor after.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AppUnderTest } from './helpers';
import { DESKTOP, SKIP_BROWSER_TESTS, dataLoaded, findDatasetFile, see, skipMessage, startApp } from './helpers';

if (SKIP_BROWSER_TESTS) console.warn(skipMessage());

const OVERVIEW_TITLE = /^UN votes of 24 February 2025/;

describe.skipIf(SKIP_BROWSER_TESTS)('the first screen', () => {
  let app: AppUnderTest;
  let context: BrowserContext;
  let page: Page;
  /** The app's script, as the page starts it (`./assets/index-….js`). */
  let entry: string;
  let messages: string[];

  beforeAll(async () => {
    app = await startApp();
    context = await app.browser.newContext({ viewport: DESKTOP, acceptDownloads: true });
    const html = await readFile(join(app.buildDir, 'index.html'), 'utf8');
    entry = /<script data-app="\.\/([^"]+)"/.exec(html)?.[1] ?? '';
    // Every frame, whether the overview's heading is drawn: it must never be at another view's address.
    await context.addInitScript(() => {
      const w = window as unknown as { overviewSeen?: boolean };
      w.overviewSeen = false;
      const frame = () => {
        const h1 = [...document.querySelectorAll('h1')].find((h) => h.textContent?.startsWith('UN votes of'));
        if (h1?.checkVisibility({ visibilityProperty: true })) w.overviewSeen = true;
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
  });
  afterAll(async () => {
    await context?.close();
    await app?.close();
  });
  beforeEach(async () => {
    page = await context.newPage();
    messages = [];
    page.on('console', (m) => {
      // Chromium's note on a preload not used within seconds of the load: the app held back here, on purpose.
      if (!/preloaded using link preload but not used/.test(m.text())) messages.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (error) => messages.push(`error: ${error.message}`));
  });
  afterEach(async () => {
    await page?.close();
  });

  /** Holds the app's script back until the returned function is called. */
  async function holdTheApp(): Promise<() => void> {
    expect(entry, 'index.html starts the app from its first script (data-app)').toMatch(/^assets\/index-.*\.js$/);
    let release = () => {};
    const held = new Promise<void>((done) => (release = done));
    await page.route(`**/${entry}`, async (route) => {
      await held;
      await route.continue().catch(() => undefined);
    });
    return release;
  }
  const overviewSeen = () => page.evaluate(() => (window as unknown as { overviewSeen: boolean }).overviewSeen);
  const h1 = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });

  it('shows the overview with its charts before the app has run', async () => {
    const release = await holdTheApp();
    await page.goto(`${app.url}#/`);
    await see(h1(OVERVIEW_TITLE));
    const card = page.getByRole('article', { name: 'A/RES/ES-11/7', exact: true });
    await see(card.getByText('93–18–65', { exact: true }));
    await see(card.getByText('93 in favour, 18 against, 65 abstentions, 17 non-voting (of 193 members).'));
    const bars = page.locator('article svg.tally-bar');
    expect(await bars.count()).toBe(12);
    // Drawn to scale: 93 of 193 members in favour is 48% of the bar.
    const bar = await bars.first().boundingBox();
    const yes = await card.locator('rect.tally-part-Y').boundingBox();
    expect(bar!.width).toBeGreaterThan(300);
    expect(yes!.width / bar!.width).toBeCloseTo(93 / 193, 2);
    expect(await card.locator('svg.tally-bar text').allTextContents()).toEqual(['93', '18', '65', '17']);
    // The links work as they are: they change the address, which the app reads when it runs.
    expect(await page.getByRole('link', { name: 'A/RES/ES-11/7', exact: true }).getAttribute('href')).toBe(
      '#/decision/ga-l10',
    );
    release();
    await dataLoaded(page);
    expect(messages).toEqual([]);
  });

  it('the app takes the overview over without a shift or a message, and its download works', async () => {
    await page.goto(`${app.url}#/`);
    await dataLoaded(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download all decisions (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('un-votes-2025-02-24-all-decisions.csv');
    const shift = await page.evaluate(
      () =>
        new Promise<number>((done) => {
          new PerformanceObserver((list) => {
            done(list.getEntries().reduce((sum, e) => sum + (e as PerformanceEntry & { value: number }).value, 0));
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => done(0), 500);
        }),
    );
    expect(shift, 'cumulative layout shift').toBe(0);
    expect(await page.locator('article svg.tally-bar').count()).toBe(12);
    expect(messages).toEqual([]);
  });

  it('paints from the page alone: its style sheet and first script are in it, the app is only fetched', async () => {
    const html = await readFile(join(app.buildDir, 'index.html'), 'utf8');
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head.match(/<style>/g)).toHaveLength(1);
    // No file holds the first paint back: no style sheet in force, no script of a file.
    expect(head).not.toMatch(/<link (?![^>]*\bdisabled\b)[^>]*\brel="stylesheet"/);
    expect(html).not.toMatch(/<script\b[^>]*\bsrc=/);
    expect(head).toContain(`<link rel="modulepreload" crossorigin href="./${entry}">`);
    expect(head).toMatch(/<link rel="preload" as="fetch" crossorigin href="\.\/assets\/un-votes-[^"]+\.json">/);
    // The digest in the page is the served file's.
    const digest = /data-dataset-sha256="([0-9a-f]{64})"/.exec(html)?.[1];
    const served = await readFile(join(app.buildDir, await findDatasetFile(app.buildDir)));
    expect(digest).toBe(createHash('sha256').update(served).digest('hex'));
  });

  it('builds the day the build validated without validating it again; a changed file it validates', async () => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname.split('/').pop()!));
    await page.goto(`${app.url}#/`);
    await dataLoaded(page);
    expect(requested.filter((f) => /^(load|schema)-.*\.js$/.test(f))).toEqual([]);
    await page.goto(`${app.invalidUrl}#/`);
    await see(page.getByRole('alert').getByRole('heading', { name: 'The dataset is not valid' }));
    expect(requested.filter((f) => /^load-.*\.js$/.test(f))).toHaveLength(1);
  });

  for (const [hash, heading] of [
    ['#/decision/ga-l10', 'A/RES/ES-11/7'],
    ['#/compare', 'General Assembly and Security Council on the same questions'],
    ['#/history', /General Assembly/],
    ['#/state/USA', 'United States of America'],
    ['#/no/such/view', 'Not found'],
  ] as const) {
    it(`at ${hash}, never shows the overview first`, async () => {
      const release = await holdTheApp();
      await page.goto(`${app.url}${hash}`);
      // The whole page is in, the app not yet: the overview is there, out of sight, and the header shows.
      await page.locator('article svg.tally-bar').last().waitFor({ state: 'attached' });
      expect(await h1(OVERVIEW_TITLE).isVisible()).toBe(false);
      await see(page.getByRole('link', { name: 'UN vote tracker' }));
      release();
      await see(h1(heading), 15_000);
      expect(await h1(OVERVIEW_TITLE).count()).toBe(0);
      expect(await overviewSeen(), 'the overview was drawn at some frame').toBe(false);
      expect(messages).toEqual([]);
    });
  }

  it('a link followed before the app has run opens its view when it runs', async () => {
    const release = await holdTheApp();
    await page.goto(`${app.url}#/`);
    await page.getByRole('link', { name: 'A/RES/ES-11/7', exact: true }).click();
    expect(new URL(page.url()).hash).toBe('#/decision/ga-l10');
    release();
    await see(h1('A/RES/ES-11/7'), 15_000);
    await dataLoaded(page);
    await see(page.getByRole('region', { name: 'Tally', exact: true }));
    expect(messages).toEqual([]);
  });
});
