/**
 * The jump-to search in Chromium, on the built app under its
 * Content-Security-Policy: Control+K then "ES-11/7" then Enter opens the
 * decision; "USSR" finds the Russian Federation's seat; the record's index
 * is built in the search worker; a capped group says how many it shows of
 * how many, and the last option opens the record's list with the words;
 * the first screen does not load the dialog's code; axe at 1280 and 375 px
 * with the dialog open.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppUnderTest, WatchedPage } from './helpers';
import {
  DESKTOP,
  PHONE,
  SKIP_BROWSER_TESTS,
  formatAxeViolations,
  openView,
  see,
  seriousAxeViolations,
  skipMessage,
  startApp,
  watchPolicy,
  watchedPage,
} from './helpers';

if (SKIP_BROWSER_TESTS) console.warn(skipMessage());

describe.skipIf(SKIP_BROWSER_TESTS)('jump-to search', () => {
  let app: AppUnderTest;
  let context: BrowserContext;
  let watched: WatchedPage | null = null;

  beforeAll(async () => {
    app = await startApp();
    context = await app.browser.newContext({ viewport: DESKTOP });
    await watchPolicy(context);
  });
  afterAll(async () => {
    await context?.close();
    await app?.close();
  });
  afterEach(async () => {
    if (!watched) return;
    const { errors, csp } = await watched.problems();
    await watched.page.close();
    watched = null;
    expect(errors, 'uncaught errors in the page').toEqual([]);
    expect(csp, 'Content-Security-Policy violations').toEqual([]);
  });

  it('Control+K, "ES-11/7", Enter: the decision opens; the dialog loaded only then', async () => {
    watched = await watchedPage(context);
    const { page } = watched;
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await openView(page, app.url, '#/');
    expect(
      scripts.filter((s) => /SearchDialog/.test(s)),
      'the dialog is not part of the first screen',
    ).toEqual([]);
    await page.keyboard.press('Control+K');
    const box = await see(page.getByRole('combobox', { name: 'Search views, states, topics and decisions' }));
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.pressSequentially('ES-11/7');
    const option = await see(page.getByRole('option', { name: /^A\/RES\/ES-11\/7/ }));
    expect(await option.getAttribute('aria-selected')).toBe('true');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
    await page.keyboard.press('Enter');
    await see(page.getByRole('heading', { level: 1, name: /A\/RES\/ES-11\/7/ }));
    expect(new URL(page.url()).hash).toBe('#/decision/ga-l10');
    expect(await page.getByRole('dialog').count()).toBe(0);
  });

  it('"USSR" finds the Russian Federation\'s seat, by keyboard alone; the record is searched in its worker', async () => {
    watched = await watchedPage(context);
    const { page } = watched;
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(new URL(w.url()).pathname));
    await openView(page, app.url, '#/compare');
    await page.keyboard.press('/');
    const box = await see(page.getByRole('combobox'));
    await box.pressSequentially('USSR');
    const option = await see(page.getByRole('option', { name: /^Union of Soviet Socialist Republics/ }));
    expect(await option.innerText()).toContain('its seat continued by Russian Federation');
    await page.keyboard.press('Enter');
    await see(page.getByRole('heading', { level: 1, name: 'Russian Federation' }), 30_000);
    expect(new URL(page.url()).hash).toBe('#/state/RUS');

    // A vote of the record, by its symbol as the UN writes it.
    await page.keyboard.press('Control+K');
    const again = await see(page.getByRole('combobox'));
    await again.pressSequentially('A/RES/2758 (XXVI)');
    await see(
      page.getByRole('option', { name: /^A\/RES\/2758\(XXVI\).*GA record · 1971 · R\/26\/2758[A-G] · / }).first(),
      30_000,
    );
    expect(
      workers.some((path) => /\/assets\/search\.worker-[^/]*\.js$/.test(path)),
      workers.join(),
    ).toBe(true);
    // Escape closes it, and focus is back where it was.
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').count()).toBe(0);
  });

  it('"ussr" says it shows the best 8 of the record\'s 85 votes; the last option, by the arrows, opens the list of them', async () => {
    watched = await watchedPage(context);
    const { page } = watched;
    await openView(page, app.url, '#/');
    await page.keyboard.press('Control+K');
    const box = await see(page.getByRole('combobox'));
    await box.pressSequentially('ussr');
    // Counted in the worker, where the record's index is.
    const decisions = await see(page.getByRole('group', { name: 'Decisions: the best 8 of 85' }), 30_000);
    expect(await decisions.getByRole('option').count()).toBe(8);
    await see(page.getByRole('status').filter({ hasText: 'The best 9 of 86 results' }));
    const last = page.getByRole('group', { name: 'The GA record’s list' }).getByRole('option');
    expect(await last.innerText()).toMatch(/^Votes with “ussr”/);
    await page.keyboard.press('ArrowUp');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await last.getAttribute('id'));
    await page.keyboard.press('Enter');
    await see(page.getByRole('status').filter({ hasText: /^85 of [\d,]+ votes match/ }), 30_000);
    expect(new URL(page.url()).hash).toBe('#/history?q=ussr');
  });

  it(
    'no serious or critical axe violation with the dialog open, at 1280 and 375 px',
    { timeout: 120_000 },
    async () => {
      watched = await watchedPage(context);
      const { page } = watched;
      const report: string[] = [];
      for (const [width, size] of [
        ['1280 px', DESKTOP],
        ['375 px', PHONE],
      ] as const) {
        await page.setViewportSize(size);
        await openView(page, app.url, '#/');
        await page.getByRole('button', { name: 'Search' }).click();
        const box = await see(page.getByRole('combobox'));
        await box.pressSequentially('united');
        await see(page.getByRole('option').first());
        await page.keyboard.press('ArrowDown');
        const violations = await seriousAxeViolations(page);
        if (violations.length) report.push(`${width}:\n${formatAxeViolations(violations)}`);
        const [scrollWidth, innerWidth] = await page.evaluate(() => [
          document.documentElement.scrollWidth,
          window.innerWidth,
        ]);
        if (scrollWidth > innerWidth)
          report.push(`${width}: the page scrolls sideways: ${scrollWidth} px in ${innerWidth}`);
        await page.keyboard.press('Escape');
      }
      expect(report.join('\n\n'), 'serious or critical axe violations, sideways scrolling').toBe('');
    },
  );
});
