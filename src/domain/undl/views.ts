/**
 * An import's votes as the app lists and addresses them: each vote's id
 * (`undl-ga-4025240`: the dataset's id and the Library's record number),
 * the vote an id names, and a search over symbols and titles.
 */
import { normaliseText } from '../history/filter';
import type { RecordPositions } from '../alignment';
import type { UndlStore } from './format';
import { UNDL_CODE, UNDL_FLAG, isoDateOfDay, textOf } from './format';
import { POSITION_CODE } from '../history/format';
import type { Cell } from '../csv';
import { UNDL_RECORDS } from './dataset';

import { formatImportedVoteId } from './ids';

export { parseImportedVoteId } from './ids';

/** The id of vote d, as addresses write it. */
export function importedVoteId(store: UndlStore, d: number): string {
  return formatImportedVoteId(UNDL_RECORDS[store.body].id, store.undlId[d]);
}

const indexes = new WeakMap<UndlStore, Map<number, number>>();

/** The vote with this record number, or -1. */
export function voteOfUndlId(store: UndlStore, undlId: number): number {
  let index = indexes.get(store);
  if (!index) {
    index = new Map();
    for (let d = 0; d < store.decisionCount; d++) index.set(store.undlId[d], d);
    indexes.set(store, index);
  }
  return index.get(undlId) ?? -1;
}

const haystacks = new WeakMap<UndlStore, string[]>();

/** The votes whose symbol, title or draft holds every word of `text` (all where it is empty), in order of date. */
export function searchVotes(store: UndlStore, text: string): Uint32Array {
  const words = normaliseText(text).split(' ').filter(Boolean);
  const all = Uint32Array.from({ length: store.decisionCount }, (_, d) => d);
  if (words.length === 0) return all;
  let texts = haystacks.get(store);
  if (!texts) {
    const normalised = store.strings.map(normaliseText);
    texts = Array.from(
      { length: store.decisionCount },
      (_, d) => `${normalised[store.symbol[d]]}\n${normalised[store.title[d]]}\n${normalised[store.draft[d]]}`,
    );
    haystacks.set(store, texts);
  }
  const found = texts;
  return all.filter((d) => words.every((w) => found[d].includes(w)));
}

/** Whether vote d is flagged: its positions disagree with its totals, or its members with the membership table. */
export function isFlagged(store: UndlStore, d: number): boolean {
  return (store.flags[d] & (UNDL_FLAG.disagrees | UNDL_FLAG.membersDiffer)) !== 0;
}

/**
 * An import's positions as the alignment reads the record's: the same codes
 * for yes, no, abstain and not a member (non-voting and no row count as no
 * position), the same seats; no topics.
 */
export function importPositions(store: UndlStore): RecordPositions {
  return {
    decisionCount: store.decisionCount,
    stateCount: store.stateCount,
    positions: store.positions,
    day: store.day,
    topicBits: new Uint8Array(store.decisionCount),
    topics: [],
    states: store.states.map((s) => ({ ...s, record: s.record })),
    stateIndex: store.stateIndex,
  };
}

/**
 * A state's positions in an import, by its seat as the record's state pages
 * count them (the Russian Federation with the USSR's before 1992): one code
 * per vote as the record codes them (`POSITION_CODE`: non-voting and no row
 * are both absent or not voting; `notMember` where the seat was not held or
 * not on the Council), which state held the seat, and which votes had X.
 */
export function importSeatPositions(
  store: UndlStore,
  stateKey: string,
): { codes: Uint8Array; holder: Int16Array; nonVoting: Uint8Array } | null {
  const state = store.states[store.stateIndex.get(stateKey) ?? -1];
  if (!state) return null;
  const holders = state.former ? [state] : store.states.filter((s) => s.seat === state.key);
  const D = store.decisionCount;
  const codes = new Uint8Array(D).fill(POSITION_CODE.notMember);
  const holder = new Int16Array(D).fill(-1);
  const nonVoting = new Uint8Array(D);
  for (let d = 0; d < D; d++) {
    const base = d * store.stateCount;
    for (const h of holders) {
      const code = store.positions[base + h.index];
      if (code === UNDL_CODE.notEligible) continue;
      holder[d] = h.index;
      if (code === UNDL_CODE.Y) codes[d] = POSITION_CODE.Y;
      else if (code === UNDL_CODE.N) codes[d] = POSITION_CODE.N;
      else if (code === UNDL_CODE.A) codes[d] = POSITION_CODE.A;
      else {
        codes[d] = POSITION_CODE.absentOrNotVoting;
        nonVoting[d] = code === UNDL_CODE.X ? 1 : 0;
      }
      break;
    }
  }
  return { codes, holder, nonVoting };
}

/** A state's imported positions as CSV rows (`STATE_VOTES_HEADER` of the record's), one per vote given; `ms_vote` as the file writes it (X non-voting). */
export function* importStateVoteRows(
  store: UndlStore,
  stateKey: string,
  positions: NonNullable<ReturnType<typeof importSeatPositions>>,
  votes: ArrayLike<number>,
): Iterable<Cell[]> {
  for (let i = 0; i < votes.length; i++) {
    const d = votes[i];
    const code = positions.codes[d];
    const holder = positions.holder[d] >= 0 ? store.states[positions.holder[d]].key : stateKey;
    const vote =
      code === POSITION_CODE.Y
        ? 'Y'
        : code === POSITION_CODE.N
          ? 'N'
          : code === POSITION_CODE.A
            ? 'A'
            : positions.nonVoting[d]
              ? 'X'
              : '';
    yield [
      stateKey,
      holder,
      importedVoteId(store, d),
      String(store.undlId[d]),
      isoDateOfDay(store.day[d]),
      textOf(store, store.symbol, d),
      textOf(store, store.title, d),
      vote,
      vote === '' ? 'not recorded' : 'reported',
    ];
  }
}
