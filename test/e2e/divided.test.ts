/**
 * The most divided votes and topics in Chromium: the record's most divided
 * votes over a year range chosen by keyboard, the first opening its page;
 * the curated day's Council; an imported file by subject, and its list
 * filtered by subject; a topic of the record with its ranking; axe at 1280
 * and 375 px on both views.
 *
 * What the list should show first is counted here from the record's source
 * CSVs (data/history/source/), not from the pack the app reads.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import type { BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AppUnderTest, WatchedPage } from './helpers';
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
  watchPolicy,
  watchedPage,
} from './helpers';

if (SKIP_BROWSER_TESTS) console.warn(skipMessage());

/** The record's roll calls of 1971–1975 with their counted yes and no, narrowest share first (ties by date, rcid). */
async function narrowest1971to1975(): Promise<{ rcid: string; symbol: string; yes: number; no: number }[]> {
  const source = (name: string) => join(PROJECT_ROOT, 'data', 'history', 'source', name);
  const text = async (name: string) => gunzipSync(await readFile(source(name))).toString('utf8');
  const calls = (parse(await text('un_roll_calls.csv.gz'), { columns: true }) as Record<string, string>[]).filter(
    (c) => c.date >= '1971-01-01' && c.date < '1976-01-01',
  );
  const wanted = new Set(calls.map((c) => c.rcid));
  const counts = new Map<string, { yes: number; no: number }>();
  const line = /^(\d+),(?:"(?:[^"]|"")*"|[^,]*),[^,]*,(yes|no|abstain)\r?$/gm;
  for (const [, rcid, vote] of (await text('un_votes.csv.gz')).matchAll(line)) {
    if (!wanted.has(rcid)) continue;
    const c = counts.get(rcid) ?? { yes: 0, no: 0 };
    if (vote === 'yes') c.yes++;
    else if (vote === 'no') c.no++;
    counts.set(rcid, c);
  }
  return calls
    .map((c) => ({ rcid: c.rcid, symbol: c.unres, date: c.date, ...(counts.get(c.rcid) ?? { yes: 0, no: 0 }) }))
    .filter((c) => c.yes + c.no > 0)
    .map((c) => ({ ...c, share: Math.abs(c.yes - c.no) / (c.yes + c.no) }))
    .sort(
      (a, b) =>
        a.share - b.share ||
        Math.abs(a.yes - a.no) - Math.abs(b.yes - b.no) ||
        a.date.localeCompare(b.date) ||
        Number(a.rcid) - Number(b.rcid),
    );
}

async function textOf(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

describe.skipIf(SKIP_BROWSER_TESTS)('the most divided votes and topics', () => {
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
    context = await app.browser.newContext({ viewport: DESKTOP, acceptDownloads: true });
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

  const list = (p: Page) => p.getByRole('table', { name: /the most divided first$/ });

  it('the record’s most divided votes of 1971–1975, chosen by keyboard; the first opens its page', async () => {
    const expected = await narrowest1971to1975();
    await page.goto(`${app.url}#/divided`);
    await see(page.getByRole('heading', { level: 1, name: 'Most divided votes' }));
    await see(page.getByText(/^[\d,]+ votes of the General Assembly’s record\./), 20_000);
    await page.getByRole('spinbutton', { name: 'From year' }).fill('1971');
    await page.getByRole('spinbutton', { name: 'To year' }).fill('1975');
    await page.keyboard.press('Tab');
    await see(
      page.getByText(`${expected.length.toLocaleString('en')} votes of the General Assembly’s record, 1971–1975.`),
    );
    expect(page.url()).toMatch(/#\/divided\?from=1971&to=1975$/);

    const rows = list(page).locator('tbody tr:not(.spacer)');
    await see(rows.first());
    const first = expected[0];
    const link = rows.first().getByRole('link');
    expect(await link.getAttribute('href')).toBe(`#/history/decision/rcid-${first.rcid}`);
    expect(await rows.first().innerText()).toContain(`${first.yes}–${first.no}`);
    await link.focus();
    await page.keyboard.press('Enter');
    await see(page.getByText(new RegExp(`Counted: ${first.yes} in favour, ${first.no} against`)), 20_000);
    expect(page.url()).toMatch(new RegExp(`#/history/decision/rcid-${first.rcid}$`));

    // Both downloads: the list in its order, the histogram with a bar per ten points.
    await page.goBack();
    await see(rows.first());
    const [listFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the list (CSV)' }).click(),
    ]);
    expect(listFile.suggestedFilename()).toBe('un-divided-history-1971-1975-list.csv');
    const csv = (await textOf(listFile)).replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(csv[0]).toBe(
      'rank,decision,date,date_precision,body,symbol,title,yes,no,abstain,margin,margin_share,no_at_least,vetoed_by,band',
    );
    expect(csv[1]).toMatch(new RegExp(`^1,rcid-${first.rcid},`));
    const [histogramFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the histogram (CSV)' }).click(),
    ]);
    const bars = (await textOf(histogramFile)).trim().split(/\r?\n/);
    expect(bars).toHaveLength(11);
  });

  it('the curated day’s Council: the vetoed amendments first', async () => {
    await page.goto(`${app.url}#/divided?dataset=day&body=sc`);
    const rows = list(page).locator('tbody tr:not(.spacer)');
    await see(rows.first(), 20_000);
    expect(await rows.first().innerText()).toMatch(/vetoed by Russian Federation/);
    await see(
      page.getByRole('table', { name: 'Votes per band' }).getByRole('row', { name: /Highly divided 2 40\.0%/ }),
    );
  });

  it('an imported file: its most divided votes by subject, and its list filtered by subject', async () => {
    await page.goto(`${app.url}#/import`);
    await page
      .getByLabel(/^A voting file of the UN Digital Library/)
      .setInputFiles(join(PROJECT_ROOT, 'test', 'fixtures', 'undl', 'ga-synthetic.csv'));
    await see(page.getByRole('status').filter({ hasText: 'Imported ga-synthetic.csv' }), 20_000);
    const votes = page.getByRole('table', { name: /imported votes of the General Assembly$/ });
    await see(votes.getByRole('link', { name: 'A/RES/ES-7/9002' }));
    await page.getByRole('combobox', { name: 'Subject' }).selectOption('SECOND SUBJECT');
    await expect.poll(() => votes.getByRole('link').count()).toBe(1);
    await see(votes.getByRole('link', { name: 'A/RES/5/9001' }));

    await page.goto(`${app.url}#/divided?dataset=undl-ga`);
    const rows = list(page).locator('tbody tr:not(.spacer)');
    await see(rows.first(), 20_000);
    // 101–14 (a share of 75.7%) before 38–5 (76.7%).
    expect(await rows.nth(0).getByRole('link').innerText()).toBe('A/RES/ES-7/9002');
    expect(await rows.nth(1).getByRole('link').innerText()).toBe('A/RES/5/9001');
    await page.getByRole('combobox', { name: 'Subject' }).selectOption('SECOND SUBJECT');
    await see(page.getByText(/^1 vote of the imported General Assembly file, subject “SECOND SUBJECT”\./));
    await rows.first().getByRole('link').click();
    await see(page.getByRole('heading', { level: 1, name: /A\/RES\/5\/9001/ }), 20_000);
  });

  it('a topic of the record: votes per year, outcomes, who voted against the majority', async () => {
    await page.goto(`${app.url}#/topics`);
    const topics = page.getByRole('table', { name: 'The record’s topics and their votes' });
    await see(topics, 20_000);
    await topics.getByRole('link', { name: 'Colonialism' }).click();
    await see(page.getByRole('heading', { level: 1, name: 'Topic: Colonialism' }));
    expect(page.url()).toMatch(/#\/topics\?topic=co$/);
    await see(page.locator('.recharts-bar-rectangle').first());
    const ranking = page.getByRole('table', { name: /^Who voted most often against the majority/ });
    const first = ranking.locator('tbody tr').first();
    const cells = await first.locator('td').allInnerTexts();
    expect(Number(cells[1].replace(/,/g, ''))).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'The most divided of them' }).click();
    await see(page.getByText(/votes of the General Assembly’s record, on colonialism\./), 20_000);
    expect(page.url()).toMatch(/#\/divided\?topic=co$/);
  });

  for (const [name, viewport] of [
    ['1280', DESKTOP],
    ['375', PHONE],
  ] as const) {
    it(`writes each chart's axis labels apart and inside the chart at ${name} px`, async () => {
      await page.setViewportSize(viewport);
      for (const hash of ['#/divided', '#/divided?dataset=day&body=sc', '#/topics?topic=co']) {
        await page.goto(`${app.url}${hash}`);
        const ticks = page.locator('figure .recharts-xAxis-tick-labels text');
        await see(ticks.first(), 20_000);
        const boxes = await ticks.evaluateAll((texts) =>
          texts.map((t) => {
            const box = t.getBoundingClientRect();
            const chart = t.closest('svg')!.getBoundingClientRect();
            return { text: t.textContent ?? '', left: box.left, right: box.right, chart };
          }),
        );
        expect(boxes.length, `${hash}: axis labels`).toBeGreaterThan(3);
        for (const [i, box] of boxes.entries()) {
          expect(box.left, `${hash}: “${box.text}” starts outside its chart`).toBeGreaterThanOrEqual(box.chart.left);
          expect(box.right, `${hash}: “${box.text}” ends outside its chart`).toBeLessThanOrEqual(box.chart.right);
          const next = boxes[i + 1];
          if (next) expect(next.left - box.right, `${hash}: “${box.text}” runs into “${next.text}”`).toBeGreaterThan(2);
        }
      }
      // The Assembly's histogram: its scale from 0 to 100 under the bars; the table keeps every bar's range.
      await page.goto(`${app.url}#/divided`);
      const histogram = page.locator('figure.band-chart');
      await see(histogram.locator('.recharts-xAxis-tick-labels text').first(), 20_000);
      expect(await histogram.locator('.recharts-xAxis-tick-labels text').allTextContents()).toEqual([
        '0',
        '10',
        '20',
        '30',
        '40',
        '50',
        '60',
        '70',
        '80',
        '90',
        '100',
      ]);
      await see(histogram.getByText('Margin, % of those voting yes or no'));
      await histogram.getByText('The chart as a table').click();
      const table = page.getByRole('table', { name: /^Votes by margin as a share of yes and no/ });
      expect(await table.getByRole('rowheader').allTextContents()).toEqual(
        Array.from({ length: 10 }, (_, i) => `${i * 10}–${i * 10 + 10}%`),
      );
    });

    it(`has no serious accessibility problem at ${name} px, nor a page wider than the screen`, async () => {
      await page.setViewportSize(viewport);
      for (const hash of [
        '#/divided?from=1971&to=1975',
        '#/divided?dataset=day&body=sc',
        '#/topics?topic=co',
        '#/topics',
      ]) {
        await page.goto(`${app.url}${hash}`);
        await see(page.getByRole('heading', { level: 2 }).first(), 20_000);
        await page.waitForFunction(
          () => !document.querySelector('main [role="status"]')?.textContent?.startsWith('Loading'),
        );
        await see(page.getByRole('table').first(), 20_000);
        // The charts' tables open, as a reader opens them.
        for (const summary of await page.locator('summary').all()) await summary.click();
        const violations = await seriousAxeViolations(page);
        expect(violations, `${hash}: ${formatAxeViolations(violations)}`).toEqual([]);
        const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(wide, `${hash} is wider than the screen`).toBeLessThanOrEqual(0);
      }
    });
  }
});
