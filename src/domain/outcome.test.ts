import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from './model';
import { loadDatasetText } from './load';
import type { Outcome, Tally } from './schema';
import { computeOutcome, describeOutcome, inSentence, joinNames, permanentPositions } from './outcome';

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

describe('describeOutcome', () => {
  it.each<[string, Outcome, Tally | null, string]>([
    [
      'a veto with the count in favour',
      { result: 'vetoed', vetoedBy: ['RUS'] },
      tally(11),
      'Vetoed by the Russian Federation (11 in favour)',
    ],
    [
      'a veto with 9 in favour',
      { result: 'vetoed', vetoedBy: ['RUS'] },
      tally(9),
      'Vetoed by the Russian Federation (9 in favour)',
    ],
    ['a veto without a tally', { result: 'vetoed', vetoedBy: ['RUS'] }, null, 'Vetoed by the Russian Federation'],
    [
      'two vetoes',
      { result: 'vetoed', vetoedBy: ['CHN', 'USA'] },
      tally(12),
      'Vetoed by China and the United States of America (12 in favour)',
    ],
    [
      'three vetoes',
      { result: 'vetoed', vetoedBy: ['FRA', 'GBR', 'USA'] },
      tally(10),
      'Vetoed by France, the United Kingdom of Great Britain and Northern Ireland and the United States of America (10 in favour)',
    ],
    [
      'a veto by a code that is not in the dataset',
      { result: 'vetoed', vetoedBy: ['ZZZ'] },
      tally(9),
      'Vetoed by ZZZ (9 in favour)',
    ],
    ['a veto naming nobody', { result: 'vetoed', vetoedBy: [] }, tally(9), 'Vetoed (9 in favour)'],
    ['failed with 4 in favour', { result: 'failed', vetoedBy: [] }, tally(4, 6, 5), 'Failed: 4 of the 9 votes needed'],
    ['failed with 6 in favour', { result: 'failed', vetoedBy: [] }, tally(6, 1, 8), 'Failed: 6 of the 9 votes needed'],
    ['failed without a count', { result: 'failed', vetoedBy: [] }, null, 'Failed: not enough votes'],
    ['adopted', { result: 'adopted', vetoedBy: [] }, tally(10, 0, 5), 'Adopted'],
    ['adopted without a tally', { result: 'adopted', vetoedBy: [] }, null, 'Adopted'],
    ['rejected', { result: 'rejected', vetoedBy: [] }, tally(31, 71), 'Rejected'],
  ])('%s: %j with %j → %s', (_, outcome, t, text) => {
    expect(describeOutcome(dataset, outcome, t, '2025-02-24')).toBe(text);
  });

  it('describes the recorded Council outcomes of 24 February 2025', () => {
    const recorded = (id: string) => {
      const d = decision(id);
      return describeOutcome(dataset, d.record.outcome[0].value, d.record.tally[0]?.value ?? null, d.date);
    };
    expect(recorded('sc-am-sovereignty')).toBe('Vetoed by the Russian Federation (9 in favour)');
    expect(recorded('sc-am-just-peace')).toBe('Vetoed by the Russian Federation (11 in favour)');
    expect(recorded('sc-am-rus')).toBe('Failed: 4 of the 9 votes needed');
    expect(recorded('sc-am-invasion')).toBe('Failed: 6 of the 9 votes needed');
    expect(recorded('sc-s2025-112')).toBe('Adopted');
    expect(recorded('sc-motion-postpone')).toBe('Rejected');
  });
});

describe('inSentence', () => {
  it.each([
    ['Russian Federation', 'the Russian Federation'],
    ['United States of America', 'the United States of America'],
    [
      'United Kingdom of Great Britain and Northern Ireland',
      'the United Kingdom of Great Britain and Northern Ireland',
    ],
    ['Republic of Korea', 'the Republic of Korea'],
    ["Democratic People's Republic of Korea", "the Democratic People's Republic of Korea"],
    ['Netherlands', 'the Netherlands'],
    ['Sudan', 'the Sudan'],
    ['South Sudan', 'South Sudan'],
    ['China', 'China'],
    ['France', 'France'],
    ['Türkiye', 'Türkiye'],
    ['Dominica', 'Dominica'],
    ['Dominican Republic', 'the Dominican Republic'],
  ])('%s → %s', (name, text) => {
    expect(inSentence(name)).toBe(text);
  });
});

describe('joinNames', () => {
  it.each<[string[], string]>([
    [[], ''],
    [['China'], 'China'],
    [['France', 'the United Kingdom'], 'France and the United Kingdom'],
    [['China', 'France', 'the Russian Federation'], 'China, France and the Russian Federation'],
  ])('%j → %s', (names, text) => {
    expect(joinNames(names)).toBe(text);
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
