/**
 * Who voted with whom, in Chromium: the United States' ranking on the
 * curated day, the United States and the Russian Federation year by year
 * over the record with the chart's table, the measure run in its worker
 * under the Content-Security-Policy, the controls by keyboard, axe and
 * sideways scrolling at 1280 and 375 px.
 *
 * What the views should show is counted here: the ranking from the dataset
 * file's position lists, the pair's years from the record's source CSVs
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
  formatAxeViolations,
  goToHash,
  openView,
  see,
  seriousAxeViolations,
  skipMessage,
  startApp,
} from './helpers';

if (SKIP_BROWSER_TESTS) console.warn(skipMessage());

interface Counts {
  common: number;
  same: number;
  one: number;
}
const add = (c: Counts, a: string | undefined, b: string | undefined) => {
  if (!a || !b) return;
  c.common++;
  if (a === b) c.same++;
  else if (a === 'A' || b === 'A' || a === 'abstain' || b === 'abstain') c.one++;
};
/** The agreement in tenths of a percent, half up, in integers: (same + ½ one) / common. */
const agreement = (c: Counts) => {
  if (c.common === 0) return '–';
  const tenths = Math.floor((2000 * (2 * c.same + c.one) + 2 * c.common) / (4 * c.common));
  return `${Math.floor(tenths / 10)}.${tenths % 10}%`;
};

/** Every state's counts with the United States on the curated day, from the file's position lists. */
async function dayRanking(): Promise<{ name: string; counts: Counts; value: number }[]> {
  const file = join(PROJECT_ROOT, 'data', 'un-votes-2025-02-24.json');
  const json = JSON.parse(await readFile(file, 'utf8')) as {
    membership: { states: { code: string; name: string }[] };
    decisions: { positionLists: { position: string; states: string[] }[] }[];
  };
  // A state named with one position has it; one named with two is disputed and takes no part.
  const decisions = json.decisions.map((d) => {
    const claims = new Map<string, Set<string>>();
    for (const l of d.positionLists)
      for (const s of l.states) claims.set(s, (claims.get(s) ?? new Set()).add(l.position));
    return new Map([...claims].filter(([, p]) => p.size === 1).map(([s, p]) => [s, [...p][0]]));
  });
  return json.membership.states
    .filter((s) => s.code !== 'USA')
    .map((s) => {
      const counts = { common: 0, same: 0, one: 0 };
      for (const d of decisions) add(counts, d.get('USA'), d.get(s.code));
      return { name: s.name, counts, value: counts.common ? (counts.same + counts.one / 2) / counts.common : -1 };
    })
    .sort((a, b) => b.value - a.value || b.counts.common - a.counts.common || a.name.localeCompare(b.name, 'en'));
}

/** The United States (US) and the USSR's and Russia's seat (RU) per year, from the record's source files. */
async function pairYears(): Promise<Map<number, Counts>> {
  const source = (name: string) => join(PROJECT_ROOT, 'data', 'history', 'source', name);
  const text = async (name: string) => gunzipSync(await readFile(source(name))).toString('utf8');
  const calls = parse(await text('un_roll_calls.csv.gz'), { columns: true }) as { rcid: string; date: string }[];
  const positions = new Map<string, { US?: string; RU?: string }>();
  const line = /^(\d+),(?:"(?:[^"]|"")*"|[^,]*),(US|RU),(yes|no|abstain)\r?$/gm;
  for (const [, rcid, code, vote] of (await text('un_votes.csv.gz')).matchAll(line)) {
    positions.set(rcid, { ...positions.get(rcid), [code]: vote });
  }
  const years = new Map<number, Counts>();
  for (const call of calls) {
    const year = Number(call.date.slice(0, 4));
    if (!years.has(year)) years.set(year, { common: 0, same: 0, one: 0 });
    const p = positions.get(call.rcid);
    add(years.get(year)!, p?.US, p?.RU);
  }
  return new Map([...years].sort(([a], [b]) => a - b));
}

describe.skipIf(SKIP_BROWSER_TESTS)('who voted with whom', () => {
  let app: AppUnderTest;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];
  let violations: string[];

  beforeAll(async () => {
    app = await startApp();
    context = await app.browser.newContext({ viewport: DESKTOP, acceptDownloads: true });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const w = window as unknown as { cspViolations?: string[] };
        (w.cspViolations ??= []).push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sample})`);
      });
    });
  });
  afterAll(async () => {
    await context?.close();
    await app?.close();
  });
  beforeEach(async () => {
    page = await context.newPage();
    pageErrors = [];
    violations = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (m) => {
      if (/Content[- ]Security[- ]Policy/i.test(m.text())) violations.push(`console: ${m.text()}`);
    });
  });
  afterEach(async () => {
    const seen = await page
      .evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])
      .catch(() => []);
    await page?.close();
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
    expect([...violations, ...seen], 'Content-Security-Policy violations').toEqual([]);
  });

  const cellTexts = async (row: Locator) => (await row.locator('th, td').allInnerTexts()).map((t) => t.trim());
  const rankingTable = (p: Page, name: string) =>
    p.getByRole('table', { name: new RegExp(`^Agreement of every state with ${name}`) });

  it("the United States' ranking on the curated day: the first rows, each with its common decisions", async () => {
    const expected = await dayRanking();
    await openView(page, app.url, '#/alignment?dataset=day');
    const table = await see(rankingTable(page, 'United States of America'), 20_000);
    const rows = table.locator('tbody tr');
    await see(rows.first());
    expect(await rows.count()).toBe(192);
    const shown = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => (await cellTexts(rows.nth(i))).slice(0, 4)),
    );
    expect(shown).toEqual(
      expected.slice(0, 20).map((r, i) => [r.name, String(i + 1), agreement(r.counts), String(r.counts.common)]),
    );
    // The Russian Federation: further down, with more common decisions.
    const russia = expected.findIndex((r) => r.name === 'Russian Federation');
    expect(await cellTexts(rows.nth(russia))).toEqual([
      'Russian Federation',
      String(russia + 1),
      agreement(expected[russia].counts),
      String(expected[russia].counts.common),
      String(expected[russia].counts.same),
      String(expected[russia].counts.one),
    ]);
    // A name opens the state's page.
    await rows.first().getByRole('link').click();
    await see(page.getByRole('heading', { level: 1, name: expected[0].name }));
  });

  it('the United States and the Russian Federation year by year over the record, in its worker, and as a table', async () => {
    const years = await pairYears();
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(new URL(w.url()).pathname));
    await openView(page, app.url, '#/alignment');
    const summary = await see(page.getByText(/% agreement over [\d,]+ common decisions/), 30_000);
    const total = [...years.values()].reduce(
      (t, c) => ({ common: t.common + c.common, same: t.same + c.same, one: t.one + c.one }),
      { common: 0, same: 0, one: 0 },
    );
    expect(await summary.innerText()).toBe(
      `${agreement(total)} agreement over ${total.common.toLocaleString('en')} common decisions (${total.same.toLocaleString('en')} with the same position, ${total.one.toLocaleString('en')} where one abstained), abstention as half agreement (Voeten’s index).`,
    );
    expect(
      workers.some((path) => /\/assets\/alignment\.worker-[^/]*\.js$/.test(path)),
      workers.join(),
    ).toBe(true);
    // The page's policy names the build's own scripts as the only workers.
    const html = await readFile(join(app.buildDir, 'index.html'), 'utf8');
    const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1] ?? '';
    expect(policy.split(/;\s*/)).toContain("worker-src 'self'");

    // The chart, drawn, and its table.
    const figure = page
      .locator('figure')
      .filter({ hasText: 'Agreement of United States of America and Russian Federation per year' });
    await see(figure.locator('.recharts-line-curve'));
    await figure.getByText('The chart as a table').click();
    const table = await see(
      page.getByRole('table', { name: 'Agreement of United States of America and Russian Federation per year' }),
    );
    const rows = await table.locator('tbody tr').all();
    const shown = await Promise.all(rows.map(cellTexts));
    expect(shown).toEqual(
      [...years].map(([year, c]) => [
        String(year),
        agreement(c),
        c.common.toLocaleString('en'),
        c.same.toLocaleString('en'),
        c.one.toLocaleString('en'),
      ]),
    );

    // Under the other rule, by keyboard: the figures change, and the address says so.
    await page.getByRole('radio', { name: 'as half agreement (Voeten’s index)' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => new URL(page.url()).hash).toBe('#/alignment?abstain=disagree');
    const disagree = `${agreement({ common: total.common, same: total.same, one: 0 })} agreement over`;
    await see(page.getByText(disagree));

    // Every pair, made in the worker.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Download every pair of the 198 states/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('un-alignment-history-all-pairs-disagree.csv');
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const csv = Buffer.concat(chunks)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(csv[0]).toBe('state_a,state_b,common,same,one_abstained,agreement');
    expect(csv).toHaveLength(1 + (198 * 197) / 2);
    const millionths = Math.floor((2_000_000 * total.same + total.common) / (2 * total.common));
    expect(csv).toContain(`RUS,USA,${total.common},${total.same},${total.one},${millionths / 1e6}`);
  });

  it('the controls are labelled and reached by Tab; a group chosen by keyboard goes into the address', async () => {
    await openView(page, app.url, '#/alignment?dataset=day');
    await see(rankingTable(page, 'United States of America'), 20_000);
    for (const label of ['Decisions', 'State', 'First state', 'Second state', 'Group']) {
      await see(page.getByRole('combobox', { name: label, exact: true }));
    }
    const group = page.getByRole('combobox', { name: 'Group', exact: true });
    await page.getByRole('button', { name: /Download the years/ }).focus();
    await page.keyboard.press('Tab');
    expect(await group.evaluate((el) => el === document.activeElement)).toBe(true);
    await group.selectOption({ label: 'The European Union (its 27 members today)' });
    await expect.poll(() => new URL(page.url()).hash).toBe('#/alignment?dataset=day&group=eu');
    const matrix = await see(page.getByRole('table', { name: /^The European Union/ }));
    expect(await matrix.getByRole('rowheader').count()).toBe(27);
    // The matrix scrolls in its own box, which the keyboard reaches.
    const region = page.getByRole('region', { name: /^The European Union/ });
    expect(await region.getAttribute('tabindex')).toBe('0');
  });

  it(
    'no serious or critical axe violation and no sideways scrolling, at 1280 and 375 px',
    { timeout: 240_000 },
    async () => {
      const views: [string, (p: Page) => Locator][] = [
        ['#/alignment', (p) => p.getByText(/% agreement over [\d,]+ common decisions/)],
        [
          '#/alignment?dataset=day&group=council',
          (p) => p.getByRole('table', { name: /^The Security Council of 2025/ }),
        ],
      ];
      const phone = await context.newPage();
      await phone.setViewportSize(PHONE);
      phone.on('pageerror', (error) => pageErrors.push(error.message));
      const report: string[] = [];
      try {
        await Promise.all([page, phone].map((p) => openView(p, app.url, '#/')));
        for (const [hash, ready] of views) {
          const results = await Promise.all(
            (
              [
                ['1280 px', page],
                ['375 px', phone],
              ] as const
            ).map(async ([width, p]) => {
              await goToHash(p, hash);
              await see(ready(p), 30_000);
              const details = p.getByText('The chart as a table');
              if (await details.count()) await details.first().click();
              const problems: string[] = [];
              const violations = await seriousAxeViolations(p);
              if (violations.length) problems.push(formatAxeViolations(violations));
              const [scrollWidth, innerWidth] = await p.evaluate(() => [
                document.documentElement.scrollWidth,
                window.innerWidth,
              ]);
              if (scrollWidth > innerWidth)
                problems.push(`the page scrolls sideways: ${scrollWidth} px in ${innerWidth}`);
              return problems.length ? `${hash} at ${width}:\n${problems.join('\n')}` : '';
            }),
          );
          report.push(...results.filter(Boolean));
        }
      } finally {
        await phone.close();
      }
      expect(report.join('\n\n'), 'serious or critical axe violations, sideways scrolling').toBe('');
    },
  );
});
