import { describe, expect, it } from 'vitest';
import { MEMBERSHIPS, ROLL_CALLS, VOTES, buildFixture } from '../../../test/history';
import { membersAt } from '../membership';
import type { BuildResult } from './build';
import { SourceError, dayNumber } from './build';
import { POSITION_CODE } from './format';
import type { HistoryPack } from './pack';
import { decisionOfRcid, decodePack, positionOf } from './pack';

const { Y, N, A, absentOrNotVoting, notMember } = POSITION_CODE;

async function fixturePack(): Promise<{ result: BuildResult; pack: HistoryPack }> {
  const result = await buildFixture();
  return { result, pack: decodePack(result.bytes) };
}

/** The position of a state (by key) in a roll call (by rcid). */
function at(pack: HistoryPack, rcid: number, key: string): number {
  const s = pack.stateIndex.get(key);
  if (s === undefined) throw new Error(`no state ${key}`);
  return positionOf(pack, decisionOfRcid(pack, rcid), s);
}

/** The SourceError a build stops with. */
async function failure(...args: Parameters<typeof buildFixture>): Promise<SourceError> {
  try {
    await buildFixture(...args);
  } catch (error) {
    expect(error).toBeInstanceOf(SourceError);
    return error as SourceError;
  }
  throw new Error('the build did not fail');
}

/** The fixture with one line of the votes file replaced (line 1 is the header). */
const votesWithLine = (line: number, text: string) => {
  const lines = VOTES.split('\n');
  lines[line - 1] = text;
  return lines.join('\n');
};

describe('buildPack on a small record', () => {
  it('orders decisions by date, then rcid', async () => {
    const { pack } = await fixturePack();
    expect([...pack.rcid]).toEqual([10, 13, 15, 11, 12, 14]);
  });

  it('reads NA as Namibia', async () => {
    const { pack } = await fixturePack();
    expect(at(pack, 14, 'NAM')).toBe(Y);
    expect(pack.states[pack.stateIndex.get('NAM')!].record).toEqual([{ name: 'Namibia', code: 'NA' }]);
  });

  it('puts Russia’s rows in the USSR’s membership before 24 Dec 1991, the Russian Federation’s after', async () => {
    const { pack } = await fixturePack();
    expect([at(pack, 10, 'SUN'), at(pack, 10, 'RUS')]).toEqual([N, notMember]);
    expect([at(pack, 15, 'SUN'), at(pack, 15, 'RUS')]).toEqual([A, notMember]);
    expect([at(pack, 11, 'SUN'), at(pack, 11, 'RUS')]).toEqual([notMember, Y]);
  });

  it('splits Yugoslavia by date, and reads Taiwan as the Republic of China’s representation of China', async () => {
    const { pack } = await fixturePack();
    expect([at(pack, 10, 'YUG'), at(pack, 10, 'SCG'), at(pack, 10, 'SRB')]).toEqual([Y, notMember, notMember]);
    expect([at(pack, 12, 'YUG'), at(pack, 12, 'SCG'), at(pack, 12, 'SRB')]).toEqual([notMember, N, notMember]);
    expect([at(pack, 14, 'YUG'), at(pack, 14, 'SCG'), at(pack, 14, 'SRB')]).toEqual([notMember, notMember, A]);
    expect([at(pack, 10, 'ROC'), at(pack, 10, 'CHN')]).toEqual([A, notMember]);
  });

  it('gives the Yemen Arab Republic’s rows after 22 May 1990 to the united Yemen', async () => {
    const { pack } = await fixturePack();
    expect([at(pack, 13, 'YAR'), at(pack, 13, 'YEM'), at(pack, 13, 'YMD')]).toEqual([notMember, Y, notMember]);
  });

  it('marks every other member at the date absent or not voting, and everyone else not a member', async () => {
    const { pack } = await fixturePack();
    expect(at(pack, 10, 'FRA')).toBe(absentOrNotVoting);
    expect(at(pack, 10, 'NAM')).toBe(notMember);
    expect(at(pack, 10, 'DEU')).toBe(notMember);
    // Month precision before session 52: the members during January 1950.
    const d = decisionOfRcid(pack, 10);
    const members = membersAt(MEMBERSHIPS, '1950-01-05', 'month').map((m) => m.key);
    const inPack = pack.states.filter((s) => positionOf(pack, d, s.index) !== notMember).map((s) => s.key);
    expect(inPack.sort()).toEqual(members.sort());
    // Exact dates from session 52: the members on 10 Dec 2019.
    const e = decisionOfRcid(pack, 14);
    expect(pack.states.filter((s) => positionOf(pack, e, s.index) !== notMember)).toHaveLength(193);
  });

  it('keeps titles, symbols and descriptions once, as text (quotes, commas, line breaks)', async () => {
    const { pack } = await fixturePack();
    const d = decisionOfRcid(pack, 10);
    expect(pack.strings[pack.title[d]]).toBe('KOREA, ADMISSION');
    expect(pack.strings[pack.description[d]]).toBe('TO ADOPT A "QUOTED" TEXT,\nON TWO LINES');
    expect(pack.strings[pack.description[decisionOfRcid(pack, 12)]]).toBe(
      'Yugoslavia after 2000: Serbia’s seat, São Tomé',
    );
    expect(pack.header.counts.strings - pack.header.counts.asciiStrings).toBe(1);
    // R/46/1 is the symbol of two roll calls, stored once.
    expect(pack.strings.filter((s) => s === 'R/46/1')).toHaveLength(1);
    expect(pack.symbol[decisionOfRcid(pack, 11)]).toBe(pack.symbol[decisionOfRcid(pack, 15)]);
  });

  it('writes the same bytes however the text is cut into chunks, and every time', async () => {
    const { result } = await fixturePack();
    const pieces = (text: string, size: number) =>
      Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));
    const again = await buildFixture({ rollCalls: pieces(ROLL_CALLS, 7), votes: pieces(VOTES, 3) });
    expect(Buffer.from(again.bytes).equals(Buffer.from(result.bytes))).toBe(true);
  });

  it('reports the quirks it kept', async () => {
    const votes = VOTES.replace('14,Namibia,NA,yes', '14,Namibia,NA,yes\n10,Namibia,NA,no');
    const result = await buildFixture({ votes }, { quirks: [{ rcid: 10, key: 'NAM', why: 'test' }] });
    expect(result.quirksApplied).toEqual([{ rcid: 10, key: 'NAM', why: 'test', line: 13 }]);
    expect(at(decodePack(result.bytes), 10, 'NAM')).toBe(N);
  });

  it('counts days from 1970-01-01 and rejects impossible dates', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1946-01-01')).toBe(-8766);
    expect(dayNumber('2019-02-29')).toBeNaN();
    expect(dayNumber('2019-2-1')).toBeNaN();
  });
});

describe('buildPack rejects a bad source with the file, the line and the reason', () => {
  it('a bad position', async () => {
    const e = await failure({ votes: votesWithLine(3, '10,Russia,RU,maybe') });
    expect(e.message).toBe('un_votes.csv.gz, line 3: vote: "maybe" is not a position (yes, no or abstain)');
  });

  it('a missing column', async () => {
    const e = await failure({ votes: VOTES.replace('rcid,country,country_code,vote', 'rcid,country,vote') });
    expect(e.message).toMatch(/^un_votes\.csv\.gz, line 1: missing column country_code/);
  });

  it('a row with a field too few, and an empty line', async () => {
    expect((await failure({ votes: votesWithLine(4, '10,Taiwan,abstain') })).message).toBe(
      'un_votes.csv.gz, line 4: expected 4 fields (as the header), found 3',
    );
    expect((await failure({ votes: votesWithLine(4, '') })).message).toBe('un_votes.csv.gz, line 4: an empty line');
  });

  it('a file that ends inside a quoted field (truncated)', async () => {
    const cut = ROLL_CALLS.slice(0, ROLL_CALLS.indexOf('ON TWO LINES'));
    const e = await failure({ rollCalls: cut });
    expect(e.file).toBe('un_roll_calls.csv.gz');
    expect(e.line).toBe(2);
    expect(e.reason).toMatch(/not closed.*truncated/);
  });

  it('a file whose reading fails midway (a broken gzip stream), after the lines read', async () => {
    async function* broken() {
      yield 'rcid,country,country_code,vote\n10,United States,US,yes\n';
      throw new Error('the gzip data ends early: the file is truncated');
    }
    const e = await failure({ votes: broken() as unknown as string[] });
    expect(e.message).toBe(
      'un_votes.csv.gz, line 3: the file cannot be read: the gzip data ends early: the file is truncated',
    );
  });

  it('a roll call the votes name but the roll calls do not have', async () => {
    const e = await failure({ votes: votesWithLine(2, '99,United States,US,yes') });
    expect(e.message).toBe('un_votes.csv.gz, line 2: rcid: 99 is not a roll call of un_roll_calls.csv.gz');
  });

  it('a code no state has, and an empty code with an unknown name', async () => {
    expect((await failure({ votes: votesWithLine(2, '10,Atlantis,QQ,yes') })).message).toMatch(
      /line 2: country_code: "QQ" \(Atlantis\) is not a member state's code/,
    );
    expect((await failure({ votes: votesWithLine(2, '10,Atlantis,,yes') })).message).toMatch(
      /line 2: country_code is empty for "Atlantis"/,
    );
  });

  it('a position of a state that was not a member at the date, unless a known quirk', async () => {
    const e = await failure({ votes: votesWithLine(2, '10,Namibia,NA,yes') });
    expect(e.message).toBe(
      'un_votes.csv.gz, line 2: Namibia (NA) has a position in roll call 10, dated 1950-01-05, but was not a member then: NAM (1990-04-23 to today)',
    );
  });

  it('two positions of one state in one roll call', async () => {
    const e = await failure({ votes: VOTES.replace('10,Taiwan,TW,abstain', '10,Taiwan,TW,abstain\n10,Taiwan,TW,yes') });
    expect(e.message).toBe('un_votes.csv.gz, line 5: a second position for ROC (Taiwan) in roll call 10');
  });

  it('a bad roll call: date, id used twice, flag', async () => {
    const lines = ROLL_CALLS.split('\n');
    const with4 = (text: string) => [...lines.slice(0, 3), text, ...lines.slice(4)].join('\n');
    expect((await failure({ rollCalls: with4('11,46,0,1992-02-30,R/46/1,,,,X') })).message).toBe(
      'un_roll_calls.csv.gz, line 4: date: "1992-02-30" is not a date (YYYY-MM-DD)',
    );
    expect((await failure({ rollCalls: with4('10,46,0,1992-01-03,R/46/1,,,,X') })).message).toBe(
      'un_roll_calls.csv.gz, line 4: rcid: 10 was already used on line 2',
    );
    expect((await failure({ rollCalls: with4('11,46,2,1992-01-03,R/46/1,,,,X') })).message).toBe(
      'un_roll_calls.csv.gz, line 4: importantvote: "2" is not 0, 1 or empty',
    );
  });

  it('a roll call without any position', async () => {
    const e = await failure({ votes: VOTES.replace('12,Yugoslavia,YU,no\n12,United States,US,yes\n', '') });
    expect(e.message).toBe('un_roll_calls.csv.gz, line 5: roll call 12 has no position in un_votes.csv.gz');
  });

  it('an unknown topic, or a topic with another label', async () => {
    expect((await failure({ issues: 'rcid,short_name,issue\n10,xx,Other\n' })).message).toBe(
      'un_roll_call_issues.csv.gz, line 2: short_name: "xx" is not a topic (me, nu, di, hr, co, ec)',
    );
    expect(
      (await failure({ issues: 'rcid,short_name,issue\n10,co,Colonialism\n14,co,Decolonisation\n' })).message,
    ).toBe('un_roll_call_issues.csv.gz, line 3: issue: "Decolonisation" differs from "Colonialism" for co');
  });

  it('a known quirk that did not occur', async () => {
    const e = await failure({}, { quirks: [{ rcid: 10, key: 'NAM', why: 'test' }] });
    expect(e.message).toMatch(/the known quirk NAM in roll call 10 did not occur/);
  });
});
