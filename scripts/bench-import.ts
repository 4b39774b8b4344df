/**
 * npm run bench:import [-- --rows N] [-- --file <path>] [-- --keep]
 *
 * What importing the UN Digital Library's General Assembly file costs, on a
 * synthetic file in its exact format at full size (947,434 rows of the
 * members at each vote's date, up to 193; titles with commas and quotation
 * marks; `scripts/undl-synthetic.ts`), written to the system's temporary
 * directory (never the repository) and removed afterwards unless `--keep`.
 * `--file` measures a given file instead (a real download, for instance).
 *
 * Printed, in one run:
 *   - the whole import, from the file on disk to the compact store and its
 *     report (`readUndl` on the file's chunks as Node reads them): wall
 *     time, MB/s, rows/s (best of three runs, and each run);
 *   - peak memory: the process's maximum resident set (RSS) after the
 *     imports, before papaparse runs;
 *   - the resident size of the imported data: heap and array buffers the
 *     store and its report keep (after garbage collection, with and without
 *     them);
 *   - papaparse 5.7.1's bare parse of the same file (a Node stream read as
 *     UTF-8 text, each chunk's rows counted and dropped): wall time, MB/s
 *     (best of three);
 *   - CPU time of both (user + system): wall times grow with whatever else
 *     the machine runs, CPU times much less;
 *   - the ratio, against the goals: at least twice papaparse's throughput,
 *     peak at most 1.5 GB, the imported GA history at most 30 MB resident.
 *
 * It reports figures; it is not a test: it exits 0 whatever they are (1 only
 * when it cannot run). Run with `npm run bench:import` (Node with
 * --expose-gc, for the memory figures).
 */
import { createReadStream, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg, tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { parseMembership } from '../src/domain/membership';
import type { UndlImport } from '../src/domain/undl/format';
import { readUndl } from '../src/domain/undl/reader';
import { MEMBERSHIP_FILE } from './build-history';
import { FULL_GA_ROWS, writeSyntheticGa } from './undl-synthetic';

const RUNS = 3;
const CHUNK = 1 << 20;
const GOALS = { ratio: 2, peakBytes: 1.5e9, residentBytes: 30e6 };

const gc = (globalThis as { gc?: () => void }).gc;
const collect = () => {
  for (let i = 0; i < 3; i++) gc?.();
};
const memory = () => {
  collect();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mbps = (bytes: number, ms: number) => `${(bytes / 1e6 / (ms / 1000)).toFixed(0)} MB/s`;
const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;

async function importFile(file: string, memberships: ReturnType<typeof parseMembership>): Promise<UndlImport> {
  return readUndl(createReadStream(file, { highWaterMark: CHUNK }), { memberships });
}

function papaParse(file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let rows = 0;
    Papa.parse(createReadStream(file, { encoding: 'utf8', highWaterMark: CHUNK }), {
      delimiter: ',',
      chunk: (results: Papa.ParseResult<string[]>) => {
        rows += results.data.length;
      },
      complete: () => resolve(rows),
      error: (error: Error) => reject(error),
    });
  });
}

async function main(args: string[]): Promise<number> {
  let rows = FULL_GA_ROWS;
  let given: string | null = null;
  let keep = false;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--rows') rows = Number(args[++i]);
    else if (args[i] === '--file') given = args[++i];
    else if (args[i] === '--keep') keep = true;
    else {
      process.stderr.write(`bench:import: unknown argument ${JSON.stringify(args[i])}\n`);
      return 2;
    }
  }
  if (!Number.isInteger(rows) || rows < 1) {
    process.stderr.write('bench:import: --rows needs a whole number\n');
    return 2;
  }
  const memberships = parseMembership(readFileSync(MEMBERSHIP_FILE, 'utf8'));
  const file = given ?? join(tmpdir(), `undl-bench-ga-${process.pid}.csv`);
  const out: string[] = [];
  const say = (line: string) => {
    out.push(line);
    process.stdout.write(`${line}\n`);
  };
  say(
    `bench:import — node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load ${loadavg()[0].toFixed(2)}`,
  );
  try {
    if (given === null) {
      const t0 = performance.now();
      const made = writeSyntheticGa(file, memberships, { rows });
      say(
        `synthetic GA file: ${file}, ${mb(made.bytes)}, ${made.rows.toLocaleString('en')} rows, ${made.votes.toLocaleString('en')} votes (written in ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
      );
    }
    const bytes = statSync(file).size;

    // ------------------------------------------------------------ the import
    const before = memory();
    const times: number[] = [];
    const cpuTimes: number[] = [];
    let result: UndlImport | null = null;
    for (let run = 0; run < RUNS; run++) {
      result = null;
      collect();
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      result = await importFile(file, memberships);
      times.push(performance.now() - t0);
      cpuTimes.push(cpuMs(process.cpuUsage(c0)));
    }
    const r = result!;
    const peak = process.resourceUsage().maxRSS * 1024;
    const withStore = memory();
    const resident = withStore - before;
    const best = Math.min(...times);
    say(
      `import (file → compact store): ${(best / 1000).toFixed(2)} s, ${(bytes / 1e6 / (best / 1000)).toFixed(0)} MB/s, ${Math.round(
        r.report.rows / (best / 1000),
      ).toLocaleString('en')} rows/s (best of ${RUNS}: ${times.map((t) => (t / 1000).toFixed(2)).join(', ')} s)`,
    );
    say(
      `  CPU time (user + system, all threads): ${seconds(Math.min(...cpuTimes))}, ${mbps(bytes, Math.min(...cpuTimes))} of CPU`,
    );
    say(
      `  ${r.report.votes.toLocaleString('en')} votes, ${r.report.positions.toLocaleString('en')} positions, ${r.report.from} to ${r.report.to}, ${r.report.rejected} rows rejected, ${r.report.flagged.length} votes flagged`,
    );
    say(`peak memory (max RSS of the process, after the imports): ${mb(peak)}`);
    const store = r.store;
    const arrays = [
      store.positions,
      store.permanent,
      store.undlId,
      store.day,
      store.line,
      store.flags,
      store.totals,
      store.symbol,
      store.title,
      store.session,
      store.draft,
      store.committeeReport,
      store.meeting,
      store.agenda,
      store.subjects,
      store.voteNote,
      store.modality,
      store.link,
    ].reduce((n, a) => n + a.byteLength, 0);
    const text = store.strings.reduce((n, s) => n + s.length, 0);
    say(
      `imported data resident: ${gc ? mb(resident) : 'unknown (run with --expose-gc)'} (arrays ${mb(arrays)}, of which positions ${mb(store.positions.byteLength)}; ${store.strings.length.toLocaleString('en')} distinct texts, ${mb(text)} of characters)`,
    );
    result = null;

    // ------------------------------------------------------------ papaparse
    const papaTimes: number[] = [];
    const papaCpu: number[] = [];
    let papaRows = 0;
    for (let run = 0; run < RUNS; run++) {
      collect();
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      papaRows = await papaParse(file);
      papaTimes.push(performance.now() - t0);
      papaCpu.push(cpuMs(process.cpuUsage(c0)));
    }
    const papaBest = Math.min(...papaTimes);
    say(
      `papaparse 5.7.1, bare parse of the same file: ${(papaBest / 1000).toFixed(2)} s, ${(bytes / 1e6 / (papaBest / 1000)).toFixed(0)} MB/s (${papaRows.toLocaleString('en')} rows; best of ${RUNS}: ${papaTimes.map((t) => (t / 1000).toFixed(2)).join(', ')} s)`,
    );
    say(`  CPU time: ${seconds(Math.min(...papaCpu))}, ${mbps(bytes, Math.min(...papaCpu))} of CPU`);

    // ------------------------------------------------------------ goals
    const ratio = papaBest / best;
    const cpuRatio = Math.min(...papaCpu) / Math.min(...cpuTimes);
    const mark = (ok: boolean) => (ok ? 'met' : 'NOT MET');
    say('goals:');
    say(
      `  throughput ≥ ${GOALS.ratio}× papaparse's: ${ratio.toFixed(2)}× by wall time — ${mark(ratio >= GOALS.ratio)} (${cpuRatio.toFixed(2)}× by CPU time, which other work on the machine disturbs less)`,
    );
    say(`  peak memory ≤ ${mb(GOALS.peakBytes)}: ${mb(peak)} — ${mark(peak <= GOALS.peakBytes)}`);
    if (gc)
      say(
        `  imported history resident ≤ ${mb(GOALS.residentBytes)}: ${mb(resident)} — ${mark(resident <= GOALS.residentBytes)}`,
      );
    return 0;
  } finally {
    if (given === null && !keep) rmSync(file, { force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`bench:import: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
