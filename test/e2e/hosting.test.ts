/**
 * The build as a static host serves it: its Content-Security-Policy, what it
 * leaves out, a path where a hash was meant, no JavaScript, and addresses
 * with parameters it does not know.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AppUnderTest } from './helpers';
import {
  DESKTOP,
  PROJECT_ROOT,
  SKIP_BROWSER_TESTS,
  dataLoaded,
  datasetDecisionIds,
  goToHash,
  openView,
  see,
  skipMessage,
  startApp,
} from './helpers';

if (SKIP_BROWSER_TESTS) console.warn(skipMessage());

const SCREENSHOTS = join(PROJECT_ROOT, 'test', 'screenshots');

/** The policy of an HTML page's CSP meta tag, as directive → sources; null where there is none. */
function policyOf(html: string): Map<string, string[]> | null {
  const tag = html.match(/<meta\s[^>]*http-equiv="Content-Security-Policy"[^>]*>/i)?.[0];
  const content = tag
    ?.match(/content="([^"]*)"/)?.[1]
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  if (!content) return null;
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

describe.skipIf(SKIP_BROWSER_TESTS)('hosting and security', () => {
  let app: AppUnderTest;
  let context: BrowserContext;
  let page: Page;
  let violations: string[];

  beforeAll(async () => {
    app = await startApp();
    context = await app.browser.newContext({ viewport: DESKTOP, acceptDownloads: true });
    // Every Content-Security-Policy violation, from the first script on.
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
    violations = [];
    page.on('console', (message) => {
      if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
    });
  });
  afterEach(async () => {
    await page?.close();
  });

  /** The violations the page saw since it loaded, with those on the console. */
  const seen = async () => [
    ...violations,
    ...(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])),
  ];
  const h1 = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
  const notice = () => page.getByRole('status').filter({ hasText: 'Part of the address was not understood' });

  it('the built index.html has a strict Content-Security-Policy', async () => {
    const html = await readFile(join(app.buildDir, 'index.html'), 'utf8');
    const policy = policyOf(html);
    expect(policy, 'a <meta http-equiv="Content-Security-Policy"> in index.html').not.toBeNull();
    expect(policy!.get('default-src')).toEqual(["'self'"]);
    // Besides the build's files, exactly the page's own inline script and style sheet, by their hashes.
    const hashes = (tag: string) =>
      [...html.matchAll(new RegExp(`<${tag}\\b(?![^>]*\\bsrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map(
        ([, text]) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`,
      );
    expect(hashes('script')).toHaveLength(1);
    expect(hashes('style')).toHaveLength(1);
    expect(policy!.get('script-src')).toEqual(["'self'", ...hashes('script')]);
    expect(policy!.get('style-src')).toEqual(["'self'", ...hashes('style')]);
    expect(policy!.get('object-src')).toEqual(["'none'"]);
    expect(policy!.get('base-uri')).toEqual(["'none'"]);
    const everything = [...policy!.values()].flat();
    expect(everything).not.toContain("'unsafe-eval'");
    expect(everything).not.toContain("'unsafe-inline'");
  });

  it('every view runs under it with no violation', async () => {
    const decisions = await datasetDecisionIds();
    await openView(page, app.url, '#/');
    await see(page.locator('svg.tally-bar').first());
    for (const hash of [...decisions.map((id) => `#/decision/${id}`), '#/compare', '#/decision/nope', '#/x/y']) {
      await goToHash(page, hash);
      await see(page.getByRole('heading', { level: 1 }));
    }
    // A view that reads the record and the browser's store of imports.
    await goToHash(page, '#/methodology');
    await see(page.getByRole('rowheader', { name: 'The General Assembly’s record' }));
    // What the pages do: filter by the chart, sort, show a column head's full name, download.
    await goToHash(page, '#/decision/ga-l10');
    await page
      .getByRole('region', { name: 'Tally' })
      .getByRole('button', { name: /^No 18$/ })
      .click();
    await page
      .getByRole('columnheader', { name: /Position/ })
      .getByRole('button')
      .click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Download these 18 rows/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    await goToHash(page, '#/compare');
    await page.getByRole('link', { name: 'GA 2', exact: true }).hover();
    await see(page.getByRole('tooltip'));
    expect(await seen()).toEqual([]);

    for (const base of [app.invalidUrl, app.errorUrl]) {
      await page.goto(`${base}#/`);
      await see(page.getByRole('alert'));
      expect(await seen()).toEqual([]);
    }
  });

  it('the build leaves the development mock service worker out', async () => {
    expect(existsSync(join(app.buildDir, 'mockServiceWorker.js'))).toBe(false);
    const response = await page.goto(`${app.url}mockServiceWorker.js`);
    expect(response?.status()).toBe(404);
  });

  it('a path where a hash was meant lands on the same view (404.html)', async () => {
    await page.goto(`${app.url}decision/ga-l10?position=N`);
    await dataLoaded(page);
    await see(h1('A/RES/ES-11/7'));
    await see(page.getByRole('status').filter({ hasText: 'Showing 18 of 193 states' }));
    expect(page.url()).toBe(`${app.url}#/decision/ga-l10?position=N`);

    await page.goto(`${app.url}compare`);
    await dataLoaded(page);
    await see(h1('General Assembly and Security Council on the same questions'));
    expect(page.url()).toBe(`${app.url}#/compare`);

    // Any other path: a page that says so, with the way to the app.
    const response = await page.goto(`${app.url}no/such/page`);
    expect(response?.status()).toBe(404);
    await see(h1('Not found'));
    expect(await page.getByRole('link', { name: /UN vote tracker/ }).count()).toBe(1);
    expect(await seen()).toEqual([]);
  });

  it('without JavaScript, the overview shows with its charts and says what needs JavaScript', async () => {
    const noScript = await app.browser.newContext({ javaScriptEnabled: false, viewport: DESKTOP });
    try {
      const p = await noScript.newPage();
      await p.goto(`${app.url}#/`);
      await see(p.getByRole('heading', { level: 1, name: /^UN votes of 24 February 2025/ }));
      await see(p.getByRole('article', { name: 'A/RES/ES-11/7', exact: true }).getByText('93–18–65', { exact: true }));
      expect(await p.locator('article svg.tally-bar').count()).toBe(12);
      await see(p.locator('article svg.tally-bar').first());
      await see(p.getByText(/the record and the downloads need\s+JavaScript/));
      mkdirSync(SCREENSHOTS, { recursive: true });
      await p.screenshot({ path: join(SCREENSHOTS, 'overview-no-javascript.png'), fullPage: true });
      const lost = await noScript.newPage();
      await lost.goto(`${app.url}decision/ga-l10`);
      await see(lost.getByRole('link', { name: /UN vote tracker/ }));
    } finally {
      await noScript.close();
    }
  });

  it('parameters it does not know get the notice that bad filter values get', async () => {
    for (const [address, expected] of [
      ['?foo=bar#/', 'foo "bar" (not a parameter of this app)'],
      ['#/?foo=bar', 'foo "bar" (not a parameter of this page)'],
      ['#/compare?position=N', 'position "N" (not a parameter of this page)'],
      ['#/decision/ga-l10?position=N&position=A', 'position "A" (given more than once; the first is used)'],
      ['#/decision/ga-l10?colour=red', 'colour "red" (not a parameter of this page)'],
      ['?mock=slow#/', 'mock "slow" (development only)'],
    ] as const) {
      await openView(page, app.url, address);
      await see(h1(/.+/));
      await see(notice().filter({ hasText: expected }));
    }
    // The known parameters still apply.
    await see(page.getByRole('heading', { level: 1, name: /^UN votes of/ }));
    await openView(page, app.url, '#/decision/ga-l10?position=N&position=A');
    await see(page.getByRole('status').filter({ hasText: 'Showing 18 of 193 states' }));
  });
});
