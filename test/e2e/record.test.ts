/**
 * The General Assembly's record in Chromium: from the overview to the
 * record's list, filtered by its labelled controls; a vote's page; a state's
 * page and its yearly table; deep links reloaded; the long list scrolled to
 * its end by keyboard; a pack that cannot be loaded; axe and sideways
 * scrolling at 1280 and 375 px.
 *
 * What the views should show is counted here, from the source CSVs
 * (data/history/source/), not from the pack the app reads.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AppUnderTest } from './helpers';
import {
  DESKTOP,
  PHONE,
  PROJECT_ROOT,
  SKIP_BROWSER_TESTS,
  dataLoaded,
  formatAxeViolations,
  goToHash,
  openView,
  see,
  seriousAxeViolations,
  skipMessage,
  startApp,
} from './helpers';

if (SKIP_BROWSER_TESTS) console.warn(skipMessage());

const PACK_REQUEST = /\/data\/history\.pack$/;
const LIST_TITLE = 'General Assembly roll-call votes, 1946–2019';
/** The virtualised list's row height on the record's list (HistoryList). */
const LIST_ROW_HEIGHT = 72;

// ---------------------------------------------------------------- the source, counted here

interface RollCall {
  rcid: number;
  date: string;
  short: string;
}

interface Source {
  rollCalls: RollCall[];
  /** rcid → topic short names. */
  topics: Map<number, Set<string>>;
  /** rcid → country_code → yes/no/abstain, for the roll calls asked for. */
  positions: Map<number, Map<string, string>>;
}

const sourceFile = (name: string) => join(PROJECT_ROOT, 'data', 'history', 'source', name);
const gunzipText = async (name: string) => gunzipSync(await readFile(sourceFile(name))).toString('utf8');

/** The three source files, with the positions of the roll calls `wanted` (a function of the roll calls). */
async function readSource(wanted: (rollCalls: RollCall[]) => Set<number>): Promise<Source> {
  const calls = parse(await gunzipText('un_roll_calls.csv.gz'), { columns: true }) as Record<string, string>[];
  const rollCalls = calls.map((r) => ({ rcid: Number(r.rcid), date: r.date, short: r.short }));
  const topics = new Map<number, Set<string>>();
  for (const r of parse(await gunzipText('un_roll_call_issues.csv.gz'), { columns: true }) as Record<
    string,
    string
  >[]) {
    const rcid = Number(r.rcid);
    if (!topics.has(rcid)) topics.set(rcid, new Set());
    topics.get(rcid)!.add(r.short_name);
  }
  // 870,109 rows: read as lines (rcid, country, country_code, vote), keeping the wanted roll calls only.
  const keep = wanted(rollCalls);
  const positions = new Map<number, Map<string, string>>();
  const votes = await gunzipText('un_votes.csv.gz');
  const line = /^(\d+),(?:"(?:[^"]|"")*"|[^,]*),([^,]*),(yes|no|abstain)\r?$/gm;
  for (const [, rcid, code, vote] of votes.matchAll(line)) {
    const n = Number(rcid);
    if (!keep.has(n)) continue;
    if (!positions.has(n)) positions.set(n, new Map());
    positions.get(n)!.set(code, vote);
  }
  return { rollCalls, topics, positions };
}

const tallyOf = (positions: Map<string, string>) => {
  const t = { yes: 0, no: 0, abstain: 0 };
  for (const v of positions.values()) t[v as keyof typeof t]++;
  return t;
};
const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(0)}%`;

// ---------------------------------------------------------------- the tests

describe.skipIf(SKIP_BROWSER_TESTS)("the General Assembly's record", () => {
  let app: AppUnderTest;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];
  let source: Source;
  /** The roll calls of 1971 tagged colonialism (`co`), in date order. */
  let colonialism1971: RollCall[];
  let in1971: RollCall[];

  beforeAll(async () => {
    const [started, read] = await Promise.all([
      startApp(),
      readSource((rollCalls) => {
        const of1971 = rollCalls.filter((r) => r.date.startsWith('1971-')).map((r) => r.rcid);
        return new Set([...of1971, 1190]);
      }),
    ]);
    app = started;
    source = read;
    in1971 = source.rollCalls.filter((r) => r.date.startsWith('1971-'));
    colonialism1971 = in1971
      .filter((r) => source.topics.get(r.rcid)?.has('co'))
      .sort((a, b) => a.date.localeCompare(b.date) || a.rcid - b.rcid);
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

  const h1 = (p: Page, name: string | RegExp) => p.getByRole('heading', { level: 1, name });
  const matchCount = (p: Page) => p.getByRole('status').filter({ hasText: /votes match\.$/ });
  const listRegion = (p: Page) => p.getByRole('region', { name: /votes of the General Assembly$/ });
  const total = () => source.rollCalls.length.toLocaleString('en');
  const cellTexts = async (row: Locator) => (await row.locator('th, td').allInnerTexts()).map((t) => t.trim());

  it('from the overview to a vote of 1971 on colonialism, then the United States in 1971', async () => {
    const packRequests: string[] = [];
    page.on('request', (r) => {
      if (PACK_REQUEST.test(new URL(r.url()).pathname)) packRequests.push(r.url());
    });
    await openView(page, app.url, '#/');
    await see(h1(page, /^UN votes of 24 February 2025/));
    expect(packRequests, 'the record is not fetched for the first screen').toEqual([]);

    // The main navigation leads to the record.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'GA record 1946–2019' }).click();
    await see(h1(page, LIST_TITLE), 15_000);
    await see(matchCount(page).filter({ hasText: `${total()} of ${total()} votes match.` }));

    // The year and the topic, as a reader sets them.
    const form = page.getByRole('search', { name: 'Filter the record' });
    await form.getByLabel('From year').pressSequentially('1971');
    await form.getByLabel('To year').pressSequentially('1971');
    await form.getByLabel('Topic').selectOption({ label: 'Colonialism' });
    const expected = colonialism1971.length;
    expect(expected, 'the source has such votes').toBeGreaterThan(5);
    await see(matchCount(page).filter({ hasText: `${expected} of ${total()} votes match.` }));
    const params = new URLSearchParams(new URL(page.url()).hash.split('?')[1]);
    expect(Object.fromEntries(params)).toEqual({ from: '1971', to: '1971', topic: 'co' });

    const list = listRegion(page);
    expect(await list.getByRole('table').getAttribute('aria-rowcount')).toBe(String(expected + 1));
    const rows = list.locator('tbody tr[aria-rowindex]');
    await see(rows.first());
    for (const text of await rows.allInnerTexts()) expect(text).toMatch(/1971/);

    // A vote from the list: the first, the earliest in the source.
    const first = colonialism1971[0];
    await rows.first().getByRole('rowheader').getByRole('link').click();
    await see(h1(page, first.short));
    expect(new URL(page.url()).hash).toBe(`#/history/decision/rcid-${first.rcid}`);
    const t = tallyOf(source.positions.get(first.rcid)!);
    await see(page.getByRole('heading', { level: 2, name: 'Counted tally' }));
    const counted = await see(
      page.getByText(
        new RegExp(`^Counted: ${t.yes} in favour, ${t.no} against, ${t.abstain} abstentions, \\d+ absent`),
      ),
    );
    const [, absent, members] = (await counted.innerText()).match(/(\d+) absent or not voting \(of (\d+) members/)!;
    expect(t.yes + t.no + t.abstain + Number(absent)).toBe(Number(members));

    // The members at its date, each once, and filtered by position.
    const table = page.getByRole('table', { name: new RegExp(`^${members} of the ${members} members at`) });
    const names = await table.getByRole('rowheader').allInnerTexts();
    expect(new Set(names).size).toBe(Number(members));
    const usPosition = { yes: 'Yes', no: 'No', abstain: 'Abstain' }[source.positions.get(first.rcid)!.get('US')!];
    expect(await cellTexts(table.getByRole('row').filter({ hasText: 'United States of America' }))).toEqual([
      'United States of America',
      expect.stringContaining(usPosition!),
    ]);
    const show = page.getByRole('group', { name: 'Show' });
    await show.getByRole('button', { name: 'Yes', exact: true }).click();
    await see(page.getByRole('table', { name: new RegExp(`^${t.yes} of the ${members} members at .*: Yes$`) }));
    await show.getByRole('button', { name: 'All members' }).click();

    // The United States' page, by its name in the table, and its yearly table.
    await table.getByRole('link', { name: 'United States of America' }).click();
    await see(h1(page, 'United States of America'));
    expect(new URL(page.url()).hash).toBe('#/state/USA');
    await page.getByText('The chart as a table').click();
    const yearly = await see(page.getByRole('table', { name: 'Positions of United States of America per year' }));
    const us = in1971.map((r) => source.positions.get(r.rcid)?.get('US'));
    const n = in1971.length;
    const count = (v: string) => us.filter((x) => x === v).length;
    const absent1971 = us.filter((x) => x === undefined).length;
    expect(
      await cellTexts(yearly.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '1971' }) })),
    ).toEqual([
      '1971',
      String(n),
      `${count('yes')} (${pct(count('yes'), n)})`,
      `${count('no')} (${pct(count('no'), n)})`,
      `${count('abstain')} (${pct(count('abstain'), n)})`,
      `${absent1971} (${pct(absent1971, n)})`,
    ]);
  });

  it('deep links reloaded show the same view', async () => {
    const hash = '#/history?from=1971&to=1971&topic=co';
    await openView(page, app.url, hash);
    for (const when of ['opened', 'reloaded']) {
      await see(matchCount(page).filter({ hasText: `${colonialism1971.length} of ${total()} votes match.` }), 15_000);
      const form = page.getByRole('search', { name: 'Filter the record' });
      expect(await form.getByLabel('From year').inputValue(), when).toBe('1971');
      expect(await form.getByLabel('To year').inputValue(), when).toBe('1971');
      expect(await form.getByLabel('Topic').locator('option:checked').innerText(), when).toBe('Colonialism');
      if (when === 'opened') await page.reload();
    }

    const china = source.positions.get(1190)!;
    const t = tallyOf(china);
    await goToHash(page, '#/history/decision/rcid-1190');
    for (const when of ['opened', 'reloaded']) {
      await see(h1(page, 'CHINA REPRESENTATION'), 15_000);
      await see(
        page.getByText(`Counted: ${t.yes} in favour, ${t.no} against, ${t.abstain} abstentions,`, { exact: false }),
      );
      expect(new URL(page.url()).hash, when).toBe('#/history/decision/rcid-1190');
      if (when === 'opened') await page.reload();
    }
  });

  it('the whole list: reached by Tab, scrolled to its end by keyboard, rows at their height, also at a larger font', async () => {
    const last = [...source.rollCalls].sort((a, b) => a.date.localeCompare(b.date) || a.rcid - b.rcid).at(-1)!;
    const lastDay = source.rollCalls.filter((r) => r.date === last.date).map((r) => `rcid-${r.rcid}`);
    await openView(page, app.url, '#/history');
    for (const viewport of [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport);
      await page.evaluate(() => window.scrollTo(0, 0));
      const list = await see(listRegion(page), 15_000);
      await list.evaluate((el) => (el.scrollTop = 0));
      expect(await list.getAttribute('tabindex')).toBe('0');

      // Reached by Tab from the last control before it.
      await page.getByRole('button', { name: /^Download these/ }).focus();
      await page.keyboard.press('Tab');
      expect(
        await list.evaluate((el) => el === document.activeElement),
        `${viewport.width} px: Tab reaches the list`,
      ).toBe(true);

      // The rows laid out at the height the list is virtualised with (nothing overflows them).
      const heights = async () =>
        list
          .locator('tbody tr[aria-rowindex]')
          .evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().height));
      for (const h of await heights())
        expect(h, `${viewport.width} px: a row's height`).toBeCloseTo(LIST_ROW_HEIGHT, 0);

      // End: the last rows render, the very last in view.
      await page.keyboard.press('End');
      const lastRow = list.locator(`tbody tr[aria-rowindex="${source.rollCalls.length + 1}"]`);
      await see(lastRow);
      await expect
        .poll(
          async () => {
            const [row, box] = [await lastRow.boundingBox(), await list.boundingBox()];
            return row && box ? Math.round(box.y + box.height - (row.y + row.height)) : -1;
          },
          { message: `${viewport.width} px: the last row at the bottom of the list` },
        )
        .toBeGreaterThanOrEqual(0);
      const [row, box] = [await lastRow.boundingBox(), await list.boundingBox()];
      expect(box!.y + box!.height - (row!.y + row!.height), 'no space under the last row').toBeLessThanOrEqual(2);
      const href = await lastRow.getByRole('rowheader').getByRole('link').getAttribute('href');
      expect(lastDay.map((id) => `#/history/decision/${id}`)).toContain(href);
      for (const h of await heights())
        expect(h, `${viewport.width} px: a row's height at the end`).toBeCloseTo(LIST_ROW_HEIGHT, 0);
    }

    // A reader's larger font makes rows taller than the list's row height. The list measures them, so scrolling
    // moves them evenly, also where the browser does not anchor scrolling (Safari; switched off here).
    await page.setViewportSize(DESKTOP);
    const list = listRegion(page);
    // From the top, not from the end just reached: a list held at its end keeps its end in view while rows grow.
    await list.evaluate(async (el) => {
      const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      el.scrollTop = 0;
      await frame();
      document.documentElement.style.fontSize = '24px';
      el.style.overflowAnchor = 'none';
      await frame();
    });
    await expect
      .poll(
        () =>
          list.evaluate(async (el) => {
            el.scrollTop = 40_000;
            await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
            return el.scrollTop;
          }),
        { message: 'the list scrolled to 40,000 px stays there' },
      )
      .toBe(40_000);
    const { height, jumps, scrolled } = await list.evaluate(async (el) => {
      const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      await frame();
      const start = el.scrollTop;
      const box = el.getBoundingClientRect();
      const rowInView = () =>
        [...el.querySelectorAll('tbody tr[aria-rowindex]')].find(
          (tr) => tr.getBoundingClientRect().top > box.top + 200,
        );
      const moved: number[] = [];
      let row = rowInView();
      let top = row?.getBoundingClientRect().top ?? 0;
      for (let step = 0; step < 40; step++) {
        if (!row?.isConnected || row.getBoundingClientRect().top < box.top + 60) {
          row = rowInView();
          top = row?.getBoundingClientRect().top ?? 0;
        }
        el.scrollTop += 8;
        await frame();
        if (!row?.isConnected) continue;
        const now = row.getBoundingClientRect().top;
        if (Math.abs(top - now - 8) > 0.6) moved.push(Math.round(top - now));
        top = now;
      }
      return { height: rowInView()?.getBoundingClientRect().height ?? 0, jumps: moved, scrolled: el.scrollTop - start };
    });
    expect(height, 'rows taller at a 24 px font').toBeGreaterThan(LIST_ROW_HEIGHT);
    expect(scrolled, 'the list scrolled by 40 steps of 8 px').toBe(320);
    expect(jumps, 'a row moves by the 8 px scrolled, at every step').toEqual([]);
  });

  it('a pack that answers 404: the record says so, and the curated day still works', async () => {
    await page.route(PACK_REQUEST, (route) =>
      route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }),
    );
    await openView(page, app.url, '#/history');
    const alert = await see(page.getByRole('alert'), 15_000);
    await see(alert.getByRole('heading', { level: 1, name: "The General Assembly's record could not be loaded" }));
    expect(await alert.innerText()).toMatch(/the server answered 404/);

    // A state's page still shows the curated day, and says why the record is missing.
    await goToHash(page, '#/state/USA');
    await see(h1(page, 'United States of America'));
    await see(page.getByRole('table', { name: /decisions of the curated day$/ }));
    expect(await page.getByRole('alert').innerText()).toMatch(/the server answered 404/);

    await goToHash(page, '#/history');
    await page.getByRole('alert').getByRole('link', { name: 'back to the overview' }).click();
    await see(h1(page, /^UN votes of 24 February 2025/));
    await page.getByRole('link', { name: 'A/RES/ES-11/7', exact: true }).click();
    await see(page.getByRole('status').filter({ hasText: 'Showing 193 of 193 states' }));
  });

  it(
    'no serious or critical axe violation, no sideways scrolling, long lists at their row height, at 1280 and 375 px',
    { timeout: 120_000 },
    async () => {
      const stateList = (name: string) => (p: Page) =>
        p.getByRole('region', { name: new RegExp(`votes of ${name} in the record$`) });
      /** Each view: its address, what shows once it is ready, its long list if it has one. */
      const views: { hash: string; ready: (p: Page) => Locator; list?: (p: Page) => Locator }[] = [
        {
          hash: '#/history',
          ready: (p) => matchCount(p).filter({ hasText: `${total()} of ${total()}` }),
          list: listRegion,
        },
        {
          hash: '#/history?from=1971&to=1971&topic=co',
          ready: (p) => matchCount(p).filter({ hasText: `${colonialism1971.length} of` }),
        },
        { hash: '#/history/decision/rcid-1190', ready: (p) => p.getByRole('table', { name: /members at/ }) },
        // The chart's table is opened here (USA): the same component on the other states' pages.
        {
          hash: '#/state/USA',
          ready: stateList('United States of America'),
          list: stateList('United States of America'),
        },
        { hash: '#/state/RUS', ready: stateList('Russian Federation'), list: stateList('Russian Federation') },
        {
          hash: '#/state/SUN',
          ready: stateList('Union of Soviet Socialist Republics'),
          list: stateList('Union of Soviet Socialist Republics'),
        },
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
        for (const { hash, ready, list } of views) {
          const results = await Promise.all(
            pages.map(async ([width, p]) => {
              await goToHash(p, hash);
              await see(ready(p), 15_000);
              await dataLoaded(p);
              if (hash === '#/state/USA') await p.getByText('The chart as a table').click();
              const problems: string[] = [];
              const violations = await seriousAxeViolations(p);
              if (violations.length) problems.push(formatAxeViolations(violations));
              const [scrollWidth, innerWidth] = await p.evaluate(() => [
                document.documentElement.scrollWidth,
                window.innerWidth,
              ]);
              if (scrollWidth > innerWidth)
                problems.push(`the page scrolls sideways: ${scrollWidth} px wide in ${innerWidth}`);
              // The long list at its end (the latest votes, with full dates): rows at the height it is virtualised with.
              if (list) {
                const region = list(p);
                const count = Number(await region.getByRole('table').getAttribute('aria-rowcount'));
                await region.evaluate((el) => (el.scrollTop = el.scrollHeight));
                await see(region.locator(`tbody tr[aria-rowindex="${count}"]`));
                const rows = await region
                  .locator('tbody tr[aria-rowindex]')
                  .evaluateAll((trs) =>
                    trs.map((tr) => [tr.getBoundingClientRect().height, parseFloat((tr as HTMLElement).style.height)]),
                  );
                const taller = rows.filter(([h, set]) => Math.abs(h - set) > 0.5);
                if (taller.length)
                  problems.push(
                    `${taller.length} rows at the list's end are not at its row height: ${JSON.stringify(taller[0])}`,
                  );
              }
              return problems.length ? `${hash} at ${width}:\n${problems.join('\n')}` : '';
            }),
          );
          report.push(...results.filter(Boolean));
        }
      } finally {
        await phone.close();
      }
      expect(report.join('\n\n'), 'serious or critical axe violations, sideways scrolling, rows off their height').toBe(
        '',
      );
    },
  );
});
