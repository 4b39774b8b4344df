/**
 * The UN Digital Library's bulk voting files (`shared/sources/un-digital-library-csv.md`):
 * their columns in both header versions, how a header is recognised, and
 * the compact structure an imported file becomes (`UndlStore`).
 *
 * A file has one row per member state per vote (`undl_id`). The General
 * Assembly's and the Security Council's files differ in a few columns; the
 * first version of the files (2024) named some columns otherwise. Columns
 * are found by name, never by position; columns a file has beyond these are
 * ignored.
 */
import type { Body } from '../schema';
import type { Span } from '../membership';

/** A column the reader knows, and the names it has had: the current one first, then version 1's. */
export const COLUMN_NAMES = {
  undl_id: ['undl_id'],
  ms_code: ['ms_code', 'ms_codes'],
  ms_name: ['ms_name', 'ms_names'],
  ms_vote: ['ms_vote', 'ms_votes'],
  permanent_member: ['permanent_member'],
  date: ['date'],
  session: ['session'],
  resolution: ['resolution', 'resolutions'],
  draft: ['draft'],
  committee_report: ['committee_report'],
  meeting: ['meeting'],
  title: ['title'],
  description: ['description'],
  agenda_title: ['agenda_title', 'agenda_titles'],
  agenda: ['agenda'],
  subjects: ['subjects'],
  vote_note: ['vote_note'],
  total_yes: ['total_yes', 'yes'],
  total_no: ['total_no', 'no'],
  total_abstentions: ['total_abstentions', 'abstentions'],
  total_non_voting: ['total_non_voting', 'non-voting'],
  // Version 1's `total-voting` stands where `total_ms` stands now: the members counted (yes + no + abstentions + non-voting).
  total_ms: ['total_ms', 'total-voting'],
  modality: ['modality'],
  undl_link: ['undl_link'],
} as const;
export type Column = keyof typeof COLUMN_NAMES;

const TOTALS = ['total_yes', 'total_no', 'total_abstentions', 'total_non_voting', 'total_ms'] as const;

/** The columns each body's file must have, and those it may have. */
export const BODY_COLUMNS: Record<Body, { required: readonly Column[]; optional: readonly Column[] }> = {
  GA: {
    required: ['undl_id', 'ms_code', 'ms_name', 'ms_vote', 'date', 'session', 'resolution', 'title', ...TOTALS],
    optional: [
      'draft',
      'committee_report',
      'meeting',
      'agenda_title',
      'subjects',
      'vote_note',
      'modality',
      'undl_link',
    ],
  },
  SC: {
    required: [
      'undl_id',
      'ms_code',
      'ms_name',
      'permanent_member',
      'ms_vote',
      'date',
      'resolution',
      'description',
      ...TOTALS,
    ],
    optional: ['draft', 'meeting', 'agenda', 'subjects', 'vote_note', 'modality', 'undl_link'],
  },
};

/** A recognised header: the body, the version of the column names, and each known column's place. */
export interface UndlHeader {
  body: Body;
  /** 2 for the current column names; 1 where a file uses version 1's. */
  version: 1 | 2;
  /** How many fields a row has. */
  fields: number;
  /** The place of each column the file has (-1 for an optional column it does not have). */
  index: Record<Column, number>;
  /** The header as the file gives it. */
  names: string[];
}

export type HeaderResult = { ok: true; header: UndlHeader } | { ok: false; reason: string };

/**
 * Recognises a header by its column names: a Security Council file has
 * `permanent_member`, a General Assembly file does not. A header that is
 * neither names the columns it lacks (of the body it is closest to).
 */
export function recogniseHeader(names: readonly string[]): HeaderResult {
  const clean = names.map((n) => n.trim().toLowerCase());
  const seen = new Map<string, number>();
  for (let i = 0; i < clean.length; i++) {
    if (clean[i] === '') continue;
    if (seen.has(clean[i])) return { ok: false, reason: `the column ${JSON.stringify(clean[i])} appears twice` };
    seen.set(clean[i], i);
  }
  const place = (column: Column): { at: number; version: 1 | 2 } | null => {
    const [current, ...older] = COLUMN_NAMES[column] as readonly string[];
    if (seen.has(current)) return { at: seen.get(current)!, version: 2 };
    for (const name of older) if (seen.has(name)) return { at: seen.get(name)!, version: 1 };
    return null;
  };
  const missing = (body: Body) => BODY_COLUMNS[body].required.filter((c) => place(c) === null);
  const missingSc = missing('SC');
  const missingGa = missing('GA');
  const body: Body | null =
    missingSc.length === 0 ? 'SC' : missingGa.length === 0 && !seen.has('permanent_member') ? 'GA' : null;
  if (body === null) {
    const [closest, lacks] =
      missingSc.length < missingGa.length ? ['Security Council', missingSc] : ['General Assembly', missingGa];
    const names = lacks.map((c) => COLUMN_NAMES[c].join(' or ')).join(', ');
    return {
      ok: false,
      reason: `the header is not that of a UN Digital Library voting file: as a ${closest} file it lacks the column${lacks.length === 1 ? '' : 's'} ${names}`,
    };
  }
  const index = {} as Record<Column, number>;
  let version: 1 | 2 = 2;
  for (const column of Object.keys(COLUMN_NAMES) as Column[]) {
    const found = place(column);
    const known = BODY_COLUMNS[body].required.includes(column) || BODY_COLUMNS[body].optional.includes(column);
    index[column] = found && known ? found.at : -1;
    if (found && known && found.version === 1) version = 1;
  }
  return { ok: true, header: { body, version, fields: names.length, index, names: [...names] } };
}

// ---------------------------------------------------------------- the compact structure

/**
 * A state's position in a vote of the store: the values of `CODE` in
 * `../model` (and of the record's pack for Y, N, A and not a member), so that
 * the record's views and the dataset model read them alike.
 */
export const UNDL_CODE = {
  /** A member at the vote's date (GA) the file has no row for. */
  notReported: 0,
  Y: 1,
  N: 2,
  A: 3,
  /** Non-voting (`X`; `NV` in version 1). */
  X: 4,
  /** Not a member at the vote's date (GA), not on the Council in that vote (SC). */
  notEligible: 6,
} as const;
export type UndlCode = (typeof UNDL_CODE)[keyof typeof UNDL_CODE];

/** The bits of a vote's flags. */
export const UNDL_FLAG = {
  /** Adopted without a vote (the file's modality or vote note says so); every member is recorded as Y. */
  withoutVote: 1 << 0,
  /** The file gives no totals for the vote. */
  noTotals: 1 << 1,
  /** The file has the vote's totals but no per-country positions. */
  noPositions: 1 << 2,
  /** The positions disagree with the vote's totals. */
  disagrees: 1 << 3,
  /** GA: the file's number of members (`total_ms`) differs from the members at the date in the membership table. */
  membersDiffer: 1 << 4,
} as const;

/** Where each total stands in `totals` (`5 * d + TOTAL.yes`). */
export const TOTAL = { yes: 0, no: 1, abstain: 2, nonVoting: 3, members: 4 } as const;

/** One column of the positions: a membership (see `../membership.ts`) and the names and codes the file gives it. */
export interface UndlState {
  index: number;
  /** Unique: ISO 3166-1 alpha-3 for current members; SUN (the USSR), ROC (China represented by the Republic of China), CSK, YUG, SCG, DDR, YAR, YMD, TAN, EAZ. */
  key: string;
  /** The code of `un-membership.csv`. */
  code: string;
  name: string;
  former: boolean;
  /** The key of the seat's last holder (RUS for the USSR). */
  seat: string;
  continuedBy: string | null;
  spans: Span[];
  /** How the file names and codes the state (`UNION OF SOVIET SOCIALIST REPUBLICS`, `RUS`; `GERMANY, FEDERAL REPUBLIC OF`, `GER`). */
  record: { name: string; code: string }[];
}

/**
 * An imported file: states and votes in arrays with stable indexes, one
 * byte per state per vote, every text once. It has the layout of the
 * record's pack (`../history/pack.ts`, `HistoryPack`): `states`,
 * `stateIndex`, `decisionCount`, `stateCount`, `day`, `title`, `symbol`,
 * `positions` and `strings` mean the same, with `undlId` where the pack has
 * `rcid`, and the file's own fields beside them.
 *
 * Vote `d` is an index 0 … decisionCount−1, in order of date then undl_id;
 * state `s` an index into `states` (every membership of the membership
 * table, in its order, whether or not the file names it).
 */
export interface UndlStore {
  body: Body;
  /** The header's version (2: the current column names). */
  headerVersion: 1 | 2;
  states: readonly UndlState[];
  /** State key (`RUS`, `SUN`) → index in `states`. */
  stateIndex: ReadonlyMap<string, number>;
  decisionCount: number;
  stateCount: number;
  /** Per vote: the UN Digital Library's record number. */
  undlId: Uint32Array;
  /** Days since 1970-01-01. */
  day: Int32Array;
  /** The file's line of the vote's first row. */
  line: Uint32Array;
  /** `UNDL_FLAG` bits. */
  flags: Uint8Array;
  /** The file's totals: vote d's at `5 * d + TOTAL.…`; -1 where it gives none. */
  totals: Int32Array;
  /** Indexes into `strings`; '' where the file gives none. */
  symbol: Uint32Array;
  /** GA: `title`; SC: `description`. */
  title: Uint32Array;
  /** Text: `ES-11` is a session too. GA only ('' in an SC file). */
  session: Uint32Array;
  /** One or more draft symbols, separated by `|`. */
  draft: Uint32Array;
  committeeReport: Uint32Array;
  meeting: Uint32Array;
  /** GA: `agenda_title`; SC: `agenda`. */
  agenda: Uint32Array;
  /** Subject terms separated by `|`, levels by `--`. */
  subjects: Uint32Array;
  voteNote: Uint32Array;
  modality: Uint32Array;
  link: Uint32Array;
  /** `UNDL_CODE` of state s in vote d at `d * stateCount + s`. */
  positions: Uint8Array;
  /** SC: 1 at `d * stateCount + s` where state s sat as a permanent member; empty for a GA file. */
  permanent: Uint8Array;
  strings: readonly string[];
}

/** The store's fields that hold an index into its strings, one per vote. */
export const TEXT_FIELDS = [
  'symbol',
  'title',
  'session',
  'draft',
  'committeeReport',
  'meeting',
  'agenda',
  'subjects',
  'voteNote',
  'modality',
  'link',
] as const satisfies readonly (keyof UndlStore)[];

/** A row the reader left out, and why. */
export interface RejectedRow {
  line: number;
  reason: string;
}

/** A vote imported with a warning: its line (its first row's) and what is wrong. */
export interface FlaggedVote {
  undlId: number;
  line: number;
  symbol: string;
  reasons: string[];
}

/** What an import took in, for the reader of the file. */
export interface UndlReport {
  body: Body;
  headerVersion: 1 | 2;
  bytes: number;
  /** Rows after the header (empty lines not counted). */
  rows: number;
  votes: number;
  /** Positions imported (Y, N, A, X), in all and by position. */
  positions: number;
  byPosition: { Y: number; N: number; A: number; X: number };
  /** The first and last dates, and the years with a vote. */
  from: string;
  to: string;
  years: number[];
  /** Votes adopted without a vote, and votes with totals but no positions. */
  withoutVote: number;
  withoutPositions: number;
  /** Every row left out: `rejected` counts them, `rejectedRows` lists the first `MAX_LISTED` with their lines. */
  rejected: number;
  rejectedRows: RejectedRow[];
  flagged: FlaggedVote[];
}

/** How many rejected rows a report lists one by one (it counts them all). */
export const MAX_LISTED = 10_000;

export interface UndlImport {
  store: UndlStore;
  report: UndlReport;
}

// ---------------------------------------------------------------- reading the store

export function textOf(store: UndlStore, field: Uint32Array, d: number): string {
  return store.strings[field[d]];
}

/** `a|b` → ['a', 'b']; '' → []. */
export function splitBars(text: string): string[] {
  return text === '' ? [] : text.split('|').map((s) => s.trim());
}

/** The draft symbols of vote d. */
export function draftsOf(store: UndlStore, d: number): string[] {
  return splitBars(textOf(store, store.draft, d));
}

/** The subject terms of vote d, each as its levels: `TERRITORIES OCCUPIED BY ISRAEL--SETTLEMENT POLICY` → two levels. */
export function subjectsOf(store: UndlStore, d: number): string[][] {
  return splitBars(textOf(store, store.subjects, d)).map((term) => term.split('--').map((s) => s.trim()));
}

/** Vote d's totals; null where the file gives none. */
export function totalsOf(
  store: UndlStore,
  d: number,
): { yes: number; no: number; abstain: number; nonVoting: number; members: number } | null {
  const t = store.totals;
  const at = 5 * d;
  if (t[at] < 0) return null;
  return { yes: t[at], no: t[at + 1], abstain: t[at + 2], nonVoting: t[at + 3], members: t[at + 4] };
}

/** The positions of vote d, one `UNDL_CODE` per state (a view, not a copy). */
export function positionsOf(store: UndlStore, d: number): Uint8Array {
  return store.positions.subarray(d * store.stateCount, (d + 1) * store.stateCount);
}

/** `YYYY-MM-DD` of a day number. */
export function isoDateOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** The day number (days since 1970-01-01) of a valid `YYYY-MM-DD`; NaN otherwise. */
export function dayOfIsoDate(date: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return NaN;
  const t = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== date) return NaN;
  return t / 86_400_000;
}
