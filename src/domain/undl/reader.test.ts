import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMembership } from '../membership';
import type { UndlImport, UndlStore } from './format';
import {
  TOTAL,
  UNDL_CODE,
  UNDL_FLAG,
  draftsOf,
  isoDateOfDay,
  positionsOf,
  recogniseHeader,
  subjectsOf,
  textOf,
  totalsOf,
} from './format';
import { UndlCancelled, UndlError, createUndlReader, readUndl } from './reader';

const memberships = parseMembership(
  readFileSync(new URL('../../../data/sources/un-membership.csv', import.meta.url), 'utf8'),
);
const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../test/fixtures/undl/${name}`, import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);

/** Reads bytes in chunks cut at the given offsets (or of one size). */
function importBytes(bytes: Uint8Array, cuts: number[] | number = []): UndlImport {
  const reader = createUndlReader({ memberships });
  const at =
    typeof cuts === 'number' ? Array.from({ length: Math.ceil(bytes.length / cuts) }, (_, i) => i * cuts) : cuts;
  const points = [...new Set([0, ...at, bytes.length])]
    .filter((c) => c >= 0 && c <= bytes.length)
    .sort((a, b) => a - b);
  for (let i = 1; i < points.length; i++) reader.push(bytes.subarray(points[i - 1], points[i]));
  return reader.end();
}
const importText = (text: string) => importBytes(utf8(text));

/** Each state's position in vote d by key, for the states with a row. */
function positionsByKey(store: UndlStore, d: number): Record<string, string> {
  const out: Record<string, string> = {};
  const names = ['', 'Y', 'N', 'A', 'X'];
  positionsOf(store, d).forEach((code, s) => {
    if (code >= UNDL_CODE.Y && code <= UNDL_CODE.X) out[store.states[s].key] = names[code];
  });
  return out;
}
const keysWith = (store: UndlStore, d: number, position: string) =>
  Object.entries(positionsByKey(store, d))
    .filter(([, p]) => p === position)
    .map(([k]) => k)
    .sort();

function failure(run: () => unknown): UndlError {
  try {
    run();
  } catch (error) {
    if (error instanceof UndlError) return error;
    throw error;
  }
  throw new Error('expected an UndlError');
}

const SC_HEADER =
  'undl_id,ms_code,ms_name,permanent_member,ms_vote,date,resolution,draft,meeting,description,agenda,subjects,vote_note,total_yes,total_no,total_abstentions,total_non_voting,total_ms,modality,undl_link';
const GA_HEADER =
  'undl_id,ms_code,ms_name,ms_vote,date,session,resolution,draft,committee_report,meeting,title,agenda_title,subjects,vote_note,total_yes,total_no,total_abstentions,total_non_voting,total_ms,undl_link';
/** A GA row with the fields that matter here. */
const gaRow = (id: number, code: string, vote: string, date: string, totals = '1.0,0.0,0.0,0.0,1.0') =>
  `${id},${code},NAME,${vote},${date},1,A/RES/1/${id},,,,Title,,,,${totals},https://digitallibrary.un.org/record/${id}`;

describe('S/RES/2774 (2025) as the Security Council file gives it', () => {
  const { store, report } = importBytes(fixture('sc-2774.csv'));

  it('is a Security Council file of the current header, with one vote', () => {
    expect(store.body).toBe('SC');
    expect(store.headerVersion).toBe(2);
    expect(store.decisionCount).toBe(1);
    expect(store.undlId[0]).toBe(900002774);
    expect(isoDateOfDay(store.day[0])).toBe('2025-02-24');
    expect(textOf(store, store.symbol, 0)).toBe('S/RES/2774(2025)');
    expect(draftsOf(store, 0)).toEqual(['S/2025/112']);
    expect(textOf(store, store.meeting, 0)).toBe('S/PV.9866');
  });

  it('has the 15 members: 10 in favour, 5 abstaining, the five permanent members marked', () => {
    expect(keysWith(store, 0, 'Y')).toEqual(['CHN', 'DZA', 'GUY', 'KOR', 'PAK', 'PAN', 'RUS', 'SLE', 'SOM', 'USA']);
    expect(keysWith(store, 0, 'A')).toEqual(['DNK', 'FRA', 'GBR', 'GRC', 'SVN']);
    const permanent = store.states.filter((s) => store.permanent[s.index] === 1).map((s) => s.key);
    expect(permanent.sort()).toEqual(['CHN', 'FRA', 'GBR', 'RUS', 'USA']);
    expect(totalsOf(store, 0)).toEqual({ yes: 10, no: 0, abstain: 5, nonVoting: 0, members: 15 });
    // Everyone else is not on the Council.
    expect(positionsOf(store, 0).filter((c) => c === UNDL_CODE.notEligible).length).toBe(store.stateCount - 15);
  });

  it('reports what came in: one vote, 15 positions, 2025, nothing left out or flagged', () => {
    expect(report).toMatchObject({
      body: 'SC',
      rows: 15,
      votes: 1,
      positions: 15,
      byPosition: { Y: 10, N: 0, A: 5, X: 0 },
      from: '2025-02-24',
      to: '2025-02-24',
      years: [2025],
      rejected: 0,
      rejectedRows: [],
      flagged: [],
    });
    expect(store.states[store.stateIndex.get('GBR')!].record).toEqual([{ name: 'UNITED KINGDOM', code: 'GBR' }]);
  });

  it('reads the same with a byte-order mark, CRLF line ends and a quoted line break, however the bytes are cut', () => {
    const bytes = fixture('sc-2774-bom-crlf.csv');
    for (const size of [1, 2, 3, 7, 64, 1000, bytes.length]) {
      const other = importBytes(bytes, size).store;
      expect(positionsOf(other, 0)).toEqual(positionsOf(store, 0));
      expect(textOf(other, other.title, 0)).toBe(
        'Resolution 2774 (2025)\r\n[on "maintenance" of international peace and security in Ukraine]',
      );
      expect(other.line[0]).toBe(2);
    }
  });
});

describe('a General Assembly file (synthetic votes of 1950 and 1982)', () => {
  const { store, report } = importBytes(fixture('ga-synthetic.csv'));

  it('reads both votes, in date order, with every row', () => {
    expect(store.body).toBe('GA');
    expect(report).toMatchObject({
      rows: 217,
      votes: 2,
      positions: 217,
      rejected: 0,
      flagged: [],
      years: [1950, 1982],
    });
    expect(Array.from(store.undlId)).toEqual([900000001, 900000002]);
    expect(Array.from(store.line)).toEqual([2, 62]);
  });

  it('gives the USSR its own key before 1992 (coded RUS) and the Republic of China its own before Oct 1971 (coded CHN)', () => {
    const p = positionsByKey(store, 0);
    expect(p.SUN).toBeDefined();
    expect(p.ROC).toBeDefined();
    expect(p.RUS).toBeUndefined();
    expect(p.CHN).toBeUndefined();
    const sun = store.states[store.stateIndex.get('SUN')!];
    expect(sun.record).toContainEqual({ name: 'UNION OF SOVIET SOCIALIST REPUBLICS', code: 'RUS' });
  });

  it("reads GER as the Federal Republic of Germany, Germany's membership (DEU), beside the GDR", () => {
    const p = positionsByKey(store, 1);
    expect(p.DEU).toBeDefined();
    expect(p.DDR).toBeDefined();
    expect(store.states[store.stateIndex.get('DEU')!].record).toContainEqual({
      name: 'GERMANY, FEDERAL REPUBLIC OF',
      code: 'GER',
    });
  });

  it('keeps the session as text, splits drafts and subjects, and reads totals written as 1.0', () => {
    expect(textOf(store, store.session, 1)).toBe('ES-7');
    expect(draftsOf(store, 0)).toEqual(['A/L.9001', 'A/L.9002']);
    expect(subjectsOf(store, 0)).toEqual([['SYNTHETIC SUBJECT', 'FIRST LEVEL'], ['SECOND SUBJECT']]);
    expect(textOf(store, store.title, 0)).toBe(
      'Synthetic vote for tests, 1950: "a title", with commas : resolution / adopted by the General Assembly',
    );
    expect(textOf(store, store.voteNote, 1)).toBe('A synthetic vote note, "quoted"');
    const t = totalsOf(store, 1)!;
    expect(t.yes + t.no + t.abstain + t.nonVoting).toBe(157);
    expect(t.members).toBe(157);
  });

  it('counts every member at the date once: a row for each, no one left without one', () => {
    for (let d = 0; d < 2; d++) {
      const codes = positionsOf(store, d);
      expect(codes.filter((c) => c === UNDL_CODE.notReported).length).toBe(0);
      expect(codes.filter((c) => c !== UNDL_CODE.notEligible).length).toBe(totalsOf(store, d)!.members);
    }
  });

  it('gives the same store however the file is cut into chunks', () => {
    const bytes = fixture('ga-synthetic.csv');
    fc.assert(
      fc.property(fc.array(fc.nat({ max: bytes.length }), { maxLength: 40 }), (cuts) => {
        const other = importBytes(bytes, cuts).store;
        expect(other.positions).toEqual(store.positions);
        expect(other.strings).toEqual(store.strings);
        expect(Array.from(other.line)).toEqual(Array.from(store.line));
      }),
      { numRuns: 25 },
    );
  });
});

describe('version 1 of the header', () => {
  it('maps its column names and reads NV as non-voting', () => {
    const { store, report } = importBytes(fixture('ga-v1.csv'));
    expect(store.headerVersion).toBe(1);
    expect(report.headerVersion).toBe(1);
    expect(report.rejected).toBe(0);
    expect(report.flagged).toEqual([]);
    expect(report.byPosition.X).toBe(totalsOf(store, 0)!.nonVoting);
    expect(report.byPosition.X).toBeGreaterThan(0);
    expect(textOf(store, store.modality, 0)).toBe('Voting');
  });

  it('reads a Security Council file in version 1’s names as the current one', () => {
    const v1 = importBytes(fixture('sc-2774-v1.csv'));
    const v2 = importBytes(fixture('sc-2774.csv'));
    expect(v1.store.headerVersion).toBe(1);
    expect(v1.store.body).toBe('SC');
    expect({ ...v1.report, headerVersion: 2, bytes: 0 }).toEqual({ ...v2.report, bytes: 0 });
    expect(v1.store.positions).toEqual(v2.store.positions);
    expect(v1.store.permanent).toEqual(v2.store.permanent);
  });

  it('recognises either body by the column names, in any order', () => {
    const ga = GA_HEADER.split(',').reverse();
    const result = recogniseHeader(ga);
    expect(result.ok && result.header.body).toBe('GA');
    expect(result.ok && result.header.index.ms_vote).toBe(ga.indexOf('ms_vote'));
    const sc = recogniseHeader(SC_HEADER.split(','));
    expect(sc.ok && sc.header.body).toBe('SC');
  });
});

describe('bad rows are left out with their line; a vote that disagrees with its totals is imported and flagged', () => {
  it('a bad vote code', () => {
    const { store, report } = importBytes(fixture('sc-bad-vote-code.csv'));
    expect(report.rejected).toBe(1);
    expect(report.rejectedRows).toEqual([{ line: 15, reason: 'ms_vote: "Q" is not a vote code (Y, N, A, X or NV)' }]);
    expect(positionsByKey(store, 0).GBR).toBeUndefined();
    expect(report.flagged).toEqual([
      {
        undlId: 900002774,
        line: 2,
        symbol: 'S/RES/2774(2025)',
        reasons: ['4 rows A, total 5', '14 positions, total_ms 15', '1 member without a position (GBR)'],
      },
    ]);
    // Still on the Council of that vote, as a permanent member, with no position.
    const gbr = store.stateIndex.get('GBR')!;
    expect(store.positions[gbr]).toBe(UNDL_CODE.notReported);
    expect(store.permanent[gbr]).toBe(1);
  });

  it('totals that do not add up to total_ms', () => {
    const { report } = importBytes(fixture('sc-bad-totals.csv'));
    expect(report.rejectedRows).toEqual([
      { line: 4, reason: 'the totals do not add up: 10 + 0 + 5 + 0 = 15, not total_ms 16' },
    ]);
    expect(report.flagged.map((f) => [f.line, f.reasons])).toEqual([
      [2, ['4 rows A, total 5', '14 positions, total_ms 15', '1 member without a position (DNK)']],
    ]);
  });

  it('positions that disagree with the totals: kept as given, the vote flagged', () => {
    const { store, report } = importBytes(fixture('sc-disagreeing.csv'));
    expect(report.rejected).toBe(0);
    expect(positionsByKey(store, 0).GBR).toBe('Y');
    expect(store.flags[0] & UNDL_FLAG.disagrees).toBeTruthy();
    expect(report.flagged).toEqual([
      { undlId: 900002774, line: 2, symbol: 'S/RES/2774(2025)', reasons: ['11 rows Y, total 10', '4 rows A, total 5'] },
    ]);
  });

  it('a state code that is no member state, a member that was not one at the date, a second row, totals or a date unlike the first row, a count that is not whole', () => {
    const text = [
      GA_HEADER,
      gaRow(1, 'FRA', 'Y', '2000-01-10'),
      gaRow(1, 'ZZZ', 'Y', '2000-01-10'),
      gaRow(1, 'SSD', 'Y', '2000-01-10'),
      gaRow(1, 'FRA', 'N', '2000-01-10'),
      gaRow(1, 'DEU', 'Y', '2000-01-10', '2.0,0.0,0.0,0.0,2.0'),
      gaRow(1, 'ITA', 'Y', '2000-01-11'),
      gaRow(2, 'ITA', 'Y', '2000-01-10', '1.5,0.0,0.0,0.0,1.5'),
      gaRow(2, 'ITA', 'Y', '2000-02-30'),
      gaRow(2, 'ESP', 'Y', '2000-01-10', ',,,,'),
      gaRow(2, 'ESP', 'Y', '2000-01-10', '1.0,,,,1.0'),
      `3,FRA,FRANCE,Y`,
      '',
    ].join('\n');
    const { report } = importText(text);
    expect(report.rejectedRows).toEqual([
      { line: 3, reason: 'ms_code: "ZZZ" is not a member state\'s code' },
      { line: 4, reason: 'ms_code: SSD was not a member on 2000-01-10: SSD (2011-07-14 to today)' },
      { line: 5, reason: 'a second row for FRA in vote 1' },
      { line: 6, reason: "the totals differ from those of the vote's first row (line 2)" },
      { line: 7, reason: "the date differs from that of the vote's first row (line 2)" },
      { line: 8, reason: 'total_yes: "1.5" is not a count' },
      { line: 9, reason: 'date: "2000-02-30" is not a date (YYYY-MM-DD)' },
      { line: 11, reason: 'total_no, total_abstentions, total_non_voting: empty, where the other totals are given' },
      { line: 12, reason: 'expected 20 fields, found 4' },
    ]);
    expect(report.votes).toBe(2);
  });
});

describe('historical codes: the seat a code stands for at the vote date', () => {
  /** The key a code is read as, beside a row that is always taken (vote 2). */
  const keyOf = (code: string, date: string) => {
    const { store, report } = importText(
      `${GA_HEADER}\n${gaRow(1, code, 'Y', date)}\n${gaRow(2, 'FRA', 'Y', '2000-01-10')}\n`,
    );
    if (report.rejected > 0) return `rejected: ${report.rejectedRows[0].reason}`;
    const d = store.undlId.indexOf(1);
    return Object.keys(positionsByKey(store, d))[0];
  };

  it('RUS: the USSR until 24 Dec 1991, the Russian Federation from that day', () => {
    expect(keyOf('RUS', '1991-12-20')).toBe('SUN');
    expect(keyOf('RUS', '1991-12-23')).toBe('SUN');
    expect(keyOf('RUS', '1991-12-24')).toBe('RUS');
    expect(keyOf('RUS', '1992-01-31')).toBe('RUS');
  });

  it("CHN: the Republic of China's representation until 25 Oct 1971, the People's Republic from that day", () => {
    expect(keyOf('CHN', '1971-10-20')).toBe('ROC');
    expect(keyOf('CHN', '1971-10-25')).toBe('CHN');
  });

  it('GER: the Federal Republic of Germany, Germany (DEU); SCG: Serbia and Montenegro, and SRB before 2006 too; YEM: the Yemen Arab Republic before 1990', () => {
    expect(keyOf('GER', '1985-12-10')).toBe('DEU');
    expect(keyOf('DEU', '1995-12-10')).toBe('DEU');
    expect(keyOf('SCG', '2004-12-10')).toBe('SCG');
    expect(keyOf('SRB', '2004-12-10')).toBe('SCG');
    expect(keyOf('SRB', '2007-12-10')).toBe('SRB');
    expect(keyOf('YEM', '1985-12-10')).toBe('YAR');
    expect(keyOf('YEM', '1995-12-10')).toBe('YEM');
    expect(keyOf('TZA', '1962-12-10')).toBe('TAN');
    expect(keyOf('SUN', '1985-12-10')).toBe('SUN');
  });

  it('a code outside its membership is left out, naming the periods it had', () => {
    expect(keyOf('SCG', '2010-12-10')).toBe(
      'rejected: ms_code: SCG was not a member on 2010-12-10: SCG (2000-11-01 to 2006-06-03)',
    );
    expect(keyOf('DDR', '1991-01-10')).toMatch(/^rejected: ms_code: DDR was not a member on 1991-01-10/);
  });
});

describe('Security Council votes adopted without a vote, and votes without positions', () => {
  const scRow = (code: string, permanent: string, totals: string, modality: string) =>
    `7,${code},NAME,${permanent},Y,1990-05-31,S/RES/1/7,,,Desc,,,,${totals},${modality},`;

  it('without a vote: every member Y, the totals 0 or empty; kept, flagged as such, no tally', () => {
    const rows = ['USA', 'FRA'].map((c) => scRow(c, 'True', '0.0,0.0,0.0,0.0,15.0', 'Adopted without vote'));
    const { store, report } = importText(`${SC_HEADER}\n${rows.join('\n')}\n`);
    expect(report.rejected).toBe(0);
    expect(store.flags[0] & UNDL_FLAG.withoutVote).toBeTruthy();
    expect(totalsOf(store, 0)).toBeNull();
    expect(report.withoutVote).toBe(1);
    expect(report.flagged).toEqual([]);
  });

  it('totals 0 that do not add up are refused where the vote was not said to be without a vote', () => {
    const { report } = importText(
      `${SC_HEADER}\n${scRow('USA', 'True', '0.0,0.0,0.0,0.0,15.0', 'Voted')}\n${scRow('FRA', 'True', '1.0,0.0,0.0,0.0,1.0', '')}\n`,
    );
    expect(report.rejectedRows).toEqual([
      { line: 2, reason: 'the totals do not add up: 0 + 0 + 0 + 0 = 0, not total_ms 15' },
    ]);
  });

  it('a bad permanent_member is left out', () => {
    const { report } = importText(
      `${SC_HEADER}\n${scRow('USA', 'True', '1.0,0.0,0.0,0.0,1.0', '')}\n${scRow('FRA', 'yes', '1.0,0.0,0.0,0.0,1.0', '')}\n`,
    );
    expect(report.rejectedRows).toEqual([{ line: 3, reason: 'permanent_member: "yes" is not True or False' }]);
  });

  it('rows that name members with no vote: members without a position, not left out', () => {
    const text = [
      GA_HEADER,
      gaRow(5, 'FRA', '', '1950-10-10', '40.0,5.0,10.0,5.0,60.0'),
      gaRow(5, 'GBR', '', '1950-10-10', '40.0,5.0,10.0,5.0,60.0'),
    ];
    const { store, report } = importText(`${text.join('\n')}\n`);
    expect(report.rejected).toBe(0);
    expect(report.withoutPositions).toBe(1);
    expect(report.positions).toBe(0);
    expect(store.positions[store.stateIndex.get('FRA')!]).toBe(UNDL_CODE.notReported);
  });

  it('a row with no code and no vote is a vote with totals and no positions', () => {
    const { store, report } = importText(`${GA_HEADER}\n${gaRow(5, '', '', '1950-10-10', '40.0,5.0,10.0,5.0,60.0')}\n`);
    expect(report.rejected).toBe(0);
    expect(report.withoutPositions).toBe(1);
    expect(store.flags[0] & UNDL_FLAG.noPositions).toBeTruthy();
    expect(store.totals[TOTAL.members]).toBe(60);
  });
});

describe('a file that cannot be imported gives an error with its line, and no store', () => {
  it('an unknown header names the missing columns', () => {
    const error = failure(() => importBytes(fixture('unknown-header.csv')));
    expect(error.line).toBe(1);
    expect(error.reason).toBe(
      'the header is not that of a UN Digital Library voting file: as a General Assembly file it lacks the columns undl_id, ms_code or ms_codes, ms_name or ms_names, ms_vote or ms_votes, session, resolution or resolutions, title, total_yes or yes, total_no or no, total_abstentions or abstentions, total_non_voting or non-voting, total_ms or total-voting',
    );
  });

  it('a header with one column missing names that one', () => {
    const error = failure(() => importText(`${SC_HEADER.replace(',total_ms', '')}\n`));
    expect(error.reason).toMatch(/as a Security Council file it lacks the column total_ms or total-voting$/);
  });

  it('a file that ends inside a quoted field', () => {
    const error = failure(() => importBytes(fixture('sc-truncated-quote.csv')));
    // Each row of that file takes two lines (its description holds a line break): the last row starts on line 30.
    expect(error.line).toBe(30);
    expect(error.reason).toMatch(/a quoted field is not closed: the input ends inside it \(is the file truncated\?\)/);
  });

  it('a file that ends in the middle of a row', () => {
    const error = failure(() => importBytes(fixture('sc-truncated-row.csv')));
    expect(error).toEqual(new UndlError(16, 'the file ends in the middle of a row (is it truncated?)'));
  });

  it('an empty file, a header alone, and rows none of which can be imported', () => {
    expect(failure(() => importBytes(fixture('empty.csv')))).toEqual(new UndlError(1, 'the file is empty'));
    expect(failure(() => importText(`${GA_HEADER}\n`)).reason).toBe('the file has a header and no rows');
    expect(failure(() => importText(`${GA_HEADER}\n${gaRow(1, 'FRA', 'Q', '2000-01-10')}\n`)).reason).toBe(
      'no row could be imported (1 left out)',
    );
  });

  it('a last row without a line break is taken when it is whole', () => {
    const { report } = importText(`${GA_HEADER}\n${gaRow(1, 'FRA', 'Y', '2000-01-10')}`);
    expect(report.votes).toBe(1);
  });

  it('CSV that is not well formed', () => {
    expect(failure(() => importText(`${GA_HEADER}\n1,FRA,FR"ANCE\n`))).toEqual(
      new UndlError(2, 'a quotation mark inside a field that does not start with one'),
    );
  });
});

describe('driven chunk by chunk: progress and cancelling', () => {
  it('tells bytes and rows read after each chunk', () => {
    const bytes = fixture('ga-synthetic.csv');
    const reader = createUndlReader({ memberships });
    const seen: { bytes: number; rows: number }[] = [];
    for (let i = 0; i < bytes.length; i += 10_000) {
      reader.push(bytes.subarray(i, i + 10_000));
      seen.push(reader.progress);
    }
    expect(seen.at(-1)).toEqual({ bytes: bytes.length, rows: 217 });
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i].bytes).toBeGreaterThan(seen[i - 1].bytes);
      expect(seen[i].rows).toBeGreaterThanOrEqual(seen[i - 1].rows);
    }
    expect(reader.end().report.votes).toBe(2);
  });

  it('once cancelled, takes no more chunks and gives no store', () => {
    const bytes = fixture('ga-synthetic.csv');
    const reader = createUndlReader({ memberships });
    reader.push(bytes.subarray(0, 1000));
    reader.cancel();
    expect(() => reader.push(bytes.subarray(1000))).toThrow(UndlCancelled);
    expect(() => reader.end()).toThrow(UndlCancelled);
  });

  it('readUndl stops between chunks when its signal is aborted, and reports progress', async () => {
    const bytes = fixture('ga-synthetic.csv');
    const chunks = Array.from({ length: 8 }, (_, i) => bytes.subarray(i * 10_000, (i + 1) * 10_000));
    const signal = { aborted: false };
    const progress: number[] = [];
    await expect(
      readUndl(chunks, {
        memberships,
        signal,
        onProgress: (p) => {
          progress.push(p.bytes);
          if (progress.length === 3) signal.aborted = true;
        },
      }),
    ).rejects.toThrow(UndlCancelled);
    expect(progress).toEqual([10_000, 20_000, 30_000]);
    const done = await readUndl(chunks, { memberships });
    expect(done.report.votes).toBe(2);
  });

  it('a failed import keeps failing: nothing half-read comes out', () => {
    const reader = createUndlReader({ memberships });
    expect(() => reader.push(utf8('nonsense,header\n'))).toThrow(UndlError);
    expect(() => reader.end()).toThrow(UndlError);
  });
});

describe('votes in any row order', () => {
  it('gathers a vote whose rows are apart and orders votes by date, then undl_id', () => {
    const text = [
      GA_HEADER,
      gaRow(9, 'FRA', 'Y', '2001-01-10', '2.0,0.0,0.0,0.0,2.0'),
      gaRow(3, 'FRA', 'Y', '2001-01-10'),
      gaRow(9, 'ITA', 'Y', '2001-01-10', '2.0,0.0,0.0,0.0,2.0'),
      gaRow(1, 'FRA', 'Y', '2002-01-10'),
      '',
    ].join('\n');
    const { store, report } = importText(text);
    expect(report.rejected).toBe(0);
    expect(Array.from(store.undlId)).toEqual([3, 9, 1]);
    expect(keysWith(store, 1, 'Y')).toEqual(['FRA', 'ITA']);
  });
});
