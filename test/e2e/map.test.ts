/**
 * The world map of a decision's positions and its breakdown by regional
 * group, in Chromium: a country pointed at shows its position; reached by
 * keyboard it shows it too, and Enter opens its page; the groups' table on
 * A/RES/ES-11/7 against counts made here from the dataset file; axe and
 * sideways scrolling at 1280 and 375 px with the map drawn.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AppUnderTest } from './helpers';
import {
  DESKTOP,
  PHONE,
  PROJECT_ROOT,
  SKIP_BROWSER_TESTS,
  formatAxeViolations,
  goToHash,
  openView,
  see,
  seriousAxeViolations,
  skipMessage,
  startApp,
} from './helpers';

if (SKIP_BROWSER_TESTS) console.warn(skipMessage());

const SCREENSHOTS = join(PROJECT_ROOT, 'test', 'screenshots');
const POSITION_WORD = /: (Yes|No|Abstain|Non-voting|Disputed|Not reported|Absent or not voting)$/;

interface DayFile {
  membership: { states: { code: string; name: string; regionalGroup: string }[] };
  decisions: { id: string; positionLists: { position: string; states: string[] }[] }[];
}

/** Counts per group of one decision, made from the file: a state named with one position has it, with two is disputed. */
async function groupCountsFromFile(id: string): Promise<Map<string, number[]>> {
  const file = JSON.parse(await readFile(join(PROJECT_ROOT, 'data', 'un-votes-2025-02-24.json'), 'utf8')) as DayFile;
  const claims = new Map<string, Set<string>>();
  for (const list of file.decisions.find((d) => d.id === id)!.positionLists)
    for (const code of list.states) claims.set(code, (claims.get(code) ?? new Set()).add(list.position));
  // members, Y, N, A, disputed, not reported (ES-11/7 has no non-voting)
  const out = new Map<string, number[]>();
  for (const s of file.membership.states) {
    const row = out.get(s.regionalGroup) ?? [0, 0, 0, 0, 0, 0];
    const c = claims.get(s.code);
    row[0]++;
    if (!c) row[5]++;
    else if (c.size > 1) row[4]++;
    else row[['Y', 'N', 'A'].indexOf([...c][0]) + 1]++;
    out.set(s.regionalGroup, row);
  }
  return out;
}

describe.skipIf(SKIP_BROWSER_TESTS)('the world map and the regional groups', () => {
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

  const mapOf = (p: Page) => p.getByRole('group', { name: 'World map of the positions' });
  const listedOf = (p: Page) => p.getByRole('region', { name: /^Not on the map, or too small to find on it/ });

  it("pointing at a country of the record's China vote (1971) shows its name and position", async () => {
    await openView(page, app.url, '#/history/decision/rcid-1190');
    const map = await see(mapOf(page), 20_000);
    // The source: `1190,Australia,AU,no`, `1190,France,FR,yes`.
    await map.getByRole('link', { name: 'Australia: No' }).hover();
    await see(page.getByRole('tooltip').filter({ hasText: 'Australia: No' }));
    await map.getByRole('link', { name: 'Brazil: No' }).hover();
    await see(page.getByRole('tooltip').filter({ hasText: 'Brazil: No' }));
    expect(await page.getByRole('tooltip').count()).toBe(1);
    // Former states: the USSR on today's Russia, Czechoslovakia listed beside the map; a small state listed too.
    await see(map.getByRole('link', { name: 'Union of Soviet Socialist Republics: Yes' }));
    const listed = listedOf(page);
    await see(listed.getByText('(former state, no shape today)').first());
    expect(await listed.getByRole('link', { name: 'Czechoslovakia' }).getAttribute('href')).toBe('#/state/CSK');
    expect(await listed.getByRole('listitem').filter({ hasText: 'Malta' }).innerText()).toMatch(/Malta: No/);
    // Members only: a country that was not one in 1971 is no link (Germany joined in 1973).
    expect(await map.getByRole('link', { name: /^Germany/ }).count()).toBe(0);
  });

  it('reached by keyboard, a country shows its position, the arrow keys move on, and Enter opens its page', async () => {
    await openView(page, app.url, '#/decision/ga-l10');
    const map = await see(mapOf(page), 20_000);
    // The map is one Tab stop, right before the list beside it.
    await listedOf(page).focus();
    await page.keyboard.press('Shift+Tab');
    const focused = page.locator(':focus');
    const first = (await focused.getAttribute('aria-label'))!;
    expect(first).toMatch(/^Afghanistan/);
    expect(first).toMatch(POSITION_WORD);
    await see(page.getByRole('tooltip').filter({ hasText: first }));
    expect(await map.locator('[tabindex="0"]').count()).toBe(1);

    await page.keyboard.press('ArrowRight');
    const second = (await focused.getAttribute('aria-label'))!;
    expect(second).not.toBe(first);
    expect(second).toMatch(POSITION_WORD);
    await see(page.getByRole('tooltip').filter({ hasText: second }));

    const href = (await focused.getAttribute('href'))!;
    expect(href).toMatch(/^#\/state\/[A-Z]{3}$/);
    await page.keyboard.press('Enter');
    await page.waitForFunction((h) => location.hash === h, href);
    await see(page.getByRole('heading', { level: 1, name: second.replace(POSITION_WORD, '') }));
  });

  it('the table of the groups on A/RES/ES-11/7 gives the counts made from the dataset file', async () => {
    await openView(page, app.url, '#/decision/ga-l10');
    const table = await see(
      page.getByRole('table', { name: /^Positions on A\/RES\/ES-11\/7 by regional group and in the EU/ }),
    );
    const expected = await groupCountsFromFile('ga-l10');
    expect(expected.size).toBe(5);
    for (const [group, counts] of expected) {
      // The table names a group without its last word: "African" for the African States.
      const name = group.replace(/ States$/, '');
      const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
      const cells = await row.getByRole('cell').allInnerTexts();
      expect([group, cells.slice(0, 6).map(Number)]).toEqual([group, counts]);
    }
    const weog = page.locator('.against > div', { hasText: 'Western European and other States (majority Yes)' });
    expect(await weog.getByRole('link').allInnerTexts()).toEqual(['Israel', 'United States of America']);
  });

  it(
    'no serious or critical axe violation and no sideways scrolling with the map drawn, at 1280 and 375 px',
    { timeout: 240_000 },
    async () => {
      await mkdir(SCREENSHOTS, { recursive: true });
      const views: [string, string][] = [
        ['record-rcid-1190', '#/history/decision/rcid-1190'],
        ['decision-ga-l10', '#/decision/ga-l10'],
        ['decision-sc-s2025-112', '#/decision/sc-s2025-112'],
      ];
      const report: string[] = [];
      await openView(page, app.url, '#/');
      for (const [name, hash] of views) {
        for (const [label, viewport] of [
          ['1280', DESKTOP],
          ['375', PHONE],
        ] as const) {
          await page.setViewportSize(viewport);
          await goToHash(page, hash);
          await see(mapOf(page), 20_000);
          await see(page.getByRole('table', { name: /by regional group/ }));
          const violations = await seriousAxeViolations(page);
          if (violations.length) report.push(`${name} at ${label} px:\n${formatAxeViolations(violations)}`);
          const [scrollWidth, innerWidth] = await page.evaluate(() => [
            document.documentElement.scrollWidth,
            window.innerWidth,
          ]);
          if (scrollWidth > innerWidth)
            report.push(`${name} at ${label} px scrolls sideways: ${scrollWidth} px wide in ${innerWidth}`);
          // The map fits its box: as wide as the panel, never wider than the window.
          const box = await mapOf(page).boundingBox();
          if (!box || box.width > innerWidth || box.width < innerWidth * 0.6)
            report.push(`${name} at ${label} px: the map is ${box?.width} px wide in ${innerWidth}`);
          await page.screenshot({ path: join(SCREENSHOTS, `map-${name}-${label}.png`), fullPage: true });
        }
      }
      await page.setViewportSize(DESKTOP);
      expect(report.join('\n\n')).toBe('');
    },
  );
});
