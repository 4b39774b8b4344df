/**
 * UN membership over time, from `data/sources/un-membership.csv` (see
 * `data/sources/` and `shared/sources/un-membership.md` for its sources):
 * every membership's seat from a date to a date, who held a seat when, who
 * was a member at a date, and the Security Council's size and threshold at
 * a date.
 *
 * Words: a *membership* is one row of the file (the USSR and the Russian
 * Federation are two); a *seat* is a membership in the UN's own sense, held
 * in turn by the memberships that continue it (the USSR's seat, continued by
 * the Russian Federation). Dates are ISO `YYYY-MM-DD` strings, compared as
 * text; a span runs from its first day up to, not including, its last.
 */
import { z } from 'zod';
import { CsvSyntaxError, readCsv } from './csvReader';

/** A period of membership: from `from` (inclusive) to `to` (exclusive); `to` null while it lasts. */
export interface Span {
  from: string;
  to: string | null;
}

/** How a former membership passed into the one that `continuedBy` names (`un-membership.md`). */
export type Succession = 'continuation' | 'representation' | 'merger' | 'accession';

export interface Membership {
  /**
   * Unique: the file's code, except for the two former memberships whose
   * code is their successor's: the USSR (`SUN`, its ISO 3166-3 code) and
   * China represented by the Republic of China (`ROC`; no ISO code exists).
   */
  key: string;
  /** The file's code: ISO 3166-1 alpha-3 for current members, a withdrawn or historical code otherwise. */
  code: string;
  /** The UN's short name (`Russian Federation`); for a former membership, its name then. */
  name: string;
  /** The UN's admission date (kept where a membership was continued under another name). */
  admitted: string;
  /** When a former membership ended; null for a current one. */
  ended: string | null;
  /** The key of the membership this one passed into. */
  continuedBy: string | null;
  /** How it passed into it; null where it did not. */
  succession: Succession | null;
  former: boolean;
  /** The key of the seat's last holder: `RUS` for the USSR and the Russian Federation alike. */
  seat: string;
  /** When this membership itself held its seat, in order; gaps are absences (Syria 1958–61, Indonesia 1965–66). */
  spans: Span[];
  note: string;
  sources: string[];
}

/** The two former memberships whose code is their successor's, and their own keys. */
export const FORMER_KEYS: Readonly<Record<string, string>> = { RUS: 'SUN', CHN: 'ROC' };

/**
 * How each former membership passed into its successor, as `un-membership.md`
 * classes them. A continuation, a change of representation or a merger into
 * a membership that keeps the former one's admission date is the same seat;
 * an accession (the GDR into the FRG) or a merger into another seat is not.
 */
export const SUCCESSIONS: Readonly<Record<string, Succession>> = {
  SUN: 'continuation',
  ROC: 'representation',
  TAN: 'continuation',
  SCG: 'continuation',
  YAR: 'merger',
  YMD: 'merger',
  EAZ: 'merger',
  DDR: 'accession',
};

/** Intervals without a seat that the file keeps in its notes, not as rows. */
export const ABSENCES: readonly { key: string; from: string; to: string; why: string }[] = [
  {
    key: 'SYR',
    from: '1958-02-21',
    to: '1961-10-13',
    why: 'part of the United Arab Republic, which held Egypt’s seat, from the plebiscite of 21 Feb 1958 until Syria resumed its separate membership on 13 Oct 1961',
  },
  {
    key: 'IDN',
    from: '1965-03-01',
    to: '1966-09-28',
    why: 'withdrawal effective 1 Mar 1965; returned 28 Sep 1966',
  },
];

export class MembershipError extends Error {
  readonly line: number;
  constructor(line: number, reason: string) {
    super(`un-membership.csv, line ${line}: ${reason}`);
    this.name = 'MembershipError';
    this.line = line;
  }
}

export const MEMBERSHIP_COLUMNS = ['code', 'name', 'admitted', 'ended', 'continued_by', 'note', 'source'] as const;

const code = z
  .string()
  .regex(/^[A-Z]{3}$/, { error: (issue) => `${JSON.stringify(issue.input)} is not a three-letter code` });
const isoDate = z.iso.date({ error: (issue) => `${JSON.stringify(issue.input)} is not a date (YYYY-MM-DD)` });
const emptyAsNull = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? null : value), schema.nullable());

/** One row of `un-membership.csv`, as text. */
export const membershipRowSchema = z
  .strictObject({
    code,
    name: z.string().trim().min(1, { error: 'must not be empty' }),
    admitted: isoDate,
    ended: emptyAsNull(isoDate),
    continued_by: emptyAsNull(code),
    note: z.string(),
    source: z.string().trim().min(1, { error: 'must name a source' }),
  })
  .refine((row) => row.ended === null || row.ended > row.admitted, {
    error: 'ended must come after admitted',
    path: ['ended'],
  })
  .refine((row) => row.continued_by === null || row.ended !== null, {
    error: 'only a former membership (with an end date) is continued by another',
    path: ['continued_by'],
  });
export type MembershipRow = z.infer<typeof membershipRowSchema>;

/**
 * Reads `un-membership.csv`: checks every row (zod) and the links between
 * rows, and works out each membership's key, seat and spans. Throws a
 * `MembershipError` naming the line and the field.
 */
export function parseMembership(text: string): Membership[] {
  let records;
  try {
    records = readCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new MembershipError(error.line, error.reason);
    throw error;
  }
  if (records.length === 0) throw new MembershipError(1, 'the file is empty');
  const header = records[0].fields;
  const missing = MEMBERSHIP_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) throw new MembershipError(1, `missing column(s): ${missing.join(', ')}`);

  const rows: { row: MembershipRow; line: number }[] = [];
  for (const { fields, line } of records.slice(1)) {
    if (fields.length !== header.length) {
      throw new MembershipError(line, `expected ${header.length} fields, found ${fields.length}`);
    }
    const raw = Object.fromEntries(MEMBERSHIP_COLUMNS.map((c) => [c, fields[header.indexOf(c)]]));
    const parsed = membershipRowSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new MembershipError(line, `${issue.path.join('.') || 'row'}: ${issue.message}`);
    }
    rows.push({ row: parsed.data, line });
  }
  return buildMemberships(rows);
}

function buildMemberships(rows: { row: MembershipRow; line: number }[]): Membership[] {
  const currentCodes = new Set<string>();
  for (const { row, line } of rows) {
    if (row.ended !== null) continue;
    if (currentCodes.has(row.code)) throw new MembershipError(line, `code ${row.code} is used by two current members`);
    currentCodes.add(row.code);
  }

  const list: Membership[] = [];
  const keys = new Set<string>();
  for (const { row, line } of rows) {
    const former = row.ended !== null;
    let key = row.code;
    if (former && currentCodes.has(row.code)) {
      key = FORMER_KEYS[row.code];
      if (!key)
        throw new MembershipError(line, `former membership ${row.code} shares its code and has no key of its own`);
    }
    if (keys.has(key)) throw new MembershipError(line, `key ${key} is used twice`);
    keys.add(key);
    if (row.continued_by !== null && !currentCodes.has(row.continued_by)) {
      throw new MembershipError(line, `continued_by: ${row.continued_by} is not a current member's code`);
    }
    const succession = row.continued_by === null ? null : (SUCCESSIONS[key] ?? null);
    if (row.continued_by !== null && succession === null) {
      throw new MembershipError(line, `continued_by: how ${key} passed into ${row.continued_by} is not known`);
    }
    list.push({
      key,
      code: row.code,
      name: row.name,
      admitted: row.admitted,
      ended: row.ended,
      continuedBy: row.continued_by,
      succession,
      former,
      seat: key,
      spans: [],
      note: row.note,
      sources: row.source
        .split(' ; ')
        .map((s) => s.trim())
        .filter(Boolean),
    });
  }

  const byKey = new Map(list.map((m) => [m.key, m]));
  // A seat passes on where the successor keeps the former membership's admission date (not by accession).
  const predecessors = new Map<string, Membership[]>();
  for (const m of list) {
    if (m.continuedBy === null) continue;
    const next = byKey.get(m.continuedBy)!;
    const sameSeat = m.succession !== 'accession' && next.admitted === m.admitted;
    if ((m.succession === 'continuation' || m.succession === 'representation') && !sameSeat) {
      const line = rows[list.indexOf(m)].line;
      throw new MembershipError(line, `${m.key} is a ${m.succession} of ${next.key} but their admission dates differ`);
    }
    if (sameSeat) predecessors.set(next.key, [...(predecessors.get(next.key) ?? []), m]);
  }
  for (const m of list) {
    let seat = m;
    const seen = new Set<string>();
    while (seat.continuedBy !== null && predecessors.get(seat.continuedBy)?.includes(seat)) {
      if (seen.has(seat.key)) throw new Error(`membership: a cycle of successions through ${seat.key}`);
      seen.add(seat.key);
      seat = byKey.get(seat.continuedBy)!;
    }
    m.seat = seat.key;
    const from = (predecessors.get(m.key) ?? []).reduce(
      (start, p) => (p.ended! > start ? p.ended! : start),
      m.admitted,
    );
    m.spans = withoutAbsences(
      { from, to: m.ended },
      ABSENCES.filter((a) => a.key === m.key),
    );
  }
  return list;
}

function withoutAbsences(span: Span, absences: readonly { from: string; to: string }[]): Span[] {
  let spans = [span];
  for (const gap of absences) {
    spans = spans.flatMap((s) => {
      if (!overlaps(s, gap.from, gap.to)) return [s];
      const parts: Span[] = [];
      if (s.from < gap.from) parts.push({ from: s.from, to: gap.from });
      if (s.to === null || s.to > gap.to) parts.push({ from: gap.to, to: s.to });
      return parts;
    });
  }
  return spans;
}

/** Whether a span has any day in [from, to). */
function overlaps(span: Span, from: string, to: string): boolean {
  return span.from < to && (span.to === null || span.to > from);
}

function contains(span: Span, date: string): boolean {
  return span.from <= date && (span.to === null || date < span.to);
}

/** Whether a membership held its seat on a date. */
export function isMemberOn(membership: Pick<Membership, 'spans'>, date: string): boolean {
  return membership.spans.some((s) => contains(s, date));
}

/** Whether a membership held its seat on any day of [from, to). */
export function isMemberDuring(membership: Pick<Membership, 'spans'>, from: string, to: string): boolean {
  return membership.spans.some((s) => overlaps(s, from, to));
}

/** The memberships that held a seat on a date, in the order of the list. */
export function membersOn<M extends Pick<Membership, 'spans'>>(list: readonly M[], date: string): M[] {
  return list.filter((m) => isMemberOn(m, date));
}

/** Whether the membership with this key held its seat on a date; false for a key the list does not have. */
export function wasMember(list: readonly Membership[], key: string, date: string): boolean {
  const m = list.find((x) => x.key === key);
  return m !== undefined && isMemberOn(m, date);
}

/** Who held a seat (by the seat's key, e.g. `RUS`) on a date; null when nobody did. */
export function holderOn<M extends Pick<Membership, 'seat' | 'spans'>>(
  list: readonly M[],
  seat: string,
  date: string,
): M | null {
  return list.find((m) => m.seat === seat && isMemberOn(m, date)) ?? null;
}

/** The memberships that held a seat, one after the other (the USSR, then the Russian Federation). */
export function holdersOf<M extends Pick<Membership, 'seat' | 'spans'>>(list: readonly M[], seat: string): M[] {
  return list
    .filter((m) => m.seat === seat)
    .sort((a, b) => (a.spans[0]?.from ?? '').localeCompare(b.spans[0]?.from ?? ''));
}

/** How exactly a date is known: to the day, or only to the month (its day is a placeholder). */
export type DatePrecision = 'day' | 'month';

/**
 * The members at a date known to the day, or during its month when only the
 * month is known: a membership that began or ended within that month counts
 * (the record cannot say on which day of the month the vote fell). A seat
 * has one holder even then: where two memberships of one seat meet within
 * the month, the holder is the one that held it on the date as given (or the
 * nearest to it).
 */
export function membersAt<M extends Pick<Membership, 'seat' | 'spans'>>(
  list: readonly M[],
  date: string,
  precision: DatePrecision,
): M[] {
  if (precision === 'day') return membersOn(list, date);
  const from = `${date.slice(0, 7)}-01`;
  const to = nextMonth(from);
  const during = list.filter((m) => isMemberDuring(m, from, to));
  const bySeat = new Map<string, M[]>();
  for (const m of during) bySeat.set(m.seat, [...(bySeat.get(m.seat) ?? []), m]);
  return during.filter((m) => {
    const holders = bySeat.get(m.seat)!;
    return holders.length === 1 || nearestHolder(holders, date) === m;
  });
}

function nearestHolder<M extends Pick<Membership, 'spans'>>(holders: readonly M[], date: string): M {
  let best = holders[0];
  let bestDistance = Infinity;
  for (const m of holders) {
    for (const s of m.spans) {
      const distance = contains(s, date)
        ? 0
        : date < s.from
          ? daysBetween(date, s.from)
          : daysBetween(s.to ?? date, date) + 1;
      if (distance < bestDistance) {
        best = m;
        bestDistance = distance;
      }
    }
  }
  return best;
}

/** `nextMonth('1971-12-01')` → `1972-01-01`. */
function nextMonth(first: string): string {
  const year = Number(first.slice(0, 4));
  const month = Number(first.slice(5, 7));
  return month === 12 ? `${year + 1}-01-01` : `${first.slice(0, 5)}${String(month + 1).padStart(2, '0')}-01`;
}

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}

// The Council's size and threshold at a date live with the vote rules.
export { CHARTER_IN_FORCE, ENLARGED_COUNCIL_FROM, councilAt } from './rules';
export type { Council } from './rules';
