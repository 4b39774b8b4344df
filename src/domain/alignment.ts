/**
 * Alignment: how often two states took the same position, measured as the
 * research literature does (Voeten's agreement index).
 *
 * Over the chosen decisions, a pair's *common* decisions are those where
 * both took a position, yes, no or abstain. Of those, *same* is where both
 * took the same one, and *one abstained* where one abstained and the other
 * voted yes or no. The agreement is
 *   rule `half`:     (same + ½ × one abstained) / common
 *   rule `disagree`: same / common
 * and there is none (null) where there is no common decision. A position
 * that is not a yes, no or abstention (absent or not voting, non-voting,
 * not a member, not reported, disputed) takes no part.
 *
 * Positions are held as bitsets: per party (a state, or a seat with the
 * states that held it), one bit per chosen decision in each of three
 * Uint32Array bitsets, yes, no and abstain. A pair's counts are then a few
 * word operations and bit counts per 32 decisions.
 *
 * Input comes from a dataset through an adapter: `dayAlignment` for a
 * dataset file (the curated day), `recordAlignment` for the General
 * Assembly's record. Any other source of positions needs one more adapter
 * over `alignmentFromPositions`.
 */
import type { AbstainRule } from './alignmentGroups';
import type { Cell } from './csv';
import type { Dataset } from './model';
import { CODE } from './model';
import type { Body } from './schema';
import type { HistoryPack } from './history/pack';
import { dayOfYearStart, firstAtOrAfter } from './history/filter';

export type { AbstainRule } from './alignmentGroups';
export { ABSTAIN_RULES } from './alignmentGroups';

/** A row (and column) of the measure: a state, or a seat with every state that held it. */
export interface Party {
  /** The state's key (`USA`), or the seat's (`RUS`, also for the USSR's positions). */
  key: string;
  name: string;
  /** The keys of the states whose positions count here, in the order of the source (`['RUS', 'SUN']`). */
  holders: readonly string[];
}

/** The positions a recorded alignment is computed from. */
export interface AlignmentInput {
  parties: readonly Party[];
  partyIndex: ReadonlyMap<string, number>;
  /** How many decisions were chosen; decision k is bit k. */
  decisionCount: number;
  /** 32-bit words per party per bitset: ⌈decisionCount / 32⌉. */
  words: number;
  /** Party p's bitsets are words p × words … (p + 1) × words − 1 of each. */
  yes: Uint32Array;
  no: Uint32Array;
  abstain: Uint32Array;
  /** The year of each chosen decision. */
  years: Uint16Array;
}

/** A pair's counts over its common decisions. */
export interface PairCounts {
  common: number;
  same: number;
  oneAbstained: number;
}

export type Letter = 'Y' | 'N' | 'A';

// ---------------------------------------------------------------- the measure

/**
 * The agreement of a pair's counts under a rule; null where they have no
 * common decision. `agreementOf({ common: 4, same: 2, oneAbstained: 1 }, 'half')` → 0.625;
 * under `disagree` → 0.5.
 */
export function agreementOf(counts: PairCounts, rule: AbstainRule): number | null {
  if (counts.common === 0) return null;
  return (counts.same + (rule === 'half' ? counts.oneAbstained / 2 : 0)) / counts.common;
}

/** Bits set in each 16-bit value. */
let POP16: Uint8Array | null = null;
function pop16(): Uint8Array {
  if (POP16) return POP16;
  const table = new Uint8Array(1 << 16);
  for (let i = 1; i < table.length; i++) table[i] = (i & 1) + table[i >>> 1];
  POP16 = table;
  return table;
}

/** Per party, the words where it took any position (yes | no | abstain), and its first and last such word. */
interface Prepared {
  recorded: Uint32Array;
  first: Int32Array;
  /** One past the last. */
  end: Int32Array;
}
const prepared = new WeakMap<AlignmentInput, Prepared>();

function prepare(input: AlignmentInput): Prepared {
  let p = prepared.get(input);
  if (p) return p;
  const { yes, no, abstain, words } = input;
  const n = input.parties.length;
  const recorded = new Uint32Array(n * words);
  const first = new Int32Array(n);
  const end = new Int32Array(n);
  for (let party = 0; party < n; party++) {
    let lo = -1;
    let hi = -1;
    for (let w = 0, i = party * words; w < words; w++, i++) {
      const r = yes[i] | no[i] | abstain[i];
      recorded[i] = r;
      if (r !== 0) {
        if (lo < 0) lo = w;
        hi = w + 1;
      }
    }
    first[party] = lo < 0 ? 0 : lo;
    end[party] = lo < 0 ? 0 : hi;
  }
  p = { recorded, first, end };
  prepared.set(input, p);
  return p;
}

/**
 * A pair's counts (party indexes a and b). The kernel: in each word, `c`
 * the decisions both took a position in; there, one abstained where
 * exactly one abstain bit is set, and the two are the same where neither
 * the yes nor the abstain bits differ (yes is (1, 0), no (0, 0), abstain
 * (0, 1)). Only the words where both took some position are read.
 */
function countPair(input: AlignmentInput, prep: Prepared, a: number, b: number, out: PairCounts): void {
  const { yes, abstain, words } = input;
  const { recorded, first, end } = prep;
  const POP = pop16();
  const oa = a * words;
  const ob = b * words;
  const hi = Math.min(end[a], end[b]);
  let common = 0;
  let same = 0;
  let one = 0;
  for (let w = Math.max(first[a], first[b]); w < hi; w++) {
    const c = recorded[oa + w] & recorded[ob + w];
    if (c === 0) continue;
    const x = abstain[oa + w] ^ abstain[ob + w];
    const o = x & c;
    const s = c & ~(x | (yes[oa + w] ^ yes[ob + w]));
    common += POP[c & 0xffff] + POP[c >>> 16];
    same += POP[s & 0xffff] + POP[s >>> 16];
    one += POP[o & 0xffff] + POP[o >>> 16];
  }
  out.common = common;
  out.same = same;
  out.oneAbstained = one;
}

/** A pair's counts over the chosen decisions (party indexes). */
export function pairCounts(input: AlignmentInput, a: number, b: number): PairCounts {
  const out = { common: 0, same: 0, oneAbstained: 0 };
  countPair(input, prepare(input), a, b, out);
  return out;
}

/** A pair's counts and agreement: `pairAgreement(input, usa, rus, 'half')`. */
export function pairAgreement(
  input: AlignmentInput,
  a: number,
  b: number,
  rule: AbstainRule,
): PairCounts & { agreement: number | null } {
  const counts = pairCounts(input, a, b);
  return { ...counts, agreement: agreementOf(counts, rule) };
}

/** The counts of every pair of a set of parties: square, symmetric; the diagonal holds a party's own positions. */
export interface AgreementMatrix {
  /** Party indexes, in the order of the rows and columns. */
  members: readonly number[];
  /** At [i × members + j]: the counts of the i-th and j-th members. */
  common: Uint32Array;
  same: Uint32Array;
  oneAbstained: Uint32Array;
}

/** The matrix of `members` (party indexes; every party by default): each pair counted once. */
export function agreementMatrix(input: AlignmentInput, members?: readonly number[]): AgreementMatrix {
  const chosen = members ?? input.parties.map((_, i) => i);
  const m = chosen.length;
  const matrix = {
    members: chosen,
    common: new Uint32Array(m * m),
    same: new Uint32Array(m * m),
    oneAbstained: new Uint32Array(m * m),
  };
  const prep = prepare(input);
  const counts = { common: 0, same: 0, oneAbstained: 0 };
  for (let i = 0; i < m; i++) {
    for (let j = i; j < m; j++) {
      countPair(input, prep, chosen[i], chosen[j], counts);
      const ij = i * m + j;
      const ji = j * m + i;
      matrix.common[ij] = matrix.common[ji] = counts.common;
      matrix.same[ij] = matrix.same[ji] = counts.same;
      matrix.oneAbstained[ij] = matrix.oneAbstained[ji] = counts.oneAbstained;
    }
  }
  return matrix;
}

/** The counts of row i and column j of a matrix. */
export function matrixCell(matrix: AgreementMatrix, i: number, j: number): PairCounts {
  const k = i * matrix.members.length + j;
  return { common: matrix.common[k], same: matrix.same[k], oneAbstained: matrix.oneAbstained[k] };
}

export interface RankRow extends PairCounts {
  /** The other party's index. */
  party: number;
  agreement: number | null;
}

/**
 * Every other party by its agreement with `a`: the highest first; at equal
 * agreement, more common decisions first, then by name; parties with no
 * common decision last.
 */
export function rankByAgreement(input: AlignmentInput, a: number, rule: AbstainRule): RankRow[] {
  const prep = prepare(input);
  const rows: RankRow[] = [];
  for (let b = 0; b < input.parties.length; b++) {
    if (b === a) continue;
    const counts = { common: 0, same: 0, oneAbstained: 0 };
    countPair(input, prep, a, b, counts);
    rows.push({ party: b, ...counts, agreement: agreementOf(counts, rule) });
  }
  return rows.sort(
    (x, y) =>
      (y.agreement ?? -1) - (x.agreement ?? -1) ||
      y.common - x.common ||
      input.parties[x.party].name.localeCompare(input.parties[y.party].name, 'en'),
  );
}

export interface YearAgreement extends PairCounts {
  year: number;
  agreement: number | null;
}

/** A pair's counts and agreement per year, for every year with a chosen decision, in order. */
export function yearlyAgreement(input: AlignmentInput, a: number, b: number, rule: AbstainRule): YearAgreement[] {
  const { yes, no, abstain, words, years } = input;
  const oa = a * words;
  const ob = b * words;
  const byYear = new Map<number, PairCounts>();
  for (let k = 0; k < input.decisionCount; k++) {
    const year = years[k];
    let counts = byYear.get(year);
    if (!counts) {
      counts = { common: 0, same: 0, oneAbstained: 0 };
      byYear.set(year, counts);
    }
    const w = k >>> 5;
    const bit = 1 << (k & 31);
    const pa = letterAt(yes[oa + w], no[oa + w], abstain[oa + w], bit);
    const pb = letterAt(yes[ob + w], no[ob + w], abstain[ob + w], bit);
    if (pa === null || pb === null) continue;
    counts.common++;
    if (pa === pb) counts.same++;
    else if (pa === 'A' || pb === 'A') counts.oneAbstained++;
  }
  return [...byYear]
    .sort(([x], [y]) => x - y)
    .map(([year, counts]) => ({ year, ...counts, agreement: agreementOf(counts, rule) }));
}

function letterAt(y: number, n: number, a: number, bit: number): Letter | null {
  return y & bit ? 'Y' : n & bit ? 'N' : a & bit ? 'A' : null;
}

/** Party p's position in chosen decision k, or null where it took none. */
export function positionAt(input: AlignmentInput, p: number, k: number): Letter | null {
  const i = p * input.words + (k >>> 5);
  return letterAt(input.yes[i], input.no[i], input.abstain[i], 1 << (k & 31));
}

// ---------------------------------------------------------------- CSV

export const PAIRS_HEADER = ['state_a', 'state_b', 'common', 'same', 'one_abstained', 'agreement'] as const;

/**
 * An agreement as CSV writes it: a fraction 0–1, to six decimals at most,
 * exact halves rounded up (`0.833333`; 5/16 → `0.3125`); empty where there is
 * none. (An agreement is a ratio of counts whose decimals lie at least
 * 1/(2 × common) apart: a nudge of 1e-7 corrects the float product's error
 * and nothing else.)
 */
export function agreementCell(agreement: number | null): string {
  return agreement === null ? '' : String(Math.round(agreement * 1e6 + 1e-7) / 1e6);
}

/** Party indexes in order of key: a CSV of every pair then has the same pair on the same line whatever the source. */
export function partiesByKey(input: AlignmentInput): number[] {
  return input.parties.map((_, i) => i).sort((a, b) => (input.parties[a].key < input.parties[b].key ? -1 : 1));
}

/** Every pair of a matrix once (row before column, in its order), as CSV rows of `PAIRS_HEADER`. */
export function* pairRows(parties: readonly Party[], matrix: AgreementMatrix, rule: AbstainRule): Generator<Cell[]> {
  const m = matrix.members.length;
  for (let i = 0; i < m; i++) {
    for (let j = i + 1; j < m; j++) {
      const counts = matrixCell(matrix, i, j);
      yield [
        parties[matrix.members[i]].key,
        parties[matrix.members[j]].key,
        counts.common,
        counts.same,
        counts.oneAbstained,
        agreementCell(agreementOf(counts, rule)),
      ];
    }
  }
}

export const RANKING_HEADER = ['state', 'with', 'with_name', 'common', 'same', 'one_abstained', 'agreement'] as const;

/** A ranking as CSV rows of `RANKING_HEADER`. */
export function* rankingRows(parties: readonly Party[], a: number, rows: readonly RankRow[]): Generator<Cell[]> {
  for (const r of rows) {
    const other = parties[r.party];
    yield [parties[a].key, other.key, other.name, r.common, r.same, r.oneAbstained, agreementCell(r.agreement)];
  }
}

export const YEARLY_HEADER = ['year', 'state_a', 'state_b', 'common', 'same', 'one_abstained', 'agreement'] as const;

/** A pair's years as CSV rows of `YEARLY_HEADER`. */
export function* yearlyRows(
  parties: readonly Party[],
  a: number,
  b: number,
  years: readonly YearAgreement[],
): Generator<Cell[]> {
  for (const y of years) {
    yield [y.year, parties[a].key, parties[b].key, y.common, y.same, y.oneAbstained, agreementCell(y.agreement)];
  }
}

// ---------------------------------------------------------------- input

/**
 * Bitsets from positions given one by one: the adapter of any source of
 * positions. `position(p, k)` is party p's position in the k-th chosen
 * decision (Y, N or A), or null where it took none.
 */
export function alignmentFromPositions(
  parties: readonly Party[],
  years: ArrayLike<number>,
  position: (party: number, decision: number) => Letter | null,
): AlignmentInput {
  const input = emptyInput(parties, years);
  for (let p = 0; p < parties.length; p++) {
    for (let k = 0; k < input.decisionCount; k++) {
      const letter = position(p, k);
      if (letter !== null) setPosition(input, p, k, letter);
    }
  }
  return input;
}

function emptyInput(parties: readonly Party[], years: ArrayLike<number>): AlignmentInput {
  const decisionCount = years.length;
  const words = Math.ceil(decisionCount / 32);
  return {
    parties,
    partyIndex: new Map(parties.map((p, i) => [p.key, i])),
    decisionCount,
    words,
    yes: new Uint32Array(parties.length * words),
    no: new Uint32Array(parties.length * words),
    abstain: new Uint32Array(parties.length * words),
    years: Uint16Array.from(years),
  };
}

function setPosition(input: AlignmentInput, p: number, k: number, letter: Letter): void {
  const i = p * input.words + (k >>> 5);
  const bit = 1 << (k & 31);
  const set = letter === 'Y' ? input.yes : letter === 'N' ? input.no : input.abstain;
  set[i] |= bit;
}

const DAY_LETTER: Record<number, Letter | undefined> = { [CODE.Y]: 'Y', [CODE.N]: 'N', [CODE.A]: 'A' };

/** The decisions of a dataset file to compare over: a body, a year range, each optional. */
export interface DaySelection {
  body?: Body | null;
  fromYear?: number | null;
  toYear?: number | null;
}

/**
 * A dataset file (the curated day, or any dataset of that schema): every
 * member state a party; its decisions, or those of a selection. A position
 * counts where it is reported as Y, N or A; not reported, disputed,
 * non-voting (X) and not eligible take no part.
 */
export function dayAlignment(dataset: Dataset, selection: DaySelection = {}): AlignmentInput {
  const { body = null, fromYear = null, toYear = null } = selection;
  const decisions = dataset.decisions.filter((d) => {
    const year = Number(d.date.slice(0, 4));
    return (!body || d.body === body) && (fromYear === null || year >= fromYear) && (toYear === null || year <= toYear);
  });
  const parties = dataset.states.map((s) => ({ key: s.code, name: s.name, holders: [s.code] }));
  return alignmentFromPositions(
    parties,
    decisions.map((d) => Number(d.date.slice(0, 4))),
    (p, k) => DAY_LETTER[decisions[k].positions[p]] ?? null,
  );
}

/** The decisions of the record to compare over: a year range and a topic, each optional. */
export interface RecordSelection {
  fromYear: number | null;
  toYear: number | null;
  /** A topic code (`co`); null for every decision. */
  topic: string | null;
}

export const WHOLE_RECORD: RecordSelection = { fromYear: null, toYear: null, topic: null };

/**
 * The record's codes for yes, no and abstain (`POSITION_CODE` of
 * history/format.ts, whose schemas would bring the validator into the
 * worker; a test keeps them equal).
 */
export const RECORD_CODE = { Y: 1, N: 2, A: 3 } as const;

/**
 * What `recordAlignment` reads of the record's pack: its positions, dates,
 * topics and states. Plain arrays and a map, so that a worker can be sent
 * them.
 */
export type RecordPositions = Pick<
  HistoryPack,
  'decisionCount' | 'stateCount' | 'positions' | 'day' | 'topicBits' | 'topics' | 'states' | 'stateIndex'
>;

/**
 * The record's parties: each member state of today with its seat (the
 * Russian Federation with the USSR's positions before 24 Dec 1991, China
 * with the Republic of China's before 25 Oct 1971, Serbia with Serbia and
 * Montenegro's, Yemen with the Yemen Arab Republic's, Tanzania with
 * Tanganyika's), as the state pages count them and as Voeten's data codes
 * them (one country code for the USSR and Russia); and the former states
 * that no member continued in their seat (Czechoslovakia, Yugoslavia, the
 * German Democratic Republic, Democratic Yemen, Zanzibar), each its own.
 * Returns the parties and, per state of the pack, its party's index.
 */
export function recordParties(pack: Pick<RecordPositions, 'states' | 'stateIndex' | 'stateCount'>): {
  parties: Party[];
  partyOfState: Int32Array;
} {
  const partyOf = (s: RecordPositions['states'][number]) => (pack.stateIndex.has(s.seat) ? s.seat : s.key);
  const parties: Party[] = [];
  const index = new Map<string, number>();
  for (const s of pack.states) {
    const key = partyOf(s);
    if (key !== s.key) continue;
    index.set(key, parties.length);
    parties.push({ key, name: s.name, holders: [] });
  }
  const partyOfState = new Int32Array(pack.stateCount);
  for (const s of pack.states) {
    const p = index.get(partyOf(s))!;
    partyOfState[s.index] = p;
    (parties[p].holders as string[]).push(s.key);
  }
  return { parties, partyOfState };
}

const yearOfDay = (day: number) => new Date(day * 86_400_000).getUTCFullYear();

/** The record's decisions in a selection, in date order (as the record's list filters them). */
export function recordDecisions(
  pack: Pick<RecordPositions, 'day' | 'topicBits' | 'topics' | 'decisionCount'>,
  selection: RecordSelection,
): Uint32Array {
  const start = selection.fromYear === null ? 0 : firstAtOrAfter(pack.day, dayOfYearStart(selection.fromYear));
  const end =
    selection.toYear === null ? pack.decisionCount : firstAtOrAfter(pack.day, dayOfYearStart(selection.toYear + 1));
  const bit = selection.topic === null ? -1 : pack.topics.findIndex((t) => t.code === selection.topic);
  if (selection.topic !== null && bit < 0) return new Uint32Array(0);
  const out = new Uint32Array(Math.max(0, end - start));
  let n = 0;
  for (let d = start; d < end; d++) if (bit < 0 || pack.topicBits[d] & (1 << bit)) out[n++] = d;
  return out.slice(0, n);
}

/**
 * The General Assembly's record, over the decisions of a selection. A
 * position counts where the record gives Y, N or A; absent or not voting and
 * not a member take no part. A seat has at most one holder in any decision.
 */
export function recordAlignment(pack: RecordPositions, selection: RecordSelection = WHOLE_RECORD): AlignmentInput {
  const chosen = recordDecisions(pack, selection);
  const count = chosen.length;
  const years = new Uint16Array(count);
  for (let k = 0; k < count; k++) years[k] = yearOfDay(pack.day[chosen[k]]);
  const { parties, partyOfState } = recordParties(pack);
  const input = emptyInput(parties, years);
  const { yes, no, abstain, words } = input;
  const S = pack.stateCount;
  const positions = pack.positions;
  const offset = Int32Array.from(partyOfState, (p) => p * words);
  for (let k = 0; k < count; k++) {
    const base = chosen[k] * S;
    const w = k >>> 5;
    const bit = 1 << (k & 31);
    for (let s = 0; s < S; s++) {
      const code = positions[base + s];
      if (code === RECORD_CODE.Y) yes[offset[s] + w] |= bit;
      else if (code === RECORD_CODE.N) no[offset[s] + w] |= bit;
      else if (code === RECORD_CODE.A) abstain[offset[s] + w] |= bit;
    }
  }
  return input;
}
