/**
 * Importing the UN Digital Library's files in Chromium, as a reader does:
 * choose a file, watch its progress, cancel one, finish another (both bodies,
 * both header versions), open an imported vote, reload and find the imports
 * still there, remove them; a file that cannot be imported and a kept import
 * that no longer validates each say what is wrong. Axe at 1280 and 375 px.
 *
 * The large file is the synthetic General Assembly file of `bench:import`
 * (`scripts/undl-synthetic.ts`), written once for this file.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseMembership } from '../../src/domain/membership';
import { writeSyntheticGa } from '../../scripts/undl-synthetic';
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

const fixture = (name: string) => join(PROJECT_ROOT, 'test', 'fixtures', 'undl', name);

describe.skipIf(SKIP_BROWSER_TESTS)('importing the UN Digital Library’s files', () => {
  let app: AppUnderTest;
  let context: BrowserContext;
  let watched: WatchedPage;
  let page: Page;
  let dir: string;
  let large: string;

  beforeAll(async () => {
    app = await startApp();
    dir = await mkdtemp(join(tmpdir(), 'un-votes-import-'));
    large = join(dir, '2026_02_06_ga_voting.csv');
    const memberships = parseMembership(await readFile(join(PROJECT_ROOT, 'data/sources/un-membership.csv'), 'utf8'));
    // About 100 MB: long enough to watch and to cancel.
    writeSyntheticGa(large, memberships, { rows: 250_000 });
  });
  afterAll(async () => {
    await app?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  // Each test in a context of its own: the browser's store (IndexedDB) starts empty, whatever ran before.
  beforeEach(async () => {
    context = await app.browser.newContext({ viewport: DESKTOP });
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

  const chooser = (p: Page) => p.getByLabel(/^A voting file of the UN Digital Library/);
  const kept = (p: Page, body: string) => p.getByRole('article', { name: `${body}: import` });

  it('reads a large file with its progress, cancels it, and keeps nothing of it', async () => {
    await page.goto(`${app.url}#/import`);
    await see(page.getByRole('heading', { level: 1, name: /Import the UN Digital Library/ }));
    await see(page.getByText('None yet.'));
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(new URL(w.url()).pathname));
    await chooser(page).setInputFiles(large);
    const bar = page.getByRole('progressbar', { name: 'Read of 2026_02_06_ga_voting.csv' });
    await see(bar);
    // Progress moves: bytes, rows, rate and time left are shown.
    await expect.poll(async () => Number(await bar.getAttribute('value')), { timeout: 20_000 }).toBeGreaterThan(0);
    await see(page.getByText(/ of \d+\.\d MB \(\d+%\) · [\d,]+ rows · [\d.]+ MB\/s · about .+ left/));
    expect(
      workers.some((w) => /import\.worker/.test(w)),
      `workers: ${workers.join(', ')}`,
    ).toBe(true);
    await page.getByRole('button', { name: 'Cancel the import' }).click();
    await see(page.getByText(/The import of 2026_02_06_ga_voting\.csv was cancelled: nothing from it was kept/));
    await expect.poll(() => bar.count()).toBe(0);
    await see(page.getByText('None yet.'));
  });

  it('imports both bodies, in both header versions, and says what came in', async () => {
    // The Council's file in version 1's column names first; the current one replaces it below.
    await page.goto(`${app.url}#/import`);
    await chooser(page).setInputFiles(fixture('sc-2774-v1.csv'));
    await see(
      page.getByRole('region', { name: 'Choose a file' }).getByText('Security Council (header version 1)'),
      20_000,
    );
    await page.goto(`${app.url}#/import`);
    await chooser(page).setInputFiles(fixture('sc-disagreeing.csv'));
    const done = page.getByRole('status').filter({ hasText: 'Imported sc-disagreeing.csv: kept in this browser.' });
    await see(done, 20_000);
    const report = page.getByRole('region', { name: 'Choose a file' });
    await see(report.getByText('Security Council (header version 2)'));
    await see(report.getByText('1, on 24 Feb 2025', { exact: true }));
    const flagged = report.getByRole('table', { name: /^Votes flagged: 1/ });
    await see(flagged);
    expect(await flagged.locator('tbody tr').first().innerText()).toMatch(/^2\s+S\/RES\/2774\(2025\)\s+11 rows Y/);

    await chooser(page).setInputFiles(fixture('ga-v1.csv'));
    const ga = page.getByRole('status').filter({ hasText: 'Imported ga-v1.csv' });
    await see(ga, 20_000);
    await see(report.getByText('General Assembly (header version 1)'));
    await see(kept(page, 'General Assembly').getByText(/^ga-v1\.csv/));
    await see(kept(page, 'Security Council').getByText(/^sc-disagreeing\.csv/));

    // A newer General Assembly file replaces the older one.
    await chooser(page).setInputFiles(fixture('ga-synthetic.csv'));
    await see(page.getByRole('status').filter({ hasText: 'Imported ga-synthetic.csv' }), 20_000);
    const votes = kept(page, 'General Assembly').getByRole('table', { name: /imported votes of the General Assembly/ });
    await see(votes);
    expect(await votes.getAttribute('aria-rowcount')).toBe('3');
    await expect
      .poll(() =>
        kept(page, 'General Assembly')
          .getByText(/^ga-v1\.csv/)
          .count(),
      )
      .toBe(0);
  });

  it('finds the imports again after a reload, opens a vote, and removes them', async () => {
    await page.goto(`${app.url}#/import`);
    for (const name of ['sc-disagreeing.csv', 'ga-synthetic.csv']) {
      await chooser(page).setInputFiles(fixture(name));
      await see(page.getByRole('status').filter({ hasText: `Imported ${name}` }), 20_000);
    }
    await page.reload();
    const sc = kept(page, 'Security Council');
    await see(sc.getByText(/^sc-disagreeing\.csv/), 20_000);
    // The vote's page: the Council's fifteen members, the file's totals checked against the rows.
    await sc.getByRole('link', { name: 'S/RES/2774(2025)' }).click();
    await see(page.getByRole('heading', { level: 1, name: 'S/RES/2774(2025)' }), 20_000);
    await see(page.getByText(/The file has 11 rows Y and a total of 10/).first());
    // One vote of a file: no place in a voting order the file does not give.
    await see(page.getByText('Security Council · Draft resolution · 24 Feb 2025 · S/PV.9866', { exact: true }));
    const states = page.getByRole('table', { name: /^Positions of the 15 Council members/ });
    await see(states);
    await page.goBack();

    for (const body of ['Security Council', 'General Assembly']) {
      const article = kept(page, body);
      // By keyboard: the question takes focus to its answer, and the removal to the list's heading.
      await article.getByRole('button', { name: `Remove the ${body}'s import` }).focus();
      await page.keyboard.press('Enter');
      // Playwright's own waits (bounded), not a poll of page.evaluate (a call that never answers would hold the run).
      await see(page.locator('button:focus', { hasText: /^Remove$/ }));
      await page.keyboard.press('Enter');
      await article.waitFor({ state: 'detached', timeout: 10_000 });
      await see(page.locator('h2:focus', { hasText: 'Imports in this browser' }));
    }
    await see(page.getByText('None yet.'));
    await page.reload();
    await see(page.getByText('None yet.'), 20_000);
    // A vote of a removed import is not there, and the page says why.
    await page.goto(`${app.url}#/decision/undl-sc-900002774`);
    await see(page.getByText(/this browser holds no such import/), 20_000);
  });

  it('says where a file cannot be imported, and keeps what was there', async () => {
    await page.goto(`${app.url}#/import`);
    await chooser(page).setInputFiles(fixture('sc-2774.csv'));
    await see(page.getByRole('status').filter({ hasText: 'Imported sc-2774.csv' }), 20_000);
    for (const [name, message] of [
      ['unknown-header.csv', /unknown-header\.csv cannot be imported: line 1: .*undl_id/],
      ['sc-truncated-row.csv', /sc-truncated-row\.csv cannot be imported: line \d+: /],
      ['empty.csv', /empty\.csv cannot be imported/],
    ] as const) {
      await chooser(page).setInputFiles(fixture(name));
      await see(page.getByRole('alert').filter({ hasText: message }), 20_000);
    }
    await see(kept(page, 'Security Council').getByText(/^sc-2774\.csv/));

    // On a phone the chooser fills the screen: the message is brought into sight, and focus stays on the chooser.
    await page.setViewportSize(PHONE);
    try {
      await page.goto(`${app.url}#/import`);
      await page.evaluate(() => window.scrollTo(0, 0));
      await chooser(page).focus();
      await chooser(page).setInputFiles(fixture('unknown-header.csv'));
      const alert = page.getByRole('alert').filter({ hasText: /unknown-header\.csv cannot be imported/ });
      await see(alert, 20_000);
      await expect
        .poll(() => alert.evaluate((el) => el.getBoundingClientRect().bottom <= window.innerHeight))
        .toBe(true);
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  });

  it('compares states over an import: who voted with the United States in the imported Security Council vote', async () => {
    await page.goto(`${app.url}#/import`);
    await chooser(page).setInputFiles(fixture('sc-2774.csv'));
    await see(page.getByRole('status').filter({ hasText: 'Imported sc-2774.csv' }), 20_000);
    await page.goto(`${app.url}#/alignment?dataset=undl-sc&state=USA&with=RUS&group=council`);
    await see(page.getByText('Over 1 decision of the imported Security Council file, 2025.'), 30_000);
    const ranking = page.getByRole('table', { name: /^Agreement of every state with United States of America/ });
    const row = (name: string) => ranking.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    const cells = async (name: string) =>
      (await row(name).locator('th, td').allInnerTexts()).map((t) => t.trim()).slice(2, 4);
    // The Russian Federation voted yes with the United States; France abstained.
    expect(await cells('Russian Federation')).toEqual(['100.0%', '1']);
    expect(await cells('France')).toEqual(['50.0%', '1']);
    await expect
      .poll(async () => await page.getByRole('combobox', { name: 'Decisions', exact: true }).inputValue())
      .toBe('undl-sc');
    // The United States' page: its positions in the imported file, per year, and as CSV.
    await page.goto(`${app.url}#/state/USA`);
    const section = page.getByRole('region', { name: 'In the imported Security Council file (sc-2774.csv)' });
    await see(section, 20_000);
    await section.getByText('The chart as a table').click();
    const years = section.getByRole('table', {
      name: /^Positions of United States of America per year in the imported/,
    });
    await see(years);
    expect(await years.locator('tbody tr').first().innerText()).toMatch(/^2025\s+1\s/);
    await see(section.getByRole('button', { name: 'Download its 1 imported vote (CSV)' }));
  });

  it('merges an imported vote into the curated day: what agrees shows with both sources, a contradiction is disputed', async () => {
    await page.goto(`${app.url}#/import`);
    await chooser(page).setInputFiles(fixture('sc-disagreeing.csv'));
    await see(page.getByRole('status').filter({ hasText: 'Imported sc-disagreeing.csv' }), 20_000);
    await page.goto(`${app.url}#/decision/sc-s2025-112`);
    const table = page.getByRole('table', { name: /^Positions of the 15 Council members/ });
    await see(table, 20_000);
    const row = (name: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    // The United States: yes in the day's sources and in the file.
    await expect
      .poll(async () => row('United States of America').innerText(), { timeout: 20_000 })
      .toMatch(/UNDL-SC-FILE/);
    expect(await row('United States of America').innerText()).toMatch(/Yes/);
    // The United Kingdom: an abstention in the day's sources, yes in this file: disputed, each claim with its source.
    const uk = row('United Kingdom of Great Britain and Northern Ireland');
    expect(await uk.innerText()).toMatch(/Disputed/);
    await see(uk.getByText(/per UNDL-SC-FILE/));
    await see(page.getByText(/Security Council voting data \(sc-disagreeing\.csv, imported in this browser\)/).first());
    // The import removed, the day is as it was.
    await page.goto(`${app.url}#/import`);
    await kept(page, 'Security Council').getByRole('button', { name: "Remove the Security Council's import" }).click();
    await kept(page, 'Security Council').getByRole('button', { name: 'Remove', exact: true }).click();
    await see(page.getByText('None yet.'));
    await page.goto(`${app.url}#/decision/sc-s2025-112`);
    await see(table, 20_000);
    expect(await row('United States of America').innerText()).not.toMatch(/UNDL-SC-FILE/);
    expect(await uk.innerText()).not.toMatch(/Disputed/);
  });

  it('puts the record’s votes beside the imported General Assembly file: agree, fill, and ambiguous parts', async () => {
    await page.goto(`${app.url}#/import`);
    await chooser(page).setInputFiles(fixture('ga-from-record.csv'));
    await see(page.getByRole('status').filter({ hasText: 'Imported ga-from-record.csv' }), 20_000);
    await see(
      page
        .getByRole('region', { name: 'Choose a file' })
        .getByText('2, from 25 Oct 1971 to 21 Dec 2017 (in 2 of the years 1971–2017)', { exact: true }),
    );
    await see(kept(page, 'General Assembly').getByText(/: 2 votes from 25 Oct 1971 to 21 Dec 2017, 324 positions;/));
    await page.goto(`${app.url}#/history/decision/rcid-5588`);
    const panel = page.getByRole('region', { name: 'In the imported UN Digital Library file' });
    await see(panel, 30_000);
    await see(panel.getByText(/The same vote as A\/RES\/ES-10\/19 in ga-from-record\.csv/));
    expect(await panel.innerText()).toMatch(
      /171 agree, 22 non-voting in the file where the record has absent or not voting, 0 disputed/,
    );
    const differ = panel.getByRole('table', { name: /^States where the record and the file differ: 22/ });
    await see(differ);
    expect(await differ.locator('tbody tr').first().innerText()).toMatch(
      /Absent or not voting\s+Non-voting\s+Non-voting \(filled from the file\)/,
    );
    // From the file's vote back to the record.
    await panel.getByRole('link', { name: 'A/RES/ES-10/19' }).click();
    const inRecord = page.getByRole('region', { name: /In the General Assembly’s record/ });
    await see(inRecord, 30_000);
    await see(
      inRecord.getByText(/The same vote as rcid 5588 in the record\. State by state: 171 agree, 22 non-voting/),
    );
    // One of the seven lettered votes of 2758 (XXVI): the file has the resolution as a whole, and nothing is merged.
    await page.goto(`${app.url}#/history/decision/rcid-1187`);
    await see(panel.getByText(/The record votes on the parts of this resolution one by one/), 30_000);
    await see(panel.getByRole('link', { name: 'A/RES/2758(XXVI)' }));
    // The record's list holds the file's vote the record has not, among the record's; the one both have, once.
    await page.goto(`${app.url}#/history?from=1971&to=1971&q=china`);
    await see(page.getByRole('status').filter({ hasText: '(9 of the record, 1 of the imported file only)' }), 30_000);
    const list = page.getByRole('table', { name: /^10 of 6,204 votes of the General Assembly/ });
    await see(list.getByRole('link', { name: '25 Oct 1971, A/RES/2758(XXVI)' }));
    await see(list.getByText(/^Imported file only · may be the record’s R\/26\/2758A/));
    await page.goto(`${app.url}#/history?from=2017&to=2017&q=ES-10%2F19`);
    await see(page.getByRole('table').getByText(/Also in the imported file/), 30_000);
    await page.goto(`${app.url}#/import`);
    await kept(page, 'General Assembly').getByRole('button', { name: "Remove the General Assembly's import" }).click();
    await kept(page, 'General Assembly').getByRole('button', { name: 'Remove', exact: true }).click();
    await see(page.getByText('None yet.'));
  });

  it('reports a kept import that no longer validates, and does not load it', async () => {
    await page.goto(`${app.url}#/import`);
    await chooser(page).setInputFiles(fixture('sc-2774.csv'));
    await see(kept(page, 'Security Council').getByText(/^sc-2774\.csv/), 20_000);
    // Damage the kept record as another version of the app or a broken disk might.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('un-vote-tracker');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('imports', 'readwrite');
            const store = tx.objectStore('imports');
            const get = store.get('undl-sc');
            get.onsuccess = () => {
              const value = get.result as { store: { day: unknown } };
              value.store.day = [1, 2, 3];
              store.put(value);
            };
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload();
    const sc = kept(page, 'Security Council');
    await see(
      sc
        .getByRole('alert')
        .filter({ hasText: /does not validate and was not loaded: import\.store\.day: is not an Int32Array/ }),
      20_000,
    );
    await page.goto(`${app.url}#/decision/undl-sc-900002774`);
    await see(page.getByText(/holds no such import that could be read/), 20_000);
    await page.goBack();
    await sc.getByRole('button', { name: "Remove the Security Council's import" }).click();
    await sc.getByRole('button', { name: 'Remove', exact: true }).click();
    await see(page.getByText('None yet.'));
  });

  it('has no serious accessibility violation at 1280 and 375 px, and no sideways scrolling', async () => {
    await page.goto(`${app.url}#/import`);
    await chooser(page).setInputFiles(fixture('sc-bad-totals.csv'));
    await see(page.getByRole('status').filter({ hasText: 'Imported sc-bad-totals.csv' }), 20_000);
    for (const size of [DESKTOP, PHONE]) {
      await page.setViewportSize(size);
      const violations = await seriousAxeViolations(page);
      expect(violations, formatAxeViolations(violations)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `sideways scrolling at ${size.width} px`).toBeLessThanOrEqual(0);
      await page.screenshot({
        path: join(PROJECT_ROOT, 'test', 'screenshots', `import-${size.width}.png`),
        fullPage: true,
      });
    }
    await kept(page, 'Security Council').getByRole('button', { name: "Remove the Security Council's import" }).click();
    await kept(page, 'Security Council').getByRole('button', { name: 'Remove', exact: true }).click();
  });
});
