import { describe, expect, it } from 'vitest';
import { bundledDataset, bundledFile } from '../../test/dataset';
import { committedPack } from '../../test/history';
import { fixtureText, importFixture, importText } from '../../test/undl';
import { coverage } from './coverage';
import { dayFacts, importFacts, recordFacts } from './methodology';
import { datePrecisionOf, importanceOf, kindOf, yearOf } from './history/pack';

describe('the curated day in figures', () => {
  const dataset = bundledDataset();
  const facts = dayFacts(dataset);

  it('has its twelve decisions of one day in both bodies', () => {
    expect(facts.decisions).toEqual({ GA: 6, SC: 6 });
    expect([facts.from, facts.to]).toEqual(['2025-02-24', '2025-02-24']);
    expect(facts.states).toBe(193);
    expect(facts.sources).toBe(dataset.sources.length);
  });

  it('counts the positions as the coverage table does, each once', () => {
    const rows = coverage(dataset);
    const sum = (f: (c: (typeof rows)[number]) => number) => rows.reduce((n, c) => n + f(c), 0);
    expect(facts.eligible).toBe(sum((c) => c.eligible));
    expect(facts.reported.Y + facts.reported.N + facts.reported.A + facts.reported.X).toBe(sum((c) => c.reported));
    expect(facts.notReported).toBe(sum((c) => c.notReported));
    expect(facts.implied).toBe(sum((c) => c.implied));
    expect(facts.disputed).toBe(sum((c) => c.disputed));
    expect(facts.eligible).toBe(
      facts.reported.Y + facts.reported.N + facts.reported.A + facts.reported.X + facts.notReported + facts.disputed,
    );
  });

  it('checks four positions of every decision against its tally, none of them disagreeing', () => {
    const { agrees, disagrees } = facts.tallyChecks;
    expect(agrees + disagrees + facts.tallyChecks['nothing to compare']).toBe(4 * 12);
    expect(disagrees).toBe(0);
    expect(agrees).toBeGreaterThan(0);
  });

  it("counts every citation of the decisions' facts, as the file gives them", () => {
    let inFile = 0;
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object')
        for (const [key, x] of Object.entries(v)) {
          if (key === 'citations' && Array.isArray(x)) inFile += x.length;
          else walk(x);
        }
    };
    walk(bundledFile().decisions);
    expect(facts.citations).toBe(inFile);
    expect(inFile).toBeGreaterThan(100);
  });
});

describe('the record in figures', () => {
  const pack = committedPack();
  const facts = recordFacts(pack);

  it('agrees with the record: 6,203 votes and 870,109 positions, 1946 to January 2020', () => {
    expect(facts.decisions).toBe(6203);
    expect(facts.positions.Y + facts.positions.N + facts.positions.A).toBe(870_109);
    expect(facts.positions.Y + facts.positions.N + facts.positions.A).toBe(pack.dataset.coverage.positions);
    expect(facts.from.slice(0, 4)).toBe('1946');
    expect(facts.to).toBe('2020-01-14');
    expect([facts.firstSession, facts.lastSession]).toEqual([1, 74]);
    expect(facts.states).toBe(203);
    expect(facts.formerStates).toBe(10);
  });

  it('counts what the record lacks the way its own accessors tell it', () => {
    let month = 0;
    let coded = 0;
    let important = 0;
    let kind = 0;
    for (let d = 0; d < pack.decisionCount; d++) {
      if (datePrecisionOf(pack, d) === 'month') month++;
      const i = importanceOf(pack, d);
      if (i !== null) coded++;
      if (i) important++;
      if (kindOf(pack, d) !== 'not-coded') kind++;
    }
    expect(facts.monthPrecision).toBe(month);
    expect(facts.lastMonthPrecision! < '1997-12-31').toBe(true);
    expect([facts.importanceCoded, facts.important]).toEqual([coded, important]);
    expect(facts.kindCoded).toBe(kind);
    // Every vote up to 1984; none from 1985 to 1996; some since.
    expect(facts.kindCodedThrough).toBe(1984);
    let later = 0;
    for (let d = 0; d < pack.decisionCount; d++) if (yearOf(pack, d) > 1984 && kindOf(pack, d) !== 'not-coded') later++;
    expect(facts.kindCodedLater).toBe(later);
    expect(later).toBeGreaterThan(0);
  });

  it('counts a member with no position in a vote as absent or not voting', () => {
    // Every member at a decision's date either took a position or is absent or not voting.
    let members = 0;
    for (let i = 0; i < pack.positions.length; i++) if (pack.positions[i] !== 6) members++;
    expect(facts.absentOrNotVoting).toBe(members - 870_109);
    expect(facts.absentOrNotVoting).toBeGreaterThan(0);
  });

  it('counts the votes of each topic', () => {
    expect(facts.byTopic).toHaveLength(6);
    expect(facts.byTopic.reduce((a, b) => a + b, 0)).toBe(5745);
    expect(facts.withTopic).toBeLessThanOrEqual(5745);
  });
});

describe('an import in figures', () => {
  it('S/RES/2774: ten in favour and five abstentions, nothing left out', () => {
    const { store, report } = importFixture('sc-2774.csv');
    expect(importFacts(store, report)).toEqual({
      body: 'SC',
      from: '2025-02-24',
      to: '2025-02-24',
      votes: 1,
      withoutVote: 0,
      withoutPositions: 0,
      positions: { Y: 10, N: 0, A: 5, X: 0 },
      notReported: 0,
      rejected: 0,
      flagged: 0,
    });
  });

  it('a row left out and the vote flagged, as the import reports them', () => {
    const { store, report } = importFixture('sc-bad-vote-code.csv');
    const facts = importFacts(store, report);
    expect([facts.rejected, facts.flagged]).toEqual([1, 1]);
    expect(facts.positions.Y + facts.positions.A).toBe(14);
  });

  it('a vote adopted without a vote is counted as such, and its members as no positions taken', () => {
    // S/RES/2774 followed by a Council vote adopted without one (every member recorded in favour).
    const text = fixtureText('sc-2774.csv');
    const [header, ...rows] = text.trim().split('\n');
    const without = rows.map((row) =>
      row
        .replace(/^900002774,/, '900002775,')
        .replace(/,[YA],2025-02-24,S\/RES\/2774\(2025\)/, ',Y,2025-02-26,S/RES/2775(2025)')
        .replace('10.0,0.0,5.0,0.0,15.0,', '0.0,0.0,0.0,0.0,15.0,Adopted without vote'),
    );
    const { store, report } = importText([header, ...rows, ...without].join('\n') + '\n');
    expect(report.rejected).toBe(0);
    const facts = importFacts(store, report);
    expect([facts.votes, facts.withoutVote, facts.to]).toEqual([2, 1, '2025-02-26']);
    expect(facts.positions).toEqual({ Y: 10, N: 0, A: 5, X: 0 });
  });

  it('two General Assembly votes of different years', () => {
    const { store, report } = importFixture('ga-synthetic.csv');
    const facts = importFacts(store, report);
    expect([facts.from, facts.to, facts.votes]).toEqual(['1950-12-14', '1982-04-28', 2]);
    expect(facts.positions.Y + facts.positions.N + facts.positions.A + facts.positions.X + facts.notReported).toBe(
      60 + 157,
    );
  });
});
