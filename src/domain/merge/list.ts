/**
 * The General Assembly's list over the record and an import of the
 * Library's General Assembly file: every vote of the record (with the
 * import's vote where it is the same vote) and, among them by date, every
 * vote of the import that is none of the record's. A vote of the import that
 * may be one of the record's but could not be told apart (`ambiguous` in the
 * match) is listed as the import's, and says with which of the record's it
 * may be one: nothing is merged on a guess.
 */
import type { CountedTally, HistoryPack } from '../history/pack';
import { dayOfYearStart, filterDecisions, filterRange, normaliseText } from '../history/filter';
import type { RecordFilter } from '../history/vocabulary';
import type { UndlStore } from '../undl/format';
import { UNDL_CODE, isoDateOfDay, positionsOf, textOf } from '../undl/format';
import { importedVoteId, searchVotes } from '../undl/views';
import { RECORD_LIST_HEADER, recordListRows } from '../history/views';
import type { Cell } from '../csv';
import type { MatchResult } from './match';

/** The import's votes that are none of the record's, in order of date; and, per such vote, the record's it may be. */
export interface ImportOnly {
  votes: Uint32Array;
  /** Import vote → the record's votes it may be the same as (an ambiguous match). */
  mayBe: ReadonlyMap<number, readonly number[]>;
}

/** The import's votes the match did not pair with a vote of the record (side b), in order of date. */
export function importOnly(result: MatchResult, store: UndlStore): ImportOnly {
  const matched = new Set(result.matches.map((m) => m.b));
  const mayBe = new Map<number, number[]>();
  for (const amb of result.ambiguous) for (const v of amb.b) mayBe.set(v, [...(mayBe.get(v) ?? []), ...amb.a]);
  const votes: number[] = [];
  for (let v = 0; v < store.decisionCount; v++) if (!matched.has(v)) votes.push(v);
  votes.sort((x, y) => store.day[x] - store.day[y] || x - y);
  return { votes: Uint32Array.from(votes), mayBe };
}

/**
 * Whether the import's votes can meet the filter at all: the file codes no
 * topics and no important votes, and holds votes on whole resolutions only
 * (the record's kind `resolution`).
 */
export function importMeetsCoding(filter: RecordFilter): boolean {
  return filter.topics.length === 0 && !filter.importantOnly && (filter.kind === null || filter.kind === 'resolution');
}

/** The votes of `candidates` (the import's, in order of date) that match the filter's years, session and words. */
export function filterImportVotes(store: UndlStore, candidates: Uint32Array, filter: RecordFilter): Uint32Array {
  if (!importMeetsCoding(filter)) return new Uint32Array(0);
  const from = filter.fromYear === null ? -Infinity : dayOfYearStart(filter.fromYear);
  const to = filter.toYear === null ? Infinity : dayOfYearStart(filter.toYear + 1);
  const session = filter.session === null ? null : String(filter.session);
  const words = normaliseText(filter.text) === '' ? null : new Set(searchVotes(store, filter.text));
  return candidates.filter(
    (v) =>
      store.day[v] >= from &&
      store.day[v] < to &&
      (session === null || textOf(store, store.session, v) === session) &&
      (words === null || words.has(v)),
  );
}

/**
 * One list of the record's votes (`d`, as the record's list has them) and
 * the import's (`v`), merged in order of date, the record's first on a day:
 * a row is `d` for the record's vote d, `-(v + 1)` for the import's vote v.
 */
export function mergeByDate(
  pack: Pick<HistoryPack, 'day'>,
  record: ArrayLike<number>,
  store: Pick<UndlStore, 'day'>,
  imported: ArrayLike<number>,
): Int32Array {
  const rows = new Int32Array(record.length + imported.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < record.length || j < imported.length) {
    const takeRecord = j >= imported.length || (i < record.length && pack.day[record[i]] <= store.day[imported[j]]);
    rows[n++] = takeRecord ? record[i++] : -(imported[j++] + 1);
  }
  return rows;
}

/** A row of the merged list: the record's vote d, or the import's vote v. */
export type ListRow = { source: 'record'; d: number } | { source: 'import'; v: number };

export const listRowOf = (row: number): ListRow =>
  row >= 0 ? { source: 'record', d: row } : { source: 'import', v: -row - 1 };

/** The record's votes that match the filter and the import's that are none of the record's and match it too. */
export function filterMergedList(
  pack: HistoryPack,
  store: UndlStore,
  only: ImportOnly,
  filter: RecordFilter,
): { rows: Int32Array; record: number; imported: number } {
  const record = filterDecisions(pack, filter);
  const imported = filterImportVotes(store, only.votes, filter);
  return { rows: mergeByDate(pack, record, store, imported), record: record.length, imported: imported.length };
}

/** The import's vote v counted from its positions, as the record's votes are: members are those with a row or a seat. */
export function countedImportTally(store: UndlStore, v: number): CountedTally {
  const t: CountedTally = { counted: true, Y: 0, N: 0, A: 0, absentOrNotVoting: 0, members: 0 };
  for (const code of positionsOf(store, v)) {
    if (code === UNDL_CODE.notEligible) continue;
    t.members++;
    if (code === UNDL_CODE.Y) t.Y++;
    else if (code === UNDL_CODE.N) t.N++;
    else if (code === UNDL_CODE.A) t.A++;
    else t.absentOrNotVoting++;
  }
  return t;
}

/** The merged list's CSV header: the record's list's, and the Library's record number of the import's same vote. */
export const MERGED_LIST_HEADER = [...RECORD_LIST_HEADER, 'undl_id'] as const;

const paired = new WeakMap<MatchResult, ReadonlyMap<number, number>>();

/** The import's vote paired with each of the record's votes it matched (side a → side b). */
export function importVoteOfRecord(result: MatchResult): ReadonlyMap<number, number> {
  let map = paired.get(result);
  if (!map) {
    map = new Map(result.matches.map((m) => [m.a, m.b]));
    paired.set(result, map);
  }
  return map;
}

/** The merged list as CSV rows, in its order: a record's vote with its import vote's `undl_id`, an import's vote alone. */
export function* mergedListRows(
  pack: HistoryPack,
  store: UndlStore,
  result: MatchResult,
  rows: Int32Array,
): Iterable<Cell[]> {
  const pairs = importVoteOfRecord(result);
  for (const row of rows) {
    if (row >= 0) {
      const [cells] = recordListRows(pack, [row]);
      const v = pairs.get(row);
      yield [...cells, v === undefined ? '' : String(store.undlId[v])];
      continue;
    }
    const v = -row - 1;
    const t = countedImportTally(store, v);
    yield [
      importedVoteId(store, v),
      '',
      isoDateOfDay(store.day[v]),
      'day',
      textOf(store, store.session, v),
      textOf(store, store.symbol, v),
      textOf(store, store.title, v),
      '',
      '',
      'resolution',
      t.Y,
      t.N,
      t.A,
      t.absentOrNotVoting,
      t.members,
      String(store.undlId[v]),
    ];
  }
}

/** The years and sessions the filters offer over the record and the import's votes that are none of the record's. */
export function mergedFilterRange(
  pack: HistoryPack,
  store: UndlStore,
  only: ImportOnly,
): { firstYear: number; lastYear: number; sessions: number[] } {
  const own = filterRange(pack);
  if (only.votes.length === 0) return own;
  const yearOf = (v: number) => Number(isoDateOfDay(store.day[v]).slice(0, 4));
  const sessions = new Set(own.sessions);
  for (const v of only.votes) {
    const session = Number(textOf(store, store.session, v));
    if (Number.isInteger(session) && session > 0) sessions.add(session);
  }
  return {
    firstYear: Math.min(own.firstYear, yearOf(only.votes[0])),
    lastYear: Math.max(own.lastYear, yearOf(only.votes[only.votes.length - 1])),
    sessions: [...sessions].sort((a, b) => a - b),
  };
}
