/**
 * The figures the methodology page states about each loaded dataset, counted
 * from the data itself: what it covers, what it holds, and what it lacks.
 * Counts only; the page says them in words.
 */
import type { Dataset } from './model';
import { CODE } from './model';
import { checkTally } from './tally';
import type { TallyCheckStatus } from './tally';
import type { Body } from './schema';
import type { HistoryPack } from './history/pack';
import { dateOf, datePrecisionOf, yearOf } from './history/pack';
import type { DatePrecision } from './membership';
import { FLAG, POSITION_CODE } from './history/format';
import type { UndlStore } from './undl/format';
import { UNDL_CODE, UNDL_FLAG } from './undl/format';
import { isFlagged } from './undl/views';

export interface PositionCounts {
  Y: number;
  N: number;
  A: number;
  X: number;
}

export interface DayFacts {
  /** The first and last dates of its decisions. */
  from: string;
  to: string;
  decisions: Record<Body, number>;
  /** Member states that could vote in at least one of its decisions. */
  states: number;
  sources: number;
  /** Every citation of a fact: decisions, their tallies, outcomes, sponsors and positions. */
  citations: number;
  /** Over every decision and every state that could vote in it. */
  eligible: number;
  reported: PositionCounts;
  notReported: number;
  /** Of the not reported, those the sources imply (a complete list of the other positions). */
  implied: number;
  disputed: number;
  /** Per position of every decision, how its reported count compares with the recorded tally. */
  tallyChecks: Record<TallyCheckStatus, number>;
}

export function dayFacts(dataset: Dataset): DayFacts {
  const decisions: Record<Body, number> = { GA: 0, SC: 0 };
  const reported: PositionCounts = { Y: 0, N: 0, A: 0, X: 0 };
  const tallyChecks: Record<TallyCheckStatus, number> = { agrees: 0, disagrees: 0, 'nothing to compare': 0 };
  const couldVote = new Set<number>();
  let eligible = 0;
  let notReported = 0;
  let implied = 0;
  let disputed = 0;
  let citations = 0;
  const dates: string[] = [];
  for (const d of dataset.decisions) {
    decisions[d.body]++;
    dates.push(d.date);
    d.positions.forEach((code, s) => {
      if (code === CODE.notEligible) return;
      couldVote.add(s);
      eligible++;
      if (code === CODE.Y) reported.Y++;
      else if (code === CODE.N) reported.N++;
      else if (code === CODE.A) reported.A++;
      else if (code === CODE.X) reported.X++;
      else if (code === CODE.disputed) disputed++;
      else {
        notReported++;
        if (d.implied) implied++;
      }
    });
    for (const check of checkTally(d)) tallyChecks[check.status]++;
    citations += citationsOf(d);
  }
  dates.sort();
  return {
    from: dates[0] ?? '',
    to: dates[dates.length - 1] ?? '',
    decisions,
    states: couldVote.size,
    sources: dataset.sources.length,
    citations,
    eligible,
    reported,
    notReported,
    implied,
    disputed,
    tallyChecks,
  };
}

/** Every `citations` array anywhere in a decision, counted. */
function citationsOf(value: unknown): number {
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return 0;
  if (value instanceof Map || value instanceof Set) return 0;
  let n = 0;
  for (const [key, v] of Object.entries(value)) {
    if (key === 'citations' && Array.isArray(v)) n += v.length;
    else if (Array.isArray(v)) for (const item of v) n += citationsOf(item);
    else n += citationsOf(v);
  }
  return n;
}

export interface RecordFacts {
  from: string;
  to: string;
  /** Whether the first and last dates are known to the day or to the month only. */
  fromPrecision: DatePrecision;
  toPrecision: DatePrecision;
  firstSession: number;
  lastSession: number;
  decisions: number;
  /** Memberships: current members and former states, each once. */
  states: number;
  formerStates: number;
  positions: { Y: number; N: number; A: number };
  /** Members at a decision's date with no recorded position. */
  absentOrNotVoting: number;
  /** Decisions whose date is known to its month only, and the last of them. */
  monthPrecision: number;
  lastMonthPrecision: string | null;
  /** Decisions the record says are (or are not) important votes, and those it says are. */
  importanceCoded: number;
  important: number;
  /** Decisions the record codes as an amendment or a paragraph vote, or not: all of them up to a year, and some later. */
  kindCoded: number;
  kindCodedThrough: number | null;
  kindCodedLater: number;
  /** Decisions with at least one topic, and per topic (in the pack's order). */
  withTopic: number;
  byTopic: number[];
}

export function recordFacts(pack: HistoryPack): RecordFacts {
  const positions = { Y: 0, N: 0, A: 0 };
  let absentOrNotVoting = 0;
  for (let i = 0; i < pack.positions.length; i++) {
    const code = pack.positions[i];
    if (code === POSITION_CODE.Y) positions.Y++;
    else if (code === POSITION_CODE.N) positions.N++;
    else if (code === POSITION_CODE.A) positions.A++;
    else if (code === POSITION_CODE.absentOrNotVoting) absentOrNotVoting++;
  }
  let monthPrecision = 0;
  let lastMonthPrecision = -1;
  let importanceCoded = 0;
  let important = 0;
  let kindCoded = 0;
  /** Per year: decisions, and those coded as an amendment or a paragraph vote or not. */
  const kindByYear = new Map<number, [number, number]>();
  let withTopic = 0;
  let first = 0;
  let last = 0;
  const byTopic = pack.topics.map(() => 0);
  for (let d = 0; d < pack.decisionCount; d++) {
    const f = pack.flags[d];
    if (pack.day[d] < pack.day[first]) first = d;
    if (pack.day[d] > pack.day[last]) last = d;
    if (f & FLAG.monthPrecision) {
      monthPrecision++;
      if (lastMonthPrecision < 0 || pack.day[d] > pack.day[lastMonthPrecision]) lastMonthPrecision = d;
    }
    if (f & FLAG.importantCoded) {
      importanceCoded++;
      if (f & FLAG.important) important++;
    }
    const year = yearOf(pack, d);
    const perYear = kindByYear.get(year) ?? [0, 0];
    perYear[0]++;
    if (f & (FLAG.amendmentCoded | FLAG.paragraphCoded)) {
      kindCoded++;
      perYear[1]++;
    }
    kindByYear.set(year, perYear);
    const bits = pack.topicBits[d];
    if (bits) withTopic++;
    for (let t = 0; t < byTopic.length; t++) if (bits & (1 << t)) byTopic[t]++;
  }
  const { coverage } = pack.dataset;
  return {
    from: pack.decisionCount ? dateOf(pack, first) : '',
    to: pack.decisionCount ? dateOf(pack, last) : '',
    fromPrecision: datePrecisionOf(pack, first),
    toPrecision: datePrecisionOf(pack, last),
    firstSession: coverage.firstSession,
    lastSession: coverage.lastSession,
    decisions: pack.decisionCount,
    states: pack.stateCount,
    formerStates: pack.states.filter((s) => s.former).length,
    positions,
    absentOrNotVoting,
    monthPrecision,
    lastMonthPrecision: lastMonthPrecision < 0 ? null : dateOf(pack, lastMonthPrecision),
    importanceCoded,
    important,
    kindCoded,
    ...codedThrough(kindByYear),
    withTopic,
    byTopic,
  };
}

/** The last year up to which every decision is coded (from the first year on), and the coded decisions after it. */
function codedThrough(byYear: ReadonlyMap<number, [number, number]>): {
  kindCodedThrough: number | null;
  kindCodedLater: number;
} {
  const years = [...byYear.keys()].sort((a, b) => a - b);
  let through: number | null = null;
  let i = 0;
  for (; i < years.length; i++) {
    const [all, coded] = byYear.get(years[i])!;
    if (coded !== all) break;
    through = years[i];
  }
  let later = 0;
  for (; i < years.length; i++) later += byYear.get(years[i])![1];
  return { kindCodedThrough: through, kindCodedLater: later };
}

export interface ImportFacts {
  body: Body;
  from: string;
  to: string;
  votes: number;
  /** Votes adopted without a vote (every member recorded as yes), and votes with totals but no positions. */
  withoutVote: number;
  withoutPositions: number;
  /** Positions taken in recorded votes (not in those adopted without a vote). */
  positions: PositionCounts;
  /** Members (GA) at a vote's date the file gives no position for, in recorded votes. */
  notReported: number;
  /** Rows left out (as the import's report counts them), and votes flagged (positions that disagree with the
   * totals, or members with the membership table). */
  rejected: number;
  flagged: number;
}

export function importFacts(store: UndlStore, report: { rejected: number }): ImportFacts {
  const positions: PositionCounts = { Y: 0, N: 0, A: 0, X: 0 };
  let notReported = 0;
  // A vote adopted without a vote records every member in favour: no position any member took.
  for (let d = 0; d < store.decisionCount; d++) {
    if (store.flags[d] & UNDL_FLAG.withoutVote) continue;
    for (let i = d * store.stateCount; i < (d + 1) * store.stateCount; i++) {
      const code = store.positions[i];
      if (code === UNDL_CODE.Y) positions.Y++;
      else if (code === UNDL_CODE.N) positions.N++;
      else if (code === UNDL_CODE.A) positions.A++;
      else if (code === UNDL_CODE.X) positions.X++;
      else if (code === UNDL_CODE.notReported) notReported++;
    }
  }
  let withoutVote = 0;
  let withoutPositions = 0;
  let flagged = 0;
  let first = 0;
  let last = 0;
  for (let d = 0; d < store.decisionCount; d++) {
    if (store.flags[d] & UNDL_FLAG.withoutVote) withoutVote++;
    if (store.flags[d] & UNDL_FLAG.noPositions) withoutPositions++;
    if (isFlagged(store, d)) flagged++;
    if (store.day[d] < store.day[first]) first = d;
    if (store.day[d] > store.day[last]) last = d;
  }
  const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
  return {
    body: store.body,
    from: store.decisionCount ? iso(store.day[first]) : '',
    to: store.decisionCount ? iso(store.day[last]) : '',
    votes: store.decisionCount,
    withoutVote,
    withoutPositions,
    positions,
    notReported,
    rejected: report.rejected,
    flagged,
  };
}
