/**
 * Reads a UN Digital Library voting file (GA or SC, either header version)
 * into the compact `UndlStore` and its report. Pure: bytes go in as chunks
 * (`push`) as they come from a file, a stream or a Worker's reader; the file
 * is never held whole nor turned into one string. Between two chunks a
 * driver can read the progress (bytes, rows) and cancel.
 *
 * Per row, a bad row is left out with its line and the reason (the report
 * lists it): a vote code that is not Y, N, A, X (or version 1's NV); totals
 * that do not add up to `total_ms`; totals or a date that differ from the
 * vote's first row; an unknown state code, or a state that was not a member
 * at the vote's date; a second row for one state in one vote; a field count
 * that is not the header's. A row with no vote gives no position (a vote
 * whose rows give none is one with totals but no per-country breakdown, as
 * the Library has for many votes of 1946–1982). A vote whose positions
 * disagree with its totals is imported and flagged. The file as a whole is refused (`UndlError`, with
 * the line) when it is empty, its header is not known, it is not CSV, or it
 * is truncated (it ends inside a quoted field or in the middle of a row).
 *
 * States are the memberships of the membership table (`../membership.ts`),
 * found from the file's code and the vote's date: `RUS` is the USSR (`SUN`)
 * before 24 Dec 1991 and the Russian Federation after; `CHN` the Republic of
 * China's representation (`ROC`) before 25 Oct 1971; a code covers the
 * memberships that held the same seat under it (`YEM`: the Yemen Arab
 * Republic before 22 May 1990; `TZA`: Tanganyika before the union; `SRB`:
 * Serbia and Montenegro before 3 Jun 2006); `GER`, the Library's code for
 * the Federal Republic of Germany before 1990, is Germany's membership (DEU).
 */
import type { Membership } from '../membership';
import type { CsvRow } from './csvBytes';
import { CsvSyntaxError, createCsvByteReader, fieldIs, fieldText, rowTexts } from './csvBytes';
import type { FlaggedVote, RejectedRow, UndlHeader, UndlImport, UndlReport, UndlState, UndlStore } from './format';
import { MAX_LISTED, TEXT_FIELDS, TOTAL, UNDL_CODE, UNDL_FLAG, isoDateOfDay, recogniseHeader } from './format';

export class UndlError extends Error {
  /** The 1-based line where the problem is. */
  readonly line: number;
  readonly reason: string;
  constructor(line: number, reason: string) {
    super(`line ${line}: ${reason}`);
    this.name = 'UndlError';
    this.line = line;
    this.reason = reason;
  }
}

/** The import was cancelled: nothing was returned. */
export class UndlCancelled extends Error {
  constructor() {
    super('The import was cancelled');
    this.name = 'UndlCancelled';
  }
}

/** Codes the Library uses that are not a membership's code, and the code of the membership they stand for. */
export const CODE_ALIASES: Readonly<Record<string, string>> = {
  /** The Federal Republic of Germany, 1973–90: Germany's membership. */
  GER: 'DEU',
};

export interface UndlProgress {
  /** Bytes read so far. */
  bytes: number;
  /** Rows read so far (after the header). */
  rows: number;
}

export interface UndlReader {
  push(chunk: Uint8Array): void;
  /** The file is over: the store and its report. Throws `UndlError` for a file that cannot be imported. */
  end(): UndlImport;
  /** Stops: every later call throws `UndlCancelled`. */
  cancel(): void;
  readonly progress: UndlProgress;
}

export interface UndlReaderOptions {
  /** The membership table (`parseMembership` of `data/sources/un-membership.csv`). */
  memberships: readonly Membership[];
}

const Q_Y = 89;
const Q_N = 78;
const Q_A = 65;
const Q_X = 88;
const Q_V = 86;

/** A growable typed array. */
class Grow<T extends Uint8Array | Uint32Array | Int32Array> {
  array: T;
  constructor(
    private readonly make: (n: number) => T,
    capacity: number,
  ) {
    this.array = make(capacity);
  }
  /** Makes room for `n` elements. */
  ensure(n: number): T {
    if (n > this.array.length) {
      const next = this.make(Math.max(n, this.array.length * 2));
      next.set(this.array);
      this.array = next;
    }
    return this.array;
  }
}

const DAY_MS = 86_400_000;
const NO_DAY = 0x7fffffff;

/** A reader of one file. */
export function createUndlReader(options: UndlReaderOptions): UndlReader {
  // ------------------------------------------------------------ states
  const memberships = options.memberships;
  const S = memberships.length;
  const states: UndlState[] = memberships.map((m, index) => ({
    index,
    key: m.key,
    code: m.code,
    name: m.name,
    former: m.former,
    seat: m.seat,
    continuedBy: m.continuedBy,
    spans: m.spans.map((s) => ({ from: s.from, to: s.to })),
    record: [],
  }));
  const stateIndex = new Map(states.map((s) => [s.key, s.index]));
  // Spans as day numbers, flat: state s's spans are spanFrom/spanTo[spanAt[s] … spanAt[s + 1] - 1].
  const spanAt = new Int32Array(S + 1);
  const spanFrom: number[] = [];
  const spanTo: number[] = [];
  memberships.forEach((m, s) => {
    spanAt[s] = spanFrom.length;
    for (const span of m.spans) {
      spanFrom.push(Date.parse(`${span.from}T00:00:00Z`) / DAY_MS);
      spanTo.push(span.to === null ? NO_DAY : Date.parse(`${span.to}T00:00:00Z`) / DAY_MS);
    }
  });
  spanAt[S] = spanFrom.length;
  const memberOn = (s: number, day: number) => {
    for (let i = spanAt[s]; i < spanAt[s + 1]; i++) if (spanFrom[i] <= day && day < spanTo[i]) return true;
    return false;
  };

  // A file code (three capital letters, as a number) → the memberships it can stand for.
  const codeNumber = (code: string) =>
    (code.charCodeAt(0) - 65) * 676 + (code.charCodeAt(1) - 65) * 26 + (code.charCodeAt(2) - 65);
  const candidatesOf = new Map<number, number[]>();
  const addCode = (code: string, indexes: number[]) => {
    if (!/^[A-Z]{3}$/.test(code) || indexes.length === 0) return;
    candidatesOf.set(codeNumber(code), [...new Set([...(candidatesOf.get(codeNumber(code)) ?? []), ...indexes])]);
  };
  const byCode = new Map<string, number[]>();
  memberships.forEach((m, s) => byCode.set(m.code, [...(byCode.get(m.code) ?? []), s]));
  for (const [code, indexes] of byCode) {
    // The memberships under this code, and those that held the same seat as its current membership.
    const current = indexes.filter((s) => !memberships[s].former);
    const seats = new Set(current.map((s) => memberships[s].seat));
    const sameSeat = memberships.map((m, s) => (seats.has(m.seat) ? s : -1)).filter((s) => s >= 0);
    addCode(code, [...indexes, ...sameSeat]);
  }
  // A membership's own key where no membership has it as its code (SUN, ROC).
  memberships.forEach((m, s) => {
    if (!byCode.has(m.key)) addCode(m.key, [s]);
  });
  for (const [alias, code] of Object.entries(CODE_ALIASES)) {
    if (!byCode.has(alias) && byCode.has(code)) addCode(alias, candidatesOf.get(codeNumber(code)) ?? []);
  }
  const candidateTable = new Int32Array(26 * 26 * 26).fill(-1);
  const candidateLists: number[][] = [];
  for (const [n, list] of candidatesOf) {
    candidateTable[n] = candidateLists.length;
    candidateLists.push(list);
  }

  // ------------------------------------------------------------ votes
  const strings: string[] = [''];
  const stringIndex = new Map<string, number>([['', 0]]);
  const intern = (s: string) => {
    let i = stringIndex.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      stringIndex.set(s, i);
    }
    return i;
  };
  const u32 = (n: number) => new Uint32Array(n);
  const CAP = 1024;
  const undlId = new Grow(u32, CAP);
  const day = new Grow((n) => new Int32Array(n), CAP);
  const dateKey = new Grow((n) => new Int32Array(n), CAP);
  const line = new Grow(u32, CAP);
  const flags = new Grow((n) => new Uint8Array(n), CAP);
  const totals = new Grow((n) => new Int32Array(n), CAP * 5);
  const texts = Object.fromEntries(TEXT_FIELDS.map((f) => [f, new Grow(u32, CAP)])) as Record<
    (typeof TEXT_FIELDS)[number],
    Grow<Uint32Array>
  >;
  const positions = new Grow((n) => new Uint8Array(n), CAP * S);
  const permanent = new Grow((n) => new Uint8Array(n), 0);
  let D = 0;
  const decisionOf = new Map<number, number>();
  let currentId = -1;
  let currentD = -1;

  // How each state was named and coded: the last row's bytes, and every distinct pair.
  const lastName: (Uint8Array | null)[] = new Array(S).fill(null);
  const lastCode = new Int32Array(S).fill(-1);
  const recordPairs: Set<string>[] = states.map(() => new Set());

  // ------------------------------------------------------------ report
  let rows = 0;
  let rejected = 0;
  const rejectedRows: RejectedRow[] = [];
  const reject = (at: number, reason: string) => {
    rejected++;
    if (rejectedRows.length < MAX_LISTED) rejectedRows.push({ line: at, reason });
  };

  let header: UndlHeader | null = null;
  let cancelled = false;
  let failure: unknown = null;

  // Column places, set from the header.
  let F = 0;
  let cId = 0;
  let cCode = 0;
  let cName = 0;
  let cVote = 0;
  let cDate = 0;
  let cPermanent = -1;
  let cLink = -1;
  let cModality = -1;
  let cNote = -1;
  let cTotals: number[] = [];
  let textColumns: [Grow<Uint32Array>, number][] = [];
  let isSc = false;
  const rowTotals = new Int32Array(5);

  const onHeader = (row: CsvRow) => {
    let names: string[];
    try {
      names = rowTexts(row);
    } catch {
      throw new UndlError(row.line, 'the header is not UTF-8 text');
    }
    const result = recogniseHeader(names);
    if (!result.ok) throw new UndlError(row.line, result.reason);
    header = result.header;
    const ix = header.index;
    F = header.fields;
    cId = ix.undl_id;
    cCode = ix.ms_code;
    cName = ix.ms_name;
    cVote = ix.ms_vote;
    cDate = ix.date;
    cPermanent = ix.permanent_member;
    cLink = ix.undl_link;
    cModality = ix.modality;
    cNote = ix.vote_note;
    cTotals = [ix.total_yes, ix.total_no, ix.total_abstentions, ix.total_non_voting, ix.total_ms];
    isSc = header.body === 'SC';
    textColumns = [
      [texts.symbol, ix.resolution],
      [texts.title, isSc ? ix.description : ix.title],
      [texts.session, ix.session],
      [texts.draft, ix.draft],
      [texts.committeeReport, ix.committee_report],
      [texts.meeting, ix.meeting],
      [texts.agenda, isSc ? ix.agenda : ix.agenda_title],
      [texts.subjects, ix.subjects],
      [texts.voteNote, ix.vote_note],
      [texts.modality, ix.modality],
      [texts.link, ix.undl_link],
    ];
  };

  /** A whole number as the file writes counts: `120.0`, `120`; -1 for an empty field; -2 for anything else. */
  const count = (b: Uint8Array, s: number, e: number): number => {
    if (s === e) return -1;
    let n = 0;
    let k = s;
    for (; k < e; k++) {
      const c = b[k] - 48;
      if (c < 0 || c > 9) break;
      n = n * 10 + c;
    }
    if (k === s || n > 0xffff) return -2;
    if (k < e) {
      if (b[k] !== 46 || k + 1 === e) return -2; // '.'
      for (k++; k < e; k++) if (b[k] !== 48) return -2; // only zeros after the point
    }
    return n;
  };

  /** `YYYY-MM-DD` as the number YYYYMMDD; -1 if it is not of that form. */
  const dateNumber = (b: Uint8Array, s: number, e: number): number => {
    if (e - s !== 10 || b[s + 4] !== 45 || b[s + 7] !== 45) return -1;
    let n = 0;
    for (let k = s; k < e; k++) {
      if (k === s + 4 || k === s + 7) continue;
      const c = b[k] - 48;
      if (c < 0 || c > 9) return -1;
      n = n * 10 + c;
    }
    return n;
  };

  const text = (row: CsvRow, i: number) => (i < 0 ? '' : fieldText(row, i));

  /** Whether the vote's modality or note says it was adopted without a vote. */
  const saysWithoutVote = (row: CsvRow) =>
    /without|acclamation|consensus/i.test(text(row, cModality)) ||
    /without (a )?vote|acclamation/i.test(text(row, cNote));

  const newDecision = (row: CsvRow, id: number, date: number, today: number, withoutVote: boolean): number => {
    const d = D++;
    undlId.ensure(D)[d] = id;
    day.ensure(D)[d] = today;
    dateKey.ensure(D)[d] = date;
    line.ensure(D)[d] = row.line;
    flags.ensure(D)[d] =
      (withoutVote || saysWithoutVote(row) ? UNDL_FLAG.withoutVote : 0) | (rowTotals[0] < 0 ? UNDL_FLAG.noTotals : 0);
    const tt = totals.ensure(5 * D);
    for (let k = 0; k < 5; k++) tt[5 * d + k] = rowTotals[k];
    for (const [grow, column] of textColumns) grow.ensure(D)[d] = intern(text(row, column));
    const p = positions.ensure(D * S);
    const base = d * S;
    for (let s = 0; s < S; s++)
      p[base + s] = !isSc && memberOn(s, today) ? UNDL_CODE.notReported : UNDL_CODE.notEligible;
    if (isSc) permanent.ensure(D * S).fill(0, base, base + S);
    decisionOf.set(id, d);
    return d;
  };

  /**
   * Security Council members whose row was left out after its state was
   * known: still on the Council in that vote, with no position
   * (`notReported`), so that the year's Council stays whole. Applied when
   * the file is over (the vote may come from a later row).
   */
  const present: { id: number; s: number; permanent: number }[] = [];

  /** Leaves a row out; a Council member stays on the Council of that vote. */
  const leaveOut = (at: number, id: number, s: number, isPermanent: number, reason: string) => {
    if (isSc && s >= 0) present.push({ id, s, permanent: isPermanent });
    reject(at, reason);
  };

  const onRow = (row: CsvRow) => {
    if (header === null) {
      onHeader(row);
      return;
    }
    const b = row.bytes;
    const st = row.start;
    const en = row.end;
    if (row.count === 1 && st[0] === en[0]) return; // an empty line
    rows++;
    if (!row.terminated) {
      // The last row, without a line break: whole, or the file is truncated.
      const cut =
        row.count !== F ||
        (cLink >= 0 && (en[cLink] === st[cLink] || !safeText(row, cLink, 0).endsWith(`/${safeText(row, cId, 0)}`)));
      if (cut) throw new UndlError(row.line, 'the file ends in the middle of a row (is it truncated?)');
    }
    if (row.count !== F) {
      reject(row.line, `expected ${F} fields, found ${row.count}`);
      return;
    }
    // undl_id
    let id = 0;
    {
      const s = st[cId];
      const e = en[cId];
      let k = s;
      for (; k < e; k++) {
        const c = b[k] - 48;
        if (c < 0 || c > 9) break;
        id = id * 10 + c;
      }
      if (k === s || k < e || id > 0xffffffff) {
        reject(row.line, `undl_id: ${JSON.stringify(safeText(row, cId))} is not a record number`);
        return;
      }
    }
    const date = dateNumber(b, st[cDate], en[cDate]);
    const today = date < 0 ? NaN : dayOf(id, date);
    if (Number.isNaN(today)) {
      reject(row.line, `date: ${JSON.stringify(safeText(row, cDate))} is not a date (YYYY-MM-DD)`);
      return;
    }
    // A row with no vote gives no position (its state, if it names one, is a member without one);
    // a row with neither code nor vote gives only its vote's totals.
    const noPosition = en[cVote] === st[cVote];
    const noState = noPosition && en[cCode] === st[cCode];
    let s = -1;
    let codeN = -1;
    if (!noState) {
      const cs = st[cCode];
      if (en[cCode] - cs === 3) {
        const c0 = b[cs] - 65;
        const c1 = b[cs + 1] - 65;
        const c2 = b[cs + 2] - 65;
        if (c0 >= 0 && c0 < 26 && c1 >= 0 && c1 < 26 && c2 >= 0 && c2 < 26) codeN = c0 * 676 + c1 * 26 + c2;
      }
      const list = codeN < 0 ? -1 : candidateTable[codeN];
      if (list < 0) {
        reject(row.line, `ms_code: ${JSON.stringify(safeText(row, cCode))} is not a member state's code`);
        return;
      }
      const candidates = candidateLists[list];
      for (let k = 0; k < candidates.length; k++) {
        if (memberOn(candidates[k], today)) {
          s = candidates[k];
          break;
        }
      }
      if (s < 0) {
        const who = candidates.map((c) => `${states[c].key} (${spansText(states[c])})`).join(' or ');
        reject(row.line, `ms_code: ${safeText(row, cCode)} was not a member on ${isoDateOfDay(today)}: ${who}`);
        return;
      }
    }
    let isPermanent = 0;
    if (isSc && !noState) {
      if (fieldIs(row, cPermanent, 'True')) isPermanent = 1;
      else if (!fieldIs(row, cPermanent, 'False')) {
        present.push({ id, s, permanent: 0 });
        reject(row.line, `permanent_member: ${JSON.stringify(safeText(row, cPermanent))} is not True or False`);
        return;
      }
    }
    // Totals: all given, adding up to total_ms, or all empty.
    let empty = 0;
    for (let k = 0; k < 5; k++) {
      const n = count(b, st[cTotals[k]], en[cTotals[k]]);
      if (n === -2) {
        leaveOut(
          row.line,
          id,
          s,
          isPermanent,
          `${header.names[cTotals[k]]}: ${JSON.stringify(safeText(row, cTotals[k]))} is not a count`,
        );
        return;
      }
      if (n === -1) empty++;
      rowTotals[k] = n;
    }
    let withoutVote = false;
    if (empty > 0) {
      if (empty < 5) {
        const which = cTotals.filter((_, k) => rowTotals[k] === -1).map((c) => header!.names[c]);
        leaveOut(row.line, id, s, isPermanent, `${which.join(', ')}: empty, where the other totals are given`);
        return;
      }
    } else if (rowTotals[0] + rowTotals[1] + rowTotals[2] + rowTotals[3] !== rowTotals[4]) {
      // All four counts 0 in a vote adopted without one: no tally.
      withoutVote = rowTotals[0] + rowTotals[1] + rowTotals[2] + rowTotals[3] === 0 && saysWithoutVote(row);
      if (!withoutVote) {
        leaveOut(
          row.line,
          id,
          s,
          isPermanent,
          `the totals do not add up: ${rowTotals[0]} + ${rowTotals[1]} + ${rowTotals[2]} + ${rowTotals[3]} = ${
            rowTotals[0] + rowTotals[1] + rowTotals[2] + rowTotals[3]
          }, not total_ms ${rowTotals[4]}`,
        );
        return;
      }
      rowTotals.fill(-1);
    }
    // The vote.
    let code = 0;
    if (!noPosition) {
      const vs = st[cVote];
      const vl = en[cVote] - vs;
      if (vl === 1) {
        const c = b[vs];
        code =
          c === Q_Y ? UNDL_CODE.Y : c === Q_N ? UNDL_CODE.N : c === Q_A ? UNDL_CODE.A : c === Q_X ? UNDL_CODE.X : -1;
      } else {
        code = vl === 2 && b[vs] === Q_N && b[vs + 1] === Q_V ? UNDL_CODE.X : -1;
      }
      if (code < 0) {
        leaveOut(
          row.line,
          id,
          s,
          isPermanent,
          `ms_vote: ${JSON.stringify(safeText(row, cVote))} is not a vote code (Y, N, A, X or NV)`,
        );
        return;
      }
    }
    // The vote this row belongs to: the current one, one seen before, or a new one.
    let d: number;
    if (id === currentId) d = currentD;
    else d = decisionOf.get(id) ?? -1;
    if (d >= 0) {
      const t = totals.array;
      const at = 5 * d;
      if (
        t[at] !== rowTotals[0] ||
        t[at + 1] !== rowTotals[1] ||
        t[at + 2] !== rowTotals[2] ||
        t[at + 3] !== rowTotals[3] ||
        t[at + 4] !== rowTotals[4]
      ) {
        leaveOut(
          row.line,
          id,
          s,
          isPermanent,
          `the totals differ from those of the vote's first row (line ${line.array[d]})`,
        );
        return;
      }
      if (dateKey.array[d] !== date) {
        leaveOut(
          row.line,
          id,
          s,
          isPermanent,
          `the date differs from that of the vote's first row (line ${line.array[d]})`,
        );
        return;
      }
    } else {
      try {
        d = newDecision(row, id, date, today, withoutVote);
      } catch (error) {
        if (error instanceof TypeError) {
          leaveOut(row.line, id, s, isPermanent, 'a field is not UTF-8 text');
          return;
        }
        throw error;
      }
    }
    currentId = id;
    currentD = d;
    if (noState) return;
    const p = positions.array;
    const at = d * S + s;
    if (noPosition) {
      // On the Council of that vote, with no position; in the Assembly a member at the date is so already.
      if (isSc && p[at] === UNDL_CODE.notEligible) {
        p[at] = UNDL_CODE.notReported;
        permanent.array[at] = isPermanent;
      }
      return;
    }
    const before = p[at];
    if (before !== UNDL_CODE.notReported && before !== UNDL_CODE.notEligible) {
      reject(row.line, `a second row for ${states[s].key} in vote ${id}`);
      return;
    }
    // How the file names the state: compared as bytes, decoded only when it changes.
    const ns = st[cName];
    const ne = en[cName];
    const last = lastName[s];
    let same = last !== null && last.length === ne - ns && lastCode[s] === codeN;
    if (same) for (let k = 0; k < last!.length; k++) if (last![k] !== b[ns + k]) same = false;
    if (!same) {
      let name: string;
      try {
        name = fieldText(row, cName);
      } catch {
        leaveOut(row.line, id, s, isPermanent, 'ms_name is not UTF-8 text');
        return;
      }
      lastName[s] = b.slice(ns, ne);
      lastCode[s] = codeN;
      recordPairs[s].add(`${name}\u0000${fieldText(row, cCode)}`);
    }
    p[at] = code;
    if (isSc) permanent.array[at] = isPermanent;
  };

  /** The day (since 1970-01-01) of a row's date YYYYMMDD: its vote's, already checked, or checked now; NaN for no such day. */
  function dayOf(id: number, date: number): number {
    const d = id === currentId ? currentD : (decisionOf.get(id) ?? -1);
    if (d >= 0 && dateKey.array[d] === date) return day.array[d];
    const y = Math.floor(date / 10000);
    const m = Math.floor(date / 100) % 100;
    const dd = date % 100;
    const t = new Date(Date.UTC(y, m - 1, dd));
    if (y < 1000 || m < 1 || m > 12 || dd < 1 || t.getUTCDate() !== dd || t.getUTCMonth() !== m - 1) return NaN;
    return t.getTime() / DAY_MS;
  }

  const csv = createCsvByteReader((row) => {
    onRow(row);
  });

  const guard = () => {
    if (cancelled) throw new UndlCancelled();
    if (failure !== null) throw failure;
  };

  const push = (chunk: Uint8Array) => {
    guard();
    try {
      csv.push(chunk);
    } catch (error) {
      failure = asUndlError(error);
      throw failure;
    }
  };

  const end = (): UndlImport => {
    guard();
    try {
      csv.end();
    } catch (error) {
      failure = asUndlError(error);
      throw failure;
    }
    if (header === null) throw (failure = new UndlError(1, 'the file is empty'));
    const h: UndlHeader = header;
    if (D === 0) {
      throw (failure = new UndlError(
        csv.line,
        rows === 0 ? 'the file has a header and no rows' : `no row could be imported (${rejected} left out)`,
      ));
    }
    return finish(h);
  };

  const finish = (h: UndlHeader): UndlImport => {
    for (const { id, s, permanent: isPermanent } of present) {
      const d = decisionOf.get(id);
      if (d === undefined || positions.array[d * S + s] !== UNDL_CODE.notEligible) continue;
      positions.array[d * S + s] = UNDL_CODE.notReported;
      permanent.array[d * S + s] = isPermanent;
    }
    // Votes in order of date, then undl_id.
    const order = Array.from({ length: D }, (_, i) => i).sort(
      (a, b) => day.array[a] - day.array[b] || undlId.array[a] - undlId.array[b],
    );
    const pick32 = (src: Uint32Array) => Uint32Array.from(order, (i) => src[i]);
    const outPositions = new Uint8Array(D * S);
    const outPermanent = isSc ? new Uint8Array(D * S) : new Uint8Array(0);
    const outTotals = new Int32Array(5 * D);
    order.forEach((from, to) => {
      outPositions.set(positions.array.subarray(from * S, from * S + S), to * S);
      if (isSc) outPermanent.set(permanent.array.subarray(from * S, from * S + S), to * S);
      outTotals.set(totals.array.subarray(5 * from, 5 * from + 5), 5 * to);
    });
    const store: UndlStore = {
      body: h.body,
      headerVersion: h.version,
      states,
      stateIndex,
      decisionCount: D,
      stateCount: S,
      undlId: pick32(undlId.array),
      day: Int32Array.from(order, (i) => day.array[i]),
      line: pick32(line.array),
      flags: Uint8Array.from(order, (i) => flags.array[i]),
      totals: outTotals,
      symbol: pick32(texts.symbol.array),
      title: pick32(texts.title.array),
      session: pick32(texts.session.array),
      draft: pick32(texts.draft.array),
      committeeReport: pick32(texts.committeeReport.array),
      meeting: pick32(texts.meeting.array),
      agenda: pick32(texts.agenda.array),
      subjects: pick32(texts.subjects.array),
      voteNote: pick32(texts.voteNote.array),
      modality: pick32(texts.modality.array),
      link: pick32(texts.link.array),
      positions: outPositions,
      permanent: outPermanent,
      strings,
    };
    states.forEach((state, i) => {
      state.record = [...recordPairs[i]].sort().map((pair) => {
        const [name, code] = pair.split('\u0000');
        return { name, code };
      });
    });
    return { store, report: checkVotes(store) };
  };

  /** Flags the votes whose positions disagree with their totals, and counts what came in. */
  const checkVotes = (store: UndlStore): UndlReport => {
    const byPosition = { Y: 0, N: 0, A: 0, X: 0 };
    const flagged: FlaggedVote[] = [];
    const years = new Set<number>();
    let withoutVote = 0;
    let withoutPositions = 0;
    for (let d = 0; d < D; d++) {
      const c = [0, 0, 0, 0, 0, 0, 0];
      const base = d * S;
      for (let s = 0; s < S; s++) c[store.positions[base + s]]++;
      byPosition.Y += c[UNDL_CODE.Y];
      byPosition.N += c[UNDL_CODE.N];
      byPosition.A += c[UNDL_CODE.A];
      byPosition.X += c[UNDL_CODE.X];
      years.add(new Date(store.day[d] * DAY_MS).getUTCFullYear());
      const given = c[1] + c[2] + c[3] + c[4];
      const reasons: string[] = [];
      if (given === 0) {
        store.flags[d] |= UNDL_FLAG.noPositions;
        withoutPositions++;
      }
      if (store.flags[d] & UNDL_FLAG.withoutVote) withoutVote++;
      const at = 5 * d;
      const t = store.totals;
      if (t[at] >= 0 && given > 0) {
        const pairs: [string, number, number][] = [
          ['Y', c[UNDL_CODE.Y], t[at + TOTAL.yes]],
          ['N', c[UNDL_CODE.N], t[at + TOTAL.no]],
          ['A', c[UNDL_CODE.A], t[at + TOTAL.abstain]],
          ['X', c[UNDL_CODE.X], t[at + TOTAL.nonVoting]],
        ];
        for (const [position, rowsOf, total] of pairs) {
          if (rowsOf !== total) reasons.push(`${rowsOf} row${rowsOf === 1 ? '' : 's'} ${position}, total ${total}`);
        }
        if (given !== t[at + TOTAL.members]) reasons.push(`${given} positions, total_ms ${t[at + TOTAL.members]}`);
        if (reasons.length > 0) store.flags[d] |= UNDL_FLAG.disagrees;
      }
      if (store.body === 'GA' && t[at] >= 0) {
        const members = S - c[UNDL_CODE.notEligible];
        if (members !== t[at + TOTAL.members]) {
          store.flags[d] |= UNDL_FLAG.membersDiffer;
          reasons.push(`total_ms ${t[at + TOTAL.members]}, but ${members} members at the date in the membership table`);
        }
      }
      if (given > 0 && c[UNDL_CODE.notReported] > 0) {
        const missing: string[] = [];
        for (let s = 0; s < S && missing.length < 5; s++)
          if (store.positions[base + s] === UNDL_CODE.notReported) missing.push(states[s].key);
        const n = c[UNDL_CODE.notReported];
        reasons.push(
          `${n} member${n === 1 ? '' : 's'} without a position (${missing.join(', ')}${n > missing.length ? ', …' : ''})`,
        );
      }
      if (reasons.length > 0) {
        flagged.push({ undlId: store.undlId[d], line: store.line[d], symbol: strings[store.symbol[d]], reasons });
      }
    }
    flagged.sort((a, b) => a.line - b.line);
    rejectedRows.sort((a, b) => a.line - b.line);
    return {
      body: store.body,
      headerVersion: store.headerVersion,
      bytes: csv.bytes,
      rows,
      votes: D,
      positions: byPosition.Y + byPosition.N + byPosition.A + byPosition.X,
      byPosition,
      from: isoDateOfDay(store.day[0]),
      to: isoDateOfDay(store.day[D - 1]),
      years: [...years].sort((a, b) => a - b),
      withoutVote,
      withoutPositions,
      rejected,
      rejectedRows,
      flagged,
    };
  };

  return {
    push,
    end,
    cancel() {
      cancelled = true;
    },
    get progress() {
      return { bytes: csv.bytes, rows };
    },
  };
}

function asUndlError(error: unknown): unknown {
  if (error instanceof CsvSyntaxError) return new UndlError(error.line, error.reason);
  return error;
}

/** A field's text for a message: never throws, cut short. */
function safeText(row: CsvRow, i: number, max = 40): string {
  let t: string;
  try {
    t = fieldText(row, i);
  } catch {
    return '(not UTF-8 text)';
  }
  return max > 0 && t.length > max ? `${t.slice(0, max)}…` : t;
}

function spansText(state: UndlState): string {
  return state.spans.map((s) => `${s.from} to ${s.to ?? 'today'}`).join(', ');
}

/** Something that says whether to stop: an `AbortSignal`, or any object with `aborted`. */
export interface StopSignal {
  readonly aborted: boolean;
}

/**
 * Reads a file from its chunks (an async iterable: a Node stream, a
 * `ReadableStream`'s reader wrapped as one, or an array). Checks `signal`
 * before each chunk and reports progress after each; throws `UndlCancelled`
 * when stopped, `UndlError` for a file that cannot be imported.
 */
export async function readUndl(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: UndlReaderOptions & { signal?: StopSignal; onProgress?: (progress: UndlProgress) => void },
): Promise<UndlImport> {
  const reader = createUndlReader(options);
  for await (const chunk of chunks) {
    if (options.signal?.aborted) {
      reader.cancel();
      throw new UndlCancelled();
    }
    reader.push(chunk);
    options.onProgress?.(reader.progress);
  }
  if (options.signal?.aborted) throw new UndlCancelled();
  return reader.end();
}
