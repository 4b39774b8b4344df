/**
 * Tables on a phone (375 px) and a desktop (1280 px): what stays in view
 * while a table scrolls, and what the reader can tell from it.
 */
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AppUnderTest } from './helpers';
import { DESKTOP, PHONE, SKIP_BROWSER_TESTS, openView, see, skipMessage, startApp } from './helpers';

if (SKIP_BROWSER_TESTS) console.warn(skipMessage());

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
  height: number;
}

const box = (locator: Locator): Promise<Box> =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height };
  });

/** Scrolls a scroll region to a share (0 to 1) of its width and height. */
const scrollTo = (region: Locator, x: number, y = 0) =>
  region.evaluate(
    (el, [sx, sy]) => {
      el.scrollLeft = (el.scrollWidth - el.clientWidth) * sx;
      el.scrollTop = (el.scrollHeight - el.clientHeight) * sy;
    },
    [x, y],
  );

/** Whether the centre of the element is the element itself (or inside it), not something drawn over it. */
const onTop = (locator: Locator) =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && (hit === el || el.contains(hit));
  });

describe.skipIf(SKIP_BROWSER_TESTS)('tables at phone and desktop width', () => {
  let app: AppUnderTest;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    app = await startApp();
    context = await app.browser.newContext({ viewport: PHONE });
  });
  afterAll(async () => {
    await context?.close();
    await app?.close();
  });
  beforeEach(async () => {
    page = await context.newPage();
  });
  afterEach(async () => {
    await page?.close();
  });

  const councilTable = () => page.getByRole('table', { name: /Positions of the 2025 Council members/ });
  const councilRegion = () => page.getByRole('region', { name: 'Council members in both bodies' });

  describe('GA vs SC: the 15 Council members', () => {
    it('on a phone: a narrow sticky member column with its header, and votes in view at every scroll position', async () => {
      await openView(page, app.url, '#/compare');
      const region = await see(councilRegion());
      await region.scrollIntoViewIfNeeded();
      const table = councilTable();
      const area = await box(region);
      const corner = table.getByRole('columnheader', { name: 'Member' });
      const usa = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^United States/ }) });
      const name = usa.getByRole('rowheader');
      expect((await box(name)).width, 'member column width').toBeLessThanOrEqual(area.width * 0.45);

      for (const share of [0, 0.5, 1]) {
        await scrollTo(region, share);
        const member = await box(name);
        const head = await box(corner);
        expect(Math.abs(member.left - area.left), `member column stuck at ${share}`).toBeLessThanOrEqual(1);
        expect(Math.abs(head.left - member.left), `its header stuck above it at ${share}`).toBeLessThanOrEqual(1);
        expect(Math.abs(head.width - member.width), `its header as wide as it at ${share}`).toBeLessThanOrEqual(1);
        // Every vote cell that is in the box is on top, not covered by the member column.
        const cells = usa.getByRole('cell');
        let visible = 0;
        for (let i = 0; i < (await cells.count()); i++) {
          const cell = await box(cells.nth(i));
          if (cell.left >= member.right - 1 && cell.right <= area.right + 1) {
            expect(await onTop(cells.nth(i)), `vote cell ${i} at ${share}`).toBe(true);
            visible++;
          }
        }
        expect(visible, `vote cells in view at ${share}`).toBeGreaterThanOrEqual(3);
        // Every head over its column.
        const lefts = (cells: Locator) => cells.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().left));
        const [headLefts, cellLefts] = [
          await lefts(table.getByRole('columnheader')),
          await lefts(usa.locator('th, td')),
        ];
        expect(headLefts.map(Math.round), `heads over their cells at ${share}`).toEqual(cellLefts.map(Math.round));
      }
    });

    it('column heads are short and distinct, with the full name on focus and hover and in a key', async () => {
      await openView(page, app.url, '#/compare');
      const table = await see(councilTable());
      const heads = (await table.getByRole('columnheader').allInnerTexts()).map((t) => t.trim());
      expect(heads[0]).toBe('Member');
      const votes = heads.slice(1);
      expect(votes).toHaveLength(12);
      expect(new Set(votes).size, `distinct heads: ${votes.join(', ')}`).toBe(votes.length);
      for (const head of votes) expect(head.length, head).toBeLessThanOrEqual(6);

      // Focus: the full name shows beside the head.
      const second = table.getByRole('columnheader').nth(2).getByRole('link');
      await second.focus();
      const tip = page.getByRole('tooltip');
      await see(tip);
      expect(await tip.textContent()).toMatch(/Russian amendment/);
      expect(await onTop(tip)).toBe(true);
      const tipBox = await box(tip);
      expect(tipBox.left, 'the tooltip within the screen').toBeGreaterThanOrEqual(0);
      expect(tipBox.right, 'the tooltip within the screen').toBeLessThanOrEqual(PHONE.width);
      // Escape hides it.
      await page.keyboard.press('Escape');
      await expect.poll(() => tip.isVisible()).toBe(false);
      // Hover: the same.
      await page.mouse.move(0, 0);
      await expect.poll(() => tip.isVisible()).toBe(false);
      await table.getByRole('columnheader').nth(2).hover();
      await see(tip);

      // The key under the table names every column.
      const key = page.getByRole('list', { name: 'Key to the columns' });
      await see(key);
      const entries = (await key.getByRole('listitem').allTextContents()).map((t) => t.replace(/\s+/g, ' '));
      expect(entries).toHaveLength(12);
      votes.forEach((head, i) => expect(entries[i].startsWith(`${head} `), entries[i]).toBe(true));
      expect(entries.join('\n')).toMatch(/A\/RES\/ES-11\/7/);
      expect(entries.join('\n')).toMatch(/S\/RES\/2774 \(2025\)/);
    });

    it('"voted differently" is marked in the two columns it compares', async () => {
      await openView(page, app.url, '#/compare');
      const table = await see(councilTable());
      const headLinks = await table
        .getByRole('columnheader')
        .evaluateAll((ths) => ths.map((th) => th.querySelector('a')?.getAttribute('href') ?? null));
      const usa = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^United States/ }) });
      const marked = await usa
        .locator('th, td')
        .evaluateAll((cells) =>
          cells.flatMap((cell, i) => (/voted differently/.test(cell.textContent ?? '') ? [i] : [])),
        );
      expect(marked.map((i) => headLinks[i])).toEqual(['#/decision/ga-l11', '#/decision/sc-s2025-112']);
    });

    it('on a desktop: the whole table in view, heads over their cells', async () => {
      await page.setViewportSize(DESKTOP);
      await openView(page, app.url, '#/compare');
      const region = await see(councilRegion());
      const fits = await region.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
      expect(fits, 'the table fits without scrolling sideways').toBe(true);
      const table = councilTable();
      const heads = table.getByRole('columnheader');
      const first = table.getByRole('row').nth(1).locator('th, td');
      for (let i = 0; i < (await heads.count()); i++) {
        const [h, c] = [await box(heads.nth(i)), await box(first.nth(i))];
        expect(Math.abs(h.left - c.left), `column ${i}`).toBeLessThanOrEqual(1);
      }
      await page.setViewportSize(PHONE);
    });
  });

  describe('decision page: the per-state table', () => {
    const stateRegion = () => page.getByRole('region', { name: /^Positions of the 193 member states/ });

    it('on a phone: short rows, a sticky state column and header, and a page of reasonable length', async () => {
      await openView(page, app.url, '#/decision/ga-l10');
      const region = await see(stateRegion());
      await region.scrollIntoViewIfNeeded();
      const table = region.getByRole('table');
      const heights = await table
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().height).sort((a, b) => a - b));
      expect(heights).toHaveLength(193);
      expect(heights[Math.floor(heights.length / 2)], 'median row height').toBeLessThanOrEqual(44);

      // The table's section is about a screen high (it was ~19,000 px); the page's length is the sources' (about
      // 5,300 px), the map's (800 px, its list of small states scrolling in a box) and the regional groups' (2,000 px).
      const section = page.getByRole('region', { name: 'Positions by state' });
      expect((await box(section)).height, 'section height').toBeLessThanOrEqual(PHONE.height * 1.6);
      const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(pageHeight, 'page height').toBeLessThanOrEqual(13_500);
      const area = await box(region);
      expect(area.height, 'the table scrolls within the screen').toBeLessThanOrEqual(PHONE.height);

      const lithuania = table.getByRole('rowheader', { name: 'Lithuania' });
      const stateHead = table.getByRole('columnheader', { name: 'State' });
      expect((await box(lithuania)).width, 'state column width').toBeLessThanOrEqual(area.width * 0.45);
      await scrollTo(region, 1, 0.5);
      // Sideways: the state column stays; downwards: the header row stays.
      const someRow = table.getByRole('rowheader').nth(100);
      expect(Math.abs((await box(someRow)).left - area.left)).toBeLessThanOrEqual(1);
      expect(await onTop(someRow)).toBe(true);
      const head = await box(stateHead);
      expect(Math.abs(head.top - area.top), 'header row at the top of the box').toBeLessThanOrEqual(1);
      expect(Math.abs(head.left - area.left), 'State header at the left of the box').toBeLessThanOrEqual(1);
      expect(await onTop(stateHead)).toBe(true);
      const sources = table.getByRole('columnheader', { name: 'Sources' });
      expect(await onTop(sources)).toBe(true);
    });
  });

  it('decision page on a desktop: the per-state table fits its box, with nothing to scroll sideways', async () => {
    await page.setViewportSize(DESKTOP);
    await openView(page, app.url, '#/decision/ga-l10');
    const region = await see(page.getByRole('region', { name: /^Positions of the 193 member states/ }));
    const [scrollWidth, clientWidth] = await region.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth + 1);
  });

  it('a long address on the not-found page wraps instead of widening the page', async () => {
    await openView(page, app.url, `#/decision/${'x'.repeat(300)}`);
    await see(page.getByRole('heading', { level: 1, name: 'Not found' }));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await openView(page, app.url, `#/${'y'.repeat(300)}`);
    await see(page.getByRole('heading', { level: 1, name: 'Not found' }));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });
});
