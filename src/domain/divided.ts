/**
 * How contested votes were: each decision's margin (yes minus no), its band,
 * a histogram of the bands, and the list of the most divided votes.
 *
 * General Assembly: the margin's share is |yes − no| / (yes + no), the
 * margin as a share of those who voted yes or no (abstentions and the
 * absent take no part). The bands, by that share:
 *   near-unanimous   90% or more  (the minority is at most 5% of yes and no)
 *   clear            50% to 90%   (the minority 5% to 25%)
 *   divided          20% to 50%   (the minority 25% to 40%)
 *   highly divided   under 20%    (the minority more than 40%)
 * A vote with no yes and no no has no share and is left out.
 *
 * Security Council: by its negative votes and vetoes (a permanent member's
 * negative vote on a draft, not on a procedural question):
 *   near-unanimous   no negative vote
 *   clear            1 or 2 negative votes, no veto
 *   divided          3 or more negative votes, no veto
 *   highly divided   a veto
 *
 * The most divided first: in the Assembly the narrowest share, then the
 * narrowest margin; in the Council the most vetoes, then the most negative
 * votes, then the fewest in favour; ties by date (earliest first), then id.
 *
 * Tallies are those the rest of the app uses: the curated day's first
 * recorded tally, the record's tally counted from its positions, an
 * import's official totals. Pure; no words for the UI.
 */
import type { Cell } from './csv';
import type { Dataset } from './model';
import { CODE, symbolOf } from './model';
import type { Body } from './schema';
import type { DatePrecision } from './membership';
import type { HistoryPack } from './history/pack';
import { countedTally, dateOf, datePrecisionOf, symbolOf as packSymbolOf, titleOf } from './history/pack';
import { filterDecisions } from './history/filter';
import { NO_FILTER } from './history/vocabulary';
import { historyDecisionId } from './history/views';
import type { UndlStore } from './undl/format';
import { UNDL_FLAG, isoDateOfDay, textOf, totalsOf } from './undl/format';
import { importedVoteId } from './undl/views';
import { hasSubject } from './undl/subjects';

export const BANDS = ['near-unanimous', 'clear', 'divided', 'highly-divided'] as const;
export type Band = (typeof BANDS)[number];

/** The lower bounds of the Assembly's bands, as a share of those voting yes or no. */
export const GA_BAND_FROM = { 'near-unanimous': 0.9, clear: 0.5, divided: 0.2, 'highly-divided': 0 } as const;
/** The Council's bands: negative votes from which a vote is divided (clear below it, from one). */
export const SC_DIVIDED_FROM = 3;

/** A vote with its tally, as the measure takes it. */
export interface TalliedVote {
  /** The decision's id, as addresses write it. */
  id: string;
  /** Where the decision's page is: the record's own pages, or the decision pages of the day and the imports. */
  page: 'record' | 'decision';
  body: Body;
  /** `YYYY-MM-DD`. */
  date: string;
  /** The record's dates before 1997 are known to the month only. */
  precision: DatePrecision;
  symbol: string;
  title: string;
  yes: number;
  no: number;
  /** Null where the tally records no count of abstentions (the curated day's vetoed amendments). */
  abstain: number | null;
  /** The permanent members whose negative vote was a veto (Council drafts); empty otherwise. */
  vetoedBy: readonly string[];
  /**
   * Where the recorded tally of a vetoed Council vote gives no count against: `no` is then
   * the negative votes reported (at least the veto), and the other counts not recorded.
   */
  noAtLeast?: true;
}

export interface MeasuredVote extends TalliedVote {
  /** Yes minus no. */
  margin: number;
  /** |yes − no| / (yes + no), from 0 (tied) to 1 (all one way). */
  share: number;
  band: Band;
}

/** The Assembly's band of a share. `gaBand(0.15)` → highly-divided; `gaBand(0.9)` → near-unanimous. */
export function gaBand(share: number): Band {
  if (share >= GA_BAND_FROM['near-unanimous']) return 'near-unanimous';
  if (share >= GA_BAND_FROM.clear) return 'clear';
  if (share >= GA_BAND_FROM.divided) return 'divided';
  return 'highly-divided';
}

/** The Council's band: a veto is highly divided; else by the negative votes (0, 1–2, 3 or more). */
export function scBand(no: number, vetoes: number): Band {
  if (vetoes > 0) return 'highly-divided';
  if (no >= SC_DIVIDED_FROM) return 'divided';
  if (no > 0) return 'clear';
  return 'near-unanimous';
}

/** A vote's margin, share and band; null for an Assembly vote with no yes and no no. */
export function measure(vote: TalliedVote): MeasuredVote | null {
  const voting = vote.yes + vote.no;
  if (vote.body === 'GA' && voting === 0) return null;
  const margin = vote.yes - vote.no;
  const share = voting === 0 ? 1 : Math.abs(margin) / voting;
  const band = vote.body === 'GA' ? gaBand(share) : scBand(vote.no, vote.vetoedBy.length);
  return { ...vote, margin, share, band };
}

/** The votes measured, and how many were left out (no yes and no no). */
export function measureAll(votes: readonly TalliedVote[]): { votes: MeasuredVote[]; leftOut: number } {
  const out: MeasuredVote[] = [];
  for (const v of votes) {
    const m = measure(v);
    if (m) out.push(m);
  }
  return { votes: out, leftOut: votes.length - out.length };
}

/** Orders the most divided first (see the module's comment). */
export function compareDivided(a: MeasuredVote, b: MeasuredVote): number {
  if (a.body === 'SC' && b.body === 'SC') {
    const c = b.vetoedBy.length - a.vetoedBy.length || b.no - a.no || a.yes - b.yes;
    if (c !== 0) return c;
  } else {
    const c = a.share - b.share || Math.abs(a.margin) - Math.abs(b.margin);
    if (c !== 0) return c;
  }
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The votes, most divided first (a new array). */
export function mostDivided(votes: readonly MeasuredVote[]): MeasuredVote[] {
  return [...votes].sort(compareDivided);
}

/** The votes per band, in the order of `BANDS`. */
export function bandCounts(votes: readonly MeasuredVote[]): Record<Band, number> {
  const counts: Record<Band, number> = { 'near-unanimous': 0, clear: 0, divided: 0, 'highly-divided': 0 };
  for (const v of votes) counts[v.band]++;
  return counts;
}

/**
 * One bar of the histogram: in the Assembly the votes whose share is from
 * `from` to below `to` (percent; the last bar takes 100 too), in the
 * Council those with `from` negative votes (`to` null: that many or more).
 * `counts` splits the bar by band.
 */
export interface HistogramBin {
  from: number;
  to: number | null;
  counts: Record<Band, number>;
  total: number;
}

/** The Council's histogram has a bar for 0 … 4 negative votes and one for 5 or more. */
export const SC_LAST_BIN = 5;

/** The histogram of margins: ten bars of 10 points of share (Assembly), or bars by negative votes (Council). */
export function histogram(body: Body, votes: readonly MeasuredVote[]): HistogramBin[] {
  const bins: HistogramBin[] =
    body === 'GA'
      ? Array.from({ length: 10 }, (_, i) => emptyBin(i * 10, i * 10 + 10))
      : Array.from({ length: SC_LAST_BIN + 1 }, (_, i) => emptyBin(i, i === SC_LAST_BIN ? null : i));
  for (const v of votes) {
    if (v.body !== body) continue;
    const i = body === 'GA' ? Math.min(9, Math.floor(Math.round(v.share * 1e9) / 1e8)) : Math.min(SC_LAST_BIN, v.no);
    bins[i].counts[v.band]++;
    bins[i].total++;
  }
  return bins;
}

function emptyBin(from: number, to: number | null): HistogramBin {
  return { from, to, counts: { 'near-unanimous': 0, clear: 0, divided: 0, 'highly-divided': 0 }, total: 0 };
}

// ---------------------------------------------------------------- the datasets' votes

/**
 * The curated day's decisions of a body with their first recorded tally;
 * a decision whose tally records no yes or no count is left out (counted
 * in `untallied`). Vetoes are those of the recorded outcome; a vetoed vote
 * whose tally gives no count against counts the negative votes reported
 * (at least its vetoes), marked `noAtLeast`.
 */
export function dayVotes(dataset: Dataset, body: Body): { votes: TalliedVote[]; untallied: number } {
  const votes: TalliedVote[] = [];
  let untallied = 0;
  for (const d of dataset.decisions) {
    if (d.body !== body) continue;
    const tally = d.record.tally[0]?.value;
    const outcome = d.record.outcome[0].value;
    const vetoedBy = body === 'SC' && outcome.result === 'vetoed' ? outcome.vetoedBy : [];
    let no = tally?.no ?? null;
    let noAtLeast: true | undefined;
    if (tally && tally.yes !== null && no === null && vetoedBy.length > 0) {
      no = Math.max(vetoedBy.length, d.positions.filter((code) => code === CODE.N).length);
      noAtLeast = true;
    }
    if (!tally || tally.yes === null || no === null) {
      untallied++;
      continue;
    }
    votes.push({
      id: d.id,
      page: 'decision',
      body,
      date: d.date,
      precision: 'day',
      symbol: symbolOf(d) ?? '',
      title: d.title,
      yes: tally.yes,
      no,
      abstain: tally.abstain,
      vetoedBy,
      ...(noAtLeast ? { noAtLeast } : {}),
    });
  }
  return { votes, untallied };
}

/** Which of the record's decisions: a year range and a topic code. */
export interface Selection {
  fromYear: number | null;
  toYear: number | null;
  /** A record topic code (`co`); null for any. */
  topic: string | null;
  /** An import's subject (a first-level term); null for any. */
  subject: string | null;
}

export const ALL: Selection = { fromYear: null, toYear: null, topic: null, subject: null };

/** The record's decisions in a selection, with their tallies counted from the positions. */
export function recordVotes(pack: HistoryPack, selection: Selection): TalliedVote[] {
  const chosen = filterDecisions(pack, {
    ...NO_FILTER,
    fromYear: selection.fromYear,
    toYear: selection.toYear,
    topics: selection.topic ? [selection.topic] : [],
  });
  const votes: TalliedVote[] = [];
  for (const d of chosen) {
    const t = countedTally(pack, d);
    votes.push({
      id: historyDecisionId(pack, d),
      page: 'record',
      body: 'GA',
      date: dateOf(pack, d),
      precision: datePrecisionOf(pack, d),
      symbol: packSymbolOf(pack, d),
      title: titleOf(pack, d),
      yes: t.Y,
      no: t.N,
      abstain: t.A,
      vetoedBy: [],
    });
  }
  return votes;
}

/** The votes of an import in a selection (years, subject) with their official totals. */
export function importVotesIn(store: UndlStore, selection: Selection): number[] {
  const out: number[] = [];
  for (let d = 0; d < store.decisionCount; d++) {
    const year = new Date(store.day[d] * 86_400_000).getUTCFullYear();
    if (selection.fromYear !== null && year < selection.fromYear) continue;
    if (selection.toYear !== null && year > selection.toYear) continue;
    if (selection.subject !== null && !hasSubject(store, d, selection.subject)) continue;
    out.push(d);
  }
  return out;
}

/**
 * An import's votes in a selection with their official totals. A vote
 * adopted without a vote, or with no totals, is left out (`withoutVote`,
 * `untallied`). The files hold adopted resolutions only: a permanent member's
 * negative vote on one was no veto (on a procedural question, as S/RES/119
 * (1956)), so an import has no vetoes, only negative votes.
 */
export function importVotes(
  store: UndlStore,
  selection: Selection,
): { votes: TalliedVote[]; withoutVote: number; untallied: number } {
  const votes: TalliedVote[] = [];
  let withoutVote = 0;
  let untallied = 0;
  for (const d of importVotesIn(store, selection)) {
    if (store.flags[d] & UNDL_FLAG.withoutVote) {
      withoutVote++;
      continue;
    }
    const totals = totalsOf(store, d);
    if (!totals) {
      untallied++;
      continue;
    }
    votes.push({
      id: importedVoteId(store, d),
      page: 'decision',
      body: store.body,
      date: isoDateOfDay(store.day[d]),
      precision: 'day',
      symbol: textOf(store, store.symbol, d),
      title: textOf(store, store.title, d),
      yes: totals.yes,
      no: totals.no,
      abstain: totals.abstain,
      vetoedBy: [],
    });
  }
  return { votes, withoutVote, untallied };
}

// ---------------------------------------------------------------- CSV

export const DIVIDED_HEADER = [
  'rank',
  'decision',
  'date',
  'date_precision',
  'body',
  'symbol',
  'title',
  'yes',
  'no',
  'abstain',
  'margin',
  'margin_share',
  'no_at_least',
  'vetoed_by',
  'band',
] as const;

/** The list as CSV rows, in its order; the share as a fraction with four decimals. */
export function* dividedRows(votes: readonly MeasuredVote[]): Iterable<Cell[]> {
  let rank = 0;
  for (const v of votes) {
    yield [
      ++rank,
      v.id,
      v.date,
      v.precision,
      v.body,
      v.symbol,
      v.title,
      v.yes,
      v.no,
      v.abstain,
      v.margin,
      v.share.toFixed(4),
      v.noAtLeast ? 'yes' : '',
      v.vetoedBy.join('|'),
      v.band,
    ];
  }
}

export const HISTOGRAM_HEADER = ['body', 'from', 'to', 'votes', ...BANDS] as const;

/** The histogram as CSV rows: the Assembly's bars in percent of share, the Council's in negative votes. */
export function* histogramRows(body: Body, bins: readonly HistogramBin[]): Iterable<Cell[]> {
  for (const b of bins) {
    yield [body, b.from, b.to ?? '', b.total, ...BANDS.map((band) => b.counts[band])];
  }
}
