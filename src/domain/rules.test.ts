import { describe, expect, it } from 'vitest';
import type { Body, Kind, Result } from './schema';
import type { ComputedOutcome, Question, Rule } from './rules';
import { councilAt, gaOutcome, outcomesAgree, questionOf, resultsOf, ruleOf, scOutcome, scVotesNeeded } from './rules';

const P5 = ['CHN', 'FRA', 'RUS', 'GBR', 'USA'] as const;

describe('gaOutcome: a majority of the members present and voting', () => {
  it.each<[string, number, number, Result]>([
    ['ES-11/7: 93 in favour, 18 against', 93, 18, 'adopted'],
    ['ES-11/8: 93 in favour, 8 against', 93, 8, 'adopted'],
    ['the Russian amendment: 31 in favour, 71 against', 31, 71, 'rejected'],
    ['a majority of one', 51, 50, 'adopted'],
    ['a tie is no majority', 50, 50, 'rejected'],
    ['a tie at zero is no majority', 0, 0, 'rejected'],
    ['one in favour, none against', 1, 0, 'adopted'],
    ['none in favour, one against', 0, 1, 'rejected'],
  ])('%s: %i–%i → %s', (_, yes, no, result) => {
    expect(gaOutcome(yes, no)).toEqual({ result, vetoedBy: [] });
  });

  it('does not count abstentions: 10 in favour, 9 against is adopted however many abstain', () => {
    // The rule takes no abstention count at all: 10–9 with 170 abstentions is a majority of those voting.
    expect(gaOutcome(10, 9)).toEqual({ result: 'adopted', vetoedBy: [] });
    // The Council's nine votes play no part: 8–7 is a majority in the Assembly.
    expect(gaOutcome(8, 7)).toEqual({ result: 'adopted', vetoedBy: [] });
  });

  it.each<[number | null, number | null, string]>([
    [null, 18, 'yes'],
    [93, null, 'no'],
    [null, null, 'yes'],
  ])('yes %s, no %s → undetermined, missing %s', (yes, no, missing) => {
    expect(gaOutcome(yes, no)).toEqual({ result: null, missing });
    expect(gaOutcome(yes, no, 'two-thirds')).toEqual({ result: null, missing });
  });

  it.each<[number, number, Result]>([
    [2, 1, 'adopted'], // exactly two thirds
    [200, 100, 'adopted'],
    [93, 18, 'adopted'],
    [199, 101, 'rejected'], // just under two thirds
    [93, 50, 'rejected'], // a simple majority is not enough
    [1, 1, 'rejected'],
    [1, 0, 'adopted'],
    [0, 0, 'rejected'],
    [0, 5, 'rejected'],
  ])('two thirds: %i in favour, %i against → %s', (yes, no, result) => {
    expect(gaOutcome(yes, no, 'two-thirds')).toEqual({ result, vetoedBy: [] });
  });
});

describe('scOutcome: nine votes and no veto on substance', () => {
  const positions = (entries: Record<string, string>) => new Map(Object.entries(entries));
  const allP5 = (position: string) => positions(Object.fromEntries(P5.map((c) => [c, position])));

  it.each<Question>(['substantive', 'procedural'])('needs nine votes in favour, %s or not', (question) => {
    // With no vote against, exactly the counts from nine up are adopted, on substance as on procedure.
    const adopted = Array.from({ length: 16 }, (_, yes) => yes).filter(
      (yes) =>
        scOutcome({ question, votesNeeded: 9, yes, no: 0, permanentPositions: new Map(), permanentMembers: P5 })
          .result === 'adopted',
    );
    expect(adopted).toEqual([9, 10, 11, 12, 13, 14, 15]);
  });

  it.each<[string, Question, number | null, number | null, Record<string, string>, ComputedOutcome]>([
    [
      'S/RES/2774: 10–0–5, the permanent members Y or A',
      'substantive',
      10,
      0,
      { CHN: 'Y', RUS: 'Y', USA: 'Y', FRA: 'A', GBR: 'A' },
      { result: 'adopted', vetoedBy: [] },
    ],
    ['exactly nine, none against', 'substantive', 9, 0, {}, { result: 'adopted', vetoedBy: [] }],
    ['eight in favour, none against', 'substantive', 8, 0, {}, { result: 'failed', vetoedBy: [] }],
    [
      '11 in favour, the Russian Federation against: vetoed',
      'substantive',
      11,
      null,
      { RUS: 'N' },
      { result: 'vetoed', vetoedBy: ['RUS'] },
    ],
    [
      '9 in favour, the Russian Federation against: vetoed',
      'substantive',
      9,
      null,
      { RUS: 'N' },
      { result: 'vetoed', vetoedBy: ['RUS'] },
    ],
    [
      'two permanent members against: both named, in Council order',
      'substantive',
      13,
      2,
      { USA: 'N', CHN: 'N' },
      { result: 'vetoed', vetoedBy: ['CHN', 'USA'] },
    ],
    [
      'a permanent member abstaining is not a veto',
      'substantive',
      10,
      0,
      { FRA: 'A', GBR: 'A' },
      { result: 'adopted', vetoedBy: [] },
    ],
    [
      'a permanent member not voting is not a veto',
      'substantive',
      10,
      1,
      { CHN: 'Y', FRA: 'Y', RUS: 'X', GBR: 'Y', USA: 'Y' },
      { result: 'adopted', vetoedBy: [] },
    ],
    [
      'an elected member against is not a veto',
      'substantive',
      12,
      3,
      { CHN: 'Y', FRA: 'Y', RUS: 'Y', GBR: 'Y', USA: 'Y', DZA: 'N' },
      { result: 'adopted', vetoedBy: [] },
    ],
    [
      'the Russian amendment: 4 in favour fails even with permanent members against',
      'substantive',
      4,
      6,
      { USA: 'A', FRA: 'N', GBR: 'N' },
      { result: 'failed', vetoedBy: [] },
    ],
    [
      'procedural: nine in favour adopts despite a permanent member against',
      'procedural',
      9,
      6,
      { RUS: 'N', CHN: 'N' },
      { result: 'adopted', vetoedBy: [] },
    ],
    ['procedural: eight in favour fails', 'procedural', 8, 0, {}, { result: 'failed', vetoedBy: [] }],
    ['procedural: unknown positions do not matter', 'procedural', 10, 5, {}, { result: 'adopted', vetoedBy: [] }],
    [
      'votes against, permanent members unknown: undetermined',
      'substantive',
      10,
      2,
      { CHN: 'Y', FRA: 'Y' },
      { result: null, missing: 'permanent positions' },
    ],
    [
      'count against unknown, permanent members unknown: undetermined',
      'substantive',
      10,
      null,
      {},
      { result: null, missing: 'permanent positions' },
    ],
    ['no count in favour: undetermined', 'substantive', null, 0, {}, { result: null, missing: 'yes' }],
  ])('%s', (_, question, yes, no, known, expected) => {
    expect(
      scOutcome({ question, votesNeeded: 9, yes, no, permanentPositions: positions(known), permanentMembers: P5 }),
    ).toEqual(expected);
  });

  it.each([['Y'], ['A'], ['X']])('every permanent member %s and an unknown count against → adopted', (position) => {
    expect(
      scOutcome({
        question: 'substantive',
        votesNeeded: 9,
        yes: 9,
        no: null,
        permanentPositions: allP5(position),
        permanentMembers: P5,
      }),
    ).toEqual({ result: 'adopted', vetoedBy: [] });
  });

  it('fewer than nine is failed, not vetoed, whatever the permanent members did', () => {
    for (let yes = 0; yes <= 8; yes++) {
      expect(
        scOutcome({
          question: 'substantive',
          votesNeeded: 9,
          yes,
          no: 5,
          permanentPositions: allP5('N'),
          permanentMembers: P5,
        }),
      ).toEqual({ result: 'failed', vetoedBy: [] });
    }
  });
});

describe('outcomesAgree', () => {
  it.each<[string, 'GA' | 'SC', Result, string[], Result, string[], boolean]>([
    ['same result', 'GA', 'adopted', [], 'adopted', [], true],
    ['different result', 'GA', 'rejected', [], 'adopted', [], false],
    ['SC: recorded rejected covers computed failed', 'SC', 'rejected', [], 'failed', [], true],
    ['GA: rejected does not cover failed', 'GA', 'rejected', [], 'failed', [], false],
    ['SC: recorded failed is not rejected', 'SC', 'failed', [], 'rejected', [], false],
    ['SC: recorded rejected does not cover vetoed', 'SC', 'rejected', [], 'vetoed', ['RUS'], false],
    ['same veto', 'SC', 'vetoed', ['RUS'], 'vetoed', ['RUS'], true],
    ['same vetoes in another order', 'SC', 'vetoed', ['USA', 'CHN'], 'vetoed', ['CHN', 'USA'], true],
    ['vetoed by another member', 'SC', 'vetoed', ['USA'], 'vetoed', ['RUS'], false],
    ['one veto missing', 'SC', 'vetoed', ['RUS'], 'vetoed', ['CHN', 'RUS'], false],
    ['vetoed vs failed', 'SC', 'vetoed', ['RUS'], 'failed', [], false],
  ])('%s (%s: recorded %s %j, computed %s %j) → %s', (_, body, recorded, recordedBy, computed, computedBy, agree) => {
    expect(
      outcomesAgree(body, { result: recorded, vetoedBy: recordedBy }, { result: computed, vetoedBy: computedBy }),
    ).toBe(agree);
  });
});

describe('questionOf', () => {
  it.each<[Kind, Question]>([
    ['procedural-motion', 'procedural'],
    ['draft-resolution', 'substantive'],
    ['amendment', 'substantive'],
  ])('%s is %s', (kind, question) => {
    expect(questionOf(kind)).toBe(question);
  });
});

describe('resultsOf and ruleOf', () => {
  it('the GA records adopted or rejected; the Council also vetoed and failed', () => {
    expect(resultsOf('GA')).toEqual(['adopted', 'rejected']);
    expect(resultsOf('SC')).toEqual(['adopted', 'rejected', 'vetoed', 'failed']);
  });

  it.each<[Body, Kind, string, Rule]>([
    ['GA', 'draft-resolution', '2025-02-24', { body: 'GA', question: 'substantive' }],
    ['GA', 'procedural-motion', '1965-12-31', { body: 'GA', question: 'procedural' }],
    ['SC', 'amendment', '2025-02-24', { body: 'SC', question: 'substantive', votesNeeded: 9 }],
    ['SC', 'procedural-motion', '2025-02-24', { body: 'SC', question: 'procedural', votesNeeded: 9 }],
    ['SC', 'draft-resolution', '1965-12-31', { body: 'SC', question: 'substantive', votesNeeded: 7 }],
  ])('the rule of a %s %s of %s', (body, kind, date, rule) => {
    expect(ruleOf(body, kind, date)).toEqual(rule);
  });
});

describe('the Council at a date: eleven members and seven votes before 1966, fifteen and nine since', () => {
  it('a decision with eight in favour passed in 1965 and failed in 1966', () => {
    const at = (date: string) =>
      scOutcome({
        question: 'substantive',
        votesNeeded: scVotesNeeded(date),
        yes: 8,
        no: 0,
        permanentPositions: new Map(),
        permanentMembers: P5,
      }).result;
    expect(at('1965-12-31')).toBe('adopted');
    expect(at('1966-01-01')).toBe('failed');
    expect(at('2025-02-24')).toBe('failed');
  });

  it('councilAt gives the size and the threshold; nothing before the Charter', () => {
    expect(councilAt('1946-01-17')).toEqual({ members: 11, votesNeeded: 7 });
    expect(councilAt('1966-01-01')).toEqual({ members: 15, votesNeeded: 9 });
    expect(councilAt('1945-10-23')).toBeNull();
  });
});
