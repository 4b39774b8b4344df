import { describe, expect, it } from 'vitest';
import { committedPack } from '../../../test/history';
import { importFixture } from '../../../test/undl';
import { decisionOfRcid } from '../history/pack';
import { NO_FILTER } from '../history/vocabulary';
import { recordAgainstImport } from './record';
import {
  MERGED_LIST_HEADER,
  filterMergedList,
  importOnly,
  listRowOf,
  mergeByDate,
  mergedFilterRange,
  mergedListRows,
} from './list';

const pack = committedPack();

describe("the General Assembly's list over the record and an import", () => {
  const { store } = importFixture('ga-from-record.csv');
  const result = recordAgainstImport(pack, store);
  const only = importOnly(result, store);

  it("lists an import's vote apart only where it is none of the record's; one that may be is listed, with the candidates", () => {
    // Vote 1 (A/RES/ES-10/19) is the record's rcid 5588; vote 0 (A/RES/2758(XXVI)) may be one of the record's
    // lettered votes on parts of that text, and is not merged on a guess.
    expect([...only.votes]).toEqual([0]);
    expect(only.mayBe.get(0)).toContain(decisionOfRcid(pack, 1187));
    expect(only.mayBe.has(1)).toBe(false);
  });

  it('keeps every vote of the record once, and puts the import’s among them by date', () => {
    const { rows, record, imported } = filterMergedList(pack, store, only, NO_FILTER);
    expect(record).toBe(pack.decisionCount);
    expect(imported).toBe(1);
    expect(rows).toHaveLength(pack.decisionCount + 1);
    const recordRows = [...rows].filter((r) => r >= 0);
    expect(recordRows).toEqual(Array.from({ length: pack.decisionCount }, (_, d) => d));
    const at = rows.indexOf(-1);
    expect(listRowOf(rows[at])).toEqual({ source: 'import', v: 0 });
    expect(pack.day[rows[at - 1]]).toBeLessThanOrEqual(store.day[0]);
    expect(pack.day[rows[at + 1]]).toBeGreaterThanOrEqual(store.day[0]);
  });

  it('filters the import’s votes by years and words; the codings the file has not (topics, important votes, parts) leave them out', () => {
    const in1971 = { ...NO_FILTER, fromYear: 1971, toYear: 1971 };
    expect(filterMergedList(pack, store, only, in1971).imported).toBe(1);
    expect(filterMergedList(pack, store, only, { ...NO_FILTER, fromYear: 1972 }).imported).toBe(0);
    expect(filterMergedList(pack, store, only, { ...in1971, text: 'lawful rights' }).imported).toBe(1);
    expect(filterMergedList(pack, store, only, { ...in1971, text: 'jerusalem' }).imported).toBe(0);
    expect(filterMergedList(pack, store, only, { ...in1971, kind: 'resolution' }).imported).toBe(1);
    expect(filterMergedList(pack, store, only, { ...in1971, kind: 'amendment' }).imported).toBe(0);
    expect(filterMergedList(pack, store, only, { ...in1971, topics: ['hr'] }).imported).toBe(0);
    expect(filterMergedList(pack, store, only, { ...in1971, importantOnly: true }).imported).toBe(0);
    expect(filterMergedList(pack, store, only, { ...in1971, session: 26 }).imported).toBe(1);
    expect(filterMergedList(pack, store, only, { ...in1971, session: 25 }).imported).toBe(0);
  });

  it('writes the CSV with the record’s columns and the Library’s record number of the same vote', () => {
    const es10 = decisionOfRcid(pack, 5588);
    const rows = mergeByDate(pack, [es10], store, [0]);
    const [first, second] = [...mergedListRows(pack, store, result, rows)];
    expect(MERGED_LIST_HEADER.at(-1)).toBe('undl_id');
    const cell = (row: unknown[], name: (typeof MERGED_LIST_HEADER)[number]) => row[MERGED_LIST_HEADER.indexOf(name)];
    // The import's 1971 vote first, counted from its rows as the record's votes are: 76–35–17, 3 non-voting.
    expect(cell(first, 'decision')).toBe('undl-ga-900001190');
    expect(cell(first, 'record_id')).toBe('');
    expect(cell(first, 'date')).toBe('1971-10-25');
    expect(cell(first, 'kind')).toBe('resolution');
    expect([cell(first, 'yes_counted'), cell(first, 'no_counted'), cell(first, 'abstain_counted')]).toEqual([
      76, 35, 17,
    ]);
    expect([cell(first, 'absent_or_not_voting'), cell(first, 'members')]).toEqual([3, 131]);
    expect(cell(first, 'undl_id')).toBe('900001190');
    expect(cell(second, 'record_id')).toBe('5588');
    expect(cell(second, 'undl_id')).toBe('900005588');
    expect(first).toHaveLength(MERGED_LIST_HEADER.length);
    expect(second).toHaveLength(MERGED_LIST_HEADER.length);
  });
});

describe('merging two lists by date', () => {
  it('keeps each in its order, the record’s first on a day both have', () => {
    const rows = mergeByDate(
      { day: Int32Array.from([1, 2, 2, 5]) },
      [0, 1, 2, 3],
      { day: Int32Array.from([0, 2, 6]) },
      [0, 1, 2],
    );
    expect([...rows].map(listRowOf)).toEqual([
      { source: 'import', v: 0 },
      { source: 'record', d: 0 },
      { source: 'record', d: 1 },
      { source: 'record', d: 2 },
      { source: 'import', v: 1 },
      { source: 'record', d: 3 },
      { source: 'import', v: 2 },
    ]);
    expect(mergeByDate({ day: new Int32Array(0) }, [], { day: new Int32Array(0) }, [])).toHaveLength(0);
  });
});

describe('an import with votes the record has not', () => {
  it('lists them all, by session and words too', () => {
    const { store } = importFixture('ga-synthetic.csv');
    const only = importOnly(recordAgainstImport(pack, store), store);
    expect(only.votes).toHaveLength(2);
    expect(filterMergedList(pack, store, only, { ...NO_FILTER, text: 'synthetic vote' }).imported).toBe(2);
    expect(filterMergedList(pack, store, only, { ...NO_FILTER, session: 5 }).imported).toBe(1);
    // The filters' years and sessions take in the file's own: its session ES-7 is no number, and is not offered.
    const range = mergedFilterRange(pack, store, only);
    expect([range.firstYear, range.lastYear]).toEqual([1946, 2020]);
    expect(range.sessions).toContain(5);
    expect(range.sessions.every(Number.isInteger)).toBe(true);
  });
});
