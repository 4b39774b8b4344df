/**
 * An import's votes as the app lists and addresses them: each vote's id
 * (`undl-ga-4025240`: the dataset's id and the Library's record number),
 * the vote an id names, and a search over symbols and titles.
 */
import { normaliseText } from '../history/filter';
import type { RecordPositions } from '../alignment';
import type { UndlStore } from './format';
import { UNDL_FLAG } from './format';
import { UNDL_RECORDS } from './dataset';

export { parseImportedVoteId } from './ids';

/** The id of vote d, as addresses write it. */
export function importedVoteId(store: UndlStore, d: number): string {
  return `${UNDL_RECORDS[store.body].id}-${store.undlId[d]}`;
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
