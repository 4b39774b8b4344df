/**
 * What the record's views show, computed from the pack: a state's (or a
 * seat's) positions per year, the members of a decision with their
 * positions, and the rows of the record's CSV. Pure; no words for the UI.
 */
import type { Cell } from '../csv';
import { gaOutcome } from '../rules';
import { officialSymbol } from '../merge/symbol';
import { POSITION_CODE } from './format';
import type { CountedTally, HistoryPack, HistoryState } from './pack';
import {
  countedTally,
  dateOf,
  datePrecisionOf,
  importanceOf,
  kindOf,
  seatPositions,
  statePositions,
  symbolOf,
  titleOf,
  topicsOf,
} from './pack';

/**
 * The UN's symbol of the resolution a vote of the record is on, as the UN
 * writes it (`officialSymbol`: `R/39/148B` → `A/RES/39/148 B`), to show
 * beside the record's own; null where the record's symbol gives none or is
 * the UN's already, and for a vote on an amendment, which is no vote on the
 * resolution its symbol names.
 */
export function officialSymbolOf(pack: Pick<HistoryPack, 'flags' | 'symbol' | 'strings'>, d: number): string | null {
  if (kindOf(pack, d) === 'amendment') return null;
  return officialSymbol(pack.strings[pack.symbol[d]]);
}

/** The record's decisions have ids of their own in the tracker: `rcid-` and the record's key. */
export function historyDecisionId(pack: HistoryPack, d: number): string {
  return `rcid-${pack.rcid[d]}`;
}
/** The rcid in a decision id (`rcid-3412` → 3412), or null where it is not one. */
export function rcidOfId(id: string): number | null {
  const m = /^rcid-([1-9][0-9]{0,8})$/.exec(id);
  return m ? Number(m[1]) : null;
}

/**
 * What the counted tally says under the General Assembly's simple-majority
 * rule. The record marks neither the questions that needed two thirds nor
 * the official outcome: this is a reading of the counts, not the outcome.
 */
export function countedMajority(t: CountedTally): 'majority' | 'no-majority' {
  return gaOutcome(t.Y, t.N).result === 'adopted' ? 'majority' : 'no-majority';
}

/**
 * A state's page shows its seat: for the Russian Federation, the USSR's
 * positions before 1992 and its own since; for a former state, its own.
 * Returns one code per decision (`POSITION_CODE`; `notMember` where the seat
 * was not held), and which state held the seat in each decision.
 */
export function positionsForState(pack: HistoryPack, state: HistoryState): { codes: Uint8Array; holder: Int16Array } {
  const holders = state.former ? [state] : pack.states.filter((s) => s.seat === state.key);
  const codes = state.former ? statePositions(pack, state.index) : seatPositions(pack, state.key);
  const holder = new Int16Array(pack.decisionCount).fill(-1);
  for (let d = 0; d < pack.decisionCount; d++) {
    if (codes[d] === POSITION_CODE.notMember) continue;
    const base = d * pack.stateCount;
    for (const h of holders) {
      if (pack.positions[base + h.index] !== POSITION_CODE.notMember) {
        holder[d] = h.index;
        break;
      }
    }
  }
  return { codes, holder };
}

export interface YearShares {
  year: number;
  /** Decisions in the year while a member. */
  decisions: number;
  Y: number;
  N: number;
  A: number;
  absentOrNotVoting: number;
}

/** Counts per year of a state's positions (one code per decision of the pack), over the years it was a member. */
export function yearlyPositions(pack: Pick<HistoryPack, 'decisionCount' | 'day'>, codes: Uint8Array): YearShares[] {
  const byYear = new Map<number, YearShares>();
  for (let d = 0; d < pack.decisionCount; d++) {
    const code = codes[d];
    if (code === POSITION_CODE.notMember) continue;
    const year = new Date(pack.day[d] * 86_400_000).getUTCFullYear();
    let row = byYear.get(year);
    if (!row) {
      row = { year, decisions: 0, Y: 0, N: 0, A: 0, absentOrNotVoting: 0 };
      byYear.set(year, row);
    }
    row.decisions++;
    if (code === POSITION_CODE.Y) row.Y++;
    else if (code === POSITION_CODE.N) row.N++;
    else if (code === POSITION_CODE.A) row.A++;
    else row.absentOrNotVoting++;
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** The decisions in which a state held its seat, in date order. */
export function decisionsWhileMember(codes: Uint8Array): Uint32Array {
  const out = new Uint32Array(codes.length);
  let n = 0;
  for (let d = 0; d < codes.length; d++) if (codes[d] !== POSITION_CODE.notMember) out[n++] = d;
  return out.slice(0, n);
}

/** The members at a decision's date with their positions, in order of name. */
export function membersWithPositions(pack: HistoryPack, d: number): { state: HistoryState; code: number }[] {
  const base = d * pack.stateCount;
  const out: { state: HistoryState; code: number }[] = [];
  for (const state of pack.states) {
    const code = pack.positions[base + state.index];
    if (code !== POSITION_CODE.notMember) out.push({ state, code });
  }
  return out.sort((a, b) => a.state.name.localeCompare(b.state.name, 'en'));
}

/** A pack position code as it is written in CSV: Y, N, A, or empty for absent or not voting. */
export function csvPosition(code: number): string {
  return code === POSITION_CODE.Y ? 'Y' : code === POSITION_CODE.N ? 'N' : code === POSITION_CODE.A ? 'A' : '';
}

function importantCell(pack: HistoryPack, d: number): string {
  const important = importanceOf(pack, d);
  return important === null ? '' : important ? 'yes' : 'no';
}

export const RECORD_LIST_HEADER = [
  'decision',
  'record_id',
  'date',
  'date_precision',
  'session',
  'symbol',
  'title',
  'topics',
  'important_vote',
  'kind',
  'yes_counted',
  'no_counted',
  'abstain_counted',
  'absent_or_not_voting',
  'members',
] as const;

/** The record's list as CSV rows, one per decision, in the order given. */
export function* recordListRows(pack: HistoryPack, decisions: ArrayLike<number>): Iterable<Cell[]> {
  for (let i = 0; i < decisions.length; i++) {
    const d = decisions[i];
    const t = countedTally(pack, d);
    yield [
      historyDecisionId(pack, d),
      String(pack.rcid[d]),
      dateOf(pack, d),
      datePrecisionOf(pack, d),
      pack.session[d],
      symbolOf(pack, d),
      titleOf(pack, d),
      topicsOf(pack, d)
        .map((topic) => topic.code)
        .join('|'),
      importantCell(pack, d),
      kindOf(pack, d),
      t.Y,
      t.N,
      t.A,
      t.absentOrNotVoting,
      t.members,
    ];
  }
}

export const STATE_VOTES_HEADER = [
  'state',
  'member',
  'decision',
  'record_id',
  'date',
  'symbol',
  'title',
  'ms_vote',
  'status',
] as const;

/** A state's positions as CSV rows, one per decision given; `member` names the seat's holder then (the USSR). */
export function* stateVoteRows(
  pack: HistoryPack,
  state: HistoryState,
  positions: { codes: Uint8Array; holder: Int16Array },
  decisions: ArrayLike<number>,
): Iterable<Cell[]> {
  for (let i = 0; i < decisions.length; i++) {
    const d = decisions[i];
    const code = positions.codes[d];
    const holder = positions.holder[d] >= 0 ? pack.states[positions.holder[d]] : state;
    yield [
      state.key,
      holder.key,
      historyDecisionId(pack, d),
      String(pack.rcid[d]),
      dateOf(pack, d),
      symbolOf(pack, d),
      titleOf(pack, d),
      csvPosition(code),
      code === POSITION_CODE.absentOrNotVoting ? 'not recorded' : 'reported',
    ];
  }
}
