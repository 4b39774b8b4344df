import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATASET, run } from './export-csv';
import { EXPORT_COLUMNS } from '../src/domain/export';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
type Row = Record<string, string>;

const readCsv = (text: string): Row[] => parse(text, { columns: true }) as Row[];

describe('export-csv run([])', () => {
  const result = run([]);
  const rows = readCsv(result.stdout);
  const header = result.stdout.slice(0, result.stdout.indexOf('\r\n')).split(',');
  const of = (id: string) => rows.filter((r) => r.decision === id);
  const row = (id: string, code: string) => rows.find((r) => r.decision === id && r.ms_code === code)!;

  it('exits 0 with the CSV on stdout and nothing on stderr', () => {
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.endsWith('\r\n')).toBe(true);
  });

  it('reads the shipped dataset by default, wherever the command is run', () => {
    expect(run([], tmpdir())).toEqual(result);
    expect(run(['--dataset', 'data/un-votes-2025-02-24.json'], ROOT)).toEqual(result);
    const shipped = JSON.parse(readFileSync(join(ROOT, 'data', 'un-votes-2025-02-24.json'), 'utf8'));
    expect([...new Set(rows.map((r) => r.decision))]).toEqual(shipped.decisions.map((d: { id: string }) => d.id));
  });

  it('has a header with the columns a reader needs', () => {
    expect(header).toEqual(
      expect.arrayContaining([
        'symbol',
        'body',
        'kind',
        'date',
        'outcome',
        'ms_code',
        'ms_name',
        'ms_vote',
        'status',
        'sources',
      ]),
    );
    expect(new Set(header).size).toBe(header.length);
  });

  it('has a row per decision and eligible member: 6 × 193 + 6 × 15 = 1248', () => {
    expect(rows).toHaveLength(1248);
    const perDecision = new Map<string, number>();
    for (const r of rows) perDecision.set(r.decision, (perDecision.get(r.decision) ?? 0) + 1);
    expect(Object.fromEntries(perDecision)).toEqual({
      'ga-l10': 193,
      'ga-l11-am-rus': 193,
      'ga-l11-am-invasion': 193,
      'ga-l11-am-integrity': 193,
      'ga-l11-am-just-peace': 193,
      'ga-l11': 193,
      'sc-motion-postpone': 15,
      'sc-am-invasion': 15,
      'sc-am-sovereignty': 15,
      'sc-am-just-peace': 15,
      'sc-am-rus': 15,
      'sc-s2025-112': 15,
    });
    expect(of('sc-s2025-112').map((r) => r.ms_code)).not.toContain('DEU');
  });

  it.each([
    ['ga-l10', 'A/RES/ES-11/7'],
    ['ga-l11', 'A/RES/ES-11/8'],
    ['ga-l11-am-rus', ''],
    ['ga-l11-am-just-peace', 'A/ES-11/L.15'],
    ['sc-s2025-112', 'S/RES/2774 (2025)'],
    ['sc-am-rus', ''],
  ])('gives %s the document symbol %j on every row', (id, symbol) => {
    expect(new Set(of(id).map((r) => r.symbol))).toEqual(new Set([symbol]));
  });

  it('holds document symbols in the symbol column and ids only in the decision id columns', () => {
    const ids = new Set(rows.map((r) => r.decision));
    expect(ids.size).toBe(12);
    for (const column of ['symbol', 'draft', 'resolution', 'amends']) {
      expect(rows.filter((r) => ids.has(r[column])).map((r) => r[column])).toEqual([]);
    }
    expect(new Set(rows.map((r) => r.symbol))).toEqual(
      new Set(['A/RES/ES-11/7', 'A/ES-11/L.15', 'A/RES/ES-11/8', 'S/RES/2774 (2025)', '']),
    );
  });

  it('names the draft an amendment amends by its symbol and by its id', () => {
    expect(row('ga-l11-am-rus', 'RUS')).toMatchObject({ amends: 'A/ES-11/L.11', amends_decision: 'ga-l11' });
    expect(row('sc-am-rus', 'RUS')).toMatchObject({ amends: 'S/2025/112', amends_decision: 'sc-s2025-112' });
    expect(row('ga-l10', 'RUS')).toMatchObject({ amends: '', amends_decision: '' });
  });

  it('leaves ms_vote empty unless the status is reported', () => {
    for (const r of rows) {
      expect(['reported', 'not reported', 'disputed']).toContain(r.status);
      if (r.status === 'reported') expect(['Y', 'N', 'A', 'X']).toContain(r.ms_vote);
      else expect(r.ms_vote).toBe('');
    }
    expect(rows.filter((r) => r.status === 'disputed').map((r) => `${r.decision} ${r.ms_code}`)).toEqual([
      'ga-l10 EGY',
      'ga-l10 NGA',
      'ga-l11 UKR',
    ]);
  });

  it.each<[string, string, Partial<Row>]>([
    [
      'ga-l10',
      'USA',
      {
        body: 'GA',
        kind: 'draft-resolution',
        date: '2025-02-24',
        outcome: 'adopted',
        ms_vote: 'N',
        status: 'reported',
      },
    ],
    ['ga-l10', 'RUS', { ms_name: 'Russian Federation', ms_vote: 'N', sources: 'WIKI-ES11-7; UP-7499902; WSJ' }],
    ['ga-l10', 'EGY', { ms_vote: '', status: 'disputed', sources: 'Y: WIKI-ES11-7 | A: INDIATV' }],
    ['ga-l10', 'AFG', { ms_vote: '', status: 'not reported', implied: 'A|X', sources: '' }],
    ['ga-l11', 'UKR', { ms_vote: '', status: 'disputed', implied: '' }],
    ['ga-l11-am-rus', 'RUS', { outcome: 'rejected', ms_vote: '', status: 'not reported' }],
    ['sc-am-just-peace', 'RUS', { outcome: 'vetoed', vetoed_by: 'RUS', ms_vote: 'N', sources: 'PR-GA12677' }],
    ['sc-am-rus', 'USA', { body: 'SC', kind: 'amendment', outcome: 'failed', ms_vote: 'A', sources: 'INTERFAX' }],
    ['sc-s2025-112', 'GBR', { ms_name: 'United Kingdom of Great Britain and Northern Ireland', ms_vote: 'A' }],
    ['sc-motion-postpone', 'GBR', { kind: 'procedural-motion', outcome: 'rejected', ms_vote: '' }],
  ])('%s, %s', (id, code, expected) => {
    expect(row(id, code)).toMatchObject(expected);
  });

  it('starts with the header line', () => {
    expect(result.stdout.startsWith(`${header.join(',')}\r\n`)).toBe(true);
    expect(header[0]).toBe('symbol');
  });
});

/** The shipped file as JSON, and the index of a decision in it, found by id. */
const shippedJson = () => JSON.parse(readFileSync(DEFAULT_DATASET, 'utf8'));
const indexOf = (json: { decisions: { id: string }[] }, id: string) => json.decisions.findIndex((d) => d.id === id);

describe('export-csv with a broken dataset', () => {
  let dir: string;
  let badFile: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'export-csv-test-'));
    const json = shippedJson();
    json.decisions[indexOf(json, 'ga-l10')].positionLists[1].position = 'maybe';
    json.decisions[indexOf(json, 'sc-s2025-112')].positionLists[0].states.push('not');
    badFile = join(dir, 'broken.json');
    writeFileSync(badFile, JSON.stringify(json));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 1 with nothing on stdout and the problems with their paths on stderr', () => {
    const json = shippedJson();
    const sc = indexOf(json, 'sc-s2025-112');
    const result = run(['--dataset', badFile]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${badFile} is not a valid dataset (2 problems)`);
    expect(result.stderr).toContain(
      `  decisions[${indexOf(json, 'ga-l10')}].positionLists[1].position: "maybe" is not a vote (Y, N, A or X)\n`,
    );
    expect(result.stderr).toContain(
      `  decisions[${sc}].positionLists[0].states[${json.decisions[sc].positionLists[0].states.length}]: "not" is not a three-letter state code`,
    );
  });

  it('exits 1 on a recorded tally that contradicts a complete list, naming the list', () => {
    const json = shippedJson();
    const i = indexOf(json, 'ga-l10');
    json.decisions[i].tally[0].value = { yes: 92, no: 18, abstain: 65, nonVoting: 18 };
    const yesList = json.decisions[i].positionLists.findIndex(
      (l: { position: string; complete: boolean }) => l.position === 'Y' && l.complete,
    );
    const file = join(dir, 'tally-92.json');
    writeFileSync(file, JSON.stringify(json));
    const result = run(['--dataset', file]);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toContain(
      `  decisions[${i}].positionLists[${yesList}]: the complete list of Y names 93 states, but the recorded tally is 92\n`,
    );
  });

  it('exits 1 on a file that is not JSON', () => {
    const file = join(dir, 'not-json.json');
    writeFileSync(file, '{"schemaVersion": 1,');
    const result = run(['--dataset', file]);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toMatch(/is not a valid dataset \(1 problem\):\n {2}the file is not valid JSON/);
  });

  it('exits 1 on a file that cannot be read, naming the full path it tried', () => {
    const result = run(['--dataset', 'missing.json'], dir);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr.startsWith(`export:csv: cannot read ${join(dir, 'missing.json')}: `)).toBe(true);
  });

  it('exports another valid dataset given with --dataset', () => {
    const json = shippedJson();
    json.decisions = json.decisions.filter((d: { body: string }) => d.body === 'SC');
    json.questions = [];
    const file = join(dir, 'council-only.json');
    writeFileSync(file, JSON.stringify(json));
    const result = run(['--dataset', file]);
    expect(result.code).toBe(0);
    expect(readCsv(result.stdout)).toHaveLength(6 * 15);
  });

  it('writes the same CSV streamed, line by line, as the command does', () => {
    const streamed = run([], ROOT, { stream: true });
    expect(streamed).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect([...streamed.lines!].join('')).toBe(run([]).stdout);
  });

  it('accepts a file that starts with a byte-order mark, as Windows editors save it', () => {
    const file = join(dir, 'with-bom.json');
    writeFileSync(file, `\uFEFF${readFileSync(DEFAULT_DATASET, 'utf8')}`);
    expect(readFileSync(file).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(run(['--dataset', file])).toEqual(run([]));
  });

  it('reads a relative --dataset path from the directory given, not the package root', () => {
    writeFileSync(join(dir, 'relative.json'), readFileSync(DEFAULT_DATASET, 'utf8'));
    expect(run(['--dataset', 'relative.json'], dir)).toEqual(run([]));
    const fromRoot = run(['--dataset', 'relative.json'], ROOT);
    expect(fromRoot.code).toBe(1);
    expect(fromRoot.stderr).toContain(`cannot read ${join(ROOT, 'relative.json')}`);
  });
});

describe('export-csv arguments', () => {
  it.each([[['--format', 'tsv']], [['extra']], [['-x']]])('an unknown argument %j → code 2', (args) => {
    const result = run(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`unknown argument ${JSON.stringify(args[0])}`);
    expect(result.stderr).toContain('usage: npm run export:csv');
  });

  it('--dataset without a file name → code 2', () => {
    expect(run(['--dataset'])).toEqual({ code: 2, stdout: '', stderr: 'export:csv: --dataset needs a file name\n' });
  });

  it('--dataset given twice → code 2, naming both, reading neither', () => {
    expect(run(['--dataset', 'a.json', '--dataset', 'b.json'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'export:csv: --dataset is given twice ("a.json" and "b.json"); give one file\n',
    });
  });

  it.each([['--help'], ['-h']])('%s prints the usage and exits 0', (flag) => {
    expect(run([flag])).toEqual({
      code: 0,
      stdout: 'usage: npm run export:csv [-- --dataset day|history|<file>]\n',
      stderr: '',
    });
  });
});

describe('the real command', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'export-csv-command-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const SCRIPT = join(ROOT, 'scripts', 'export-csv.ts');
  const options = { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 60_000 } as const;
  const command = (args: string[]) => spawnSync('npx', ['tsx', SCRIPT, ...args], { cwd: ROOT, ...options });
  /**
   * `npm run -s export:csv -- <args>` typed in another directory: npm starts the script in the package root and
   * passes the caller's directory in INIT_CWD.
   */
  const npmRunIn = (cwd: string, args: string[]) =>
    spawnSync('npm', ['--prefix', ROOT, 'run', '-s', 'export:csv', '--', ...args], { cwd, ...options });

  it('npx tsx scripts/export-csv.ts exits 0 and prints the CSV, header first', () => {
    const child = command([]);
    expect(child.error).toBeUndefined();
    expect(child.status).toBe(0);
    const firstLine = child.stdout.slice(0, child.stdout.indexOf('\r\n'));
    expect(firstLine).toBe(run([]).stdout.split('\r\n')[0]);
    expect(firstLine.startsWith('symbol,')).toBe(true);
    expect(child.stdout).toBe(run([]).stdout);
  }, 60_000);

  it("reads a relative --dataset from the caller's directory (INIT_CWD), and names the full path it tried", () => {
    writeFileSync(join(dir, 'mine.json'), `\uFEFF${readFileSync(DEFAULT_DATASET, 'utf8')}`);
    const child = npmRunIn(dir, ['--dataset', 'mine.json']);
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    expect(child.stdout).toBe(run([]).stdout);
    const missing = npmRunIn(dir, ['--dataset', 'nowhere.json']);
    expect(missing.status).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain(`export:csv: cannot read ${join(dir, 'nowhere.json')}: `);
  }, 60_000);

  it('stops quietly with status 0 when the reader closes the pipe early, as `| head` does', async () => {
    const child = spawn('npx', ['tsx', SCRIPT], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let firstChunk = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', (chunk: Buffer) => {
      firstChunk = chunk.toString();
      child.stdout.destroy(); // the reader goes away with most of the CSV unread
    });
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect(firstChunk.startsWith('symbol,')).toBe(true);
    expect(stderr).toBe('');
    expect(status).toBe(0);
  }, 60_000);
});

describe('export:csv --dataset history', () => {
  it('gives back every position of the record, each with its rcid, as the source file counts them', async () => {
    // The source, counted without the pack: rcid,country,country_code,vote.
    const source = gunzipSync(readFileSync(new URL('../data/history/source/un_votes.csv.gz', import.meta.url)))
      .toString('utf8')
      .split('\n')
      .slice(1)
      .filter(Boolean);
    const perVote = new Map<string, number>();
    for (const line of source) {
      const rcid = line.slice(0, line.indexOf(','));
      perVote.set(rcid, (perVote.get(rcid) ?? 0) + 1);
    }

    const result = run(['--dataset', 'history']);
    expect(result.code).toBe(0);
    const exported = new Map<string, number>();
    let notRecorded = 0;
    const wrong: string[] = [];
    let rows = 0;
    let head = '';
    for (const line of result.lines!) {
      if (rows++ < 2000) head += line;
      // The last four cells (ms_vote, status, implied, sources) never need quotes: read them from the end.
      const [vote, status, , source] = line.slice(0, -2).split(',').slice(-4);
      if (source !== 'history') continue; // the header
      const rcid = /^[^,]*,rcid-(\d+),(\d+),/.exec(line);
      if (!rcid || rcid[1] !== rcid[2]) wrong.push(line);
      else if (vote === '' && status === 'not recorded') notRecorded++;
      else if (/^[YNA]$/.test(vote) && status === 'reported') exported.set(rcid[2], (exported.get(rcid[2]) ?? 0) + 1);
      else wrong.push(line);
    }
    expect(wrong).toEqual([]);
    expect(source.length).toBe(870_109);
    expect([...exported.values()].reduce((a, b) => a + b, 0)).toBe(870_109);
    expect(exported).toEqual(perVote);
    expect(notRecorded).toBeGreaterThan(0);
    // The first rows, read by an independent CSV reader.
    const parsed = parse(head) as string[][];
    expect(parsed[0]).toEqual([...EXPORT_COLUMNS]);
    for (const row of parsed.slice(1)) {
      expect(row).toHaveLength(EXPORT_COLUMNS.length);
      expect(row[EXPORT_COLUMNS.indexOf('decision')]).toBe(`rcid-${row[EXPORT_COLUMNS.indexOf('record_id')]}`);
    }
  }, 60_000);
});
