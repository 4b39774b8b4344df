/**
 * Every view at desktop and phone width through axe-core, and what a
 * keyboard or screen-reader user meets: where focus goes, what the first
 * press of a control changes, what a view and the tab are called.
 */
import type { BrowserContext, Locator, Page, Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AppUnderTest } from './helpers';
import {
  DESKTOP,
  PHONE,
  SKIP_BROWSER_TESTS,
  dataLoaded,
  datasetDecisionIds,
  formatAxeViolations,
  goToHash,
  openView,
  see,
  seriousAxeViolations,
  skipMessage,
  startApp,
} from './helpers';

if (SKIP_BROWSER_TESTS) console.warn(skipMessage());

const DATASET_REQUEST = /\/un-votes-2025-02-24[^/]*\.json$/;

describe.skipIf(SKIP_BROWSER_TESTS)('accessibility and keyboard', () => {
  let app: AppUnderTest;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    app = await startApp();
    context = await app.browser.newContext({ viewport: DESKTOP });
  });
  afterAll(async () => {
    await context?.close();
    await app?.close();
  });
  beforeEach(async () => {
    page = await context.newPage();
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  afterEach(async () => {
    await page?.close();
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  });

  const h1 = (name?: string | RegExp) => page.getByRole('heading', { level: 1, ...(name ? { name } : {}) });
  const countStatusIn = (p: Page) => p.getByRole('status').filter({ hasText: /^Showing/ });
  const countStatus = () => countStatusIn(page);

  /** Axe at both widths on the view in the page now; the violations as text, named. */
  async function axeBothWidths(name: string): Promise<string[]> {
    const report: string[] = [];
    for (const [label, viewport] of [
      ['1280 px', DESKTOP],
      ['375 px', PHONE],
    ] as const) {
      await page.setViewportSize(viewport);
      const violations = await seriousAxeViolations(page);
      if (violations.length) report.push(`${name} at ${label}:\n${formatAxeViolations(violations)}`);
    }
    await page.setViewportSize(DESKTOP);
    return report;
  }

  it('no serious or critical axe violation on any view, at 1280 and 375 px', { timeout: 240_000 }, async () => {
    const decisions = await datasetDecisionIds();
    const views: [string, string, (p: Page) => Locator][] = [
      ['overview', '#/', (p) => p.getByRole('heading', { level: 1, name: /^UN votes of/ })],
      ...decisions.map((id): [string, string, (p: Page) => Locator] => [
        `decision ${id}`,
        `#/decision/${id}`,
        countStatusIn,
      ]),
      // The states a decision page can be in, beyond showing every row (each decision's page is above).
      ['decision, filtered', '#/decision/sc-s2025-112?position=Y&group=African%20States', countStatusIn],
      ['decision, disputed', '#/decision/ga-l11?position=disputed', countStatusIn],
      ['decision, no rows', '#/decision/sc-s2025-112?q=zzzz', countStatusIn],
      ['decision, with a notice', '#/decision/sc-s2025-112?position=maybe', countStatusIn],
      ['compare', '#/compare', (p) => p.getByRole('table', { name: /Positions of the 2025 Council members/ })],
      // With the record's figures in.
      ['methodology', '#/methodology', (p) => p.getByRole('rowheader', { name: 'The General Assembly’s record' })],
      ['not found (decision)', '#/decision/nope', (p) => p.getByRole('heading', { level: 1, name: 'Not found' })],
      ['not found (page)', '#/no/such/page', (p) => p.getByRole('heading', { level: 1, name: 'Not found' })],
    ];
    // A page per width, side by side: the same views, in step.
    const phone = await context.newPage();
    await phone.setViewportSize(PHONE);
    phone.on('pageerror', (error) => pageErrors.push(error.message));
    const pages: [string, Page][] = [
      ['1280 px', page],
      ['375 px', phone],
    ];
    const report: string[] = [];
    try {
      await Promise.all(pages.map(([, p]) => openView(p, app.url, '#/')));
      for (const [name, hash, ready] of views) {
        const results = await Promise.all(
          pages.map(async ([width, p]) => {
            await goToHash(p, hash);
            await see(ready(p));
            const violations = await seriousAxeViolations(p);
            return violations.length ? `${name} (${hash}) at ${width}:\n${formatAxeViolations(violations)}` : '';
          }),
        );
        report.push(...results.filter(Boolean));
      }
    } finally {
      await phone.close();
    }
    expect(report.join('\n\n'), 'serious or critical axe violations').toBe('');
  });

  it('no serious or critical axe violation while loading or on an error, at 1280 and 375 px', async () => {
    const report: string[] = [];

    // Loading: the dataset is held back until axe has run.
    let release = () => {};
    const held = new Promise<void>((done) => (release = done));
    const hold = async (route: Route) => {
      await held;
      await route.continue().catch(() => undefined);
    };
    await page.route(DATASET_REQUEST, hold);
    await page.goto(`${app.url}#/decision/ga-l10`);
    await see(page.getByRole('status').filter({ hasText: 'Loading the dataset' }));
    report.push(...(await axeBothWidths('loading')));
    release();
    await dataLoaded(page);
    await page.unroute(DATASET_REQUEST, hold);

    for (const [name, base, heading] of [
      ['invalid dataset', app.invalidUrl, 'The dataset is not valid'],
      ['dataset answering 500', app.errorUrl, 'The dataset could not be loaded'],
    ] as const) {
      await page.goto(`${base}#/`);
      await see(page.getByRole('alert').getByRole('heading', { level: 1, name: heading }));
      report.push(...(await axeBothWidths(name)));
    }

    await page.route(DATASET_REQUEST, (route) => route.abort('internetdisconnected'));
    await page.goto(`${app.url}#/`);
    await see(page.getByRole('alert').getByRole('heading', { level: 1, name: 'The dataset could not be loaded' }));
    report.push(...(await axeBothWidths('no network')));

    expect(report.join('\n\n'), 'serious or critical axe violations').toBe('');
  });

  it('the loading screen has a level-one heading', async () => {
    let release = () => {};
    const held = new Promise<void>((done) => (release = done));
    await page.route(DATASET_REQUEST, async (route) => {
      await held;
      await route.continue().catch(() => undefined);
    });
    // A view that waits for the curated day (the overview is in the page, built ahead of time, meanwhile).
    await page.goto(`${app.url}#/compare`);
    await see(page.getByRole('status').filter({ hasText: 'Loading the dataset' }));
    expect(await h1().count()).toBe(1);
    expect(await h1().textContent()).toMatch(/UN vote tracker|Loading/);
    release();
    await dataLoaded(page);
  });

  it('"Clear filters" moves focus to the position filter, not to the page', async () => {
    await openView(page, app.url, '#/decision/ga-l10?position=N&group=African%20States');
    await see(countStatus().filter({ hasText: 'Showing 8 of 193 states' }));
    const clear = page.getByRole('button', { name: 'Clear filters' });
    await clear.focus();
    await page.keyboard.press('Enter');
    await see(countStatus().filter({ hasText: 'Showing 193 of 193 states' }));
    expect(await clear.isDisabled()).toBe(true);
    const focused = await page.evaluate(() => ({
      tag: document.activeElement?.tagName,
      text: document.activeElement?.textContent?.replace(/\s+/g, ' ').trim(),
      pressed: document.activeElement?.getAttribute('aria-pressed'),
    }));
    expect(focused).toEqual({ tag: 'BUTTON', text: 'All 193', pressed: 'true' });
  });

  it('a new view from an edited address focuses its heading, with no frame round the page', async () => {
    await openView(page, app.url, '#/');
    await see(h1(/^UN votes of/));
    for (const [hash, name] of [
      ['#/compare', 'General Assembly and Security Council on the same questions'],
      ['#/decision/ga-l10', 'A/RES/ES-11/7'],
      ['#/decision/nope', 'Not found'],
    ] as const) {
      await goToHash(page, hash);
      await see(h1(name));
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.tagName), { message: `focus after ${hash}` })
        .toBe('H1');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const main = document.getElementById('main')!;
        return {
          text: el.textContent,
          outline: getComputedStyle(el).outlineStyle,
          mainOutline: getComputedStyle(main).outlineStyle,
        };
      });
      expect(focus).toEqual({ text: name, outline: 'none', mainOutline: 'none' });
    }
  });

  it('the first press of the State sort changes the order shown', async () => {
    await openView(page, app.url, '#/decision/ga-l10');
    const table = page.getByRole('table', { name: /^Positions of the 193 member states/ });
    const header = table.getByRole('columnheader', { name: /State/ });
    const first = async () => (await table.getByRole('rowheader').first().textContent())?.trim();
    expect(await header.getAttribute('aria-sort'), 'shown in name order from the start').toBe('ascending');
    expect(await first()).toBe('Afghanistan');
    await header.getByRole('button').click();
    await expect.poll(first).toBe('Zimbabwe');
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    await header.getByRole('button').click();
    await expect.poll(first).toBe('Afghanistan');
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
  });

  it('an empty result offers no download', async () => {
    await openView(page, app.url, '#/decision/ga-l10?q=zzzz');
    await see(countStatus().filter({ hasText: 'Showing 0 of 193 states' }));
    await see(page.getByText('No state matches these filters.'));
    expect(await page.getByRole('button', { name: /Download these/ }).count()).toBe(0);
  });

  it('an unknown decision titles the tab "Not found" and quotes its id short', async () => {
    const id = 'OFFICIAL CORRECTION: Russia voted Yes - call +1-555-0100';
    await openView(page, app.url, `#/decision/${encodeURIComponent(id)}`);
    await see(h1('Not found'));
    expect(await page.title()).toBe('Not found · UN vote tracker');
    const text = await page.locator('main').innerText();
    expect(text).not.toContain('+1-555-0100');
    expect(text).toMatch(/There is no decision “OFFICIAL CORRECTION: Russia v[^”]*…” in this dataset\./);
  });
});
