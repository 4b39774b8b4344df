import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Decision, PositionCode } from './model';
import { CODE, buildDataset } from './model';
import type { DatasetFile, DecisionRecord, Position, Tally } from './schema';
import type { TallySegments } from './tally';
import { checkTally, deriveTally, disputedWithClaim, formatTally, tallySegments } from './tally';

const { notReported: NR, Y, N, A, X, disputed: D, notEligible: E } = CODE;

/** The shipped file supplies any top-level field these decision-level tests do not set. */
const BASE = JSON.parse(
  readFileSync(new URL('../../data/un-votes-2025-02-24.json', import.meta.url), 'utf8'),
) as DatasetFile;

/** Six General Assembly members, enough to make every case. */
const CODES = ['AAA', 'BBB', 'CCC', 'DDD', 'EEE', 'FFF'];

interface ListSpec {
  position: Position;
  states: string[];
  complete?: boolean;
  source?: string;
}

const cite = (source: string) => [{ source, quote: 'q' }];
const tally = (
  yes: number | null,
  no: number | null,
  abstain: number | null = null,
  nonVoting: number | null = null,
) => ({
  yes,
  no,
  abstain,
  nonVoting,
});

/** A GA decision built by the real model from lists and recorded tallies. */
function decisionOf(lists: ListSpec[], tallies: Tally[]): Decision {
  const record: DecisionRecord = {
    id: 'd',
    body: 'GA',
    kind: 'draft-resolution',
    title: { value: 'A draft', citations: cite('S1') },
    draftSymbol: null,
    resolutionSymbol: null,
    date: { value: '2025-02-24', citations: cite('S1') },
    meeting: null,
    amends: null,
    sponsors: [],
    tally: tallies.map((value) => ({ value, citations: cite('S1') })),
    outcome: [{ value: { result: 'adopted', vetoedBy: [] }, citations: cite('S1') }],
    positionLists: lists.map((l) => ({
      position: l.position,
      states: l.states,
      complete: l.complete ?? false,
      citations: cite(l.source ?? 'S1'),
    })),
    implied: null,
    note: null,
  };
  const file: DatasetFile = {
    ...BASE,
    schemaVersion: 2,
    id: 'test',
    title: 'test',
    provenance: { source: 's', licence: 'l', howMade: 'h', covers: 'c' },
    sources: ['S1', 'S2'].map((key) => ({ key, publisher: 'p', date: null, title: key, file: `${key}.txt` })),
    membership: {
      citations: cite('S1'),
      states: CODES.map((code) => ({
        code,
        name: code,
        regionalGroup: 'African States',
        listedIn: ['African States'],
        seats: [{ from: null, to: null, citations: cite('S1') }],
      })),
    },
    councils: [],
    decisions: [record],
  };
  return buildDataset(file).decisions[0];
}

const check = (decision: Decision, position: Position) => checkTally(decision).find((c) => c.position === position)!;

describe('deriveTally', () => {
  it.each<[string, PositionCode[], Partial<ReturnType<typeof deriveTally>>]>([
    ['nothing', [], { Y: 0, N: 0, A: 0, X: 0, disputed: 0, notReported: 0, eligible: 0 }],
    ['two Y, one N, one not reported', [Y, Y, N, NR], { Y: 2, N: 1, A: 0, X: 0, notReported: 1, eligible: 4 }],
    ['every code once', [NR, Y, N, A, X, D, E], { Y: 1, N: 1, A: 1, X: 1, disputed: 1, notReported: 1, eligible: 6 }],
    ['states not eligible are not counted', [E, E, Y, E], { Y: 1, notReported: 0, eligible: 1 }],
    ['disputed states are eligible', [D, D, A], { A: 1, disputed: 2, eligible: 3 }],
  ])('%s', (_name, codes, expected) => {
    expect(deriveTally(Uint8Array.from(codes))).toMatchObject(expected);
  });
});

describe('checkTally', () => {
  it('agrees where the reported positions are within the recorded counts', () => {
    const d = decisionOf(
      [
        { position: 'Y', states: ['AAA', 'BBB'] },
        { position: 'N', states: ['CCC'] },
      ],
      [tally(4, 1, 1, 0)],
    );
    const checks = checkTally(d);
    expect(checks.map((c) => c.position)).toEqual(['Y', 'N', 'A', 'X']);
    expect(check(d, 'Y')).toEqual({
      position: 'Y',
      recorded: [4],
      reported: 2,
      disputed: 0,
      complete: false,
      status: 'agrees',
      problems: [],
    });
    expect(check(d, 'N')).toMatchObject({ status: 'agrees', problems: [] });
  });

  it('flags more reported positions than the recorded count', () => {
    const d = decisionOf([{ position: 'N', states: ['AAA', 'BBB', 'CCC'] }], [tally(3, 2)]);
    expect(check(d, 'N')).toMatchObject({
      reported: 3,
      status: 'disagrees',
      problems: [{ list: null, message: '3 states are reported as N, more than the recorded 2' }],
    });
  });

  it('names each distinct recorded count once', () => {
    const d = decisionOf([{ position: 'N', states: ['AAA', 'BBB', 'CCC'] }], [tally(3, 2), tally(2, 2), tally(3, 1)]);
    expect(check(d, 'N').problems.map((p) => p.message)).toEqual([
      '3 states are reported as N, more than the recorded 2 or 1',
    ]);
  });

  it('agrees where a complete list names as many states as recorded', () => {
    const d = decisionOf([{ position: 'A', states: ['AAA', 'BBB'], complete: true }], [tally(null, null, 2)]);
    expect(check(d, 'A')).toMatchObject({ reported: 2, complete: true, status: 'agrees', problems: [] });
  });

  it('flags a complete list shorter than the recorded count, naming the list', () => {
    const d = decisionOf(
      [
        { position: 'Y', states: ['CCC'] },
        { position: 'A', states: ['AAA', 'BBB'], complete: true },
      ],
      [tally(null, null, 3)],
    );
    expect(check(d, 'A')).toMatchObject({
      status: 'disagrees',
      problems: [{ list: 1, message: 'the complete list of A names 2 states, but the recorded tally is 3' }],
    });
  });

  it('flags a complete list longer than the recorded count, disputed states in it included', () => {
    // AAA, BBB, CCC are Y in S1's complete list; S2 says CCC voted N. The recorded 2 contradicts the list of 3,
    // though it falls between the 2 undisputed and the 3 with the disputed state.
    const d = decisionOf(
      [
        { position: 'Y', states: ['AAA', 'BBB', 'CCC'], complete: true, source: 'S1' },
        { position: 'N', states: ['CCC'], source: 'S2' },
      ],
      [tally(2, 1)],
    );
    expect(check(d, 'Y')).toMatchObject({
      reported: 2,
      disputed: 1,
      status: 'disagrees',
      problems: [{ list: 0, message: 'the complete list of Y names 3 states, but the recorded tally is 2' }],
    });
  });

  it('lets a list that is not complete fall short of the recorded count', () => {
    const d = decisionOf([{ position: 'A', states: ['AAA'] }], [tally(null, null, 3)]);
    expect(check(d, 'A').status).toBe('agrees');
  });

  it('counts disputed states in a complete list toward it', () => {
    // AAA, BBB are Y in the complete list; CCC is Y there too but another source says N.
    const lists: ListSpec[] = [
      { position: 'Y', states: ['AAA', 'BBB', 'CCC'], complete: true, source: 'S1' },
      { position: 'N', states: ['CCC'], source: 'S2' },
    ];
    const d = decisionOf(lists, [tally(3, 0)]);
    expect(d.positions[2]).toBe(CODE.disputed);
    expect(disputedWithClaim(d, 'Y')).toBe(1);
    expect(disputedWithClaim(d, 'N')).toBe(1);
    expect(disputedWithClaim(d, 'A')).toBe(0);
    expect(check(d, 'Y')).toMatchObject({ reported: 2, disputed: 1, complete: true, status: 'agrees' });
    // The disputed state can count for the complete list, but not beyond it.
    expect(check(decisionOf(lists, [tally(4, 0)]), 'Y').problems).toEqual([
      { list: 0, message: 'the complete list of Y names 3 states, but the recorded tally is 4' },
    ]);
  });

  it('flags each complete list that names another number of states', () => {
    const d = decisionOf(
      [
        { position: 'N', states: ['AAA', 'BBB'], complete: true, source: 'S1' },
        { position: 'N', states: ['AAA'], complete: true, source: 'S2' },
      ],
      [tally(null, 2)],
    );
    expect(check(d, 'N').problems).toEqual([
      { list: 1, message: 'the complete list of N names 1 state, but the recorded tally is 2' },
    ]);
  });

  it('flags a state reported beside a complete list that agrees with the tally', () => {
    // S1's complete list of Y names AAA and BBB, as recorded; S2 alone says CCC voted Y too.
    const d = decisionOf(
      [
        { position: 'Y', states: ['AAA', 'BBB'], complete: true, source: 'S1' },
        { position: 'Y', states: ['CCC'], source: 'S2' },
      ],
      [tally(2, 0)],
    );
    expect(check(d, 'Y').problems).toEqual([
      { list: null, message: '3 states are reported as Y, more than the recorded 2' },
    ]);
  });

  it('passes a disputed tally when one of its claims agrees', () => {
    const d = decisionOf(
      [{ position: 'Y', states: ['AAA', 'BBB', 'CCC'], complete: true }],
      [tally(4, 0), tally(3, 0)],
    );
    expect(check(d, 'Y')).toMatchObject({ recorded: [4, 3], status: 'agrees', problems: [] });
  });

  it('flags a disputed tally when no claim agrees', () => {
    const d = decisionOf(
      [{ position: 'Y', states: ['AAA', 'BBB', 'CCC'], complete: true }],
      [tally(4, 0), tally(5, 0)],
    );
    expect(check(d, 'Y').problems.map((p) => p.message)).toEqual([
      'the complete list of Y names 3 states, but the recorded tally is 4 or 5',
    ]);
  });

  it('has nothing to compare where no count is recorded, whatever is reported', () => {
    const d = decisionOf([{ position: 'X', states: CODES, complete: true }], [tally(null, null, null, null)]);
    expect(check(d, 'X')).toMatchObject({ recorded: [null], reported: 6, status: 'nothing to compare', problems: [] });
    const untallied = checkTally(decisionOf([{ position: 'Y', states: CODES }], []));
    expect(untallied.map((c) => c.status)).toEqual(Array(4).fill('nothing to compare'));
  });

  it('has nothing to compare where a count is recorded but no state is named and no list is complete', () => {
    const d = decisionOf([{ position: 'Y', states: ['AAA'] }], [tally(4, 1)]);
    expect(check(d, 'N')).toMatchObject({ recorded: [1], reported: 0, status: 'nothing to compare' });
    expect(check(d, 'Y').status).toBe('agrees');
  });

  it('compares an empty complete list with the recorded count', () => {
    expect(check(decisionOf([{ position: 'N', states: [], complete: true }], [tally(2, 0)]), 'N').status).toBe(
      'agrees',
    );
    expect(check(decisionOf([{ position: 'N', states: [], complete: true }], [tally(2, 1)]), 'N')).toMatchObject({
      status: 'disagrees',
      problems: [{ list: 0, message: 'the complete list of N names 0 states, but the recorded tally is 1' }],
    });
  });
});

describe('tallySegments', () => {
  it.each<[string, Tally | null, number, TallySegments]>([
    ['ES-11/7', tally(93, 18, 65, 17), 193, { Y: 93, N: 18, A: 65, X: 17, notRecorded: 0 }],
    ['ES-11/8, non-voting not recorded', tally(93, 8, 73), 193, { Y: 93, N: 8, A: 73, X: 0, notRecorded: 19 }],
    ['only the number in favour', tally(11, null), 15, { Y: 11, N: 0, A: 0, X: 0, notRecorded: 4 }],
    ['no tally', null, 15, { Y: 0, N: 0, A: 0, X: 0, notRecorded: 15 }],
    ['counts beyond the voters', tally(10, 10), 15, { Y: 10, N: 10, A: 0, X: 0, notRecorded: 0 }],
  ])('%s', (_name, t, eligible, expected) => {
    expect(tallySegments(t, eligible)).toEqual(expected);
  });
});

describe('formatTally', () => {
  it.each<[Tally, string]>([
    [tally(93, 18, 65, 17), '93–18–65'],
    [tally(10, 0, 5, 0), '10–0–5'],
    [tally(31, 71), '31–71–?'],
    [tally(11, null), '11–?–?'],
    [tally(null, null, null), '?–?–?'],
  ])('%o → %s', (t, text) => {
    expect(formatTally(t)).toBe(text);
  });
});
