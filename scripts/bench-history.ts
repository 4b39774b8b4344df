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
 * Goals: at most 1.5 MB transferred, ready within 300 ms of arriving, at
 * most 20 MB resident, a filter within 100 ms.
 *
 * It reports figures; it is not a test: it exits 0 whatever they are (1 only
 * when it cannot run). Run it with `npm run bench:history` (Node with
 * --expose-gc, for the Node memory figure).
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import type { RecordFilter } from '../src/domain/history/filter';
import { NO_FILTER, filterDecisions } from '../src/domain/history/filter';
import { decodePack } from '../src/domain/history/pack';
import { PROJECT_ROOT, chromiumCandidates, findChromium, launchChromium } from '../test/e2e/helpers';
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

/** Serves the page's files; the pack gzipped (level 6) where the browser accepts it, as a static host would. */
async function serve(dir: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const files = new Map<string, { body: Buffer; type: string; gzip?: Buffer }>();
  const html = await readFile(join(dir, 'index.html'));
  files.set('/', { body: html, type: 'text/html; charset=utf-8' });
  const assets = html.toString().match(/assets\/[^"]+\.js/g) ?? [];
  for (const a of assets) files.set(`/${a}`, { body: await readFile(join(dir, a)), type: 'text/javascript' });
  const pack = await readFile(join(dir, 'history.pack'));
  files.set('/history.pack', { body: pack, type: 'application/octet-stream', gzip: gzipSync(pack, { level: 6 }) });
  const server = createServer((req, res) => {
    const file = files.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    const gzip = file.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? file.gzip! : file.body;
    res.writeHead(200, {
      'Content-Type': file.type,
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    res.end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

interface HeapUsage {
  usedSize: number;
  backingStorageSize?: number;
}

async function chromiumFigures(pack: Buffer): Promise<void> {
  if (!findChromium()) {
    console.log(
      `\nChromium not found (tried ${chromiumCandidates().join(', ')}): no browser figures. ` +
        'Install it with: sudo apt-get install chromium, or set CHROMIUM_PATH.',
    );
    return;
  }
  console.log('\nBuilding the bench page (vite build)…');
  const dir = await buildPage(pack);
  const server = await serve(dir);
  cleanups.push(() => server.close());
  const browser = await launchChromium();
  cleanups.push(() => browser.close());

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

async function main(): Promise<void> {
  const pack = await readFile(PACK_FILE);
  const gzip6 = gzipSync(pack, { level: 6 }).length;
  const gzip9 = gzipSync(pack, { level: 9 }).length;
  console.log(`The pack, ${PACK_FILE}:`);
  console.log(`  ${kb(pack.length)} raw, ${kb(gzip6)} gzipped (level 6), ${kb(gzip9)} (level 9)`);
  console.log(`  goal at most ${mb(GOALS.transferBytes)} transferred: ${verdict(gzip6 <= GOALS.transferBytes)}`);
  nodeFigures(pack);
  await chromiumFigures(pack);
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
