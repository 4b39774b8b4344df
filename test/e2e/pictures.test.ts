/**
 * Charts as pictures, in Chromium: the decision page's tally and its share
 * card downloaded as PNG and SVG, and each file opened as a reader's program
 * would: the PNG decoded (its size, and not blank: the tally's colours in it),
 * the SVG parsed (the chart's shapes, the title, the source line and the
 * date). Axe at 1280 and 375 px on the page with the buttons. The pictures
 * are kept in test/screenshots to look at.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AppUnderTest } from './helpers';
import {
  DESKTOP,
  PHONE,
  PROJECT_ROOT,
  SKIP_BROWSER_TESTS,
  formatAxeViolations,
  openView,
  see,
  seriousAxeViolations,
  skipMessage,
  startApp,
} from './helpers';

if (SKIP_BROWSER_TESTS) console.warn(skipMessage());

const PICTURES = join(PROJECT_ROOT, 'test', 'screenshots', 'pictures');
const SOURCE_DAY =
  'Source: UN Digital Library and UN press releases, with news reports of the day; compiled by the tracker';

interface Decoded {
  width: number;
  height: number;
  /** Share of pixels that are not white. */
  inked: number;
  /** Whether a pixel of each colour is in it (within a small tolerance). */
  has: Record<string, boolean>;
}

describe.skipIf(SKIP_BROWSER_TESTS)('charts as pictures', () => {
  let app: AppUnderTest;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    app = await startApp();
    context = await app.browser.newContext({ viewport: DESKTOP, acceptDownloads: true });
    await mkdir(PICTURES, { recursive: true });
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

  /** Presses a button and keeps the file it downloads; its name and bytes. */
  async function download(button: Locator): Promise<{ name: string; bytes: Buffer }> {
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), button.click()]);
    const path = join(PICTURES, file.suggestedFilename());
    await file.saveAs(path);
    return { name: file.suggestedFilename(), bytes: await readFile(path) };
  }

  /** A PNG decoded by the page's own image decoder. */
  function decodePng(bytes: Buffer, colours: Record<string, [number, number, number]>): Promise<Decoded> {
    return page.evaluate(
      async ({ base64, colours }) => {
        const raw = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([raw], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
        let inked = 0;
        const has: Record<string, boolean> = Object.fromEntries(Object.keys(colours).map((k) => [k, false]));
        for (let i = 0; i < data.length; i += 4) {
          const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
          if (r < 250 || g < 250 || b < 250) inked++;
          for (const [name, [cr, cg, cb]] of Object.entries(colours))
            if (Math.abs(r - cr) + Math.abs(g - cg) + Math.abs(b - cb) < 12) has[name] = true;
        }
        return { width: bitmap.width, height: bitmap.height, inked: inked / (data.length / 4), has };
      },
      { base64: bytes.toString('base64'), colours },
    );
  }

  /** An SVG parsed by the page: whether it is well formed, its size, its texts, and how many of each shape. */
  function parseSvg(text: string) {
    return page.evaluate((markup) => {
      const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        wellFormed: doc.querySelector('parsererror') === null && root.localName === 'svg',
        width: root.getAttribute('width'),
        height: root.getAttribute('height'),
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
        rects: doc.querySelectorAll('rect').length,
        paths: doc.querySelectorAll('path').length,
        scripts: doc.querySelectorAll('script, foreignObject').length,
      };
    }, text);
  }

  const COLOURS = { yes: [0x00, 0x9e, 0x73], no: [0xd5, 0x5e, 0x00], abstain: [0xe6, 0x9f, 0x00] } as Record<
    string,
    [number, number, number]
  >;

  it("a decision's tally downloads as PNG and as SVG, with its title, source line and date", async () => {
    await openView(page, app.url, '#/decision/ga-l10');
    const tally = page.getByRole('region', { name: 'Tally' });
    await see(tally.locator('.recharts-surface'));

    const png = await download(tally.getByRole('button', { name: 'Download PNG of the tally' }));
    expect(png.name).toBe('A-RES-ES-11-7-tally.png');
    const decoded = await decodePng(png.bytes, COLOURS);
    expect(decoded.width).toBe(1200);
    expect(decoded.height).toBeGreaterThan(200);
    expect(decoded.inked).toBeGreaterThan(0.02);
    expect(decoded.has).toEqual({ yes: true, no: true, abstain: true });

    const svg = await download(tally.getByRole('button', { name: 'Download SVG of the tally' }));
    expect(svg.name).toBe('A-RES-ES-11-7-tally.svg');
    const parsed = await parseSvg(svg.bytes.toString('utf8'));
    expect(parsed.wellFormed).toBe(true);
    expect(parsed.width).toBe('1200');
    expect(parsed.scripts).toBe(0);
    // The chart's own bars (Recharts draws them as paths), the counts written in them, and the key in words.
    expect(svg.bytes.toString('utf8')).toContain('recharts-rectangle');
    expect(parsed.texts).toEqual(
      expect.arrayContaining([
        'A/RES/ES-11/7: the recorded tally',
        SOURCE_DAY,
        '24 Feb 2025',
        '93',
        '18',
        '65',
        'Yes 93',
        'No 18',
        'Abstain 65',
      ]),
    );
  });

  it("a decision's share card downloads as PNG and SVG of 1200 × 630", async () => {
    await openView(page, app.url, '#/decision/ga-l10');
    const result = page.getByRole('region', { name: 'Result' });

    const png = await download(result.getByRole('button', { name: 'Share card (PNG) of A/RES/ES-11/7' }));
    expect(png.name).toBe('A-RES-ES-11-7-card.png');
    const decoded = await decodePng(png.bytes, COLOURS);
    expect([decoded.width, decoded.height]).toEqual([1200, 630]);
    expect(decoded.inked).toBeGreaterThan(0.05);
    expect(decoded.has).toEqual({ yes: true, no: true, abstain: true });

    const svg = await download(result.getByRole('button', { name: 'Share card (SVG) of A/RES/ES-11/7' }));
    const parsed = await parseSvg(svg.bytes.toString('utf8'));
    expect(parsed.wellFormed).toBe(true);
    expect([parsed.width, parsed.height]).toEqual(['1200', '630']);
    const outcome = (await result.locator('.big-outcome').innerText()).trim();
    const reason = (await result.locator('.reason').innerText()).trim();
    expect(parsed.texts).toEqual(expect.arrayContaining(['A/RES/ES-11/7', outcome, SOURCE_DAY, '24 Feb 2025', '93']));
    expect(parsed.texts.join(' ')).toContain(reason.slice(0, 30));
    expect(parsed.rects).toBeGreaterThan(4);
  });

  it("a record vote's map downloads with its shapes and key, and its share card with the counted tally", async () => {
    await openView(page, app.url, '#/history/decision/rcid-1190');
    const mapPanel = page.getByRole('region', { name: 'Map of the positions' });
    await see(mapPanel.getByRole('group', { name: 'World map of the positions' }), 20_000);
    const map = await download(mapPanel.getByRole('button', { name: 'Download SVG of the map' }));
    const parsed = await parseSvg(map.bytes.toString('utf8'));
    expect(parsed.wellFormed).toBe(true);
    // The countries' shapes, the map's own, with the page's links and roles left out.
    expect(parsed.paths).toBeGreaterThan(150);
    expect(map.bytes.toString('utf8')).not.toMatch(/href=|role="group"|tabindex/);
    const source =
      'Source: Voeten, Strezhnev and Bailey, UN General Assembly Voting Data (CC0); compiled by the tracker';
    expect(parsed.texts).toEqual(
      expect.arrayContaining(['R/26/2758G: the positions on the map', source, 'Oct 1971', 'Yes 76', 'No 35']),
    );
    const mapPng = await decodePng(
      (await download(mapPanel.getByRole('button', { name: 'Download PNG of the map' }))).bytes,
      COLOURS,
    );
    expect(mapPng.width).toBe(1200);
    expect(mapPng.has).toEqual({ yes: true, no: true, abstain: true });

    const tally = page.getByRole('region', { name: 'Counted tally' });
    const card = await download(tally.getByRole('button', { name: 'Share card (SVG) of R/26/2758G' }));
    expect(card.name).toBe('un-ga-record-rcid-1190-R-26-2758G-card.svg');
    const cardParsed = await parseSvg(card.bytes.toString('utf8'));
    expect([cardParsed.width, cardParsed.height]).toEqual(['1200', '630']);
    expect(cardParsed.texts).toEqual(expect.arrayContaining(['R/26/2758G', 'Majority in favour', '76', '35', source]));
    const cardPng = await decodePng(
      (await download(tally.getByRole('button', { name: 'Share card (PNG) of R/26/2758G' }))).bytes,
      COLOURS,
    );
    expect([cardPng.width, cardPng.height]).toEqual([1200, 630]);
  });

  it("the most divided votes' histogram and a topic's votes per year download as pictures", async () => {
    const source =
      'Source: Voeten, Strezhnev and Bailey, UN General Assembly Voting Data (CC0); compiled by the tracker';
    const BANDS = { 'near-unanimous': [0x9e, 0xca, 0xe1], clear: [0x42, 0x92, 0xc6] } as Record<
      string,
      [number, number, number]
    >;
    await openView(page, app.url, '#/divided?from=1971&to=1975');
    const histogram = page.getByRole('region', { name: 'How contested the votes were' });
    await see(histogram.locator('.recharts-wrapper'), 20_000);
    const svg = await download(histogram.getByRole('button', { name: 'Download SVG of the histogram' }));
    const parsed = await parseSvg(svg.bytes.toString('utf8'));
    expect(parsed.wellFormed).toBe(true);
    expect(parsed.width).toBe('1200');
    expect(svg.bytes.toString('utf8')).toContain('recharts-rectangle');
    expect(parsed.texts).toEqual(
      expect.arrayContaining([
        'How contested the votes were',
        expect.stringMatching(/^How contested: the 475 votes of the General Assembly’s record, 1971–1975 by/),
        source,
        expect.stringMatching(/^Near-unanimous \d+$/),
        expect.stringMatching(/^Highly divided \d+$/),
      ]),
    );
    const png = await decodePng(
      (await download(histogram.getByRole('button', { name: 'Download PNG of the histogram' }))).bytes,
      BANDS,
    );
    expect(png.width).toBe(1200);
    expect(png.has).toEqual({ 'near-unanimous': true, clear: true });

    await openView(page, app.url, '#/topics?topic=co');
    const years = page.getByRole('region', { name: 'Votes per year' });
    await see(years.locator('.recharts-wrapper'), 20_000);
    const perYear = await download(years.getByRole('button', { name: 'Download SVG of the votes per year' }));
    expect(perYear.name).toBe('un-topic-history-co-per-year.svg');
    const topic = await parseSvg(perYear.bytes.toString('utf8'));
    expect(topic.wellFormed).toBe(true);
    expect(topic.texts).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Votes on Colonialism per year, 1946–2019$/),
        source,
        'Votes 957',
      ]),
    );
  });

  it('the page with the buttons passes axe at 1280 and 375 px', async () => {
    await openView(page, app.url, '#/decision/ga-l10');
    await see(page.getByRole('button', { name: 'Download PNG of the tally' }));
    const report: string[] = [];
    for (const viewport of [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport);
      const violations = await seriousAxeViolations(page);
      if (violations.length) report.push(`${viewport.width} px:\n${formatAxeViolations(violations)}`);
    }
    expect(report).toEqual([]);
  });
});
