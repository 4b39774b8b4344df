/**
 * The General Assembly's record and an import of the Library's General
 * Assembly file, vote by vote: which vote of the one is which of the other
 * (matched once per pair of datasets), and one vote merged state by state.
 */
import type { HistoryPack } from '../history/pack';
import type { UndlStore } from '../undl/format';
import type { MatchResult } from './match';
import { matchVotes } from './match';
import type { MergedVote } from './positions';
import { mergePositions } from './positions';
import { importStatements, importVotes, recordStatements, recordVotes } from './sources';

const matched = new WeakMap<HistoryPack, WeakMap<UndlStore, MatchResult>>();

/** The record's votes (side a) against the import's (side b); computed once per pair. */
export function recordAgainstImport(pack: HistoryPack, store: UndlStore): MatchResult {
  let byStore = matched.get(pack);
  if (!byStore) {
    byStore = new WeakMap();
    matched.set(pack, byStore);
  }
  let result = byStore.get(store);
  if (!result) {
    result = store.body === 'GA' ? matchVotes(recordVotes(pack), importVotes(store)) : emptyMatch();
    byStore.set(store, result);
  }
  return result;
}

function emptyMatch(): MatchResult {
  return { matches: [], ambiguous: [], unmatched: { a: [], b: [] }, noKey: { a: [], b: [] } };
}

/** What the other side has for one vote: its counterpart, the candidates where it is ambiguous, or nothing. */
export type Counterpart =
  | { kind: 'match'; index: number; on: 'day' | 'month' }
  | { kind: 'ambiguous'; candidates: number[]; reason: 'several' | 'parts' }
  | { kind: 'none' };

/** The import's vote for record vote d (`side` a), or the record's for import vote d (`side` b). */
export function counterpartOf(result: MatchResult, side: 'a' | 'b', d: number): Counterpart {
  const other = side === 'a' ? 'b' : 'a';
  const m = result.matches.find((x) => x[side] === d);
  if (m) return { kind: 'match', index: m[other], on: m.on };
  const amb = result.ambiguous.find((x) => x[side].includes(d));
  if (amb) return { kind: 'ambiguous', candidates: amb[other], reason: amb.reason };
  return { kind: 'none' };
}

/** Record vote d and import vote v merged state by state (side a the record, b the file). */
export function mergeRecordVote(pack: HistoryPack, d: number, store: UndlStore, v: number): MergedVote {
  return mergePositions(recordStatements(pack, d), importStatements(store, v));
}
