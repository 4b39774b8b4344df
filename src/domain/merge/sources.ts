/**
 * The three kinds of dataset as matching and merging read them: a dataset
 * file's model (`Dataset`: the curated day, or an import saved as a file),
 * the General Assembly's record (`HistoryPack`) and an import of the UN
 * Digital Library's files (`UndlStore`). For each, its votes as `VoteRef`s
 * and a vote's states as `StateStatement`s. States are keyed alike in all
 * three: by the membership table's keys (`../membership.ts`).
 */
import type { Dataset, Decision } from '../model';
import { CODE } from '../model';
import type { Position } from '../schema';
import { POSITION_CODE } from '../history/format';
import type { HistoryPack } from '../history/pack';
import { datePrecisionOf, dateOf } from '../history/pack';
import type { UndlStore } from '../undl/format';
import { UNDL_CODE, isoDateOfDay } from '../undl/format';
import { UNDL_RECORDS } from '../undl/dataset';
import type { Claim, StateStatement } from './positions';
import type { VoteRef } from './match';
import { resolutionKey } from './symbol';

const POSITION_OF: Readonly<Record<number, Position>> = { 1: 'Y', 2: 'N', 3: 'A', 4: 'X' };

// ---------------------------------------------------------------- a dataset file's model

/**
 * The decisions of a dataset, keyed by their resolution's symbol: a draft's
 * symbol gives none, so amendments, motions, failed and vetoed drafts never
 * match and stay as they are.
 */
export function datasetVotes(dataset: Pick<Dataset, 'decisions'>): VoteRef[] {
  return dataset.decisions.map((d) => ({
    index: d.index,
    body: d.body,
    key: resolutionKey(d.body, d.resolutionSymbol),
    date: d.date,
    precision: 'day',
  }));
}

/** Each state's seat by its key, from any list of memberships (the membership table, the record's or an import's states). */
export function seatsOf(states: readonly { key: string; seat: string }[]): Map<string, string> {
  return new Map(states.map((s) => [s.key, s.seat]));
}

/**
 * A decision's states: every state that could vote in it, with each
 * position its sources claim (a disputed state has several) and the source
 * keys of each. `seats` gives a state's seat by its key where it is not the
 * key itself (`seatsOf`: `SUN` → `RUS`); by default every key is its own
 * seat, as in the curated day, whose states are all today's members.
 */
export function decisionStatements(
  dataset: Pick<Dataset, 'states'>,
  decision: Pick<Decision, 'positions' | 'claims'>,
  seats: ReadonlyMap<string, string> = new Map(),
): StateStatement[] {
  const out: StateStatement[] = [];
  dataset.states.forEach((state, i) => {
    const code = decision.positions[i];
    if (code === CODE.notEligible) return;
    const byValue = new Map<Position, Set<string>>();
    if (code !== CODE.notReported) {
      for (const claim of decision.claims.get(i) ?? []) {
        const sources = byValue.get(claim.position) ?? new Set<string>();
        for (const c of claim.citations) sources.add(c.source);
        byValue.set(claim.position, sources);
      }
    }
    const claims: Claim[] = [...byValue].map(([value, sources]) => ({ value, sources: [...sources] }));
    out.push({ key: state.code, seat: seats.get(state.code) ?? state.code, claims });
  });
  return out;
}

// ---------------------------------------------------------------- the record

/** The record's decisions, keyed by their `unres`; dates before 1997 known to the month. */
export function recordVotes(pack: HistoryPack): VoteRef[] {
  const keys = new Map<number, string | null>();
  const dates = new Map<number, string>();
  const out: VoteRef[] = new Array(pack.decisionCount);
  for (let d = 0; d < pack.decisionCount; d++) {
    const s = pack.symbol[d];
    let key = keys.get(s);
    if (key === undefined) {
      key = resolutionKey('GA', pack.strings[s]);
      keys.set(s, key);
    }
    let date = dates.get(pack.day[d]);
    if (date === undefined) {
      date = dateOf(pack, d);
      dates.set(pack.day[d], date);
    }
    out[d] = { index: d, body: 'GA', key, date, precision: datePrecisionOf(pack, d) };
  }
  return out;
}

/** Decision d's members at its date: each with its recorded position, or absent or not voting, cited to the record (`pack.dataset.id`). */
export function recordStatements(pack: HistoryPack, d: number): StateStatement[] {
  const sources = [pack.dataset.id];
  const out: StateStatement[] = [];
  const base = d * pack.stateCount;
  for (let s = 0; s < pack.stateCount; s++) {
    const code = pack.positions[base + s];
    if (code === POSITION_CODE.notMember) continue;
    const value = code === POSITION_CODE.absentOrNotVoting ? 'absentOrNotVoting' : POSITION_OF[code];
    const state = pack.states[s];
    out.push({ key: state.key, seat: state.seat, claims: [{ value, sources }] });
  }
  return out;
}

// ---------------------------------------------------------------- an import of the UN Digital Library's files

/** An import's votes, keyed by their `resolution`, dated to the day. */
export function importVotes(store: UndlStore): VoteRef[] {
  const out: VoteRef[] = new Array(store.decisionCount);
  for (let d = 0; d < store.decisionCount; d++) {
    out[d] = {
      index: d,
      body: store.body,
      key: resolutionKey(store.body, store.strings[store.symbol[d]]),
      date: isoDateOfDay(store.day[d]),
      precision: 'day',
    };
  }
  return out;
}

/**
 * Vote d's states: the members at its date (GA) or the Council in it (SC),
 * each with its position in the file (X: non-voting) or, where the file has
 * no row for a member, nothing (not reported). Cited to the body's voting
 * data (`UNDL-GA`, `UNDL-SC`).
 */
export function importStatements(store: UndlStore, d: number): StateStatement[] {
  const sources = [UNDL_RECORDS[store.body].key];
  const out: StateStatement[] = [];
  const base = d * store.stateCount;
  for (let s = 0; s < store.stateCount; s++) {
    const code = store.positions[base + s];
    if (code === UNDL_CODE.notEligible) continue;
    const state = store.states[s];
    const position = POSITION_OF[code];
    out.push({ key: state.key, seat: state.seat, claims: position ? [{ value: position, sources }] : [] });
  }
  return out;
}
