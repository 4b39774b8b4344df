/**
 * The app's journeys in a real browser: the production build, served under a
 * sub-path by a tiny static server, driven in Debian's Chromium.
 */
import { mkdirSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pathOf } from '../dataset';
import type { AppUnderTest } from './helpers';
import {
  PROJECT_ROOT,
  SKIP_BROWSER_TESTS,
  dataLoaded,
  formatAxeViolations,
  seriousAxeViolations,
  skipMessage,
  startApp,
} from './helpers';

if (SKIP_BROWSER_TESTS) console.warn(skipMessage());

const SCREENSHOTS = join(PROJECT_ROOT, 'test', 'screenshots');
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 740 };

const OVERVIEW_TITLE = 'UN votes of 24 February 2025 on the war in Ukraine';
const TABLE_HEADER = ['ms_name', 'ms_vote', 'status', 'implied', 'regional_group', 'ms_code', 'sources'];
const AFRICAN_NO = [
  'Burkina Faso',
  'Burundi',
  'Central African Republic',
  'Equatorial Guinea',
  'Eritrea',
  'Mali',
  'Niger',
  'Sudan',
];

/** Waits until the locator shows (Playwright's own auto-wait, with a clear failure). */
async function see(locator: Locator, timeout = 10_000): Promise<Locator> {
  await locator.waitFor({ state: 'visible', timeout });
  return locator;
}

/** A CSV download started by clicking `button`: its file name and rows (BOM stripped). */
async function download(page: Page, button: Locator): Promise<{ fileName: string; text: string; rows: string[][] }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  // The browser is shared over a connection: the file is copied here.
  const path = join(await mkdtemp(join(tmpdir(), 'un-votes-download-')), file.suggestedFilename());
  await file.saveAs(path);
  const raw = await readFile(path, 'utf8');
  await rm(dirname(path), { recursive: true, force: true });
  const text = raw.replace(/^\uFEFF/, '');
  return { fileName: file.suggestedFilename(), text, rows: parse(text) as string[][] };
}

describe.skipIf(SKIP_BROWSER_TESTS)('the built app in Chromium, under a sub-path', () => {
  let app: AppUnderTest;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];

  // One browser and one context for the file (the app keeps no state outside
  // the page: no storage, no cookies); a new page per test.
  beforeAll(async () => {
    app = await startApp();
    context = await app.browser.newContext({ viewport: DESKTOP, acceptDownloads: true });
    mkdirSync(SCREENSHOTS, { recursive: true });
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

  /** Opens a view by its hash and waits until the dataset is in. */
  async function open(hash = '#/', base = app.url) {
    await page.goto(`${base}${hash}`);
    await dataLoaded(page);
  }
  const positionButton = (name: string | RegExp) =>
    page.getByRole('group', { name: 'Reported position', exact: true }).getByRole('button', { name });
  const stateTable = () => page.getByRole('table', { name: /^Positions of the \d+ member states/ });
  const countStatus = () => page.getByRole('status').filter({ hasText: /^Showing/ });
  const hashParams = (p: Page) => new URLSearchParams(new URL(p.url()).hash.split('?')[1] ?? '');
  const rowHeaders = async (table: Locator) =>
    (await table.getByRole('rowheader').allTextContents()).map((t) => t.trim());

  it('builds without msw and serves every file relative to the sub-path', async () => {
    const assets = await readdir(join(app.buildDir, 'assets'));
    for (const name of assets.filter((f) => f.endsWith('.js'))) {
      const code = await readFile(join(app.buildDir, 'assets', name), 'utf8');
      expect(code, `${name} bundles msw`).not.toMatch(/mockServiceWorker|\bmsw\b/);
    }
    const seen: string[] = [];
    page.on('request', (request) => seen.push(new URL(request.url()).pathname));
    await open();
    await see(page.getByRole('heading', { level: 1, name: OVERVIEW_TITLE }));
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((p) => !p.startsWith('/un-votes/'))).toEqual([]);
    expect(seen).not.toContain('/un-votes/mockServiceWorker.js');
    expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
  });

  it('overview: each decision with its tally and outcome', async () => {
    await open();
    const link = await see(page.getByRole('link', { name: 'A/RES/ES-11/7', exact: true }));
    expect(await link.getAttribute('href')).toBe('#/decision/ga-l10');
    const card = page.getByRole('article', { name: 'A/RES/ES-11/7', exact: true });
    await see(card.getByText('93–18–65', { exact: true }));
    await see(card.getByText('Adopted', { exact: true }));

    const sc = page.getByRole('region', { name: 'Security Council' });
    await see(sc.getByText('Vetoed by the Russian Federation (9 in favour)', { exact: true }));
    await see(sc.getByText('Vetoed by the Russian Federation (11 in favour)', { exact: true }));
    await see(sc.getByText('Failed: 4 of the 9 votes needed', { exact: true }).first());
    // A chart per card, drawn.
    await see(page.locator('svg.tally-bar').first());
    expect(await page.locator('article svg.tally-bar').count()).toBe(12);
  });

  it('decision: filter by position, the count, the rows, the address and the download', async () => {
    await open();
    await page.getByRole('link', { name: 'A/RES/ES-11/7', exact: true }).click();
    await see(page.getByRole('heading', { level: 1, name: 'A/RES/ES-11/7' }));

    await positionButton(/^No 18$/).click();
    expect(await positionButton(/^No 18$/).getAttribute('aria-pressed')).toBe('true');
    await see(countStatus().filter({ hasText: 'Showing 18 of 193 states' }));
    const table = stateTable();
    await see(table.getByRole('rowheader', { name: 'United States of America' }));
    await see(table.getByRole('rowheader', { name: 'Russian Federation' }));
    expect(await table.getByRole('rowheader').count()).toBe(18);
    expect(new URL(page.url()).hash).toContain('position=N');

    const csv = await download(page, page.getByRole('button', { name: 'Download these 18 rows (CSV)' }));
    expect(csv.fileName).toMatch(/\.csv$/);
    expect(csv.fileName).toContain('A-RES-ES-11-7');
    const [header, ...rows] = csv.rows;
    expect(header).toEqual(TABLE_HEADER);
    expect(rows).toHaveLength(18);
    const vote = header.indexOf('ms_vote');
    const code = header.indexOf('ms_code');
    expect(rows.every((r) => r[vote] === 'N')).toBe(true);
    expect(rows.map((r) => r[code])).toEqual(expect.arrayContaining(['USA', 'RUS']));
  });

  it('decision: a segment of the tally bar filters too, and again clears it', async () => {
    await open('#/decision/ga-l10');
    await see(countStatus().filter({ hasText: 'Showing 193 of 193 states' }));
    const tally = page.getByRole('region', { name: 'Tally' });
    // The chart is aria-hidden (the legend is its accessible twin), so the
    // segment is found by its colour: No is #D55E00.
    const noSegment = tally.locator('.recharts-bar-rectangle path[fill="#D55E00"]');
    await see(noSegment);
    await noSegment.click({ position: { x: 3, y: 3 } });
    await see(countStatus().filter({ hasText: 'Showing 18 of 193 states' }));
    expect(await tally.getByRole('button', { name: /^No 18$/ }).getAttribute('aria-pressed')).toBe('true');
    expect(new URL(page.url()).hash).toContain('position=N');

    // The legend button does the same, as a toggle.
    await tally.getByRole('button', { name: /^No 18$/ }).click();
    await see(countStatus().filter({ hasText: 'Showing 193 of 193 states' }));
    await tally.getByRole('button', { name: /^Abstain 65$/ }).click();
    // 65 abstained; the sources name 19 of them.
    await see(
      countStatus().filter({
        hasText: /^Showing 19 of 193 states\. 65 recorded as Abstain; the sources name 19 of them$/,
      }),
    );
  });

  it('decision: sorting by state is descending at the first press, and in the address', async () => {
    await open('#/decision/ga-l10');
    const table = stateTable();
    const header = table.getByRole('columnheader', { name: 'State' });
    const sortButton = header.getByRole('button', { name: 'State' });
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    await sortButton.click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    expect(hashParams(page).get('sort')).toBe('name:desc');
    const names = await rowHeaders(table);
    expect(names).toHaveLength(193);
    expect(names[0]).toBe('Zimbabwe');
    expect(names.at(-1)).toBe('Afghanistan');
  });

  it('decision: a deep link applies its filters on load', async () => {
    await open('#/decision/ga-l10?position=N&group=African%20States');
    await see(countStatus().filter({ hasText: `Showing ${AFRICAN_NO.length} of 193 states` }));
    expect(await page.getByLabel(/^Regional group/).inputValue()).toBe('African States');
    expect(await positionButton(/^No 18$/).getAttribute('aria-pressed')).toBe('true');
    expect((await rowHeaders(stateTable())).sort()).toEqual(AFRICAN_NO);

    // And survives a reload.
    await page.reload();
    await see(countStatus().filter({ hasText: `Showing ${AFRICAN_NO.length} of 193 states` }));
    expect(await page.getByLabel(/^Regional group/).inputValue()).toBe('African States');
  });

  it('decision: a disputed position shows both claims with their sources', async () => {
    await open('#/decision/ga-l11');
    await positionButton(/^Disputed \d+$/).click();
    const ukraine = stateTable()
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Ukraine' }) });
    const claims = ukraine.getByRole('list', { name: 'Claims of the sources' });
    await see(claims);
    const items = (await claims.getByRole('listitem').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/Yes per AP-DDN$/);
    expect(items[1]).toMatch(/Abstain per UP-7499903, /);
    await see(ukraine.getByText('Disputed', { exact: true }));
  });

  it('comparison: the 15 Council members, who voted differently, and both bodies side by side', async () => {
    await open('#/compare');
    await see(
      page.getByRole('heading', { level: 1, name: 'General Assembly and Security Council on the same questions' }),
    );
    const table = page.getByRole('table', { name: /Positions of the 2025 Council members/ });
    await see(table);
    expect(await table.locator('tbody').getByRole('row').count()).toBe(15);
    const usa = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: /^United States of America/ }) });
    expect(await usa.getByRole('cell').filter({ hasText: 'voted differently' }).count()).toBe(2);

    const ga = page.getByRole('heading', { level: 3, name: 'General Assembly: A/RES/ES-11/8' });
    const sc = page.getByRole('heading', { level: 3, name: 'Security Council: S/RES/2774 (2025)' });
    await see(ga.getByRole('link', { name: 'A/RES/ES-11/8', exact: true }));
    await see(sc.getByRole('link', { name: 'S/RES/2774 (2025)', exact: true }));
  });

  it('overview: downloads every decision as one CSV', async () => {
    await open();
    const csv = await download(page, page.getByRole('button', { name: 'Download all decisions (CSV)' }));
    expect(csv.fileName).toMatch(/\.csv$/);
    const [header, ...rows] = csv.rows;
    expect(header).toContain('ms_vote');
    expect(rows).toHaveLength(6 * 193 + 6 * 15);
    const body = header.indexOf('body');
    expect(rows.filter((r) => r[body] === 'GA')).toHaveLength(6 * 193);
    expect(rows.filter((r) => r[body] === 'SC')).toHaveLength(6 * 15);
  });

  it('an unknown decision is "Not found", with the way back', async () => {
    await open('#/decision/nope');
    await see(page.getByRole('heading', { level: 1, name: 'Not found' }));
    await page.getByRole('link', { name: 'Back to the overview of all decisions' }).click();
    await see(page.getByRole('heading', { level: 1, name: OVERVIEW_TITLE }));
    expect(new URL(page.url()).hash).toBe('#/');
  });

  it('keyboard: Tab to a decision and Enter opens it', async () => {
    await open();
    await see(page.getByRole('link', { name: 'A/RES/ES-11/7', exact: true }));
    let focused = '';
    for (let i = 0; i < 40 && focused !== 'A/RES/ES-11/7'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    }
    expect(focused, 'the A/RES/ES-11/7 link within 40 Tabs').toBe('A/RES/ES-11/7');
    await page.keyboard.press('Enter');
    await see(page.getByRole('heading', { level: 1, name: 'A/RES/ES-11/7' }));
    expect(new URL(page.url()).hash).toBe('#/decision/ga-l10');
  });

  it('an address parameter it does not understand is ignored, with a notice', async () => {
    await open('#/decision/ga-l10?position=maybe');
    await see(page.getByRole('status').filter({ hasText: 'Part of the address was not understood and was ignored' }));
    await see(page.getByText(/position "maybe"/));
    await see(countStatus().filter({ hasText: 'Showing 193 of 193 states' }));
  });

  it('screenshots at desktop and phone width; no sideways scrolling on a phone', async () => {
    const views: [string, string, () => Locator][] = [
      ['overview', '#/', () => page.locator('svg.tally-bar').first()],
      ['decision-filtered', '#/decision/ga-l10?position=N', () => countStatus()],
      ['compare', '#/compare', () => page.getByRole('table', { name: /Positions of the 2025 Council members/ })],
    ];
    const overflow: string[] = [];
    for (const [label, viewport] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      await page.setViewportSize(viewport);
      for (const [name, hash, ready] of views) {
        await open(hash);
        await see(ready());
        await page.locator('svg.tally-bar, .recharts-surface').first().waitFor({ state: 'visible' });
        await page.screenshot({ path: join(SCREENSHOTS, `${name}-${label}.png`), fullPage: true });
        if (label === 'phone') {
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          if (width > viewport.width + 1) overflow.push(`${name}: ${width} px wide at a ${viewport.width} px viewport`);
        }
      }
    }
    expect(overflow, 'pages wider than the phone screen').toEqual([]);
  });

  it('an invalid dataset: says so, with each problem and its path', async () => {
    await page.goto(`${app.invalidUrl}#/`);
    const alert = page.getByRole('alert');
    await see(alert.getByRole('heading', { name: 'The dataset is not valid' }));
    await see(
      alert.getByText(
        new RegExp(
          `^${pathOf('ga-l11-am-just-peace').replace(/[[\]]/g, '\\$&')}\\.positionLists\\[0\\]\\.position: .*"maybe".* is not a vote \\(Y, N, A or X\\)`,
        ),
      ),
    );
    await see(alert.getByText(/un-votes-2025-02-24-.*\.json has 1 problem/));
  });

  it('a dataset that fails to load (500): says so', async () => {
    await page.goto(`${app.errorUrl}#/`);
    const alert = page.getByRole('alert');
    await see(alert.getByRole('heading', { name: 'The dataset could not be loaded' }));
    await see(alert.getByText(/the server answered 500/));
  });

  describe('charts', () => {
    it('a chart hidden from assistive technology takes no keyboard focus', async () => {
      for (const [hash, chart] of [
        ['#/', 'svg.tally-bar'],
        ['#/decision/ga-l10', '.recharts-surface'],
      ]) {
        await open(hash);
        await see(page.locator(chart).first());
        const violations = await seriousAxeViolations(page, ['aria-hidden-focus']);
        expect(formatAxeViolations(violations)).toBe('');
      }
    });

    it('clicking the count printed on a bar segment filters like the segment', async () => {
      await open('#/decision/ga-l10');
      const noSegment = page
        .getByRole('region', { name: 'Tally' })
        .locator('.recharts-bar-rectangle path[fill="#D55E00"]');
      await see(noSegment);
      // At the segment's centre, where its count "18" is printed.
      await noSegment.click({ force: true });
      await see(countStatus().filter({ hasText: 'Showing 18 of 193 states' }), 2_000);
    });
  });
});
