import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MembershipError,
  councilAt,
  holderOn,
  holdersOf,
  isMemberDuring,
  isMemberOn,
  membersAt,
  membersOn,
  parseMembership,
  wasMember,
} from './membership';

const CSV = readFileSync(new URL('../../data/sources/un-membership.csv', import.meta.url), 'utf8');
const list = parseMembership(CSV);
const get = (key: string) => {
  const m = list.find((x) => x.key === key);
  if (!m) throw new Error(`no membership ${key}`);
  return m;
};
const keysOn = (date: string) => new Set(membersOn(list, date).map((m) => m.key));

describe('parseMembership on data/sources/un-membership.csv', () => {
  it('reads 203 memberships, 193 current and 10 former, each with a key of its own', () => {
    expect(list).toHaveLength(203);
    expect(list.filter((m) => !m.former)).toHaveLength(193);
    expect(new Set(list.map((m) => m.key)).size).toBe(203);
    expect(
      list
        .filter((m) => m.former)
        .map((m) => m.key)
        .sort(),
    ).toEqual(['CSK', 'DDR', 'EAZ', 'ROC', 'SCG', 'SUN', 'TAN', 'YAR', 'YMD', 'YUG']);
  });

  it('gives the USSR and the Republic of China keys of their own, keeping the file’s code', () => {
    expect(get('SUN')).toMatchObject({ code: 'RUS', name: 'Union of Soviet Socialist Republics', continuedBy: 'RUS' });
    expect(get('ROC')).toMatchObject({ code: 'CHN', name: 'China (Republic of China)', continuedBy: 'CHN' });
    expect(get('RUS')).toMatchObject({ code: 'RUS', name: 'Russian Federation', former: false });
  });

  it('continues the USSR’s seat by the Russian Federation, and four other seats likewise', () => {
    expect(holdersOf(list, 'RUS').map((m) => m.key)).toEqual(['SUN', 'RUS']);
    expect(holdersOf(list, 'CHN').map((m) => m.key)).toEqual(['ROC', 'CHN']);
    expect(holdersOf(list, 'TZA').map((m) => m.key)).toEqual(['TAN', 'TZA']);
    expect(holdersOf(list, 'YEM').map((m) => m.key)).toEqual(['YAR', 'YEM']);
    expect(holdersOf(list, 'SRB').map((m) => m.key)).toEqual(['SCG', 'SRB']);
  });

  it('keeps former states that merged or acceded into another seat as seats of their own', () => {
    for (const key of ['DDR', 'YMD', 'EAZ', 'CSK', 'YUG']) expect(get(key).seat).toBe(key);
    expect(get('DDR')).toMatchObject({ continuedBy: 'DEU', succession: 'accession' });
    expect(get('DEU').spans).toEqual([{ from: '1973-09-18', to: null }]);
  });

  it('starts a continuing membership’s own span where its predecessor’s ended', () => {
    expect(get('SUN').spans).toEqual([{ from: '1945-10-24', to: '1991-12-24' }]);
    expect(get('RUS').spans).toEqual([{ from: '1991-12-24', to: null }]);
    expect(get('CHN').spans).toEqual([{ from: '1971-10-25', to: null }]);
    expect(get('YEM').spans).toEqual([{ from: '1990-05-22', to: null }]);
    expect(get('SRB').spans).toEqual([{ from: '2006-06-03', to: null }]);
  });

  it('takes the absences kept in the notes: Syria in the United Arab Republic, Indonesia’s withdrawal', () => {
    expect(get('SYR').spans).toEqual([
      { from: '1945-10-24', to: '1958-02-21' },
      { from: '1961-10-13', to: null },
    ]);
    expect(get('IDN').spans).toEqual([
      { from: '1950-09-28', to: '1965-03-01' },
      { from: '1966-09-28', to: null },
    ]);
    expect(get('SYR').note).toMatch(/21 Feb 1958.*13 Oct 1961/);
    expect(get('IDN').note).toMatch(/1 Mar 1965.*28 Sep 1966/);
  });

  it('splits the sources', () => {
    expect(get('CHN').sources).toHaveLength(3);
    expect(get('CHN').sources.every((s) => s.startsWith('http'))).toBe(true);
  });
});

describe('members at a date', () => {
  it('counts the members the UN counts at each date (except Yugoslavia 1992–2000, see below)', () => {
    // The UN's growth in membership: 51 original members, 60 by 1950, 76 by 1955, 99 by 1960,
    // 127 by 1970, 144 by 1975, 154 by 1980, 159 by 1985 and 1990, 166 by 1991, 189 by 2000,
    // 191 by 2002, 192 by 2006, 193 since South Sudan (14 Jul 2011).
    const counts: [string, number][] = [
      ['1946-01-10', 51],
      ['1950-12-30', 60],
      ['1955-12-30', 76],
      ['1960-12-30', 99],
      ['1970-12-30', 127],
      ['1975-12-30', 144],
      ['1980-12-30', 154],
      ['1985-12-30', 159],
      ['1990-12-30', 159],
      ['1991-12-30', 166],
      ['2000-12-30', 189],
      ['2002-12-30', 191],
      ['2006-12-30', 192],
      ['2011-07-13', 192],
      ['2011-07-14', 193],
      ['2019-12-30', 193],
    ];
    for (const [date, n] of counts) expect([date, membersOn(list, date).length]).toEqual([date, n]);
    // From 22 Sep 1992 to 1 Nov 2000 the file ends the SFRY's membership, where the UN's count
    // kept a seat for Yugoslavia: 178 on 30 Dec 1992, not the UN's 179.
    expect(membersOn(list, '1992-12-30')).toHaveLength(178);
    expect(keysOn('1992-12-30').has('YUG')).toBe(false);
  });

  it('has one holder per seat on any date', () => {
    for (const date of ['1950-01-01', '1971-10-24', '1971-10-25', '1990-05-22', '1991-12-24', '2006-06-03']) {
      const seats = membersOn(list, date).map((m) => m.seat);
      expect(new Set(seats).size).toBe(seats.length);
    }
  });

  it('answers whether a state was a member on a date, by key', () => {
    expect(wasMember(list, 'SUN', '1991-12-23')).toBe(true);
    expect(wasMember(list, 'SUN', '1991-12-24')).toBe(false);
    expect(wasMember(list, 'RUS', '1991-12-24')).toBe(true);
    expect(wasMember(list, 'DDR', '1990-10-02')).toBe(true);
    expect(wasMember(list, 'DDR', '1990-10-03')).toBe(false);
    expect(wasMember(list, 'DEU', '1973-09-17')).toBe(false);
    expect(wasMember(list, 'DEU', '1973-09-18')).toBe(true);
    expect(wasMember(list, 'SYR', '1960-06-01')).toBe(false);
    expect(wasMember(list, 'EGY', '1960-06-01')).toBe(true);
    expect(wasMember(list, 'IDN', '1966-01-01')).toBe(false);
    expect(wasMember(list, 'NAM', '1990-04-23')).toBe(true);
    expect(wasMember(list, 'XXX', '2000-01-01')).toBe(false);
  });

  it('tells who held a seat on a date', () => {
    expect(holderOn(list, 'RUS', '1991-12-23')?.name).toBe('Union of Soviet Socialist Republics');
    expect(holderOn(list, 'RUS', '1991-12-24')?.name).toBe('Russian Federation');
    expect(holderOn(list, 'CHN', '1971-10-24')?.key).toBe('ROC');
    expect(holderOn(list, 'CHN', '1971-10-25')?.key).toBe('CHN');
    expect(holderOn(list, 'SRB', '1995-01-01')).toBeNull();
  });

  it('with a date known only to its month, counts who was a member during that month', () => {
    // Sixteen states were admitted on 14 Dec 1955: the record dates that month's votes 1955-12-01..07.
    expect(membersAt(list, '1955-12-02', 'day')).toHaveLength(60);
    expect(membersAt(list, '1955-12-02', 'month')).toHaveLength(76);
    expect(isMemberDuring(get('ITA'), '1955-12-01', '1956-01-01')).toBe(true);
    expect(isMemberOn(get('ITA'), '1955-12-02')).toBe(false);
  });

  it('with a date known only to its month, still gives a seat one holder: the one on the date given', () => {
    const oct1971 = new Set(membersAt(list, '1971-10-05', 'month').map((m) => m.key));
    expect(oct1971.has('ROC')).toBe(true);
    expect(oct1971.has('CHN')).toBe(false);
    const dec1991 = new Set(membersAt(list, '1991-12-03', 'month').map((m) => m.key));
    expect(dec1991.has('SUN')).toBe(true);
    expect(dec1991.has('RUS')).toBe(false);
    for (const date of ['1964-04-02', '1990-05-03', '2006-06-05']) {
      const seats = membersAt(list, date, 'month').map((m) => m.seat);
      expect(new Set(seats).size).toBe(seats.length);
    }
  });
});

describe('councilAt', () => {
  it('has 11 members and needs 7 votes before 1 Jan 1966, 15 and 9 since', () => {
    expect(councilAt('1946-01-17')).toEqual({ members: 11, votesNeeded: 7 });
    expect(councilAt('1965-12-31')).toEqual({ members: 11, votesNeeded: 7 });
    expect(councilAt('1966-01-01')).toEqual({ members: 15, votesNeeded: 9 });
    expect(councilAt('2025-02-24')).toEqual({ members: 15, votesNeeded: 9 });
  });

  it('has no Council before the Charter entered into force', () => {
    expect(councilAt('1945-10-23')).toBeNull();
    expect(councilAt('1945-10-24')).toEqual({ members: 11, votesNeeded: 7 });
  });
});

describe('parseMembership rejects a bad file, with the line', () => {
  const header = 'code,name,admitted,ended,continued_by,note,source';
  const row = (cells: string) => `${header}\n${cells}\n`;
  const fails = (text: string) => {
    try {
      parseMembership(text);
    } catch (error) {
      expect(error).toBeInstanceOf(MembershipError);
      return (error as Error).message;
    }
    throw new Error('parsed a bad file');
  };

  it('a missing column', () => {
    expect(fails('code,name,admitted,ended,note,source\n')).toBe(
      'un-membership.csv, line 1: missing column(s): continued_by',
    );
  });

  it('a bad date, naming the field', () => {
    expect(fails(row('FRA,France,1945-13-24,,,,src'))).toBe(
      'un-membership.csv, line 2: admitted: "1945-13-24" is not a date (YYYY-MM-DD)',
    );
  });

  it('a bad code, an end before the start, a row too short', () => {
    expect(fails(row('FR,France,1945-10-24,,,,src'))).toMatch(/line 2: code: "FR" is not a three-letter code/);
    expect(fails(row('FRA,France,1945-10-24,1940-01-01,,,src'))).toMatch(/line 2: ended: ended must come after/);
    expect(fails(`${header}\nFRA,France,1945-10-24,,,src\n`)).toMatch(/line 2: expected 7 fields, found 6/);
  });

  it('a successor that is not a current member, or a succession it does not know', () => {
    expect(fails(row('YUG,Yugoslavia,1945-10-24,1992-09-22,SRB,,src'))).toMatch(
      /line 2: continued_by: SRB is not a current member/,
    );
    expect(fails(`${header}\nAAA,A,1945-10-24,,,,s\nBBB,B,1945-10-24,1950-01-01,AAA,,s\n`)).toMatch(
      /line 3: continued_by: how BBB passed into AAA is not known/,
    );
  });

  it('two current members with one code', () => {
    expect(fails(`${header}\nFRA,France,1945-10-24,,,,s\nFRA,France again,1945-10-24,,,,s\n`)).toMatch(
      /line 3: code FRA is used by two current members/,
    );
  });

  it('a broken quoted field', () => {
    expect(fails(`${header}\nFRA,France,1945-10-24,,,"open note,src\n`)).toMatch(
      /line 2: a quoted field is not closed/,
    );
  });
});
