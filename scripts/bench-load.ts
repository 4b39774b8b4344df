/**
 * npm run bench:load
 *
 * How much later than a bare React page the app shows its first chart, in
 * one Chromium run:
 *   - the app: the production build, from navigation start until a chart
 *     (`svg .recharts-bar-rectangle`, else `.recharts-surface`) is visible on
 *     the overview, read as `performance.now()` in the page;
 *   - a bare React 19 page (index.html + main.tsx rendering <h1>Hello</h1>),
 *     built the same way: its first-contentful-paint.
 * Both served from 127.0.0.1, each load cold (a new browser context, cache
 * disabled), N runs each after one discarded warm-up, interleaved. Prints
 * the medians and their ratio (goal: at most 1.3x), and the app's initial
 * JavaScript gzipped against its 200 kB budget.
 *
 * It reports figures; it is not a test: it exits 0 whatever they are (1 only
 * when it cannot run, e.g. the build fails).
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { PROJECT_ROOT, chromiumCandidates, findChromium, launchChromium, serveStatic } from '../test/e2e/helpers';

const RUNS = 7;
const GOAL_RATIO = 1.3;
const BUDGET_BYTES = 200 * 1000;
const TIMEOUT = 30_000;

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

/** The scripts index.html loads itself (and the modules it preloads), with their gzipped sizes. */
async function initialScripts(dir: string): Promise<{ file: string; bytes: number; gzip: number }[]> {
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  const srcs = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]),
  ].filter((src) => !/^[a-z]+:/i.test(src));
  return Promise.all(
    srcs.map(async (src) => {
      const code = await readFile(join(dir, src.replace(/^\.?\//, '')));
      return { file: src, bytes: code.length, gzip: gzipSync(code).length };
    }),
  );
}

/** A cold load: a new context, the HTTP cache disabled; returns what `measure` reads in the page. */
async function coldLoad(browser: Browser, url: string, measure: (page: Page) => Promise<number>): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT });
    return await measure(page);
  } finally {
    await context.close();
  }
}

/** Milliseconds from navigation start until a chart of the overview is visible. */
async function firstChart(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const el = document.querySelector('svg .recharts-bar-rectangle') ?? document.querySelector('.recharts-surface');
      if (!el) return false;
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 ? performance.now() : false;
    },
    undefined,
    { polling: 'raf', timeout: TIMEOUT },
  );
  return (await handle.jsonValue()) as number;
}

/** The page's first-contentful-paint, in milliseconds from navigation start. */
async function firstContentfulPaint(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')?.startTime ?? false,
    undefined,
    { polling: 'raf', timeout: TIMEOUT },
  );
  return (await handle.jsonValue()) as number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const ms = (n: number) => `${n.toFixed(0)} ms`;
const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;

async function main(): Promise<void> {
  console.log('Building the app and a bare React page (vite build)…');
  const [appDir, bareDir] = await Promise.all([buildTheApp(), buildBare()]);

  const bareGzip = (await initialScripts(bareDir)).reduce((sum, s) => sum + s.gzip, 0);
  const scripts = await initialScripts(appDir);
  const gzipTotal = scripts.reduce((sum, s) => sum + s.gzip, 0);
  console.log('\nInitial JavaScript of the app (the scripts index.html loads directly):');
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
  await coldLoad(browser, appUrl, firstChart);
  await coldLoad(browser, bareUrl, firstContentfulPaint);
  const app: number[] = [];
  const appFcp: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    app.push(
      await coldLoad(browser, appUrl, async (page) => {
        const chart = await firstChart(page);
        appFcp.push(await firstContentfulPaint(page));
        return chart;
      }),
    );
    bare.push(await coldLoad(browser, bareUrl, firstContentfulPaint));
  }

  const appMedian = median(app);
  const bareMedian = median(bare);
  const ratio = appMedian / bareMedian;
  const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
  const line = (label: string, xs: number[]) =>
    console.log(`  ${label.padEnd(36)} median ${ms(median(xs)).padStart(7)}  (${list(xs)})`);
  line('app, first chart visible:', app);
  line('app, first-contentful-paint:', appFcp);
  line('bare React, first-contentful-paint:', bare);
  console.log(
    `  ${'ratio, app chart / bare paint:'.padEnd(36)} ${ratio.toFixed(2)}x (goal at most ${GOAL_RATIO}x): ` +
      (ratio <= GOAL_RATIO ? 'met' : 'NOT met'),
  );
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
