import { describe, expect, it } from 'vitest';
import type { TalliedVote } from './divided';
import {
  ALL,
  DIVIDED_HEADER,
  bandCounts,
  dayVotes,
  dividedRows,
  gaBand,
  histogram,
  importVotes,
  measure,
  measureAll,
  mostDivided,
  scBand,
} from './divided';
import { bundledDataset } from '../../test/dataset';
import { fixtureText, importFixture, importText } from '../../test/undl';
import { againstMajority, majorityOf, votesPerYear } from './topics';

const ga = (id: string, yes: number, no: number, abstain = 0, date = '2000-01-01'): TalliedVote => ({
  id,
  page: 'record',
  body: 'GA',
  date,
  precision: 'day',
  symbol: id.toUpperCase(),
  title: `Vote ${id}`,
  yes,
  no,
  abstain,
  vetoedBy: [],
});
const sc = (id: string, yes: number, no: number, vetoedBy: string[] = [], date = '2000-01-01'): TalliedVote => ({
  ...ga(id, yes, no, 15 - yes - no, date),
  body: 'SC',
  page: 'decision',
  vetoedBy,
});

describe('the bands of the General Assembly', () => {
  it('are set by the margin as a share of those voting yes or no, at 90%, 50% and 20%', () => {
    expect(gaBand(1)).toBe('near-unanimous');
    expect(gaBand(0.9)).toBe('near-unanimous');
    expect(gaBand(0.8999)).toBe('clear');
    expect(gaBand(0.5)).toBe('clear');
    expect(gaBand(0.4999)).toBe('divided');
    expect(gaBand(0.2)).toBe('divided');
    expect(gaBand(0.1999)).toBe('highly-divided');
    expect(gaBand(0)).toBe('highly-divided');
  });

  it('measure margin and share from the tally; abstentions take no part; a rejection counts as its mirror', () => {
    // 93 yes, 18 no: margin 75 of 111 → 67.6%: clear.
    expect(measure(ga('a', 93, 18, 65))).toMatchObject({ margin: 75, band: 'clear' });
    expect(measure(ga('a', 93, 18, 65))!.share).toBeCloseTo(75 / 111, 10);
    // 190 to 1: near-unanimous; 60 to 50: highly divided; 50 to 60 (rejected) as well.
    expect(measure(ga('b', 190, 1))!.band).toBe('near-unanimous');
    expect(measure(ga('c', 60, 50))!.band).toBe('highly-divided');
    expect(measure(ga('d', 50, 60))).toMatchObject({ margin: -10, band: 'highly-divided' });
    // 75 to 25: share 50% exactly → clear; 74 to 26: 48% → divided.
    expect(measure(ga('e', 75, 25))!.band).toBe('clear');
    expect(measure(ga('f', 74, 26))!.band).toBe('divided');
  });

  it('leave out a vote with no yes and no no', () => {
    expect(measure(ga('g', 0, 0, 40))).toBeNull();
    expect(measureAll([ga('g', 0, 0, 40), ga('h', 1, 0)])).toMatchObject({ leftOut: 1, votes: [{ id: 'h' }] });
  });
});

describe('the bands of the Security Council', () => {
  it('are set by the negative votes and vetoes', () => {
    expect(scBand(0, 0)).toBe('near-unanimous');
    expect(scBand(1, 0)).toBe('clear');
    expect(scBand(2, 0)).toBe('clear');
    expect(scBand(3, 0)).toBe('divided');
    expect(scBand(1, 1)).toBe('highly-divided');
    expect(measure(sc('v', 11, 1, ['RUS']))!.band).toBe('highly-divided');
    expect(measure(sc('w', 15, 0))!.band).toBe('near-unanimous');
    // A Council vote with no yes and no no is still measured (no negative vote).
    expect(measure(sc('x', 0, 0))!.band).toBe('near-unanimous');
  });

  it('list the vetoed first, then by negative votes, then by the fewest in favour, then by date', () => {
    const votes = measureAll([
      sc('unanimous', 15, 0),
      sc('three-no', 10, 3),
      sc('veto-one', 13, 1, ['USA'], '2001-01-01'),
      sc('veto-two', 10, 2, ['RUS', 'CHN']),
      sc('veto-one-earlier', 13, 1, ['RUS'], '1999-05-01'),
      sc('three-no-fewer-yes', 9, 3),
    ]).votes;
    expect(mostDivided(votes).map((v) => v.id)).toEqual([
      'veto-two',
      'veto-one-earlier',
      'veto-one',
      'three-no-fewer-yes',
      'three-no',
      'unanimous',
    ]);
  });
});

describe('the most divided list', () => {
  it('puts the narrowest share first, then the narrowest margin, then the earliest date, then the id', () => {
    const votes = measureAll([
      ga('wide', 180, 2),
      ga('tied', 50, 50, 0, '1990-01-01'),
      ga('tied-later', 70, 70, 0, '1995-01-01'),
      ga('tied-earlier-same-margin', 40, 40, 0, '1980-01-01'),
      ga('one-apart', 51, 50),
      ga('one-apart-small', 3, 2),
      ga('b-same', 60, 40, 0, '2005-01-01'),
      ga('a-same', 60, 40, 0, '2005-01-01'),
    ]).votes;
    expect(mostDivided(votes).map((v) => v.id)).toEqual([
      'tied-earlier-same-margin',
      'tied',
      'tied-later',
      'one-apart',
      // 3 to 2 has the share of 60 to 40 (20%), with the narrower margin.
      'one-apart-small',
      'a-same',
      'b-same',
      'wide',
    ]);
  });

  it('counts the bands and draws the histogram in bars of ten points of share', () => {
    const votes = measureAll([
      ga('a', 100, 0),
      ga('b', 95, 5),
      ga('c', 60, 40),
      ga('d', 51, 49),
      ga('e', 80, 20),
    ]).votes;
    expect(bandCounts(votes)).toEqual({ 'near-unanimous': 2, clear: 1, divided: 1, 'highly-divided': 1 });
    const bins = histogram('GA', votes);
    expect(bins).toHaveLength(10);
    // 100% falls in the last bar; 90% exactly in the last bar as well; 60% exactly in 60–70.
    expect(bins.map((b) => b.total)).toEqual([1, 0, 1, 0, 0, 0, 1, 0, 0, 2]);
    expect(bins[9].counts['near-unanimous']).toBe(2);
    expect(bins[2].counts.divided).toBe(1);
    expect(bins[0]).toMatchObject({ from: 0, to: 10 });
  });

  it('draws the Council’s histogram by negative votes, five or more in the last bar, vetoes apart', () => {
    const votes = measureAll([sc('a', 15, 0), sc('b', 13, 1, ['RUS']), sc('c', 13, 1), sc('d', 7, 7)]).votes;
    const bins = histogram('SC', votes);
    expect(bins.map((b) => b.total)).toEqual([1, 2, 0, 0, 0, 1]);
    expect(bins[1].counts).toMatchObject({ clear: 1, 'highly-divided': 1 });
    expect(bins[5]).toMatchObject({ from: 5, to: null });
  });
});

describe('a topic’s votes', () => {
  // Four states, three decisions: positions 1 yes, 2 no, 3 abstain, 0 absent, 6 not a member.
  const matrix = {
    stateCount: 4,
    // d0: Y Y N A → majority Y; d1: N N Y 0 → majority N; d2: Y N 6 0 → tie, none.
    positions: Uint8Array.from([1, 1, 2, 3, 2, 2, 1, 0, 1, 2, 6, 0]),
    day: Int32Array.from([0, 366, 3 * 365 + 1]),
    states: [
      { key: 'AAA', name: 'Alpha' },
      { key: 'BBB', name: 'Beta' },
      { key: 'CCC', name: 'Gamma' },
      { key: 'DDD', name: 'Delta' },
    ],
  };

  it('finds each vote’s majority, none where two are tied', () => {
    expect([0, 1, 2].map((d) => majorityOf(matrix, d))).toEqual([1, 2, null]);
  });

  it('ranks who votes most often against the majority, over the votes with one', () => {
    const { rows, withoutMajority } = againstMajority(matrix, [0, 1, 2]);
    expect(withoutMajority).toBe(1);
    expect(rows.map((r) => [r.key, r.against, r.withPosition])).toEqual([
      ['CCC', 2, 2],
      ['DDD', 1, 1],
      ['AAA', 0, 2],
      ['BBB', 0, 2],
    ]);
  });

  it('counts votes per year, with the years between at zero', () => {
    expect(votesPerYear(matrix.day, [0, 2])).toEqual([
      { year: 1970, votes: 1 },
      { year: 1971, votes: 0 },
      { year: 1972, votes: 0 },
      { year: 1973, votes: 1 },
    ]);
  });
});

describe('over the datasets', () => {
  it('the curated day’s Council: the vetoed amendments first, their count against at least the veto', () => {
    const day = bundledDataset();
    const { votes, untallied } = dayVotes(day, 'SC');
    // The motion to postpone has no recorded tally.
    expect(untallied).toBe(1);
    const list = mostDivided(measureAll(votes).votes);
    expect(list.map((v) => [v.id, v.band, v.no, v.vetoedBy.join()])).toEqual([
      ['sc-am-sovereignty', 'highly-divided', 1, 'RUS'],
      ['sc-am-just-peace', 'highly-divided', 1, 'RUS'],
      ['sc-am-rus', 'divided', 6, ''],
      ['sc-am-invasion', 'clear', 1, ''],
      ['sc-s2025-112', 'near-unanimous', 0, ''],
    ]);
    expect(list[0].noAtLeast).toBe(true);
    expect(list[2].noAtLeast).toBeUndefined();
    // A count the tally does not record is no count: its CSV cell is empty, not 0.
    const [first] = dividedRows(list);
    const at = (name: (typeof DIVIDED_HEADER)[number]) => first[DIVIDED_HEADER.indexOf(name)];
    expect([at('yes'), at('no'), at('abstain'), at('no_at_least')]).toEqual([9, 1, null, 'yes']);
  });

  it('the curated day’s Assembly: the rejected amendment divided (31 to 71), A/RES/ES-11/7 clear (93 to 18)', () => {
    const { votes, untallied } = dayVotes(bundledDataset(), 'GA');
    expect(untallied).toBe(3);
    const list = mostDivided(measureAll(votes).votes);
    expect(list.map((v) => [v.id, v.margin, v.band])).toEqual([
      ['ga-l11-am-rus', -40, 'divided'],
      ['ga-l10', 75, 'clear'],
      ['ga-l11', 85, 'clear'],
    ]);
  });

  it('an import’s Council vote: its totals, and the band by its negative votes', () => {
    const { store } = importFixture('sc-2774.csv');
    const { votes, withoutVote, untallied } = importVotes(store, ALL);
    expect([withoutVote, untallied]).toEqual([0, 0]);
    expect(measureAll(votes).votes.map((v) => [v.yes, v.no, v.abstain, v.band, v.vetoedBy.length])).toEqual([
      [10, 0, 5, 'near-unanimous', 0],
    ]);
  });

  it('an import has no vetoes: a permanent member’s vote against an adopted resolution is a negative vote', () => {
    // S/RES/2774 as if China had voted against it (and it had been adopted all the same, 9 to 1).
    const text = fixtureText('sc-2774.csv')
      .replace(/^(900002774,CHN,CHINA,True,)Y,/m, '$1N,')
      .replaceAll('10.0,0.0,5.0,0.0,15.0', '9.0,1.0,5.0,0.0,15.0');
    const { store, report } = importText(text);
    expect(report.rejected).toBe(0);
    const [vote] = measureAll(importVotes(store, ALL).votes).votes;
    expect([vote.yes, vote.no, vote.vetoedBy, vote.band]).toEqual([9, 1, [], 'clear']);
  });

  it('an import’s votes by years and subject', () => {
    const { store } = importFixture('ga-synthetic.csv');
    expect(importVotes(store, ALL).votes).toHaveLength(2);
    expect(importVotes(store, { ...ALL, fromYear: 1951 }).votes.map((v) => v.date)).toEqual(['1982-04-28']);
    expect(importVotes(store, { ...ALL, subject: 'NO SUCH SUBJECT' }).votes).toEqual([]);
  });
});
