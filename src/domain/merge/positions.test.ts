import { describe, expect, it } from 'vitest';
import type { Claim, ClaimValue, StateStatement } from './positions';
import { mergePositions, mergeState, pairStates } from './positions';

const says = (value: ClaimValue, ...sources: string[]): Claim[] => [
  { value, sources: sources.length ? sources : ['S'] },
];
const nothing: Claim[] = [];
const state = (key: string, claims: readonly Claim[], seat = key): StateStatement => ({ key, seat, claims });

describe('mergeState: one state, each outcome', () => {
  const RECORD = 'history';
  const OFFICIAL = 'UNDL-GA';

  it('agree: the same position on both sides, shown once from both', () => {
    for (const p of ['Y', 'N', 'A', 'X'] as const) {
      expect(mergeState(says(p, RECORD), says(p, OFFICIAL))).toEqual({ outcome: 'agree', value: p, from: 'both' });
    }
    // Both sides with no recorded position.
    expect(mergeState(says('absentOrNotVoting'), says('absentOrNotVoting'))).toEqual({
      outcome: 'agree',
      value: 'absentOrNotVoting',
      from: 'both',
    });
  });

  it('fill: the official non-voting where the record has absent or not voting, or where a side reports nothing', () => {
    expect(mergeState(says('absentOrNotVoting', RECORD), says('X', OFFICIAL))).toEqual({
      outcome: 'fill',
      value: 'X',
      from: 'b',
    });
    expect(mergeState(says('X', OFFICIAL), says('absentOrNotVoting', RECORD))).toEqual({
      outcome: 'fill',
      value: 'X',
      from: 'a',
    });
    expect(mergeState(nothing, says('X', OFFICIAL))).toEqual({ outcome: 'fill', value: 'X', from: 'b' });
    expect(mergeState(says('X'), nothing)).toEqual({ outcome: 'fill', value: 'X', from: 'a' });
  });

  it('only: one side’s claim where the other reports nothing or does not list the state', () => {
    expect(mergeState(nothing, says('Y'))).toEqual({ outcome: 'only', value: 'Y', from: 'b' });
    expect(mergeState(says('N'), nothing)).toEqual({ outcome: 'only', value: 'N', from: 'a' });
    expect(mergeState(says('A'), null)).toEqual({ outcome: 'only', value: 'A', from: 'a' });
    expect(mergeState(null, says('X'))).toEqual({ outcome: 'only', value: 'X', from: 'b' });
    expect(mergeState(says('absentOrNotVoting'), nothing)).toEqual({
      outcome: 'only',
      value: 'absentOrNotVoting',
      from: 'a',
    });
    expect(mergeState(null, says('absentOrNotVoting'))).toEqual({
      outcome: 'only',
      value: 'absentOrNotVoting',
      from: 'b',
    });
  });

  it('disputed: two positions, a position against non-voting, a position against absent or not voting', () => {
    const disputed = { outcome: 'disputed', value: null, from: null };
    const pairs: [ClaimValue, ClaimValue][] = [
      ['Y', 'N'],
      ['Y', 'A'],
      ['N', 'A'],
      ['Y', 'X'],
      ['N', 'X'],
      ['A', 'X'],
      ['Y', 'absentOrNotVoting'],
      ['N', 'absentOrNotVoting'],
      ['A', 'absentOrNotVoting'],
    ];
    for (const [p, q] of pairs) {
      expect(mergeState(says(p), says(q)), `${p} against ${q}`).toEqual(disputed);
      expect(mergeState(says(q), says(p)), `${q} against ${p}`).toEqual(disputed);
    }
  });

  it('disputed: a side whose own sources disagree, whatever the other says', () => {
    const split: Claim[] = [
      { value: 'Y', sources: ['WIKI'] },
      { value: 'A', sources: ['UATV'] },
    ];
    for (const other of [says('Y'), says('A'), says('X'), nothing, null]) {
      expect(mergeState(split, other)).toEqual({ outcome: 'disputed', value: null, from: null });
      expect(mergeState(other, split)).toEqual({ outcome: 'disputed', value: null, from: null });
    }
    // Two claims of the same value are one claim.
    const twice: Claim[] = [
      { value: 'Y', sources: ['WIKI'] },
      { value: 'Y', sources: ['ABC'] },
    ];
    expect(mergeState(twice, says('Y'))).toEqual({ outcome: 'agree', value: 'Y', from: 'both' });
  });

  it('not reported: a member with no claim on either side', () => {
    expect(mergeState(nothing, nothing)).toEqual({ outcome: 'notReported', value: null, from: null });
    expect(mergeState(nothing, null)).toEqual({ outcome: 'notReported', value: null, from: null });
    expect(mergeState(null, nothing)).toEqual({ outcome: 'notReported', value: null, from: null });
  });
});

describe('pairStates', () => {
  it('pairs by key, then the one holder of a seat on each side', () => {
    // December 1991: the record's month gives the USSR, the Library's day the Russian Federation.
    const a = [state('USA', says('Y')), state('SUN', says('Y'), 'RUS'), state('UKR', says('Y'))];
    const b = [state('RUS', says('Y'), 'RUS'), state('USA', says('N')), state('KAZ', says('X'))];
    const pairs = pairStates(a, b);
    expect(pairs.map((p) => [p.a?.key ?? null, p.b?.key ?? null])).toEqual([
      ['USA', 'USA'],
      ['SUN', 'RUS'],
      ['UKR', null],
      [null, 'KAZ'],
    ]);
  });

  it('does not pair a seat with two holders left on one side', () => {
    const a = [state('YAR', says('Y'), 'YEM'), state('YMD', says('N'), 'YEM')];
    const b = [state('YEM', says('Y'))];
    expect(pairStates(a, b).map((p) => [p.a?.key ?? null, p.b?.key ?? null])).toEqual([
      ['YAR', null],
      ['YMD', null],
      [null, 'YEM'],
    ]);
  });
});

describe('mergePositions: a vote merged, with its summary', () => {
  const a = [
    state('AAA', says('Y', 'history')),
    state('BBB', says('N', 'history')),
    state('CCC', says('absentOrNotVoting', 'history')),
    state('DDD', says('absentOrNotVoting', 'history')),
    state('EEE', says('A', 'history')),
    state('FFF', says('Y', 'history')),
    state('GGG', nothing),
    state('HHH', nothing),
    state('SUN', says('A', 'history'), 'RUS'),
  ];
  const b = [
    state('AAA', says('Y', 'UNDL-GA')),
    state('BBB', says('Y', 'UNDL-GA')),
    state('CCC', says('X', 'UNDL-GA')),
    state('DDD', nothing),
    state('EEE', says('X', 'UNDL-GA')),
    state('GGG', says('A', 'UNDL-GA')),
    state('HHH', nothing),
    state('RUS', says('A', 'UNDL-GA'), 'RUS'),
    state('III', says('N', 'UNDL-GA')),
  ];
  const merged = mergePositions(a, b);
  const byKey = new Map(merged.states.map((s) => [s.key, s]));

  it('gives each state its outcome, value, source side, and both sides’ claims', () => {
    expect(merged.states.map((s) => [s.key, s.outcome, s.value, s.from])).toEqual([
      ['AAA', 'agree', 'Y', 'both'],
      ['BBB', 'disputed', null, null],
      ['CCC', 'fill', 'X', 'b'],
      ['DDD', 'only', 'absentOrNotVoting', 'a'],
      ['EEE', 'disputed', null, null],
      ['FFF', 'only', 'Y', 'a'],
      ['GGG', 'only', 'A', 'b'],
      ['HHH', 'notReported', null, null],
      ['SUN', 'agree', 'A', 'both'],
      ['III', 'only', 'N', 'b'],
    ]);
    expect(byKey.get('BBB')!.a).toEqual([{ value: 'N', sources: ['history'] }]);
    expect(byKey.get('BBB')!.b).toEqual([{ value: 'Y', sources: ['UNDL-GA'] }]);
    // The record's claim is kept beside the non-voting that fills it.
    expect(byKey.get('CCC')!.a).toEqual([{ value: 'absentOrNotVoting', sources: ['history'] }]);
    expect(byKey.get('FFF')!.b).toBeNull();
    expect(byKey.get('FFF')!.keys).toEqual({ a: 'FFF', b: null });
    expect(byKey.get('SUN')!.keys).toEqual({ a: 'SUN', b: 'RUS' });
    expect(byKey.get('III')!.keys).toEqual({ a: null, b: 'III' });
  });

  it('counts the outcomes and the merged positions, disputed states in none of the positions', () => {
    expect(merged.summary).toEqual({
      states: 10,
      agree: 2,
      fill: 1,
      only: 4,
      onlyA: 2,
      onlyB: 2,
      disputed: 2,
      notReported: 1,
      tally: { Y: 2, N: 1, A: 2, X: 1, absentOrNotVoting: 1, notReported: 1 },
    });
    const t = merged.summary.tally;
    expect(t.Y + t.N + t.A + t.X + t.absentOrNotVoting + t.notReported + merged.summary.disputed).toBe(
      merged.summary.states,
    );
  });

  it('is symmetric: swapping the sides swaps only the side names', () => {
    const swapped = mergePositions(b, a);
    const side = (from: string | null) => (from === 'a' ? 'b' : from === 'b' ? 'a' : from);
    for (const s of merged.states) {
      const other = swapped.states.find((x) => x.keys.a === s.keys.b && x.keys.b === s.keys.a)!;
      expect([other.outcome, other.value, side(other.from)]).toEqual([s.outcome, s.value, s.from]);
    }
    expect(swapped.summary.onlyA).toBe(merged.summary.onlyB);
    expect(swapped.summary.tally).toEqual(merged.summary.tally);
  });
});
