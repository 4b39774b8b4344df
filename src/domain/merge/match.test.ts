import { describe, expect, it } from 'vitest';
import { committedPack } from '../../../test/history';
import type { VoteRef } from './match';
import { matchVotes, sameDate } from './match';
import { recordVotes } from './sources';

let next = 0;
const vote = (key: string | null, date: string, precision: 'day' | 'month' = 'day', body: 'GA' | 'SC' = 'GA') =>
  ({ index: next++, body, key, date, precision }) satisfies VoteRef;

describe('sameDate', () => {
  it('is the same day where both are known to the day, the same month where either is known only to its month', () => {
    expect(sameDate(vote(null, '2025-02-24'), vote(null, '2025-02-24'))).toBe(true);
    expect(sameDate(vote(null, '2025-02-24'), vote(null, '2025-02-25'))).toBe(false);
    expect(sameDate(vote(null, '1971-10-07', 'month'), vote(null, '1971-10-25'))).toBe(true);
    expect(sameDate(vote(null, '1971-10-25'), vote(null, '1971-10-07', 'month'))).toBe(true);
    expect(sameDate(vote(null, '1971-10-07', 'month'), vote(null, '1971-11-01'))).toBe(false);
    expect(sameDate(vote(null, '1971-10-07', 'month'), vote(null, '1972-10-07', 'month'))).toBe(false);
  });
});

describe('matchVotes on hand-made votes', () => {
  it('matches one vote to one vote of the same body, key and day', () => {
    const a = [vote('S/RES/2774', '2025-02-24', 'day', 'SC'), vote('A/RES/ES-11/7', '2025-02-24')];
    const b = [vote('A/RES/ES-11/7', '2025-02-24'), vote('S/RES/2774', '2025-02-24', 'day', 'SC')];
    const result = matchVotes(a, b);
    expect(result.matches).toEqual([
      { a: a[0].index, b: b[1].index, key: 'S/RES/2774', on: 'day' },
      { a: a[1].index, b: b[0].index, key: 'A/RES/ES-11/7', on: 'day' },
    ]);
    expect(result.ambiguous).toEqual([]);
    expect(result.unmatched).toEqual({ a: [], b: [] });
  });

  it('matches a date known only to its month on the month, and says so', () => {
    const a = [vote('A/RES/43/110', '1988-12-04', 'month')];
    const b = [vote('A/RES/43/110', '1988-12-08')];
    expect(matchVotes(a, b).matches).toEqual([{ a: a[0].index, b: b[0].index, key: 'A/RES/43/110', on: 'month' }]);
    // Not on another month.
    const c = [vote('A/RES/43/110', '1989-01-08')];
    const result = matchVotes(a, c);
    expect(result.matches).toEqual([]);
    expect(result.unmatched.a).toEqual([{ index: a[0].index, key: 'A/RES/43/110', elsewhere: [c[0].index] }]);
    expect(result.unmatched.b).toEqual([{ index: c[0].index, key: 'A/RES/43/110', elsewhere: [a[0].index] }]);
  });

  it('does not guess where a key and date have several votes on either side: ambiguous, with the candidates', () => {
    // The record's R/52/38R: one vote on 3 Dec 1997, two (on paragraphs) on 9 Dec.
    const a = [
      vote('A/RES/52/38 R', '1997-12-03'),
      vote('A/RES/52/38 R', '1997-12-09'),
      vote('A/RES/52/38 R', '1997-12-09'),
    ];
    const b = [vote('A/RES/52/38 R', '1997-12-09')];
    const result = matchVotes(a, b);
    expect(result.matches).toEqual([]);
    expect(result.ambiguous).toEqual([
      { key: 'A/RES/52/38 R', on: 'day', reason: 'several', a: [a[1].index, a[2].index], b: [b[0].index] },
    ]);
    expect(result.unmatched.a).toEqual([{ index: a[0].index, key: 'A/RES/52/38 R', elsewhere: [b[0].index] }]);
    // Several on the other side too, and two month-precision votes against one of the month.
    const c = [vote('A/RES/2626', '1970-10-03', 'month')];
    const d = [vote('A/RES/2626', '1970-10-24'), vote('A/RES/2626', '1970-10-25')];
    expect(matchVotes(c, d).ambiguous).toEqual([
      { key: 'A/RES/2626', on: 'month', reason: 'several', a: [c[0].index], b: [d[0].index, d[1].index] },
    ]);
    expect(matchVotes(c, d).matches).toEqual([]);
  });

  it('links votes through shared candidates: a month against two days, each of which another vote also fits', () => {
    const a = [vote('A/RES/2626', '1970-10-03', 'month'), vote('A/RES/2626', '1970-10-24')];
    const b = [vote('A/RES/2626', '1970-10-24'), vote('A/RES/2626', '1970-11-02')];
    const result = matchVotes(a, b);
    expect(result.ambiguous).toEqual([
      { key: 'A/RES/2626', on: 'month', reason: 'several', a: [a[0].index, a[1].index], b: [b[0].index] },
    ]);
    expect(result.unmatched.b).toEqual([{ index: b[1].index, key: 'A/RES/2626', elsewhere: [a[0].index, a[1].index] }]);
  });

  it('never matches a part with another part or with the whole: ambiguous, under the whole resolution’s key', () => {
    // The record letters its seven votes around resolution 2758 (XXVI); the Library has the resolution.
    const a = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((p) => vote(`A/RES/2758 ${p}`, '1971-10-07', 'month'));
    const b = [vote('A/RES/2758', '1971-10-25')];
    const result = matchVotes(a, b);
    expect(result.matches).toEqual([]);
    expect(result.ambiguous).toEqual([
      { key: 'A/RES/2758', on: 'month', reason: 'parts', a: a.map((v) => v.index), b: [b[0].index] },
    ]);
    expect(result.unmatched).toEqual({ a: [], b: [] });
    // Parts that match exactly are matched; a part left over is not linked to the others' whole.
    const c = [vote('A/RES/44/41 A', '1989-12-06'), vote('A/RES/44/41 B', '1989-12-06')];
    const d = [
      vote('A/RES/44/41 A', '1989-12-06'),
      vote('A/RES/44/41 B', '1989-12-06'),
      vote('A/RES/44/41', '1990-01-01'),
    ];
    const parts = matchVotes(c, d);
    expect(parts.matches.map((m) => m.key)).toEqual(['A/RES/44/41 A', 'A/RES/44/41 B']);
    expect(parts.ambiguous).toEqual([]);
    expect(parts.unmatched.b).toEqual([{ index: d[2].index, key: 'A/RES/44/41', elsewhere: [] }]);
  });

  it('leaves votes without a key apart, and never matches across bodies', () => {
    const a = [vote(null, '2025-02-24', 'day', 'SC'), vote('S/RES/2774', '2025-02-24', 'day', 'SC')];
    const b = [vote(null, '2025-02-24', 'day', 'SC'), { ...vote('S/RES/2774', '2025-02-24'), body: 'GA' as const }];
    const result = matchVotes(a, b);
    expect(result.noKey).toEqual({ a: [a[0].index], b: [b[0].index] });
    expect(result.matches).toEqual([]);
    expect(result.unmatched.a.map((u) => u.index)).toEqual([a[1].index]);
  });
});

describe('matchVotes on the whole record against a full import', () => {
  /**
   * An import the size of the Library's General Assembly file (about 6,200
   * votes): one vote per resolution key of the record, on the day of the
   * record's last vote with that key (its placeholder day where the record
   * knows only the month), then votes of 2020–2025 that the record does not
   * have.
   */
  const pack = committedPack();
  const record = recordVotes(pack);
  const last = new Map<string, VoteRef>();
  for (const v of record) if (v.key !== null) last.set(v.key, v);
  const imported: VoteRef[] = [...last.values()].map((v, i) => ({ ...v, index: i, precision: 'day' }));
  while (imported.length < 6_200) {
    const i = imported.length;
    imported.push({ index: i, body: 'GA', key: `A/RES/${75 + (i % 5)}/${i}`, date: '2021-12-01', precision: 'day' });
  }

  it('finds each resolution once: matched where the record has one vote at that date, ambiguous where several', () => {
    const result = matchVotes(record, imported);
    // Counted here apart: the record's votes per key and month (or day) of the import's vote.
    let single = 0;
    let several = 0;
    let inSeveral = 0;
    const byKey = new Map<string, VoteRef[]>();
    for (const r of record) if (r.key !== null) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r]);
    for (const [key, v] of last) {
      const n = byKey
        .get(key)!
        .filter((r) =>
          r.precision === 'month' || v.precision === 'month'
            ? r.date.slice(0, 7) === v.date.slice(0, 7)
            : r.date === v.date,
        ).length;
      if (n === 1) {
        single++;
      } else {
        several++;
        inSeveral += n;
      }
    }
    expect(result.matches).toHaveLength(single);
    expect(result.ambiguous).toHaveLength(several);
    expect(result.ambiguous.every((x) => x.reason === 'several' && x.b.length === 1)).toBe(true);
    expect(result.ambiguous.reduce((n, x) => n + x.a.length, 0)).toBe(inSeveral);
    // Every vote is accounted for once.
    const a =
      result.matches.length +
      result.ambiguous.reduce((n, x) => n + x.a.length, 0) +
      result.unmatched.a.length +
      result.noKey.a.length;
    const b =
      result.matches.length +
      result.ambiguous.reduce((n, x) => n + x.b.length, 0) +
      result.unmatched.b.length +
      result.noKey.b.length;
    expect(a).toBe(pack.decisionCount);
    expect(b).toBe(6_200);
    // The figures of the committed record.
    expect(record.length).toBe(6203);
    expect(last.size).toBe(4781);
    expect(result.matches).toHaveLength(4622);
    expect(result.ambiguous).toHaveLength(159);
    expect(result.unmatched.a).toHaveLength(81);
    expect(result.unmatched.b).toHaveLength(6_200 - 4781);
    expect(result.noKey.a).toHaveLength(1060);
    // A match keeps the record's index and the import's, and says how the dates met.
    const m = result.matches.find((x) => x.key === 'A/RES/ES-10/19')!;
    expect(pack.rcid[m.a]).toBe(5588);
    expect(m.on).toBe('day');
    expect(result.matches.some((x) => x.on === 'month')).toBe(true);
  });
});
