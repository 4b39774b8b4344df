import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from './model';
import { loadDatasetText } from './load';
import type { Outcome, Tally } from './schema';
import type { OutcomeFacts, OutcomeReason } from './outcome';
import { computeOutcome, outcomeFacts, outcomeReason, permanentPositions } from './outcome';

const DATASET_FILE = new URL('../../data/un-votes-2025-02-24.json', import.meta.url);

function shipped(): Dataset {
  const result = loadDatasetText(readFileSync(DATASET_FILE, 'utf8'));
  if (!result.ok) throw new Error(`the shipped dataset does not load: ${JSON.stringify(result.problems)}`);
  return result.dataset;
}
const dataset = shipped();
const decision = (id: string) => dataset.decisions[dataset.decisionIndex.get(id)!];
const tally = (yes: number | null, no: number | null = null, abstain: number | null = null): Tally => ({
  yes,
  no,
  abstain,
  nonVoting: null,
});

describe('outcomeFacts', () => {
  it.each<[string, Outcome, Tally | null, string, OutcomeFacts]>([
    [
      'a veto with the count in favour',
      { result: 'vetoed', vetoedBy: ['RUS'] },
      tally(11),
      '2025-02-24',
      { result: 'vetoed', vetoedBy: ['RUS'], yes: 11 },
    ],
    [
      'a veto without a tally',
      { result: 'vetoed', vetoedBy: ['RUS'] },
      null,
      '2025-02-24',
      { result: 'vetoed', vetoedBy: ['RUS'], yes: null },
    ],
    [
      'two vetoes',
      { result: 'vetoed', vetoedBy: ['CHN', 'USA'] },
      tally(12),
      '2025-02-24',
      { result: 'vetoed', vetoedBy: ['CHN', 'USA'], yes: 12 },
    ],
    [
      'failed with 4 in favour, nine needed',
      { result: 'failed', vetoedBy: [] },
      tally(4, 6, 5),
      '2025-02-24',
      { result: 'failed', yes: 4, needed: 9 },
    ],
    [
      'failed with 5 in favour in 1965, seven needed',
      { result: 'failed', vetoedBy: [] },
      tally(5, 2, 4),
      '1965-12-31',
      { result: 'failed', yes: 5, needed: 7 },
    ],
    [
      'failed without a count',
      { result: 'failed', vetoedBy: [] },
      null,
      '2025-02-24',
      { result: 'failed', yes: null, needed: 9 },
    ],
    ['adopted', { result: 'adopted', vetoedBy: [] }, tally(10, 0, 5), '2025-02-24', { result: 'adopted' }],
    ['adopted without a tally', { result: 'adopted', vetoedBy: [] }, null, '2025-02-24', { result: 'adopted' }],
    ['rejected', { result: 'rejected', vetoedBy: [] }, tally(31, 71), '2025-02-24', { result: 'rejected' }],
  ])('%s', (_, outcome, t, date, facts) => {
    expect(outcomeFacts(outcome, t, date)).toEqual(facts);
  });

  it('gives the recorded Council outcomes of 24 February 2025', () => {
    const recorded = (id: string) => {
      const d = decision(id);
      return outcomeFacts(d.record.outcome[0].value, d.record.tally[0]?.value ?? null, d.date);
    };
    expect(recorded('sc-am-sovereignty')).toEqual({ result: 'vetoed', vetoedBy: ['RUS'], yes: 9 });
    expect(recorded('sc-am-just-peace')).toEqual({ result: 'vetoed', vetoedBy: ['RUS'], yes: 11 });
    expect(recorded('sc-am-rus')).toEqual({ result: 'failed', yes: 4, needed: 9 });
    expect(recorded('sc-am-invasion')).toEqual({ result: 'failed', yes: 6, needed: 9 });
    expect(recorded('sc-s2025-112')).toEqual({ result: 'adopted' });
    expect(recorded('sc-motion-postpone')).toEqual({ result: 'rejected' });
  });
});

describe('outcomeReason', () => {
  it.each<[string, OutcomeReason]>([
    ['ga-l10', { kind: 'ga', yes: 93, no: 18, majority: true }],
    ['ga-l11-am-rus', { kind: 'ga', yes: 31, no: 71, majority: false }],
    ['ga-l11-am-invasion', { kind: 'no tally' }],
    ['sc-motion-postpone', { kind: 'no tally' }],
    ['sc-am-invasion', { kind: 'sc', yes: 6, needed: 9, procedural: false, adopted: false }],
    ['sc-am-just-peace', { kind: 'vetoed', yes: 11, vetoedBy: ['RUS'] }],
    ['sc-s2025-112', { kind: 'sc', yes: 10, needed: 9, procedural: false, adopted: true }],
  ])('%s: %j', (id, reason) => {
    const d = decision(id);
    expect(outcomeReason(d, d.record.outcome[0].value, d.record.tally[0]?.value ?? null)).toEqual(reason);
  });

  it('gives the count against in the Assembly where recorded, the votes needed in the Council at its date', () => {
    const ga = decision('ga-l10');
    const adopted: Outcome = { result: 'adopted', vetoedBy: [] };
    expect(outcomeReason(ga, adopted, tally(93))).toEqual({ kind: 'ga', yes: 93, no: null, majority: true });
    expect(outcomeReason(ga, adopted, tally(null, 18))).toEqual({ kind: 'no tally' });
    const motion = { ...decision('sc-motion-postpone'), date: '1965-12-31' };
    expect(outcomeReason(motion, adopted, tally(7, 4))).toEqual({
      kind: 'sc',
      yes: 7,
      needed: 7,
      procedural: true,
      adopted: true,
    });
  });
});

describe('computeOutcome and permanentPositions', () => {
  it('reads the permanent members’ reported positions from the decision', () => {
    expect(permanentPositions(dataset, decision('sc-s2025-112'))).toEqual(
      new Map([
        ['CHN', 'Y'],
        ['FRA', 'A'],
        ['RUS', 'Y'],
        ['GBR', 'A'],
        ['USA', 'Y'],
      ]),
    );
    expect(permanentPositions(dataset, decision('sc-am-sovereignty'))).toEqual(new Map([['RUS', 'N']]));
  });

  it.each<[string, ReturnType<typeof computeOutcome>]>([
    ['ga-l10', { result: 'adopted', vetoedBy: [] }],
    ['ga-l11-am-rus', { result: 'rejected', vetoedBy: [] }],
    ['sc-am-invasion', { result: 'failed', vetoedBy: [] }],
    ['sc-am-sovereignty', { result: 'vetoed', vetoedBy: ['RUS'] }],
    ['sc-am-just-peace', { result: 'vetoed', vetoedBy: ['RUS'] }],
    ['sc-am-rus', { result: 'failed', vetoedBy: [] }],
    ['sc-s2025-112', { result: 'adopted', vetoedBy: [] }],
  ])('%s: the rule gives %o', (id, expected) => {
    const d = decision(id);
    expect(computeOutcome(dataset, d, d.record.tally[0].value)).toEqual(expected);
  });

  it('applies the rule of the body the decision was voted in', () => {
    // 9 in favour, 10 against: rejected in the GA; in the Council, vetoed where a permanent member is against.
    expect(computeOutcome(dataset, decision('ga-l10'), tally(9, 10))).toEqual({ result: 'rejected', vetoedBy: [] });
    expect(computeOutcome(dataset, decision('sc-am-sovereignty'), tally(9, 10))).toEqual({
      result: 'vetoed',
      vetoedBy: ['RUS'],
    });
    // Nothing is known of the permanent members on sc-am-invasion: 9 in favour, 1 against is undetermined.
    expect(computeOutcome(dataset, decision('sc-am-invasion'), tally(9, 1))).toMatchObject({ result: null });
  });

  it('does not count abstentions or non-votes in the General Assembly: a majority of those voting', () => {
    const ga = decision('ga-l10');
    // 10 in favour, 9 against, 170 abstaining: adopted, although far fewer than half of those present are in favour.
    expect(computeOutcome(dataset, ga, { yes: 10, no: 9, abstain: 170, nonVoting: 4 })).toEqual({
      result: 'adopted',
      vetoedBy: [],
    });
    fc.assert(
      fc.property(fc.nat(193), fc.nat(193), fc.nat(193), fc.nat(193), (yes, no, abstain, nonVoting) => {
        const without = computeOutcome(dataset, ga, { yes, no, abstain: 0, nonVoting: 0 });
        expect(computeOutcome(dataset, ga, { yes, no, abstain, nonVoting })).toEqual(without);
        expect(without).toEqual({ result: yes > no ? 'adopted' : 'rejected', vetoedBy: [] });
      }),
    );
  });
});
