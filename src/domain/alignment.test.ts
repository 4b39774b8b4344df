import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../test/dataset';
import { buildFixture, committedPack } from '../../test/history';
import type { AbstainRule, AlignmentInput, Letter, Party } from './alignment';
import {
  PAIRS_HEADER,
  RANKING_HEADER,
  RECORD_CODE,
  YEARLY_HEADER,
  agreementCell,
  agreementMatrix,
  agreementOf,
  alignmentFromPositions,
  dayAlignment,
  matrixCell,
  pairAgreement,
  pairCounts,
  pairRows,
  positionAt,
  rankByAgreement,
  rankingRows,
  recordAlignment,
  recordDecisions,
  recordParties,
  yearlyAgreement,
  yearlyRows,
} from './alignment';
import { EU_MEMBERS, groupKeys } from './alignmentGroups';
import { POSITION_CODE } from './history/format';
import { NO_FILTER, filterDecisions } from './history/filter';
import { decodePack, seatPositions, statePositions, yearOf } from './history/pack';
import { REGIONAL_GROUPS } from './vocabulary';

const party = (key: string): Party => ({ key, name: key, holders: [key] });

/**
 * Four parties over six decisions (– no position):
 *        d0 d1 d2 d3 d4 d5
 *   AAA  Y  Y  N  A  A  –
 *   BBB  Y  N  N  Y  A  Y
 *   CCC  –  A  –  –  –  N
 *   DDD  –  –  –  –  –  –
 * AAA–BBB: common 5 (d0–d4), same 3 (d0, d2, d4), one abstained 1 (d3): half 3.5/5, disagree 3/5.
 * AAA–CCC: common 1 (d1, Y against A): half 0.5, disagree 0.
 * BBB–CCC: common 2 (d1 N–A, d5 Y–N): same 0, one abstained 1: half 0.25, disagree 0.
 * DDD with anyone: no common decision.
 */
const TABLE = ['YYNAA-', 'YNNYAY', '-A---N', '------'];
const small = () =>
  alignmentFromPositions(['AAA', 'BBB', 'CCC', 'DDD'].map(party), [2001, 2001, 2001, 2002, 2002, 2003], (p, k) =>
    TABLE[p][k] === '-' ? null : (TABLE[p][k] as Letter),
  );

describe('the measure, on hand-computed cases', () => {
  const input = small();

  it.each<[string, string, number, number, number, number | null, number | null]>([
    ['AAA', 'BBB', 5, 3, 1, 0.7, 0.6],
    ['AAA', 'CCC', 1, 0, 1, 0.5, 0],
    ['BBB', 'CCC', 2, 0, 1, 0.25, 0],
    ['AAA', 'DDD', 0, 0, 0, null, null],
    ['CCC', 'DDD', 0, 0, 0, null, null],
  ])('%s–%s: common %i, same %i, one abstained %i; half %s, disagree %s', (a, b, common, same, one, half, disagree) => {
    const [i, j] = [input.partyIndex.get(a)!, input.partyIndex.get(b)!];
    expect(pairCounts(input, i, j)).toEqual({ common, same, oneAbstained: one });
    expect(pairCounts(input, j, i)).toEqual({ common, same, oneAbstained: one });
    for (const [rule, expected] of [
      ['half', half],
      ['disagree', disagree],
    ] as const) {
      const { agreement } = pairAgreement(input, i, j, rule);
      if (expected === null) expect(agreement, rule).toBeNull();
      else expect(agreement, rule).toBeCloseTo(expected);
    }
  });

  it('agreementOf: the two rules, and none without common decisions', () => {
    expect(agreementOf({ common: 4, same: 2, oneAbstained: 1 }, 'half')).toBe(0.625);
    expect(agreementOf({ common: 4, same: 2, oneAbstained: 1 }, 'disagree')).toBe(0.5);
    expect(agreementOf({ common: 0, same: 0, oneAbstained: 0 }, 'half')).toBeNull();
  });

  it('the ranking: highest agreement first, then more common decisions, none last', () => {
    const rows = rankByAgreement(input, input.partyIndex.get('BBB')!, 'half');
    expect(rows.map((r) => [input.parties[r.party].key, r.common, r.agreement])).toEqual([
      ['AAA', 5, 0.7],
      ['CCC', 2, 0.25],
      ['DDD', 0, null],
    ]);
    // Under `disagree` CCC falls to 0, still above DDD's none.
    expect(rankByAgreement(input, 1, 'disagree').map((r) => r.agreement)).toEqual([0.6, 0, null]);
  });

  it('the matrix: symmetric, a party’s own positions on the diagonal', () => {
    const m = agreementMatrix(input);
    expect(m.members).toEqual([0, 1, 2, 3]);
    expect(matrixCell(m, 0, 1)).toEqual({ common: 5, same: 3, oneAbstained: 1 });
    expect(matrixCell(m, 1, 0)).toEqual({ common: 5, same: 3, oneAbstained: 1 });
    expect(matrixCell(m, 2, 2)).toEqual({ common: 2, same: 2, oneAbstained: 0 });
    expect(matrixCell(m, 3, 3)).toEqual({ common: 0, same: 0, oneAbstained: 0 });
    const sub = agreementMatrix(input, [2, 1]);
    expect(matrixCell(sub, 0, 1)).toEqual({ common: 2, same: 0, oneAbstained: 1 });
  });

  it('per year: each year with a chosen decision, in order', () => {
    expect(yearlyAgreement(input, 0, 1, 'half')).toEqual([
      { year: 2001, common: 3, same: 2, oneAbstained: 0, agreement: 2 / 3 },
      { year: 2002, common: 2, same: 1, oneAbstained: 1, agreement: 0.75 },
      { year: 2003, common: 0, same: 0, oneAbstained: 0, agreement: null },
    ]);
    expect(yearlyAgreement(input, 0, 1, 'disagree')[1].agreement).toBe(0.5);
  });

  it('the pairs as CSV rows: every pair once, agreement a fraction, empty without common decisions', () => {
    const rows = [...pairRows(input.parties, agreementMatrix(input), 'half')];
    expect(PAIRS_HEADER).toEqual(['state_a', 'state_b', 'common', 'same', 'one_abstained', 'agreement']);
    expect(rows).toEqual([
      ['AAA', 'BBB', 5, 3, 1, '0.7'],
      ['AAA', 'CCC', 1, 0, 1, '0.5'],
      ['AAA', 'DDD', 0, 0, 0, ''],
      ['BBB', 'CCC', 2, 0, 1, '0.25'],
      ['BBB', 'DDD', 0, 0, 0, ''],
      ['CCC', 'DDD', 0, 0, 0, ''],
    ]);
    expect(agreementCell(5 / 6)).toBe('0.833333');
    expect(agreementCell(1)).toBe('1');
    expect(agreementCell(0)).toBe('0');
    // Exact halves round up, though 1/128 and 46/160 are a hair under them as floats.
    expect(agreementCell(1 / 128)).toBe('0.007813');
    expect(agreementCell(agreementOf({ common: 64, same: 0, oneAbstained: 1 }, 'half'))).toBe('0.007813');
    expect(agreementCell(agreementOf({ common: 160, same: 24, oneAbstained: 44 }, 'half'))).toBe('0.2875');
  });

  it('a ranking and a pair’s years as CSV rows', () => {
    const b = input.partyIndex.get('BBB')!;
    expect(RANKING_HEADER).toEqual(['state', 'with', 'with_name', 'common', 'same', 'one_abstained', 'agreement']);
    expect([...rankingRows(input.parties, b, rankByAgreement(input, b, 'disagree'))]).toEqual([
      ['BBB', 'AAA', 'AAA', 5, 3, 1, '0.6'],
      ['BBB', 'CCC', 'CCC', 2, 0, 1, '0'],
      ['BBB', 'DDD', 'DDD', 0, 0, 0, ''],
    ]);
    expect(YEARLY_HEADER[0]).toBe('year');
    expect([...yearlyRows(input.parties, 0, 1, yearlyAgreement(input, 0, 1, 'half'))]).toEqual([
      [2001, 'AAA', 'BBB', 3, 2, 0, '0.666667'],
      [2002, 'AAA', 'BBB', 2, 1, 1, '0.75'],
      [2003, 'AAA', 'BBB', 0, 0, 0, ''],
    ]);
  });

  it('no decisions at all: no common decision for anyone', () => {
    const none = alignmentFromPositions(['AAA', 'BBB'].map(party), [], () => 'Y');
    expect(none.words).toBe(0);
    expect(pairAgreement(none, 0, 1, 'half')).toEqual({ common: 0, same: 0, oneAbstained: 0, agreement: null });
    expect(yearlyAgreement(none, 0, 1, 'half')).toEqual([]);
  });
});

describe('the curated day', () => {
  const day = bundledDataset();
  const input = dayAlignment(day);
  const at = (key: string) => input.partyIndex.get(key)!;

  it('has every member state and every decision', () => {
    expect(input.parties).toHaveLength(193);
    expect(input.decisionCount).toBe(12);
    expect(new Set(input.years)).toEqual(new Set([2025]));
  });

  it('the United States and the Russian Federation: No–No (ES-11/7), Abstain–No (ES-11/8), Yes–Yes (2774)', () => {
    expect(pairAgreement(input, at('USA'), at('RUS'), 'half')).toEqual({
      common: 3,
      same: 2,
      oneAbstained: 1,
      agreement: 2.5 / 3,
    });
    expect(pairAgreement(input, at('USA'), at('RUS'), 'disagree').agreement).toBe(2 / 3);
  });

  it('a disputed or not reported position takes no part', () => {
    // Egypt on ES-11/7 is disputed, and no source gives its position on ES-11/8.
    expect(day.decisions[day.decisionIndex.get('ga-l10')!].positions[day.stateIndex.get('EGY')!]).toBe(5);
    expect(pairCounts(input, at('USA'), at('EGY'))).toEqual({ common: 0, same: 0, oneAbstained: 0 });
    // Afghanistan on ES-11/7 is not reported (implied abstain or non-voting).
    expect(pairCounts(input, at('USA'), at('AFG')).common).toBe(0);
  });

  it('the Council’s decisions count for its members only; non-eligible states take no part', () => {
    // Germany sat in the Assembly only: ES-11/7 (Yes against the United States' No).
    expect(pairCounts(input, at('USA'), at('DEU'))).toEqual({ common: 1, same: 0, oneAbstained: 0 });
    const ga = dayAlignment(day, { body: 'GA' });
    expect(ga.decisionCount).toBe(6);
    expect(pairCounts(ga, ga.partyIndex.get('USA')!, ga.partyIndex.get('RUS')!)).toEqual({
      common: 2,
      same: 1,
      oneAbstained: 1,
    });
  });
});

describe('the record', () => {
  it('a small record: seats joined, a state counted only while a member, absences left out', async () => {
    const { bytes } = await buildFixture();
    const pack = decodePack(bytes);
    const input = recordAlignment(pack);
    const at = (key: string) => input.partyIndex.get(key)!;
    // The USSR's positions count in the Russian Federation's seat; the USSR is no party of its own.
    expect(input.parties[at('RUS')].holders).toEqual(['RUS', 'SUN']);
    expect(input.partyIndex.has('SUN')).toBe(false);
    // 1950 Y–N (the USSR), Dec 1991 N–A (the USSR), 1992 Y–Y (the Russian Federation); absent in 1990, 2001, 2019.
    expect(pairCounts(input, at('USA'), at('RUS'))).toEqual({ common: 3, same: 1, oneAbstained: 1 });
    expect(pairAgreement(input, at('USA'), at('RUS'), 'half').agreement).toBe(0.5);
    expect(pairAgreement(input, at('USA'), at('RUS'), 'disagree').agreement).toBeCloseTo(1 / 3);
    // Namibia, not yet a member in 1950 (the record's YU and TW voted then), counts only in 2019.
    expect(pack.positions[0 * pack.stateCount + pack.stateIndex.get('NAM')!]).toBe(POSITION_CODE.notMember);
    expect(pairCounts(input, at('USA'), at('NAM'))).toEqual({ common: 1, same: 0, oneAbstained: 0 });
    // The SFR Yugoslavia (1950) is a party of its own; Serbia and Montenegro (2001) counts in Serbia's seat.
    expect(pairCounts(input, at('USA'), at('YUG'))).toEqual({ common: 1, same: 1, oneAbstained: 0 });
    expect(pairCounts(input, at('USA'), at('SRB'))).toEqual({ common: 2, same: 0, oneAbstained: 1 });
    // A year range and a topic choose the decisions.
    const since1991 = recordAlignment(pack, { fromYear: 1991, toYear: null, topic: null });
    expect(Array.from(since1991.years)).toEqual([1991, 1992, 2001, 2019]);
    const co = recordAlignment(pack, { fromYear: null, toYear: null, topic: 'co' });
    expect(Array.from(co.years)).toEqual([1950, 2019]);
    expect(recordAlignment(pack, { fromYear: null, toYear: null, topic: 'zz' }).decisionCount).toBe(0);
  });

  it('the whole record: 198 parties (193 seats, 5 former states of their own), 6,203 decisions', () => {
    const pack = committedPack();
    const { parties } = recordParties(pack);
    expect(parties).toHaveLength(198);
    expect(parties.slice(193).map((p) => p.key)).toEqual(['CSK', 'YUG', 'DDR', 'YMD', 'EAZ']);
    expect(parties.filter((p) => p.holders.length > 1).map((p) => p.holders.join('+'))).toEqual([
      'CHN+ROC',
      'RUS+SUN',
      'SRB+SCG',
      'TZA+TAN',
      'YEM+YAR',
    ]);
    const input = recordAlignment(pack);
    expect(input.decisionCount).toBe(6203);
  });

  it('the whole record agrees with the seats’ positions counted one decision at a time', () => {
    const pack = committedPack();
    const input = recordAlignment(pack);
    const naive = (a: Uint8Array, b: Uint8Array) => {
      const counts = { common: 0, same: 0, oneAbstained: 0 };
      const recorded = (c: number) => c === POSITION_CODE.Y || c === POSITION_CODE.N || c === POSITION_CODE.A;
      for (let d = 0; d < a.length; d++) {
        if (!recorded(a[d]) || !recorded(b[d])) continue;
        counts.common++;
        if (a[d] === b[d]) counts.same++;
        else if (a[d] === POSITION_CODE.A || b[d] === POSITION_CODE.A) counts.oneAbstained++;
      }
      return counts;
    };
    const usa = seatPositions(pack, 'USA');
    for (const key of ['RUS', 'CHN', 'GBR', 'ISR', 'YEM', 'DEU', 'NAM']) {
      expect(pairCounts(input, input.partyIndex.get('USA')!, input.partyIndex.get(key)!), key).toEqual(
        naive(usa, seatPositions(pack, key)),
      );
    }
    const ddr = statePositions(pack, pack.stateIndex.get('DDR')!);
    expect(pairCounts(input, input.partyIndex.get('USA')!, input.partyIndex.get('DDR')!)).toEqual(naive(usa, ddr));
    // Per year too: 1971, from the seats' positions.
    const years = yearlyAgreement(input, input.partyIndex.get('USA')!, input.partyIndex.get('RUS')!, 'half');
    const rus = seatPositions(pack, 'RUS');
    const in1971 = (xs: Uint8Array) => xs.filter((_, d) => yearOf(pack, d) === 1971);
    expect(years.find((y) => y.year === 1971)).toMatchObject(naive(in1971(usa), in1971(rus)));
    expect(years.map((y) => y.year)).toEqual([...new Set(Array.from(input.years))]);
  });

  it.each([
    [null, null, null],
    [1971, 1971, null],
    [1960, 1989, 'co'],
    [null, 1950, 'hr'],
    [2019, null, 'me'],
    [1990, 1980, null],
  ])('chooses the decisions of %s–%s, topic %s, as the record’s list filters them', (fromYear, toYear, topic) => {
    const pack = committedPack();
    expect(recordDecisions(pack, { fromYear, toYear, topic })).toEqual(
      filterDecisions(pack, { ...NO_FILTER, fromYear, toYear, topics: topic === null ? [] : [topic] }),
    );
  });

  it('reads the record’s codes for yes, no and abstain', () => {
    expect(RECORD_CODE).toEqual({ Y: POSITION_CODE.Y, N: POSITION_CODE.N, A: POSITION_CODE.A });
  });

  it('a seat has one holder in any decision (so its holders’ bits never add up)', () => {
    const pack = committedPack();
    for (const p of recordParties(pack).parties.filter((x) => x.holders.length > 1)) {
      const holders = p.holders.map((key) => pack.stateIndex.get(key)!);
      for (let d = 0; d < pack.decisionCount; d++) {
        const members = holders.filter((s) => pack.positions[d * pack.stateCount + s] !== POSITION_CODE.notMember);
        if (members.length > 1) throw new Error(`${p.key} has ${members.length} holders in decision ${d}`);
      }
    }
  });
});

describe('groups', () => {
  const day = bundledDataset();
  const context = { states: day.states, council: day.councils.at(-1)! };

  it('the permanent five, the Council of 2025, the 27 EU members', () => {
    expect(groupKeys('p5', context)).toEqual(['CHN', 'FRA', 'RUS', 'GBR', 'USA']);
    expect(groupKeys('council', context)).toHaveLength(15);
    expect(EU_MEMBERS).toHaveLength(27);
    expect(new Set(EU_MEMBERS).size).toBe(27);
    for (const code of EU_MEMBERS) expect(day.stateIndex.has(code), code).toBe(true);
    expect(EU_MEMBERS).not.toContain('GBR');
  });

  it('a regional group: its members for elections, then former states of its region', () => {
    const sizes = REGIONAL_GROUPS.map((g) => groupKeys(g, context).length);
    expect(sizes).toEqual([54 + 1, 54 + 1, 23 + 3, 33, 29]);
    expect(groupKeys('Eastern European States', context).slice(-3)).toEqual(['CSK', 'YUG', 'DDR']);
    expect(groupKeys('Western European and other States', context)).toContain('USA');
  });
});

// ---------------------------------------------------------------- against a naive count

const letters = fc.constantFrom<Letter | null>('Y', 'N', 'A', null);

/** Parties × decisions of positions (or none), with a year per decision. */
const tables = fc
  .record({ parties: fc.integer({ min: 1, max: 6 }), decisions: fc.integer({ min: 0, max: 130 }) })
  .chain(({ parties, decisions }) =>
    fc.record({
      positions: fc.array(fc.array(letters, { minLength: decisions, maxLength: decisions }), {
        minLength: parties,
        maxLength: parties,
      }),
      years: fc
        .array(fc.integer({ min: 1946, max: 1950 }), { minLength: decisions, maxLength: decisions })
        .map((ys) => ys.sort()),
    }),
  );

function build(table: { positions: (Letter | null)[][]; years: number[] }): AlignmentInput {
  return alignmentFromPositions(
    table.positions.map((_, p) => party(`P${p}`)),
    table.years,
    (p, k) => table.positions[p][k],
  );
}

function naiveCounts(a: (Letter | null)[], b: (Letter | null)[]) {
  let common = 0;
  let same = 0;
  let oneAbstained = 0;
  for (let k = 0; k < a.length; k++) {
    if (a[k] === null || b[k] === null) continue;
    common++;
    if (a[k] === b[k]) same++;
    else if (a[k] === 'A' || b[k] === 'A') oneAbstained++;
  }
  return { common, same, oneAbstained };
}

function naiveAgreement(c: { common: number; same: number; oneAbstained: number }, rule: AbstainRule) {
  if (c.common === 0) return null;
  return rule === 'half' ? (c.same + 0.5 * c.oneAbstained) / c.common : c.same / c.common;
}

describe('the bitsets against a naive count (property)', () => {
  const rules = fc.constantFrom<AbstainRule>('half', 'disagree');

  it('every pair of the matrix, every rule', () => {
    fc.assert(
      fc.property(tables, rules, (table, rule) => {
        const input = build(table);
        const matrix = agreementMatrix(input);
        const n = table.positions.length;
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < n; j++) {
            const expected = naiveCounts(table.positions[i], table.positions[j]);
            expect(matrixCell(matrix, i, j)).toEqual(expected);
            expect(agreementOf(matrixCell(matrix, i, j), rule)).toBe(naiveAgreement(expected, rule));
          }
        }
        for (let p = 0; p < n; p++)
          for (let k = 0; k < table.years.length; k++) expect(positionAt(input, p, k)).toBe(table.positions[p][k]);
      }),
      { numRuns: 300 },
    );
  });

  it('the ranking holds every other party once, in order of agreement', () => {
    fc.assert(
      fc.property(tables, rules, (table, rule) => {
        const input = build(table);
        const rows = rankByAgreement(input, 0, rule);
        expect(rows.map((r) => r.party).sort()).toEqual(table.positions.map((_, i) => i).filter((i) => i !== 0));
        for (const r of rows) {
          const expected = naiveCounts(table.positions[0], table.positions[r.party]);
          expect(r).toMatchObject({ ...expected, agreement: naiveAgreement(expected, rule) });
        }
        for (let i = 1; i < rows.length; i++) {
          expect((rows[i - 1].agreement ?? -1) >= (rows[i].agreement ?? -1)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('per year: the counts of each year add up to the pair’s', () => {
    fc.assert(
      fc.property(
        tables.filter((t) => t.positions.length >= 2),
        rules,
        (table, rule) => {
          const input = build(table);
          const years = yearlyAgreement(input, 0, 1, rule);
          expect(years.map((y) => y.year)).toEqual([...new Set(table.years)]);
          for (const y of years) {
            const ks = table.years.flatMap((year, k) => (year === y.year ? [k] : []));
            const expected = naiveCounts(
              ks.map((k) => table.positions[0][k]),
              ks.map((k) => table.positions[1][k]),
            );
            expect(y).toEqual({ year: y.year, ...expected, agreement: naiveAgreement(expected, rule) });
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
