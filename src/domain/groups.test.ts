import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsv } from './csvReader';
import type { BlocMember } from './groups';
import {
  BLOCS,
  EU_ENLARGEMENTS,
  FORMER_GROUP,
  breakdownTable,
  dayBreakdown,
  groupBreakdown,
  groupOfToday,
  inEuOn,
  majorityOf,
} from './groups';
import { loadDatasetText } from './load';
import { CODE } from './model';
import type { DatasetFile, RegionalGroup } from './schema';
import { REGIONAL_GROUPS } from './vocabulary';

const AF: RegionalGroup = 'African States';
const EE: RegionalGroup = 'Eastern European States';
const member = (key: string, code: number, group: RegionalGroup | null = AF, eu = false): BlocMember => ({
  key,
  name: `State ${key}`,
  code,
  group,
  eu,
});
const rowOf = (rows: ReturnType<typeof groupBreakdown>, bloc: string) => rows.find((r) => r.bloc === bloc)!;

describe('majorityOf', () => {
  it.each([
    [{ Y: 10, N: 8, A: 7 }, 'Y'],
    [{ Y: 1, N: 2, A: 3 }, 'A'],
    [{ Y: 0, N: 5, A: 0 }, 'N'],
    // A tie for the most: no majority, also where a third position trails.
    [{ Y: 4, N: 4, A: 1 }, null],
    [{ Y: 2, N: 0, A: 2 }, null],
    [{ Y: 0, N: 0, A: 0 }, null],
  ] as const)('%o → %s', (counts, expected) => {
    expect(majorityOf(counts)).toBe(expected);
  });
});

describe('groupBreakdown on hand-made members', () => {
  it('counts each position, finds the majority and the members against it, by name', () => {
    const rows = groupBreakdown(
      [
        member('CCC', CODE.Y),
        member('AAA', CODE.Y),
        member('DDD', CODE.N),
        member('BBB', CODE.A),
        member('EEE', CODE.notReported),
        member('FFF', CODE.X),
        member('GGG', CODE.disputed),
        member('HHH', CODE.notEligible),
      ],
      { noneIsUnknown: true, eu: false },
    );
    expect(rows.map((r) => r.bloc)).toEqual([...REGIONAL_GROUPS]);
    const af = rowOf(rows, AF);
    expect(af).toMatchObject({ members: 7, Y: 2, N: 1, A: 1, X: 1, disputed: 1, none: 1, majority: 'Y' });
    // Non-voting, not reported and disputed are no position: never against the majority.
    expect(af.against.map((m) => m.key)).toEqual(['BBB', 'DDD']);
    // 2 is not more than 1 + the 2 unknown (not reported, disputed): the majority could change.
    expect(af.settled).toBe(false);
    expect(rowOf(rows, EE)).toMatchObject({ members: 0, majority: null, settled: false, against: [] });
  });

  it('has no majority on a tie, and then no one against it', () => {
    const [af] = groupBreakdown([member('A', CODE.Y), member('B', CODE.N), member('C', CODE.A), member('D', CODE.A)], {
      noneIsUnknown: false,
      eu: false,
    });
    expect(af.majority).toBe('A');
    const [tie] = groupBreakdown([member('A', CODE.Y), member('B', CODE.N)], { noneIsUnknown: false, eu: false });
    expect(tie).toMatchObject({ majority: null, settled: false, against: [] });
  });

  it('counts absences as no position where code 0 means absent or not voting: the majority is settled', () => {
    const members = [member('A', CODE.Y), member('B', CODE.Y), member('C', CODE.N), member('D', 0), member('E', 0)];
    expect(groupBreakdown(members, { noneIsUnknown: false, eu: false })[0]).toMatchObject({
      none: 2,
      majority: 'Y',
      settled: true,
    });
    // The same zeros as positions nobody knows: two of them could tie it (2 vs 1 + 2).
    expect(groupBreakdown(members, { noneIsUnknown: true, eu: false })[0].settled).toBe(false);
  });

  it('gives the EU a row of its own, across groups, only where asked', () => {
    const members = [member('FRA', CODE.Y, 'Western European and other States', true), member('HUN', CODE.N, EE, true)];
    const rows = groupBreakdown(members, { noneIsUnknown: false, eu: true });
    expect(rows.map((r) => r.bloc)).toEqual(BLOCS);
    expect(rowOf(rows, 'EU')).toMatchObject({ members: 2, Y: 1, N: 1, majority: null });
    expect(rowOf(rows, EE)).toMatchObject({ members: 1, N: 1, majority: 'N', against: [] });
    // A member with no group still counts in the EU.
    const noGroup = groupBreakdown([member('XXX', CODE.A, null, true)], { noneIsUnknown: false, eu: true });
    expect(rowOf(noGroup, 'EU')).toMatchObject({ members: 1, majority: 'A' });
    expect(noGroup.slice(0, 5).every((r) => r.members === 0)).toBe(true);
  });

  it('writes the CSV with the column of code 0 named for what it means', () => {
    const rows = groupBreakdown([member('B', CODE.Y), member('A', CODE.N), member('C', CODE.Y), member('D', 0)], {
      noneIsUnknown: false,
      eu: false,
    });
    const table = breakdownTable(rows, 'absent_or_not_voting');
    expect(table.header).toEqual([
      'group',
      'members',
      'Y',
      'N',
      'A',
      'X',
      'disputed',
      'absent_or_not_voting',
      'majority',
      'majority_settled',
      'against_majority',
    ]);
    expect(table.rows[0]).toEqual([AF, 4, 2, 1, 0, 0, 0, 1, 'Y', 'yes', 'A:N']);
    expect(table.rows[1]).toEqual(['Asia-Pacific States', 0, 0, 0, 0, 0, 0, 0, '', '', '']);
  });
});

describe('groups of today and the EU over time', () => {
  const csv = readFileSync(new URL('../../data/sources/un-regional-groups.csv', import.meta.url), 'utf8');
  const [header, ...records] = readCsv(csv).map((r) => r.fields);
  const column = (name: string) => header.indexOf(name);

  it('puts every member state in the group the UN table gives it for elections', () => {
    expect(column('iso3')).toBe(0);
    expect(records.length).toBe(193);
    for (const r of records) {
      const key = r[column('iso3')];
      expect([key, groupOfToday(key)]).toEqual([key, r[column('electoral_group')]]);
    }
  });

  it('puts the former states in the group of their region', () => {
    expect(FORMER_GROUP).toEqual({
      SUN: EE,
      CSK: EE,
      YUG: EE,
      SCG: EE,
      DDR: EE,
      YAR: 'Asia-Pacific States',
      YMD: 'Asia-Pacific States',
      ROC: 'Asia-Pacific States',
      TAN: AF,
      EAZ: AF,
    });
    expect(groupOfToday('DEU')).toBe('Western European and other States');
    expect(groupOfToday('TUR')).toBe('Western European and other States');
    expect(groupOfToday('XYZ')).toBeNull();
  });

  it('knows who was in the EU (the EEC before) on a date', () => {
    expect(inEuOn('FRA', '1957-12-31')).toBe(false);
    expect(inEuOn('FRA', '1958-01-01')).toBe(true);
    expect(inEuOn('DEU', '1973-12-01')).toBe(true);
    expect(inEuOn('GBR', '1972-12-31')).toBe(false);
    expect(inEuOn('GBR', '2020-01-14')).toBe(true);
    expect(inEuOn('GBR', '2020-02-01')).toBe(false);
    expect(inEuOn('POL', '2004-04-30')).toBe(false);
    expect(inEuOn('POL', '2004-05-01')).toBe(true);
    expect(inEuOn('HRV', '2013-07-01')).toBe(true);
    expect(inEuOn('DDR', '1989-12-01')).toBe(false);
    expect(inEuOn('NOR', '2025-02-24')).toBe(false);
    const in2025 = EU_ENLARGEMENTS.flatMap((e) => e.states).filter((k) => inEuOn(k, '2025-02-24'));
    expect(in2025.length).toBe(27);
  });
});

describe('the curated day', () => {
  const text = readFileSync(new URL('../../data/un-votes-2025-02-24.json', import.meta.url), 'utf8');
  const result = loadDatasetText(text);
  if (!result.ok) throw new Error('the bundled dataset must load');
  const dataset = result.dataset;
  const file = JSON.parse(text) as DatasetFile;
  const decision = (id: string) => dataset.decisions[dataset.decisionIndex.get(id)!];

  /** Counted here from the file's lists: a state named with one position has it, with two is disputed. */
  function countFromFile(id: string, bloc: (s: DatasetFile['membership']['states'][number]) => boolean) {
    const record = file.decisions.find((d) => d.id === id)!;
    const claims = new Map<string, Set<string>>();
    for (const list of record.positionLists)
      for (const code of list.states) claims.set(code, (claims.get(code) ?? new Set()).add(list.position));
    const counts = { Y: 0, N: 0, A: 0, X: 0, disputed: 0, none: 0 };
    for (const s of file.membership.states.filter(bloc)) {
      const c = claims.get(s.code);
      if (!c) counts.none++;
      else if (c.size > 1) counts.disputed++;
      else counts[[...c][0] as 'Y' | 'N' | 'A' | 'X']++;
    }
    return counts;
  }

  it('gives every state the group of the UN table', () => {
    expect(dataset.states.filter((s) => groupOfToday(s.code) !== s.regionalGroup).map((s) => s.code)).toEqual([]);
  });

  it('agrees with the counts made from the file for every group on A/RES/ES-11/7', () => {
    const rows = dayBreakdown(dataset, decision('ga-l10'));
    for (const g of REGIONAL_GROUPS) {
      const { Y, N, A, X, disputed, none } = rowOf(rows, g);
      expect([g, { Y, N, A, X, disputed, none }]).toEqual([g, countFromFile('ga-l10', (s) => s.regionalGroup === g)]);
    }
    expect(rows.reduce((n, r) => n + (r.bloc === 'EU' ? 0 : r.members), 0)).toBe(193);
  });

  it('names the states against their group on A/RES/ES-11/7', () => {
    const rows = dayBreakdown(dataset, decision('ga-l10'));
    const weog = rowOf(rows, 'Western European and other States');
    expect(weog).toMatchObject({ members: 29, Y: 27, N: 2, none: 0, majority: 'Y', settled: true });
    expect(weog.against.map((m) => m.key)).toEqual(['ISR', 'USA']);
    const ee = rowOf(rows, EE);
    expect(ee).toMatchObject({ members: 23, Y: 16, N: 3, A: 1, none: 3, majority: 'Y', settled: true });
    expect(ee.against.map((m) => m.name)).toEqual(['Armenia', 'Belarus', 'Hungary', 'Russian Federation']);
    // Africa: 11 yes to 8 no among those reported, with 28 not reported and 2 disputed: not settled.
    expect(rowOf(rows, AF)).toMatchObject({ Y: 11, N: 8, A: 5, disputed: 2, none: 28, majority: 'Y', settled: false });
  });

  it('gives the EU its 27 members of 2025', () => {
    const eu = rowOf(dayBreakdown(dataset, decision('ga-l10')), 'EU');
    const counts = countFromFile('ga-l10', (s) => inEuOn(s.code, '2025-02-24'));
    expect(eu).toMatchObject({ members: 27, ...counts, majority: 'Y' });
    expect(eu.against.map((m) => m.key)).toEqual(['HUN']);
  });

  it('counts only the Council members in a Council decision', () => {
    const rows = dayBreakdown(dataset, decision('sc-s2025-112'));
    expect(rows.reduce((n, r) => n + (r.bloc === 'EU' ? 0 : r.members), 0)).toBe(15);
    const weog = rowOf(rows, 'Western European and other States');
    expect(weog).toMatchObject({ members: 5, Y: 1, A: 4, majority: 'A', settled: true });
    expect(weog.against.map((m) => m.key)).toEqual(['USA']);
    expect(rowOf(rows, EE).majority).toBeNull();
  });
});
