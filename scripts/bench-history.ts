/**
 * npm run bench:history
 *
 * What the record's pack (public/data/history.pack) costs:
 *   - its size, raw and gzipped (what a server sends: gzip level 6, and level 9);
 *   - in Node: the time to decode it (`decodePack`), cold and warm, and the
 *     memory it keeps (heap and array buffers, after garbage collection);
 *   - in Chromium (Debian's, driven by playwright-core): a small page built
 *     with Vite from the same domain code fetches the pack from a local
 *     server that gzips it, decodes it and filters it. Printed: the bytes
 *     transferred, fetch time, decode time after the bytes arrived, the JS
 *     heap and array-buffer memory the decoded record keeps (CDP
 *     `HeapProfiler.collectGarbage` then `Runtime.getHeapUsage`, before and
 *     after), and the latency of a typical filter (years 1960–1989, topic
 *     colonialism, text "south africa") the first time (it builds the search
 *     texts) and after.
 *   - the app itself: its production build (vite build --base ./, as the
 *     browser tests build it), served gzipped from 127.0.0.1, opened at
 *     1280×900. A script run before the app (CDP) notes long tasks
 *     (PerformanceObserver 'longtask'), the list's first row entering the
 *     DOM and the end of the next frame painted (requestAnimationFrame, then
 *     a message), and, for each input or change event, its time stamp, the
 *     count's change ("N of 6,203 votes match.") and the next frame painted
 *     once the DOM changed. Printed:
 *       - opened by its address (#/history), cold: navigation to the first
 *         row shown; when the pack was requested and arrived (its resource
 *         timing); arrival to the first row shown ("ready"); and, from traced
 *         loads (CDP Tracing), the main thread's CPU time in that span;
 *       - opened by the overview's link: the link to the first row shown, and
 *         arrival to it;
 *       - memory: JS heap + array buffers after GC (CDP) with the overview
 *         alone, then with the record's list shown: the difference is what
 *         the record keeps;
 *       - filter changes, each from the whole list, as a reader makes them
 *         (the topic Colonialism chosen; "1971" typed in From year; "south
 *         africa" typed in the text box, key by key): from the input event to
 *         the next frame painted, and to the count's change; the main
 *         thread's CPU time per change (CDP Performance in thread time);
 *         the long tasks meanwhile;
 *       - scrolling the list's scroll box, a step a frame, from top to bottom
 *         in 60 steps, and 120 steps of 240 px: frame intervals (median, p95,
 *         max, how many over 50 ms), long tasks, and CPU time per frame.
 *     Wall times grow with whatever else runs on the machine (its load
 *     average is printed); the CPU times hardly do.
 * Goals: at most 1.5 MB transferred, ready within 300 ms of arriving, at
 * most 20 MB resident, a filter within 100 ms, scrolling smooth (p95 frame
 * interval at most 50 ms).
 *
 * It reports figures; it is not a test: it exits 0 whatever they are (1 only
 * when it cannot run). Run it with `npm run bench:history` (Node with
 * --expose-gc, for the Node memory figure).
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { build } from 'vite';
import type { RecordFilter } from '../src/domain/history/filter';
import { NO_FILTER, filterDecisions } from '../src/domain/history/filter';
import { decodePack } from '../src/domain/history/pack';
import {
  DESKTOP,
  PROJECT_ROOT,
  buildApp,
  chromiumCandidates,
  dataLoaded,
  findChromium,
  launchChromium,
} from '../test/e2e/helpers';
import { PACK_FILE } from './build-history';

const RUNS = 9;
const GOALS = { transferBytes: 1_500_000, readyMs: 300, residentBytes: 20_000_000, filterMs: 100 };

/** A typical filter of the record's list. */
export const TYPICAL_FILTER: RecordFilter = {
  ...NO_FILTER,
  fromYear: 1960,
  toYear: 1989,
  topics: ['co'],
  text: 'south africa',
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const ms = (n: number) => `${n.toFixed(1)} ms`;
const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');

const cleanups: (() => Promise<unknown>)[] = [];
async function cleanUp() {
  for (const undo of cleanups.splice(0).reverse()) await undo().catch(() => undefined);
}

function nodeFigures(file: Buffer): void {
  // An aligned copy, as fetch gives it: the decoded record is views on these bytes.
  const bytes = new Uint8Array(file);
  const gc = (globalThis as { gc?: () => void }).gc;
  const memory = () => {
    gc?.();
    const m = process.memoryUsage();
    return { heap: m.heapUsed, buffers: m.arrayBuffers };
  };
  const before = memory();
  let t = performance.now();
  let pack = decodePack(bytes);
  const cold = performance.now() - t;
  const after = memory();
  const warm: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    t = performance.now();
    pack = decodePack(bytes);
    warm.push(performance.now() - t);
  }
  t = performance.now();
  const found = filterDecisions(pack, TYPICAL_FILTER);
  const filterCold = performance.now() - t;
  const filterWarm: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    t = performance.now();
    filterDecisions(pack, TYPICAL_FILTER);
    filterWarm.push(performance.now() - t);
  }
  console.log(`\nNode ${process.version}:`);
  console.log(`  decode: ${ms(cold)} the first time, median ${ms(median(warm))} after`);
  if (gc) {
    console.log(
      `  kept after decoding: ${mb(after.heap - before.heap)} heap + ${mb(after.buffers - before.buffers)} new array buffers, beside the pack's own ${mb(bytes.length)} (views on them, no copy)`,
    );
  } else {
    console.log('  memory: run with node --expose-gc (npm run bench:history does) to measure it');
  }
  console.log(
    `  typical filter (${found.length} decisions): ${ms(filterCold)} the first time, median ${ms(median(filterWarm))} after`,
  );
}

const PAGE_HTML = `<!doctype html>
<html lang="en">
  <head><meta charset="UTF-8" /><link rel="icon" href="data:," /><title>Record pack bench</title></head>
  <body><script type="module" src="./main.ts"></script></body>
</html>
`;

function pageMain(): string {
  const src = join(PROJECT_ROOT, 'src', 'domain', 'history');
  return `import { decodePack } from ${JSON.stringify(join(src, 'pack.ts'))};
import { filterDecisions } from ${JSON.stringify(join(src, 'filter.ts'))};
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
window.fetchAndDecode = async (url) => {
  const t0 = performance.now();
  const response = await fetch(url, { cache: 'no-store' });
  const buffer = await response.arrayBuffer();
  const t1 = performance.now();
  const pack = decodePack(buffer);
  const t2 = performance.now();
  window.pack = pack;
  return { fetch: t1 - t0, decode: t2 - t1, decisions: pack.decisionCount };
};
window.filterTimes = (filter, runs) => {
  let t = performance.now();
  const found = filterDecisions(window.pack, filter);
  const cold = performance.now() - t;
  const warm = [];
  for (let i = 0; i < runs; i++) { t = performance.now(); filterDecisions(window.pack, filter); warm.push(performance.now() - t); }
  return { cold, warm: median(warm), found: found.length };
};
window.ready = true;
`;
}

/** Builds the bench page into a temp dir (inside node_modules, so that packages resolve from the project). */
async function buildPage(pack: Buffer): Promise<string> {
  await mkdir(join(PROJECT_ROOT, 'node_modules'), { recursive: true });
  const root = await mkdtemp(join(PROJECT_ROOT, 'node_modules', '.bench-history-'));
  cleanups.push(() => rm(root, { recursive: true, force: true }));
  await writeFile(join(root, 'index.html'), PAGE_HTML);
  await writeFile(join(root, 'main.ts'), pageMain());
  const outDir = join(root, 'dist');
  await build({
    root,
    configFile: false,
    base: './',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false },
  });
  await writeFile(join(outDir, 'history.pack'), pack);
  return outDir;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.pack': 'application/octet-stream',
};

/**
 * Serves a built folder as a static host would: every file under it, the
 * texts and the pack gzipped (level 6) where the browser accepts it, nothing
 * cached by the browser.
 */
async function serve(dir: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const gzipped = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
      if (!file.startsWith(dir + sep)) return res.writeHead(403).end();
      const body = await readFile(file).catch(() => null);
      if (!body) return res.writeHead(404).end();
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const gzip = extname(file) in TYPES && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      if (gzip && !gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 6 }));
      const sent = gzip ? gzipped.get(file)! : body;
      res.writeHead(200, {
        'Content-Type': type,
        'Content-Length': sent.length,
        'Cache-Control': 'no-store',
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      });
      res.end(sent);
    })().catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

interface HeapUsage {
  usedSize: number;
  backingStorageSize?: number;
}

async function chromiumFigures(pack: Buffer, browser: Browser): Promise<void> {
  console.log('\nBuilding the bench page (vite build)…');
  const dir = await buildPage(pack);
  const server = await serve(dir);
  cleanups.push(() => server.close());

  const fetches: number[] = [];
  const decodes: number[] = [];
  const filtersCold: number[] = [];
  const filtersWarm: number[] = [];
  let transferred = 0;
  let heapKept = 0;
  let buffersKept = 0;
  let found = 0;
  console.log(`Chromium ${browser.version()}: ${RUNS} cold loads after a warm-up, each in a new context…`);
  for (let run = 0; run <= RUNS; run++) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      let encoded = 0;
      cdp.on('Network.loadingFinished', (e: { encodedDataLength: number; requestId: string }) => {
        encoded = Math.max(encoded, e.encodedDataLength);
      });
      await page.goto(`${server.origin}/`);
      await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
      await cdp.send('HeapProfiler.enable');
      const usage = async () => {
        await cdp.send('HeapProfiler.collectGarbage');
        return (await cdp.send('Runtime.getHeapUsage')) as HeapUsage;
      };
      const before = await usage();
      const loaded = await page.evaluate(
        (url) =>
          (
            window as unknown as {
              fetchAndDecode: (u: string) => Promise<{ fetch: number; decode: number; decisions: number }>;
            }
          ).fetchAndDecode(url),
        `${server.origin}/history.pack`,
      );
      const after = await usage();
      const filter = await page.evaluate(
        ([f, runs]) =>
          (
            window as unknown as {
              filterTimes: (f: unknown, runs: number) => { cold: number; warm: number; found: number };
            }
          ).filterTimes(f, runs),
        [TYPICAL_FILTER, RUNS] as const,
      );
      if (run === 0) continue; // the warm-up
      fetches.push(loaded.fetch);
      decodes.push(loaded.decode);
      filtersCold.push(filter.cold);
      filtersWarm.push(filter.warm);
      found = filter.found;
      transferred = Math.max(transferred, encoded);
      heapKept = Math.max(heapKept, after.usedSize - before.usedSize);
      buffersKept = Math.max(buffersKept, (after.backingStorageSize ?? 0) - (before.backingStorageSize ?? 0));
    } finally {
      await context.close();
    }
  }
  const resident = heapKept + buffersKept;
  const line = (label: string, value: string) => console.log(`  ${label.padEnd(44)} ${value}`);
  line('transferred (the largest response, gzip):', `${kb(transferred)}`);
  line(
    'fetch, from request to the last byte:',
    `median ${ms(median(fetches))}  (${fetches.map((x) => x.toFixed(0)).join(', ')})`,
  );
  line(
    'decode, from the last byte to ready:',
    `median ${ms(median(decodes))}  (${decodes.map((x) => x.toFixed(0)).join(', ')}); goal ${GOALS.readyMs} ms: ${verdict(median(decodes) <= GOALS.readyMs)}`,
  );
  line(
    'kept in memory by the decoded record:',
    `${mb(heapKept)} JS heap + ${mb(buffersKept)} array buffers = ${mb(resident)}; goal ${mb(GOALS.residentBytes)}: ${verdict(resident <= GOALS.residentBytes)}`,
  );
  line(
    `typical filter (${found} decisions), first time:`,
    `median ${ms(median(filtersCold))}; goal ${GOALS.filterMs} ms: ${verdict(median(filtersCold) <= GOALS.filterMs)}`,
  );
  line('typical filter, after:', `median ${ms(median(filtersWarm))}`);
}

// ---------------------------------------------------------------- the app itself

/** Filled in by INSTRUMENT in every page of the app the bench opens. */
interface Bench {
  longTasks: { start: number; duration: number }[];
  inputs: InputTiming[];
  firstRowInDom: number | null;
  firstRowPainted: number | null;
}
interface InputTiming {
  type: string;
  /** The input event's time stamp. */
  at: number;
  /** The first DOM change after it (React's commit). */
  committed: number | null;
  /** When the count's text changed. */
  counted: number | null;
  /** After the first frame painted once the DOM changed. */
  painted: number;
  countBefore: string;
  countAfter: string;
}

/**
 * Runs in every page before the app (Page.addScriptToEvaluateOnNewDocument:
 * the app's Content-Security-Policy does not apply). Plain JS in a string,
 * so that nothing the TypeScript loader adds reaches the page.
 *   - long tasks: a PerformanceObserver of 'longtask' (50 ms and more);
 *   - the record list's first row: a MutationObserver notes when a row with
 *     aria-rowindex 2 enters a table with aria-rowcount, then the end of the
 *     next frame (requestAnimationFrame, then a message: it runs after the
 *     frame is painted);
 *   - each input or change event (capturing, at the document): its time
 *     stamp, the first DOM change inside <main> after it, the moment the
 *     count (the <p role="status"> that says "… votes match.") changed, and
 *     the end of the first frame painted once the DOM changed (or the fifth
 *     frame, if nothing changed).
 */
const INSTRUMENT = `(() => {
  const bench = (window.__bench = { longTasks: [], inputs: [], firstRowInDom: null, firstRowPainted: null });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  const afterPaint = (done) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      channel.port2.postMessage(0);
    });
  const rows = new MutationObserver(() => {
    if (bench.firstRowInDom !== null) return;
    if (!location.hash.startsWith('#/history')) return;
    if (!document.querySelector('table[aria-rowcount] tbody tr[aria-rowindex="2"]')) return;
    bench.firstRowInDom = performance.now();
    rows.disconnect();
    afterPaint((t) => {
      bench.firstRowPainted = t;
      performance.mark('bench:first-row-painted');
    });
  });
  rows.observe(document, { childList: true, subtree: true });
  const count = () => {
    for (const p of document.querySelectorAll('p[role="status"]')) if (/votes match/.test(p.textContent)) return p.textContent;
    return '';
  };
  let pending = null;
  const onInput = (event) => {
    if (pending) return; // the change event of the same action
    const before = count();
    const m = (pending = { type: event.type, at: event.timeStamp, committed: null, counted: null, painted: 0, countBefore: before, countAfter: '' });
    const watch = new MutationObserver(() => {
      const now = performance.now();
      if (m.committed === null) m.committed = now;
      if (m.counted === null && count() !== before) m.counted = now;
    });
    watch.observe(document.getElementById('main') || document.body, { childList: true, subtree: true, characterData: true, attributes: true });
    let frames = 0;
    const frame = () =>
      afterPaint((t) => {
        frames += 1;
        if (m.committed === null && frames < 5) return frame();
        watch.disconnect();
        m.painted = t;
        m.countAfter = count();
        pending = null;
        bench.inputs.push(m);
      });
    frame();
  };
  document.addEventListener('input', onInput, true);
  document.addEventListener('change', onInput, true);
})();`;

/**
 * Scrolls the record list's scroll box from top to bottom in `steps` equal
 * steps (or `steps` steps of `by` pixels), one a frame, while a
 * requestAnimationFrame loop notes every frame's time.
 */
const SCROLL = `async ({ steps, by }) => {
  const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
  const box = [...document.querySelectorAll('[role="region"]')].find((el) => el.querySelector('table[aria-rowcount]'));
  if (!box) throw new Error('no scroll box with a table in it');
  box.scrollTop = 0;
  await frame(); await frame(); await frame();
  const frames = [];
  let running = true;
  const loop = (t) => { frames.push(t); if (running) requestAnimationFrame(loop); };
  requestAnimationFrame(loop);
  await frame();
  const start = performance.now();
  const max = box.scrollHeight - box.clientHeight;
  for (let i = 1; i <= steps; i++) {
    box.scrollTop = by ? i * by : Math.round((max * i) / steps);
    await frame();
  }
  await frame(); await frame();
  running = false;
  const end = performance.now();
  const rows = [...box.querySelectorAll('tbody tr[aria-rowindex]')].map((r) => Number(r.getAttribute('aria-rowindex')));
  return { frames, start, end, scrolled: box.scrollTop, height: max, lastRow: Math.max(...rows), rowCount: Number(box.querySelector('table').getAttribute('aria-rowcount')) };
}`;

interface ScrollResult {
  frames: number[];
  start: number;
  end: number;
  scrolled: number;
  height: number;
  lastRow: number;
  rowCount: number;
}

const APP_RUNS = 5;
const FILTER_RUNS = 5;
const TIMEOUT = 30_000;
const WHOLE_COUNT = /^([\d,]+) of \1 votes match\.$/;
const SMOOTH_FRAME_MS = 50;

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const loadAverage = () => loadavg()[0].toFixed(1);

/** A page of the app with the bench's instruments, and its CDP session. */
interface Tab {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
}

const bench = (tab: Tab) => tab.page.evaluate(() => (window as unknown as { __bench: Bench }).__bench);

/** Builds the app as the tests do (vite build --base ./) and makes sure the pack is beside it. */
async function buildTheApp(): Promise<{ dir: string; note: string | null }> {
  const dir = await buildApp();
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const packInBuild = join(dir, 'data', 'history.pack');
  if (existsSync(packInBuild)) return { dir, note: null };
  await mkdir(dirname(packInBuild), { recursive: true });
  await copyFile(PACK_FILE, packInBuild);
  return {
    dir,
    note: `the build has no data/history.pack (vite build copies no public/ folder): the bench adds ${PACK_FILE} beside it`,
  };
}

/** JS heap + array buffers after garbage collection (CDP), in bytes. */
async function resident(tab: Tab): Promise<number> {
  await tab.cdp.send('HeapProfiler.collectGarbage');
  await tab.cdp.send('HeapProfiler.collectGarbage');
  const u = (await tab.cdp.send('Runtime.getHeapUsage')) as HeapUsage;
  return u.usedSize + (u.backingStorageSize ?? 0);
}

/**
 * The main thread's CPU time so far, in ms, and the parts of it spent in
 * script, style and layout (CDP Performance in thread time: other processes
 * competing for the CPU do not count in it, unlike wall time).
 */
async function cpu(tab: Tab): Promise<{ thread: number; script: number; style: number; layout: number }> {
  const { metrics } = (await tab.cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return {
    thread: get('ThreadTime'),
    script: get('ScriptDuration'),
    style: get('RecalcStyleDuration'),
    layout: get('LayoutDuration'),
  };
}

async function openTab(browser: Browser): Promise<Tab> {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  await page.addInitScript({ content: INSTRUMENT });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('HeapProfiler.enable');
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return { context, page, cdp };
}

/** Once the list's first row is painted: its marks and the pack's resource timing. */
async function listShown(tab: Tab) {
  await tab.page.waitForFunction(() => (window as unknown as { __bench: Bench }).__bench.firstRowPainted !== null);
  return tab.page.evaluate(() => {
    const b = (window as unknown as { __bench: Bench }).__bench;
    const pack = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/data/history.pack')) as
      PerformanceResourceTiming | undefined;
    if (!pack) throw new Error('no resource timing for data/history.pack');
    return {
      inDom: b.firstRowInDom!,
      painted: b.firstRowPainted!,
      fetchStart: pack.fetchStart,
      responseEnd: pack.responseEnd,
      transferred: pack.transferSize,
    };
  });
}

async function waitForWholeList(tab: Tab): Promise<void> {
  await tab.page.getByRole('status').filter({ hasText: WHOLE_COUNT }).waitFor({ state: 'visible' });
}

/** Back to the whole list, by the address, as a link would. */
async function resetFilters(tab: Tab): Promise<void> {
  await tab.page.evaluate(() => {
    location.hash = '#/history';
  });
  await waitForWholeList(tab);
  await tab.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

interface Timed extends InputTiming {
  /** The main thread's CPU time from before the event to the frame painted. */
  cpu: number;
}

/** Runs `act` (one input or change event) and returns its timing, once measured. */
async function timed(tab: Tab, act: () => Promise<unknown>): Promise<Timed> {
  const n = (await bench(tab)).inputs.length;
  const before = await cpu(tab);
  await act();
  await tab.page.waitForFunction((k) => (window as unknown as { __bench: Bench }).__bench.inputs.length > k, n);
  const after = await cpu(tab);
  const inputs = (await bench(tab)).inputs;
  if (inputs.length !== n + 1) throw new Error(`expected one input event, saw ${inputs.length - n}`);
  return { ...inputs[n], cpu: after.thread - before.thread };
}

async function typeTimed(tab: Tab, text: string): Promise<Timed[]> {
  const out: Timed[] = [];
  for (const ch of text) out.push(await timed(tab, () => tab.page.keyboard.type(ch)));
  return out;
}

interface FilterChange {
  label: string;
  /** The events that changed the filter. */
  changes: Timed[];
}

/**
 * Typical changes, each from the whole list, FILTER_RUNS times: the topic
 * Colonialism chosen; "1971" typed in From year (the fourth keystroke
 * changes the filter); "south africa" typed in the text box (each keystroke
 * changes it).
 */
async function filterChanges(tab: Tab): Promise<{ changes: FilterChange[]; longestTask: number; tasks: number }> {
  const { page } = tab;
  const topic = page.getByLabel('Topic');
  const colonialism = await topic.evaluate((select: HTMLSelectElement) => {
    const option = [...select.options].find((o) => /colonial/i.test(o.text));
    if (!option) throw new Error('no topic option for colonialism');
    return option.value;
  });
  const fromYear = page.getByLabel('From year');
  const words = page.getByLabel('Words in the title, symbol or description');
  const changes: FilterChange[] = [
    { label: 'topic Colonialism chosen', changes: [] },
    { label: 'From year: "1971" typed, its 4th key', changes: [] },
    { label: 'text: "south africa" typed, each key', changes: [] },
  ];
  const events: Timed[] = [];
  for (let run = 0; run < FILTER_RUNS; run++) {
    await resetFilters(tab);
    const chosen = await timed(tab, () => topic.selectOption(colonialism));
    changes[0].changes.push(chosen);

    await resetFilters(tab);
    await fromYear.focus();
    const year = await typeTimed(tab, '1971');
    changes[1].changes.push(year[year.length - 1]);

    await resetFilters(tab);
    await words.focus();
    const typed = await typeTimed(tab, 'south africa');
    changes[2].changes.push(...typed);
    events.push(chosen, ...year, ...typed);
  }
  // The long tasks from an event to its frame painted (not those of going back to the whole list).
  const tasks = (await bench(tab)).longTasks.filter((t) =>
    events.some((e) => t.start < e.painted && t.start + t.duration > e.at),
  );
  return { changes, longestTask: Math.max(0, ...tasks.map((t) => t.duration)), tasks: tasks.length };
}

async function scroll(tab: Tab, steps: number, by: number | null) {
  await resetFilters(tab);
  const before = await cpu(tab);
  const result = (await tab.page.evaluate(`(${SCROLL})(${JSON.stringify({ steps, by })})`)) as ScrollResult;
  const after = await cpu(tab);
  const tasks = (await bench(tab)).longTasks.filter((t) => t.start >= result.start && t.start <= result.end);
  const intervals = result.frames.slice(1).map((t, i) => t - result.frames[i]);
  const perFrame = (k: keyof typeof after) => (after[k] - before[k]) / intervals.length;
  return {
    ...result,
    intervals,
    cpu: {
      thread: perFrame('thread'),
      script: perFrame('script'),
      style: perFrame('style'),
      layout: perFrame('layout'),
    },
    longestTask: Math.max(0, ...tasks.map((t) => t.duration)),
    tasks: tasks.length,
  };
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; requestId?: string } };
}

/**
 * A cold load by the record's address, traced (CDP Tracing): the main
 * thread's CPU time (thread time) from the pack's last byte to the first row
 * painted, in all and in style and layout. Apart from the timed loads, as
 * tracing slows a page down a little.
 */
async function tracedLoad(
  browser: Browser,
  origin: string,
): Promise<{ wall: number; cpu: number; styleAndLayout: number }> {
  const tab = await openTab(browser);
  try {
    const events: TraceEvent[] = [];
    tab.cdp.on('Tracing.dataCollected', (e) => {
      events.push(...(e.value as unknown as TraceEvent[]));
    });
    await tab.cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing',
      transferMode: 'ReportEvents',
    });
    await tab.page.goto(`${origin}/#/history`);
    await listShown(tab);
    const complete = new Promise((done) => tab.cdp.once('Tracing.tracingComplete', done));
    await tab.cdp.send('Tracing.end');
    await complete;
    const request = events.find(
      (e) => e.name === 'ResourceSendRequest' && e.args?.data?.url?.endsWith('/data/history.pack'),
    );
    const finish = events.find(
      (e) => e.name === 'ResourceFinish' && e.args?.data?.requestId === request?.args?.data?.requestId,
    );
    const mark = events.find((e) => e.name === 'bench:first-row-painted');
    if (!finish || !mark) throw new Error("the trace lacks the pack's arrival or the first row painted");
    // The CPU time of the main thread's events of `names` within [arrival, painted], pro rata where they overlap it.
    const within = (names: string[]) =>
      events
        .filter((e) => e.ph === 'X' && e.pid === mark.pid && e.tid === mark.tid && names.includes(e.name) && e.dur)
        .reduce((sum, e) => {
          const overlap = Math.min(e.ts + e.dur!, mark.ts) - Math.max(e.ts, finish.ts);
          return overlap > 0 ? sum + ((e.tdur ?? 0) * overlap) / e.dur! / 1000 : sum;
        }, 0);
    return {
      wall: (mark.ts - finish.ts) / 1000,
      cpu: within(['RunTask']),
      styleAndLayout: within(['UpdateLayoutTree', 'Layout']),
    };
  } finally {
    await tab.context.close();
  }
}

interface AppRun {
  direct: { shown: number; fetchStart: number; responseEnd: number; ready: number; transferred: number };
  fromOverview: { shown: number; ready: number };
  overviewBytes: number;
  recordBytes: number;
}

/** One cold load by the record's address, and one by the overview's link (with the memory figures). */
async function appRun(browser: Browser, origin: string): Promise<AppRun> {
  const a = await openTab(browser);
  let direct: AppRun['direct'];
  try {
    await a.page.goto(`${origin}/#/history`);
    const s = await listShown(a);
    direct = {
      shown: s.painted,
      fetchStart: s.fetchStart,
      responseEnd: s.responseEnd,
      ready: s.painted - s.responseEnd,
      transferred: s.transferred,
    };
  } finally {
    await a.context.close();
  }
  const b = await openTab(browser);
  try {
    await b.page.goto(`${origin}/#/`);
    await dataLoaded(b.page);
    await b.page.waitForLoadState('networkidle');
    const overviewBytes = await resident(b);
    const clicked = await b.page.evaluate(() => {
      const at = performance.now();
      location.hash = '#/history';
      return at;
    });
    const s = await listShown(b);
    await waitForWholeList(b);
    const recordBytes = await resident(b);
    return {
      direct,
      fromOverview: { shown: s.painted - clicked, ready: s.painted - s.responseEnd },
      overviewBytes,
      recordBytes,
    };
  } finally {
    await b.context.close();
  }
}

async function appFigures(browser: Browser): Promise<void> {
  console.log('\nThe app at #/history: building it (vite build --base ./)…');
  const { dir, note } = await buildTheApp();
  if (note) console.log(`  NOTE: ${note}`);
  const server = await serve(dir);
  cleanups.push(() => server.close());
  const loadAtStart = loadAverage();

  console.log(
    `  ${APP_RUNS} cold loads after a warm-up, each in new contexts, at ${DESKTOP.width}×${DESKTOP.height}, then filters and scrolling…`,
  );
  const runs: AppRun[] = [];
  for (let run = 0; run <= APP_RUNS; run++) {
    const r = await appRun(browser, server.origin);
    if (run > 0) runs.push(r);
  }
  const traced = [];
  for (let run = 0; run < APP_RUNS; run++) traced.push(await tracedLoad(browser, server.origin));

  // Filters and scrolling, in one page with the record loaded.
  const tab = await openTab(browser);
  cleanups.push(() => tab.context.close());
  await tab.page.goto(`${server.origin}/#/history`);
  await listShown(tab);
  await waitForWholeList(tab);
  const filters = await filterChanges(tab);
  const jump = await scroll(tab, 60, null);
  const fling = await scroll(tab, 120, 240);

  const line = (label: string, value: string) => console.log(`  ${label.padEnd(48)} ${value}`);
  const all = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
  const spread = (xs: number[]) => `median ${ms(median(xs))}, max ${ms(Math.max(...xs))}  (${all(xs)})`;
  line(
    'machine:',
    `${cpus().length} cores, load average ${loadAtStart} at the start, ${loadAverage()} at the end (wall times grow with the load; CPU times hardly)`,
  );
  line('transferred (the pack, gzip):', kb(Math.max(...runs.map((r) => r.direct.transferred))));
  line('by its address, navigation to the first row shown:', spread(runs.map((r) => r.direct.shown)));
  line('  the pack requested at:', spread(runs.map((r) => r.direct.fetchStart)));
  line('  the pack arrived (response end) at:', spread(runs.map((r) => r.direct.responseEnd)));
  const readyDirect = runs.map((r) => r.direct.ready);
  line(
    '  arrival to the first row shown:',
    `${spread(readyDirect)}; goal ${GOALS.readyMs} ms: ${verdict(median(readyDirect) <= GOALS.readyMs)}`,
  );
  line(
    '    traced loads, main-thread CPU meanwhile:',
    `median ${ms(median(traced.map((t) => t.cpu)))} (${all(traced.map((t) => t.cpu))}), of which style and layout ${ms(median(traced.map((t) => t.styleAndLayout)))}; wall ${all(traced.map((t) => t.wall))}`,
  );
  line("by the overview's link, to the first row shown:", spread(runs.map((r) => r.fromOverview.shown)));
  const readyFromOverview = runs.map((r) => r.fromOverview.ready);
  line(
    '  arrival to the first row shown:',
    `${spread(readyFromOverview)}; goal ${GOALS.readyMs} ms: ${verdict(median(readyFromOverview) <= GOALS.readyMs)}`,
  );
  const kept = runs.map((r) => r.recordBytes - r.overviewBytes);
  line('resident, the overview alone:', `median ${mb(median(runs.map((r) => r.overviewBytes)))}`);
  line('resident, then the record list shown:', `median ${mb(median(runs.map((r) => r.recordBytes)))}`);
  line(
    "  the record's cost (the difference):",
    `median ${mb(median(kept))}, max ${mb(Math.max(...kept))}; goal ${mb(GOALS.residentBytes)}: ${verdict(median(kept) <= GOALS.residentBytes)}`,
  );
  console.log(`  filter changes, from the input event to the next frame painted (${FILTER_RUNS} runs):`);
  for (const c of filters.changes) {
    const shown = c.changes.map((t) => t.painted - t.at);
    const worst = Math.max(...shown);
    const within =
      median(shown) > GOALS.filterMs ? 'NOT met' : worst > GOALS.filterMs ? 'met by the median, not the max' : 'met';
    line(
      `  ${c.label}:`,
      `median ${ms(median(shown))}, p95 ${ms(percentile(shown, 95))}, max ${ms(worst)} (n ${shown.length}); goal ${GOALS.filterMs} ms: ${within}`,
    );
    const counted = c.changes.filter((t) => t.counted !== null).map((t) => t.counted! - t.at);
    if (counted.length > 0)
      line('    the count updated:', `median ${ms(median(counted))}, max ${ms(Math.max(...counted))}`);
    const cpuTimes = c.changes.map((t) => t.cpu);
    line('    main-thread CPU:', `median ${ms(median(cpuTimes))}, max ${ms(Math.max(...cpuTimes))}`);
    line('    the count after the last:', `"${c.changes[c.changes.length - 1].countAfter}"`);
  }
  line(
    '  long tasks (50 ms and more) meanwhile:',
    filters.tasks === 0 ? 'none' : `${filters.tasks}, the longest ${ms(filters.longestTask)}`,
  );
  for (const [label, s] of [
    ['scrolling, top to bottom in 60 steps:', jump],
    ['scrolling, 120 steps of 240 px:', fling],
  ] as const) {
    const p95 = percentile(s.intervals, 95);
    line(
      label,
      `${s.intervals.length} frames in ${ms(s.end - s.start)}; frame interval median ${ms(median(s.intervals))}, p95 ${ms(p95)}, max ${ms(Math.max(...s.intervals))}; goal p95 ≤ ${SMOOTH_FRAME_MS} ms: ${verdict(p95 <= SMOOTH_FRAME_MS)}`,
    );
    line(
      '',
      `${s.intervals.filter((x) => x > SMOOTH_FRAME_MS).length} frames over ${SMOOTH_FRAME_MS} ms; long tasks: ${s.tasks === 0 ? 'none' : `${s.tasks}, the longest ${ms(s.longestTask)}`}; rows ${s.lastRow - 1} of ${s.rowCount - 1} reached`,
    );
    line(
      '',
      `main-thread CPU per frame ${ms(s.cpu.thread)}: script ${ms(s.cpu.script)}, style ${ms(s.cpu.style)}, layout ${ms(s.cpu.layout)}`,
    );
  }
}

async function main(): Promise<void> {
  const pack = await readFile(PACK_FILE);
  const gzip6 = gzipSync(pack, { level: 6 }).length;
  const gzip9 = gzipSync(pack, { level: 9 }).length;
  console.log(`The pack, ${PACK_FILE}:`);
  console.log(`  ${kb(pack.length)} raw, ${kb(gzip6)} gzipped (level 6), ${kb(gzip9)} (level 9)`);
  console.log(`  goal at most ${mb(GOALS.transferBytes)} transferred: ${verdict(gzip6 <= GOALS.transferBytes)}`);
  nodeFigures(pack);
  if (!findChromium()) {
    console.log(
      `\nChromium not found (tried ${chromiumCandidates().join(', ')}): no browser figures. ` +
        'Install it with: sudo apt-get install chromium, or set CHROMIUM_PATH.',
    );
    return;
  }
  const browser = await launchChromium();
  cleanups.push(() => browser.close());
  await chromiumFigures(pack, browser);
  await appFigures(browser);
}

process.once('SIGINT', () => void cleanUp().then(() => process.exit(130)));
try {
  await main();
  await cleanUp();
} catch (error) {
  await cleanUp();
  console.error(`bench:history could not run: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
}
