/**
 * Reads the pack (`format.ts`) into the record's in-memory model: states
 * and decisions in arrays with stable indexes, one byte per state per
 * decision, every text once. The arrays are views on the pack's own bytes
 * (no copy). Every part is checked where it enters: the header with zod,
 * the binary sections by exact sizes and values; a truncated or damaged
 * pack gives a `PackError` that says what is wrong, and nothing half-read.
 *
 * Decision `d` is an index 0 … decisionCount−1, in order of date then rcid;
 * state `s` an index into `states`.
 */
import type { DatePrecision } from '../membership';
import type { PackHeader, PackState, PackTopic, PackPositionCode, SectionName } from './format';
import {
  FLAG,
  FLAG_MASK,
  PACK_MAGIC,
  PACK_VERSION,
  POSITION_CODE,
  SECTIONS,
  VALID_POSITION_CODES,
  align8,
  isTextSection,
  packHeaderSchema,
  sectionBytes,
} from './format';

export class PackError extends Error {
  constructor(reason: string) {
    super(`The record's pack cannot be read: ${reason}`);
    this.name = 'PackError';
  }
}

export interface HistoryState extends PackState {
  index: number;
}

export interface HistoryPack {
  header: PackHeader;
  dataset: PackHeader['dataset'];
  topics: readonly PackTopic[];
  states: readonly HistoryState[];
  /** State key (`RUS`, `SUN`) → index in `states`. */
  stateIndex: ReadonlyMap<string, number>;
  decisionCount: number;
  stateCount: number;
  /** Per decision. */
  rcid: Uint32Array;
  /** Days since 1970-01-01. */
  day: Int32Array;
  /** Indexes into `strings`. */
  title: Uint32Array;
  symbol: Uint32Array;
  description: Uint32Array;
  session: Uint16Array;
  flags: Uint8Array;
  /** Bit i: tagged with `topics[i]`. */
  topicBits: Uint8Array;
  /** `POSITION_CODE` of state s in decision d at `d * stateCount + s`. */
  positions: Uint8Array;
  strings: readonly string[];
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Decodes and checks a pack. Throws a `PackError`. */
export function decodePack(input: ArrayBuffer | Uint8Array): HistoryPack {
  // Typed views need their offsets aligned within the buffer: copy a misaligned slice (e.g. a Node Buffer).
  let bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.byteOffset % 8 !== 0) bytes = bytes.slice();
  const length = bytes.length;
  if (length < 12) throw new PackError(`it has ${length} bytes, fewer than its 12-byte preamble (is it truncated?)`);
  const magic = String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]);
  if (magic !== PACK_MAGIC) throw new PackError(`it does not start with "${PACK_MAGIC}": it is not a pack`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, length);
  const version = view.getUint32(4, true);
  if (version !== PACK_VERSION)
    throw new PackError(`it is format version ${version}; this app reads version ${PACK_VERSION}`);
  const headerLength = view.getUint32(8, true);
  if (12 + headerLength > length) {
    throw new PackError(`its header needs ${12 + headerLength} bytes, the file has ${length} (it is truncated)`);
  }

  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(12, 12 + headerLength)));
  } catch (error) {
    throw new PackError(`its header is not valid JSON (${(error as Error).message})`);
  }
  const parsed = packHeaderSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
    throw new PackError(`its header is invalid at header${path}: ${issue.message}`);
  }
  const header = parsed.data;
  if (length < header.bytes) throw new PackError(`it has ${length} bytes of ${header.bytes}: it is truncated`);
  if (length > header.bytes) throw new PackError(`it has ${length - header.bytes} bytes after its end`);

  const D = header.counts.decisions;
  const S = header.counts.states;
  const body = align8(12 + headerLength);
  const at = new Map<SectionName, { offset: number; bytes: number }>();
  let expectedOffset = 0;
  SECTIONS.forEach((name, i) => {
    const section = header.sections[i];
    if (!section || section.name !== name) {
      throw new PackError(`section ${i} should be "${name}", it is ${section ? `"${section.name}"` : 'missing'}`);
    }
    const size = isTextSection(name) ? section.bytes : sectionBytes(name, D, S);
    if (section.bytes !== size) throw new PackError(`section "${name}" has ${section.bytes} bytes, not ${size}`);
    if (section.offset !== expectedOffset) {
      throw new PackError(`section "${name}" starts at ${section.offset}, not ${expectedOffset}`);
    }
    at.set(name, { offset: body + section.offset, bytes: section.bytes });
    expectedOffset = align8(section.offset + section.bytes);
  });
  if (header.sections.length !== SECTIONS.length)
    throw new PackError(`it lists ${header.sections.length} sections, not ${SECTIONS.length}`);
  const last = at.get('otherStrings')!;
  if (last.offset + last.bytes !== header.bytes) {
    throw new PackError(`its sections end at byte ${last.offset + last.bytes}, not at its end (${header.bytes})`);
  }

  const u32 = (name: SectionName) => {
    const { offset } = at.get(name)!;
    return LITTLE_ENDIAN ? new Uint32Array(bytes.buffer, bytes.byteOffset + offset, D) : readU32(view, offset, D);
  };
  const rcid = u32('rcid');
  const title = u32('title');
  const symbol = u32('symbol');
  const description = u32('description');
  const dayAt = at.get('day')!.offset;
  const day = LITTLE_ENDIAN
    ? new Int32Array(bytes.buffer, bytes.byteOffset + dayAt, D)
    : Int32Array.from({ length: D }, (_, i) => view.getInt32(dayAt + 4 * i, true));
  const sessionAt = at.get('session')!.offset;
  const session = LITTLE_ENDIAN
    ? new Uint16Array(bytes.buffer, bytes.byteOffset + sessionAt, D)
    : Uint16Array.from({ length: D }, (_, i) => view.getUint16(sessionAt + 2 * i, true));
  const u8 = (name: SectionName) => {
    const { offset, bytes: size } = at.get(name)!;
    return bytes.subarray(offset, offset + size);
  };
  const flags = u8('flags');
  const topicBits = u8('topics');
  const positions = u8('positions');

  let strings: string[];
  try {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    strings = decoder.decode(u8('strings')).split('\u0000');
    if (strings.length !== header.counts.asciiStrings) {
      throw new PackError(`it has ${strings.length} ASCII strings, its header says ${header.counts.asciiStrings}`);
    }
    const others = u8('otherStrings');
    if (others.length > 0) strings.push(...decoder.decode(others).split('\u0000'));
  } catch (error) {
    if (error instanceof PackError) throw error;
    throw new PackError(`its strings are not valid UTF-8 (${(error as Error).message})`);
  }
  if (strings.length !== header.counts.strings) {
    throw new PackError(`it has ${strings.length} strings, its header says ${header.counts.strings}`);
  }
  if (strings[0] !== '') throw new PackError('its first string is not the empty string');

  checkDecisions(header, { rcid, day, title, symbol, description, session, flags, topicBits }, strings.length);
  checkPositions(positions, header.counts.recordedPositions);

  const states = header.states.map((s, index) => ({ ...s, index }));
  return {
    header,
    dataset: header.dataset,
    topics: header.topics,
    states,
    stateIndex: new Map(states.map((s) => [s.key, s.index])),
    decisionCount: D,
    stateCount: S,
    rcid,
    day,
    title,
    symbol,
    description,
    session,
    flags,
    topicBits,
    positions,
    strings,
  };
}

function readU32(view: DataView, offset: number, n: number): Uint32Array {
  return Uint32Array.from({ length: n }, (_, i) => view.getUint32(offset + 4 * i, true));
}

function checkDecisions(
  header: PackHeader,
  a: {
    rcid: Uint32Array;
    day: Int32Array;
    title: Uint32Array;
    symbol: Uint32Array;
    description: Uint32Array;
    session: Uint16Array;
    flags: Uint8Array;
    topicBits: Uint8Array;
  },
  stringCount: number,
): void {
  const topicMask = (1 << header.topics.length) - 1;
  let maxRcid = 0;
  for (let d = 0; d < a.rcid.length; d++) if (a.rcid[d] > maxRcid) maxRcid = a.rcid[d];
  const seen = new Uint8Array(maxRcid + 1);
  const where = (d: number) => `decision ${d} (rcid ${a.rcid[d]})`;
  for (let d = 0; d < a.rcid.length; d++) {
    if (seen[a.rcid[d]]) throw new PackError(`${where(d)}: the rcid appears twice`);
    seen[a.rcid[d]] = 1;
    if (a.title[d] >= stringCount || a.symbol[d] >= stringCount || a.description[d] >= stringCount) {
      throw new PackError(`${where(d)}: a text index is beyond the ${stringCount} strings`);
    }
    if (a.session[d] === 0) throw new PackError(`${where(d)}: session 0`);
    if (d > 0 && a.day[d] < a.day[d - 1]) throw new PackError(`${where(d)}: out of date order`);
    const f = a.flags[d];
    if (
      f & ~FLAG_MASK ||
      (f & FLAG.important && !(f & FLAG.importantCoded)) ||
      (f & FLAG.amendment && !(f & FLAG.amendmentCoded)) ||
      (f & FLAG.paragraph && !(f & FLAG.paragraphCoded))
    ) {
      throw new PackError(`${where(d)}: flags ${f} are not valid`);
    }
    if (a.topicBits[d] & ~topicMask)
      throw new PackError(`${where(d)}: topic bits ${a.topicBits[d]} beyond the topics listed`);
  }
}

/**
 * Checks every byte is a position code and counts the recorded ones (Y, N,
 * A), four bytes at a time: the valid codes are 0, 1, 2, 3 and 6, so a byte
 * is valid when it is below 8 and, if bit 2 is set, is 6 (bit 1 set, bit 0
 * clear); it is recorded when bit 0 or bit 1 is set and bit 2 is not.
 */
function checkPositions(positions: Uint8Array, recordedPositions: number): void {
  const words = positions.byteOffset % 4 === 0 ? positions.length >>> 2 : 0;
  const w32 = new Uint32Array(positions.buffer, positions.byteOffset, words);
  const ONES = 0x01010101;
  let recorded = 0;
  let bad = 0;
  for (let i = 0; i < words; i++) {
    const w = w32[i];
    const b0 = w & ONES;
    const b1 = (w >>> 1) & ONES;
    const b2 = (w >>> 2) & ONES;
    bad |= (w & 0xf8f8f8f8) | (b2 & ~(b1 & ~b0));
    const rec = (b0 | b1) & ~b2 & ONES;
    recorded += Math.imul(rec, ONES) >>> 24;
  }
  for (let i = words * 4; i < positions.length && bad === 0; i++) {
    const code = positions[i];
    if (!VALID_POSITION_CODES.includes(code)) bad = 1;
    else if (code >= POSITION_CODE.Y && code <= POSITION_CODE.A) recorded++;
  }
  if (bad !== 0) {
    const i = positions.findIndex((code) => !VALID_POSITION_CODES.includes(code));
    throw new PackError(`byte ${i} of the positions is ${positions[i]}, not a position code`);
  }
  if (recorded !== recordedPositions) {
    throw new PackError(`it has ${recorded} recorded positions, its header says ${recordedPositions}`);
  }
}

// ---------------------------------------------------------------- decisions

import type { DecisionKind } from './vocabulary';
export type { DecisionKind } from './vocabulary';
export { DECISION_KINDS } from './vocabulary';

export function kindOf(pack: Pick<HistoryPack, 'flags'>, d: number): DecisionKind {
  const f = pack.flags[d];
  if (f & FLAG.amendment) return 'amendment';
  if (f & FLAG.paragraph) return 'paragraph';
  if (f & FLAG.amendmentCoded && f & FLAG.paragraphCoded) return 'resolution';
  return 'not-coded';
}

/** Whether the decision is on the US State Department's list of important votes; null where the record does not say (before session 39, and session 74). */
export function importanceOf(pack: HistoryPack, d: number): boolean | null {
  const f = pack.flags[d];
  return f & FLAG.importantCoded ? (f & FLAG.important) !== 0 : null;
}

/** The date as `YYYY-MM-DD`; see `datePrecisionOf`. */
export function dateOf(pack: HistoryPack, d: number): string {
  return isoDateOfDay(pack.day[d]);
}

/** `day` (days since 1970-01-01) as `YYYY-MM-DD`. */
export function isoDateOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Before session 52 (1997) the record gives only the month: the day of `dateOf` is a placeholder. */
export function datePrecisionOf(pack: HistoryPack, d: number): DatePrecision {
  return pack.flags[d] & FLAG.monthPrecision ? 'month' : 'day';
}

export function yearOf(pack: HistoryPack, d: number): number {
  return new Date(pack.day[d] * 86_400_000).getUTCFullYear();
}

/** The record's short title (`short`); '' where it has none. */
export function titleOf(pack: HistoryPack, d: number): string {
  return pack.strings[pack.title[d]];
}

/** The record's resolution symbol (`unres`) as it gives it (`R/44/41C`); '' where it has none. */
export function symbolOf(pack: HistoryPack, d: number): string {
  return pack.strings[pack.symbol[d]];
}

/** The record's description (`descr`): free text, to show as text, never as markup. */
export function descriptionOf(pack: HistoryPack, d: number): string {
  return pack.strings[pack.description[d]];
}

export function topicsOf(pack: HistoryPack, d: number): PackTopic[] {
  const bits = pack.topicBits[d];
  return pack.topics.filter((_, i) => bits & (1 << i));
}

/** The decision with this rcid, or -1. */
export function decisionOfRcid(pack: HistoryPack, rcid: number): number {
  let index = rcidIndexes.get(pack);
  if (!index) {
    index = new Map();
    for (let d = 0; d < pack.decisionCount; d++) index.set(pack.rcid[d], d);
    rcidIndexes.set(pack, index);
  }
  return index.get(rcid) ?? -1;
}
const rcidIndexes = new WeakMap<HistoryPack, Map<number, number>>();

/** The other decisions with the same (non-empty) symbol: votes on amendments, paragraphs and the whole of one text. */
export function decisionsWithSymbol(pack: HistoryPack, d: number): number[] {
  const symbol = pack.symbol[d];
  if (pack.strings[symbol] === '') return [];
  const out: number[] = [];
  for (let e = 0; e < pack.decisionCount; e++) if (e !== d && pack.symbol[e] === symbol) out.push(e);
  return out;
}

// ---------------------------------------------------------------- positions

/** The positions of a decision, one `POSITION_CODE` per state (a view, not a copy). */
export function positionsOf(pack: HistoryPack, d: number): Uint8Array {
  return pack.positions.subarray(d * pack.stateCount, (d + 1) * pack.stateCount);
}

export function positionOf(pack: HistoryPack, d: number, s: number): PackPositionCode {
  return pack.positions[d * pack.stateCount + s] as PackPositionCode;
}

/** One state's positions across all decisions, in decision order. */
export function statePositions(pack: HistoryPack, s: number): Uint8Array {
  const out = new Uint8Array(pack.decisionCount);
  for (let d = 0, i = s; d < pack.decisionCount; d++, i += pack.stateCount) out[d] = pack.positions[i];
  return out;
}

/** The states that have held a seat (by the seat's key): `RUS` → the USSR, then the Russian Federation. */
export function statesOfSeat(pack: HistoryPack, seat: string): HistoryState[] {
  return pack.states.filter((s) => s.seat === seat);
}

/**
 * A seat's positions across all decisions: in each, the position of the
 * state that held it then (the USSR's before 24 Dec 1991, the Russian
 * Federation's after); `notMember` where none did.
 */
export function seatPositions(pack: HistoryPack, seat: string): Uint8Array {
  const holders = statesOfSeat(pack, seat).map((s) => s.index);
  const out = new Uint8Array(pack.decisionCount).fill(POSITION_CODE.notMember);
  for (let d = 0; d < pack.decisionCount; d++) {
    const base = d * pack.stateCount;
    for (const s of holders) {
      const code = pack.positions[base + s];
      if (code !== POSITION_CODE.notMember) {
        out[d] = code;
        break;
      }
    }
  }
  return out;
}

/** The states that were members at the decision's date (those with a position or absent or not voting). */
export function membersOf(pack: HistoryPack, d: number): number[] {
  const out: number[] = [];
  const base = d * pack.stateCount;
  for (let s = 0; s < pack.stateCount; s++) if (pack.positions[base + s] !== POSITION_CODE.notMember) out.push(s);
  return out;
}

/**
 * A tally counted from the recorded positions, not an official one: the
 * record has no totals, and `absentOrNotVoting` counts the members without
 * a recorded position, absent or present and not voting.
 */
export interface CountedTally {
  counted: true;
  Y: number;
  N: number;
  A: number;
  absentOrNotVoting: number;
  /** Members at the decision's date: the sum of the four above. */
  members: number;
}

export function countedTally(pack: HistoryPack, d: number): CountedTally {
  const t: CountedTally = { counted: true, Y: 0, N: 0, A: 0, absentOrNotVoting: 0, members: 0 };
  const base = d * pack.stateCount;
  for (let s = 0; s < pack.stateCount; s++) {
    switch (pack.positions[base + s]) {
      case POSITION_CODE.Y:
        t.Y++;
        break;
      case POSITION_CODE.N:
        t.N++;
        break;
      case POSITION_CODE.A:
        t.A++;
        break;
      case POSITION_CODE.absentOrNotVoting:
        t.absentOrNotVoting++;
        break;
      default:
        continue;
    }
    t.members++;
  }
  return t;
}
