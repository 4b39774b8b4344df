import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDatasetText } from '../src/domain/load';
import { parseMembership } from '../src/domain/membership';
import type { DatasetFile } from '../src/domain/schema';
import { UNDL_CODE } from '../src/domain/undl/format';
import { createUndlReader } from '../src/domain/undl/reader';
import { run as exportCsv } from './export-csv';
import { MEMBERSHIP_FILE } from './build-history';
import { run } from './import-undl';

const FIXTURES = fileURLToPath(new URL('../test/fixtures/undl/', import.meta.url));
const memberships = parseMembership(readFileSync(MEMBERSHIP_FILE, 'utf8'));
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'import-undl-'));
  dirs.push(dir);
  return dir;
};

/** Imports a fixture into a fresh directory: the result, the dataset file and its path. */
async function importFixture(name: string) {
  const dir = tempDir();
  const out = join(dir, 'dataset.json');
  const result = await run([join(FIXTURES, name), '--out', out]);
  return { dir, out, result };
}

type Row = Record<string, string>;
const POSITION = ['', 'Y', 'N', 'A', 'X'];

describe('npm run import:undl on S/RES/2774 (2025)', async () => {
  const { out, result } = await importFixture('sc-2774.csv');
  const file = JSON.parse(readFileSync(out, 'utf8')) as DatasetFile;

  it('writes a dataset of schema version 2 that loads, and says what came in', () => {
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(`Wrote ${out}`);
    expect(result.stdout).toContain('Security Council file, header version 2, 15 rows');
    expect(result.stdout).toContain('1 votes, 2025-02-24 to 2025-02-24 (1 year, 2025–2025)');
    expect(result.stdout).toContain('15 positions: 10 Y, 0 N, 5 A, 0 X');
    expect(file.schemaVersion).toBe(2);
    expect(file.id).toBe('undl-sc');
    expect(loadDatasetText(readFileSync(out, 'utf8')).ok).toBe(true);
  });

  it('cites the vote by its undl_id, records the official totals and the outcome, lists complete per position', () => {
    const [d] = file.decisions;
    expect(d.recordId).toBe('900002774');
    expect(d.body).toBe('SC');
    expect(d.resolutionSymbol?.value).toBe('S/RES/2774(2025)');
    expect(d.draftSymbol?.value).toBe('S/2025/112');
    expect(d.title.citations).toEqual([{ source: 'UNDL-SC', record: '900002774' }]);
    expect(d.tally).toEqual([
      { value: { yes: 10, no: 0, abstain: 5, nonVoting: 0 }, citations: [{ source: 'UNDL-SC', record: '900002774' }] },
    ]);
    expect(d.outcome[0].value).toEqual({ result: 'adopted', vetoedBy: [] });
    expect(d.positionLists.map((l) => [l.position, l.states.length, l.complete])).toEqual([
      ['Y', 10, true],
      ['A', 5, true],
    ]);
  });

  it("has the Council of 2025 from the rows, the members' seats, the Library's record and licence", () => {
    expect(file.councils).toEqual([
      {
        year: 2025,
        permanent: ['CHN', 'FRA', 'GBR', 'RUS', 'USA'],
        elected: ['DNK', 'DZA', 'GRC', 'GUY', 'KOR', 'PAK', 'PAN', 'SLE', 'SOM', 'SVN'],
        citations: [{ source: 'UNDL-SC', record: '900002774' }],
      },
    ]);
    expect(file.membership.states).toHaveLength(15);
    const rus = file.membership.states.find((s) => s.code === 'RUS')!;
    expect(rus.seats).toEqual([
      { from: '1991-12-24', to: null, citations: [{ source: 'UN-MEMBERSHIP', record: 'RUS' }] },
    ]);
    expect(file.sources[0]).toMatchObject({ key: 'UNDL-SC', url: 'https://digitallibrary.un.org/record/4055387' });
    expect(file.provenance.licence).toBe('Copyright, United Nations; non-commercial use, with attribution.');
    expect(file.provenance.howMade).toMatch(/sc-2774\.csv \(4684 bytes, SHA-256 [0-9a-f]{64}; header version 2\)/);
  });
});

describe('the round trip: import, then export:csv gives back every imported position with record_id = undl_id', () => {
  it.each([
    'sc-2774.csv',
    'sc-2774-bom-crlf.csv',
    'ga-synthetic.csv',
    'ga-v1.csv',
    'sc-disagreeing.csv',
    'sc-bad-vote-code.csv',
    'sc-bad-totals.csv',
  ])('%s', async (name) => {
    const { out, result } = await importFixture(name);
    expect(result.code).toBe(0);
    const exported = exportCsv(['--dataset', out]);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    const rows = parse(exported.stdout, { columns: true }) as Row[];
    const reported = new Map(
      rows.filter((r) => r.status === 'reported').map((r) => [`${r.record_id}:${r.ms_code}`, r.ms_vote]),
    );
    // Every position the reader took in, read again from the fixture.
    const reader = createUndlReader({ memberships });
    reader.push(new Uint8Array(readFileSync(join(FIXTURES, name))));
    const { store } = reader.end();
    const expected = new Map<string, string>();
    for (let d = 0; d < store.decisionCount; d++) {
      for (let s = 0; s < store.stateCount; s++) {
        const code = store.positions[d * store.stateCount + s];
        if (code >= UNDL_CODE.Y && code <= UNDL_CODE.X) {
          expected.set(`${store.undlId[d]}:${store.states[s].key}`, POSITION[code]);
        }
      }
    }
    expect(expected.size).toBeGreaterThan(0);
    expect(reported).toEqual(expected);
    // Every row of a decision carries its undl_id.
    expect(new Set(rows.map((r) => r.record_id))).toEqual(new Set(Array.from(store.undlId, String)));
  });
});

describe('votes the file and the tally disagree on', () => {
  it('keeps the positions, marks the lists that do not match not complete, leaves an exceeded count out of the tally', async () => {
    const { out, result } = await importFixture('sc-disagreeing.csv');
    expect(result.stdout).toContain('1 vote flagged');
    expect(result.stdout).toContain('line 2: S/RES/2774(2025) (900002774): 11 rows Y, total 10; 4 rows A, total 5');
    const [d] = (JSON.parse(readFileSync(out, 'utf8')) as DatasetFile).decisions;
    expect(d.positionLists.map((l) => [l.position, l.states.length, l.complete])).toEqual([
      ['Y', 11, false],
      ['A', 4, false],
    ]);
    expect(d.tally[0].value).toEqual({ yes: null, no: 0, abstain: 5, nonVoting: 0 });
    expect(d.note).toMatch(/The file has 11 rows Y and a total of 10: the count is left out of the tally\./);
  });

  it('lists the rows left out with their lines', async () => {
    const { out, result } = await importFixture('sc-bad-vote-code.csv');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('1 row left out\n    line 15: ms_vote: "Q" is not a vote code (Y, N, A, X or NV)');
    // The member whose row was left out stays on the Council, its position not reported.
    const rows = parse(exportCsv(['--dataset', out]).stdout, { columns: true }) as Row[];
    expect(rows).toHaveLength(15);
    expect(rows.find((r) => r.ms_code === 'GBR')).toMatchObject({ status: 'not reported', ms_vote: '' });
  });
});

describe('a Security Council year in which a seat changed hands (China, 1971)', () => {
  it("gives the year's Council China's seat by its holder at the year's end, and the dataset loads", async () => {
    const header =
      'undl_id,ms_code,ms_name,permanent_member,ms_vote,date,resolution,draft,meeting,description,agenda,subjects,vote_note,total_yes,total_no,total_abstentions,total_non_voting,total_ms,modality,undl_link';
    const members = [
      'CHN',
      'FRA',
      'GBR',
      'USA',
      'RUS',
      'ARG',
      'BEL',
      'BDI',
      'ITA',
      'JPN',
      'NIC',
      'POL',
      'SLE',
      'SOM',
      'SYR',
    ];
    const rows = (id: number, date: string) =>
      members.map(
        (code, i) =>
          `${id},${code},NAME,${i < 5 ? 'True' : 'False'},Y,${date},S/RES/${id}(1971),,,Synthetic,,,,15.0,0.0,0.0,0.0,15.0,,https://digitallibrary.un.org/record/${id}`,
      );
    const dir = tempDir();
    const csv = join(dir, 'sc-1971.csv');
    writeFileSync(csv, [header, ...rows(901, '1971-06-10'), ...rows(902, '1971-12-10')].join('\n') + '\n');
    const result = await run([csv, '--out', join(dir, 'out.json')]);
    expect(result.stderr).toBe('');
    const file = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as DatasetFile;
    expect(file.councils[0].permanent).toEqual(['CHN', 'FRA', 'GBR', 'SUN', 'USA']);
    expect(file.decisions[0].positionLists[0].states).toContain('ROC');
    expect(file.decisions[1].positionLists[0].states).toContain('CHN');
  });
});

describe('npm run import:undl refuses a file it cannot import, with the line, and writes nothing', () => {
  it.each([
    ['sc-truncated-quote.csv', /sc-truncated-quote\.csv, line 30: a quoted field is not closed/],
    [
      'sc-truncated-row.csv',
      /sc-truncated-row\.csv, line 16: the file ends in the middle of a row \(is it truncated\?\)/,
    ],
    ['empty.csv', /empty\.csv, line 1: the file is empty/],
    [
      'unknown-header.csv',
      /unknown-header\.csv, line 1: the header is not that of a UN Digital Library voting file: as a General Assembly file it lacks the columns undl_id, ms_code or ms_codes/,
    ],
  ])('%s', async (name, message) => {
    const { dir, out, result } = await importFixture(name);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/\nNothing was written\.\n$/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a file that is not there, and wrong arguments', async () => {
    const missing = await run([join(tempDir(), 'none.csv')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read .*none\.csv/);
    expect((await run([])).code).toBe(2);
    expect((await run(['a.csv', '--out'])).stderr).toMatch(/--out needs a file name/);
    expect((await run(['a.csv', 'b.csv'])).stderr).toMatch(/one file at a time/);
    expect((await run(['--bogus'])).code).toBe(2);
  });

  it('without --out, writes the dataset where the command runs, named after the file', async () => {
    const dir = tempDir();
    const result = await run([join(FIXTURES, 'sc-2774.csv')], dir);
    expect(result.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['sc-2774.json']);
  });
});
