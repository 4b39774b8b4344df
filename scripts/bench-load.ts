/**
 * npm run bench:load [-- --runs N]
 *
 * How the first screen comes up against a bare React page, in one Chromium
 * run, each load cold (a new browser context, cache disabled), N runs each
 * (default 7) after one discarded warm-up, interleaved:
 *   - the app (the production build, overview rendered into index.html):
 *     when its first chart (a tally bar) is visible: the first animation
 *     frame in which it is visible and laid out, and not before the first contentful
 *     paint; when the overview responds to a click (hydrated): a click on
 *     its "Download all decisions" button every frame once the chart has
 *     been drawn, until one makes the CSV; and its cumulative layout shift
 *     until half a second after;
 *   - a bare React 19 page (index.html + main.tsx rendering <h1>Hello</h1>),
 *     built the same way: its first-contentful-paint.
 * All times are from navigation start, read as `performance.now()` in the
 * page; both pages are served from 127.0.0.1. Prints the medians, their
 * ratios to the bare page's paint (goals: first chart at most 1.0x, click
 * under 1.3x), the largest layout shift (goal 0), the app's initial
 * JavaScript gzipped (the script in index.html, and what it loads or
 * preloads; budget 120 kB) and the machine's load average:
 * figures from a busy machine run long and spread wide.
 *
 * It reports figures; it is not a test: it exits 0 whatever they are (1 only
 * when it cannot run, e.g. the build fails).
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { PROJECT_ROOT, chromiumCandidates, findChromium, launchChromium, serveStatic } from '../test/e2e/helpers';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
const RUNS = Math.max(1, Number.parseInt(args.runs, 10) || 7);
/** The first chart no later than the bare page's first paint. */
const GOAL_CHART_RATIO = 1.0;
/** The overview answers a click before 1.3 times the bare page's first paint. */
const GOAL_CLICK_RATIO = 1.3;
const BUDGET_BYTES = 120 * 1000;
const TIMEOUT = 30_000;
/** How long after the first answered click the layout shifts are still counted. */
const SETTLE_MS = 500;

const BARE_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <link rel="icon" href="data:," />
    <title>Bare React</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="./main.tsx"></script>
  </body>
</html>
`;

const BARE_MAIN = `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <h1>Hello</h1>
  </StrictMode>,
);
`;

const cleanups: (() => Promise<unknown>)[] = [];
async function cleanUp() {
  for (const undo of cleanups.splice(0).reverse()) await undo().catch(() => undefined);
}

async function buildTheApp(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'un-votes-bench-app-'));
  cleanups.push(() => rm(outDir, { recursive: true, force: true }));
  // The size warning is left out: the sizes are printed below.
  await build({
    root: PROJECT_ROOT,
    base: './',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 100_000 },
  });
  return outDir;
}

/** The bare page lives inside node_modules, so that `react` resolves from the project's. */
async function buildBare(): Promise<string> {
  await mkdir(join(PROJECT_ROOT, 'node_modules'), { recursive: true });
  const root = await mkdtemp(join(PROJECT_ROOT, 'node_modules', '.bench-bare-'));
  cleanups.push(() => rm(root, { recursive: true, force: true }));
  await writeFile(join(root, 'index.html'), BARE_HTML);
  await writeFile(join(root, 'main.tsx'), BARE_MAIN);
  const outDir = join(root, 'dist');
  await build({
    root,
    configFile: false,
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false },
  });
  return outDir;
}

/**
 * The scripts of index.html: the script in it (its first script), those it
 * loads (module and classic) and the modules it preloads (the app's, which
 * its first script imports once the overview has been drawn), with their
 * gzipped sizes.
 */
async function initialScripts(dir: string): Promise<{ file: string; bytes: number; gzip: number }[]> {
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => Buffer.from(m[1]))
    .filter((code) => code.length > 0)
    .map((code, i) => ({
      file: `index.html, script ${i + 1} in the page`,
      bytes: code.length,
      gzip: gzipSync(code).length,
    }));
  const srcs = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]),
  ].filter((src, i, all) => !/^[a-z]+:/i.test(src) && all.indexOf(src) === i);
  const files = await Promise.all(
    srcs.map(async (src) => {
      const code = await readFile(join(dir, src.replace(/^\.?\//, '')));
      return { file: src, bytes: code.length, gzip: gzipSync(code).length };
    }),
  );
  return [...inline, ...files];
}

/** A cold load: a new context, the HTTP cache disabled; returns what `measure` reads in the page. */
async function coldLoad<T>(
  browser: Browser,
  url: string,
  measure: (page: Page) => Promise<T>,
  overview: boolean,
): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    // As source: tsx names functions through a helper (`__name`) that the page lacks.
    await page.addInitScript({ content: `var __name = (f) => f; (${watchThePage.toString()})(${overview});` });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT });
    return await measure(page);
  } finally {
    await context.close();
  }
}

interface Watch {
  /** The first contentful paint. */
  fcp: number | null;
  /** The first frame in which a chart of the overview is visible and laid out. */
  chart: number | null;
  /** When a click on the overview's download button first made its CSV. */
  click: number | null;
  /** Clicks until then, one a frame once the chart has been drawn. */
  clicks: number;
  /** Cumulative layout shift (without shifts after input). */
  cls: number;
}

/**
 * Runs in a page before any of its scripts and notes its first contentful
 * paint. In the app's page (`overview`), every animation frame it also looks
 * for a laid-out chart, and from the frame after the one that first drew it
 * (a reader clicks what is drawn) it clicks "Download all decisions (CSV)"
 * until that click makes the CSV (`URL.createObjectURL`); it sums the layout
 * shifts meanwhile. The page is read only with plain evaluations, which
 * leave it alone: Playwright's own waiting would load its script into the
 * page while it paints.
 */
function watchThePage(overview: boolean) {
  const watch: Watch = { fcp: null, chart: null, click: null, clicks: 0, cls: 0 };
  (window as unknown as { benchWatch: Watch }).benchWatch = watch;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') watch.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  if (!overview) return;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
      if (!entry.hadRecentInput) watch.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (object: Blob | MediaSource) => {
    if (watch.click === null) watch.click = performance.now();
    return createObjectURL(object);
  };
  const frame = () => {
    // Clicks in the frames after the chart was first laid out: once it has been drawn.
    const drawn = watch.chart !== null && performance.now() > watch.chart;
    if (watch.chart === null) {
      const bar = document.querySelector('svg.tally-bar rect.tally-part, svg .recharts-bar-rectangle');
      // Not laid out for the asking where it is not to be drawn (e.g. in a part of the page not yet shown).
      const box = bar?.checkVisibility({ visibilityProperty: true }) ? bar.getBoundingClientRect() : undefined;
      if (box && box.width > 0 && box.height > 0) watch.chart = performance.now();
    }
    if (watch.click === null && drawn) {
      const button = [...document.querySelectorAll('button')].find((b) =>
        b.textContent?.includes('Download all decisions'),
      );
      if (button) {
        watch.clicks++;
        button.click();
      }
    }
    if (watch.chart === null || watch.click === null) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** The page's notes once `done` holds of them, read every 50 ms. */
async function watched(page: Page, done: (watch: Watch) => boolean): Promise<Watch> {
  const deadline = Date.now() + TIMEOUT;
  for (;;) {
    const watch = await page.evaluate(() => (window as unknown as { benchWatch: Watch }).benchWatch);
    if (done(watch)) return watch;
    if (Date.now() > deadline) throw new Error(`no figures after ${TIMEOUT} ms: ${JSON.stringify(watch)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

interface AppLoad {
  chart: number;
  fcp: number;
  click: number;
  clicks: number;
  cls: number;
}

/** The app's figures of one load, in milliseconds from navigation start. */
async function appLoad(page: Page): Promise<AppLoad> {
  await watched(page, (w) => w.fcp !== null && w.chart !== null && w.click !== null);
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const watch = await watched(page, () => true);
  const fcp = watch.fcp!;
  // A chart is seen once it is painted: not before the first contentful paint.
  return { chart: Math.max(watch.chart!, fcp), fcp, click: watch.click!, clicks: watch.clicks, cls: watch.cls };
}

/** The page's first-contentful-paint, in milliseconds from navigation start. */
async function firstContentfulPaint(page: Page): Promise<number> {
  return (await watched(page, (w) => w.fcp !== null)).fcp!;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const ms = (n: number) => `${n.toFixed(0)} ms`;
const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;

const load = () =>
  `${loadavg()
    .map((n) => n.toFixed(2))
    .join(', ')} (1, 5, 15 min; ${availableParallelism()} CPUs)`;

async function main(): Promise<void> {
  console.log(`Load average: ${load()}`);
  console.log('Building the app and a bare React page (vite build)…');
  const [appDir, bareDir] = await Promise.all([buildTheApp(), buildBare()]);

  const bareGzip = (await initialScripts(bareDir)).reduce((sum, s) => sum + s.gzip, 0);
  const scripts = await initialScripts(appDir);
  const gzipTotal = scripts.reduce((sum, s) => sum + s.gzip, 0);
  console.log('\nInitial JavaScript of the app (what index.html holds, loads or preloads):');
  for (const s of scripts) console.log(`  ${s.file}: ${kb(s.bytes)}, ${kb(s.gzip)} gzipped`);
  console.log(
    `  total ${kb(gzipTotal)} gzipped, budget ${kb(BUDGET_BYTES)}: ` +
      (gzipTotal <= BUDGET_BYTES
        ? `within it (${kb(BUDGET_BYTES - gzipTotal)} to spare)`
        : `OVER by ${kb(gzipTotal - BUDGET_BYTES)}`),
  );
  console.log(`  (the bare React page: ${kb(bareGzip)} gzipped)`);

  if (!findChromium()) {
    console.log(
      `\nChromium not found (tried ${chromiumCandidates().join(', ')}): no load times. ` +
        'Install it with: sudo apt-get install chromium, or set CHROMIUM_PATH.',
    );
    return;
  }

  const server = await serveStatic([
    { prefix: '/app/', dir: appDir },
    { prefix: '/bare/', dir: bareDir },
  ]);
  cleanups.push(() => server.close());
  const browser = await launchChromium();
  cleanups.push(() => browser.close());

  const appUrl = `${server.origin}/app/#/`;
  const bareUrl = `${server.origin}/bare/`;
  console.log(`\nCold loads in Chromium ${browser.version()}: ${RUNS} each after a warm-up, interleaved…`);
  await coldLoad(browser, appUrl, appLoad, true);
  await coldLoad(browser, bareUrl, firstContentfulPaint, false);
  const app: AppLoad[] = [];
  const bare: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    app.push(await coldLoad(browser, appUrl, appLoad, true));
    bare.push(await coldLoad(browser, bareUrl, firstContentfulPaint, false));
  }

  const bareMedian = median(bare);
  const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
  const line = (label: string, xs: number[]) =>
    console.log(`  ${label.padEnd(44)} median ${ms(median(xs)).padStart(7)}  (${list(xs)})`);
  const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
  line(
    'app, first chart visible:',
    app.map((a) => a.chart),
  );
  line(
    'app, first-contentful-paint:',
    app.map((a) => a.fcp),
  );
  line(
    'app, overview responds to a click (hydrated):',
    app.map((a) => a.click),
  );
  line('bare React, first-contentful-paint:', bare);
  const chartRatio = median(app.map((a) => a.chart)) / bareMedian;
  const clickRatio = median(app.map((a) => a.click)) / bareMedian;
  const cls = Math.max(...app.map((a) => a.cls));
  console.log(
    `  ${'ratio, first chart / bare paint:'.padEnd(44)} ${chartRatio.toFixed(2)}x ` +
      `(goal at most ${GOAL_CHART_RATIO.toFixed(1)}x): ${verdict(chartRatio <= GOAL_CHART_RATIO)}`,
  );
  console.log(
    `  ${'ratio, click answered / bare paint:'.padEnd(44)} ${clickRatio.toFixed(2)}x ` +
      `(goal under ${GOAL_CLICK_RATIO}x): ${verdict(clickRatio < GOAL_CLICK_RATIO)}`,
  );
  console.log(
    `  ${'layout shift on the overview (CLS):'.padEnd(44)} largest ${cls.toFixed(3)} (goal 0): ${verdict(cls === 0)}`,
  );
  console.log(`  (clicks before one was answered, one a frame: ${list(app.map((a) => a.clicks))})`);
  console.log(`Load average: ${load()}`);
}

process.once('SIGINT', () => void cleanUp().then(() => process.exit(130)));
try {
  await main();
  await cleanUp();
} catch (error) {
  await cleanUp();
  console.error(`bench:load could not run: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
}
