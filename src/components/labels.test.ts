import { describe, expect, it } from 'vitest';
import { bundledDataset, decisionOf } from '../../test/dataset';
import { orderInBody } from '../domain/compare';
import type { OutcomeFacts, OutcomeReason } from '../domain/outcome';
import { ruleOf } from '../domain/rules';
import { summarize } from '../domain/summary';
import {
  MISSING_WORDS,
  capitalise,
  downloadTheseLabel,
  columnHead,
  inSentence,
  joinNames,
  outcomeWords,
  reasonWords,
  ruleWords,
  statesInSentence,
  tallyWords,
} from './labels';

const dataset = bundledDataset();

describe('outcomeWords', () => {
  it.each<[string, OutcomeFacts, string]>([
    [
      'a veto with the count in favour',
      { result: 'vetoed', vetoedBy: ['RUS'], yes: 11 },
      'Vetoed by the Russian Federation (11 in favour)',
    ],
    [
      'a veto with 9 in favour',
      { result: 'vetoed', vetoedBy: ['RUS'], yes: 9 },
      'Vetoed by the Russian Federation (9 in favour)',
    ],
    ['a veto without a tally', { result: 'vetoed', vetoedBy: ['RUS'], yes: null }, 'Vetoed by the Russian Federation'],
    [
      'two vetoes',
      { result: 'vetoed', vetoedBy: ['CHN', 'USA'], yes: 12 },
      'Vetoed by China and the United States of America (12 in favour)',
    ],
    [
      'three vetoes',
      { result: 'vetoed', vetoedBy: ['FRA', 'GBR', 'USA'], yes: 10 },
      'Vetoed by France, the United Kingdom of Great Britain and Northern Ireland and the United States of America (10 in favour)',
    ],
    [
      'a veto by a code that is not in the dataset',
      { result: 'vetoed', vetoedBy: ['ZZZ'], yes: 9 },
      'Vetoed by ZZZ (9 in favour)',
    ],
    ['a veto naming nobody', { result: 'vetoed', vetoedBy: [], yes: 9 }, 'Vetoed (9 in favour)'],
    ['failed with 4 in favour', { result: 'failed', yes: 4, needed: 9 }, 'Failed: 4 of the 9 votes needed'],
    ['failed with 6 in favour', { result: 'failed', yes: 6, needed: 9 }, 'Failed: 6 of the 9 votes needed'],
    ['failed in 1965, seven needed', { result: 'failed', yes: 5, needed: 7 }, 'Failed: 5 of the 7 votes needed'],
    ['failed without a count', { result: 'failed', yes: null, needed: 9 }, 'Failed: not enough votes'],
    ['adopted', { result: 'adopted' }, 'Adopted'],
    ['rejected', { result: 'rejected' }, 'Rejected'],
  ])('%s: %j → %s', (_, facts, text) => {
    expect(outcomeWords(facts, dataset)).toBe(text);
  });
});

describe('reasonWords', () => {
  it.each<[string, OutcomeReason, string]>([
    ['no tally', { kind: 'no tally' }, 'No tally is recorded.'],
    [
      'GA majority',
      { kind: 'ga', yes: 93, no: 18, majority: true },
      '93 in favour, 18 against: a majority of those present and voting.',
    ],
    [
      'GA no majority',
      { kind: 'ga', yes: 31, no: 71, majority: false },
      '31 in favour, 71 against: no majority of those present and voting.',
    ],
    [
      'GA without a count against',
      { kind: 'ga', yes: 93, no: null, majority: true },
      '93 in favour: a majority of those present and voting.',
    ],
    [
      'SC adopted, substantive',
      { kind: 'sc', yes: 10, needed: 9, procedural: false, adopted: true },
      '10 in favour, 9 needed, and no permanent member against.',
    ],
    [
      'SC adopted, procedural',
      { kind: 'sc', yes: 9, needed: 9, procedural: true, adopted: true },
      '9 in favour, 9 needed.',
    ],
    ['SC failed', { kind: 'sc', yes: 6, needed: 9, procedural: false, adopted: false }, '6 in favour, 9 needed.'],
    [
      'SC failed in 1965, seven needed',
      { kind: 'sc', yes: 5, needed: 7, procedural: false, adopted: false },
      '5 in favour, 7 needed.',
    ],
    [
      'one veto',
      { kind: 'vetoed', yes: 11, vetoedBy: ['RUS'] },
      '11 in favour, but the Russian Federation, a permanent member, voted against.',
    ],
    [
      'two vetoes',
      { kind: 'vetoed', yes: 12, vetoedBy: ['CHN', 'RUS'] },
      '12 in favour, but China and the Russian Federation, permanent members, voted against.',
    ],
  ])('%s → %s', (_, reason, text) => {
    expect(reasonWords(reason, dataset)).toBe(text);
  });
});

describe('the outcome and reason of each decision of 24 February 2025, as the reader sees them', () => {
  it.each([
    ['ga-l10', 'Adopted', '93 in favour, 18 against: a majority of those present and voting.'],
    ['ga-l11-am-rus', 'Rejected', '31 in favour, 71 against: no majority of those present and voting.'],
    ['ga-l11-am-invasion', 'Adopted', 'No tally is recorded.'],
    ['sc-motion-postpone', 'Rejected', 'No tally is recorded.'],
    ['sc-am-invasion', 'Failed: 6 of the 9 votes needed', '6 in favour, 9 needed.'],
    ['sc-am-rus', 'Failed: 4 of the 9 votes needed', '4 in favour, 9 needed.'],
    [
      'sc-am-sovereignty',
      'Vetoed by the Russian Federation (9 in favour)',
      '9 in favour, but the Russian Federation, a permanent member, voted against.',
    ],
    [
      'sc-am-just-peace',
      'Vetoed by the Russian Federation (11 in favour)',
      '11 in favour, but the Russian Federation, a permanent member, voted against.',
    ],
    ['sc-s2025-112', 'Adopted', '10 in favour, 9 needed, and no permanent member against.'],
  ])('%s: %s; %s', (id, outcome, reason) => {
    const s = summarize(dataset, decisionOf(dataset, id));
    expect(outcomeWords(s.outcomeFacts, dataset)).toBe(outcome);
    expect(reasonWords(s.reason, dataset)).toBe(reason);
  });
});

describe('ruleWords', () => {
  it('puts each rule in words, with the votes the Council needed at the date', () => {
    expect(ruleWords(ruleOf('GA', 'draft-resolution', '2025-02-24'))).toBe(
      'General Assembly: adopted by a majority of the members present and voting (abstentions are not counted).',
    );
    expect(ruleWords(ruleOf('SC', 'procedural-motion', '2025-02-24'))).toBe(
      'Security Council, procedural: adopted with nine votes in favour; no veto applies.',
    );
    expect(ruleWords(ruleOf('SC', 'amendment', '2025-02-24'))).toBe(
      'Security Council: adopted with nine votes in favour and no negative vote of a permanent member (a veto); an abstention is not a veto.',
    );
    expect(ruleWords(ruleOf('SC', 'draft-resolution', '1965-12-31'))).toBe(
      'Security Council: adopted with seven votes in favour and no negative vote of a permanent member (a veto); an abstention is not a veto.',
    );
  });
});

describe('MISSING_WORDS', () => {
  it('says what a tally lacks for the rule to apply', () => {
    expect(MISSING_WORDS).toEqual({
      yes: 'the number in favour',
      no: 'the number against',
      'permanent positions': "every permanent member's position (a negative vote would be a veto)",
    });
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

describe('joinNames and statesInSentence', () => {
  it.each<[string[], string]>([
    [[], ''],
    [['China'], 'China'],
    [['France', 'the United Kingdom'], 'France and the United Kingdom'],
    [['China', 'France', 'the Russian Federation'], 'China, France and the Russian Federation'],
  ])('%j → %s', (names, text) => {
    expect(joinNames(names)).toBe(text);
  });

  it('names states by code, each as it stands in a sentence', () => {
    expect(statesInSentence(dataset, ['UKR', 'USA'])).toBe('Ukraine and the United States of America');
    expect(capitalise(statesInSentence(dataset, ['RUS']))).toBe('The Russian Federation');
  });
});

describe('columnHead', () => {
  it("numbers each body's votes in voting order: short, and distinct across the day", () => {
    const heads = dataset.decisions.map((d) => columnHead(d.body, orderInBody(dataset, d)));
    expect(heads).toEqual([
      'GA 1',
      'GA 2',
      'GA 3',
      'GA 4',
      'GA 5',
      'GA 6',
      'SC 1',
      'SC 2',
      'SC 3',
      'SC 4',
      'SC 5',
      'SC 6',
    ]);
  });
});

describe('tallyWords', () => {
  it('says each recorded count, and how many the tally does not account for', () => {
    expect(tallyWords({ Y: 93, N: 18, A: 65, X: null }, 17)).toBe(
      '93 in favour, 18 against, 65 abstentions, 17 not recorded',
    );
    expect(tallyWords({ Y: 10, N: 0, A: 1, X: 0 }, 0)).toBe('10 in favour, 0 against, 1 abstention, 0 non-voting');
    expect(tallyWords({ Y: null, N: null, A: null, X: null }, 0)).toBe('No tally recorded');
  });
});

describe('a download button for what a table shows', () => {
  it('speaks of one as one, and writes a larger count in full', () => {
    expect(downloadTheseLabel(1, 'row')).toBe('Download this row (CSV)');
    expect(downloadTheseLabel(18, 'row')).toBe('Download these 18 rows (CSV)');
    expect(downloadTheseLabel(6204, 'vote')).toBe('Download these 6,204 votes (CSV)');
    expect(downloadTheseLabel(0, 'position')).toBe('Download these 0 positions (CSV)');
  });
});
