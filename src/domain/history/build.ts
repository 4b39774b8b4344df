/**
 * Builds the pack (`format.ts`) from the three CSV files of the record
 * (`un_roll_calls`, `un_votes`, `un_roll_call_issues`) and the membership
 * table, read as streams of text. Pure: the caller does the reading
 * (`scripts/build-history.ts`); any bad row stops the build with a
 * `SourceError` naming the file, the line and the reason.
 *
 * What it does with the record's traps:
 * - The record keeps only yes, no and abstain. A member at the roll call's
 *   date without a row is *absent or not voting*; a state that was not a
 *   member is *not a member*. Membership comes from `un-membership.csv`, at
 *   the month where the record gives only the month (`membersAt`).
 * - Every field is read as text: `NA` is Namibia.
 * - A record state is found by its code, or by its name where the code is
 *   empty (Federal Republic of Germany, Yemen Arab Republic, Zanzibar), then
 *   by the date among the memberships that code has covered: `RU` is the
 *   USSR before 24 Dec 1991 and the Russian Federation after; `YU` the SFRY,
 *   the FRY/Serbia and Montenegro, then Serbia; `TW` the Republic of China's
 *   representation of China; the Yemen Arab Republic's rows after 22 May
 *   1990 are the united Yemen's; `TZ` Tanganyika before the union.
 * - A position the record gives for a state that was not a member at the
 *   roll call's date stops the build, unless it is a known quirk of the
 *   record (`quirks`: Fiji in roll call 1110, dated before its admission).
 */
import type { DatePrecision, Membership } from '../membership';
import { membersAt } from '../membership';
import { CsvSyntaxError, createCsvReader } from '../csvReader';
import type { PackHeader, PackState, PackTopic, Provenance, TextSection } from './format';
import {
  FLAG,
  PACK_FORMAT,
  PACK_MAGIC,
  PACK_VERSION,
  POSITION_CODE,
  SECTIONS,
  align8,
  isTextSection,
  packHeaderSchema,
  sectionBytes,
} from './format';

export class SourceError extends Error {
  readonly file: string;
  readonly line: number;
  readonly reason: string;
  constructor(file: string, line: number, reason: string) {
    super(`${file}, line ${line}: ${reason}`);
    this.name = 'SourceError';
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}

/** A source file as text, in chunks of any size. */
export interface SourceText {
  name: string;
  chunks: AsyncIterable<string> | Iterable<string>;
}

/** What the header says of a source file. */
export interface SourceFileInfo {
  name: string;
  bytes: number;
  sha256: string;
}

/** A position the record gives outside the state's membership, accepted as it stands. */
export interface RecordQuirk {
  rcid: number;
  /** The membership's key (`FJI`). */
  key: string;
  why: string;
}

export interface BuildInput {
  rollCalls: SourceText;
  votes: SourceText;
  issues: SourceText;
  /** Size and hash of the three files, in that order. */
  files: SourceFileInfo[];
  memberships: readonly Membership[];
  /** ISO 3166-1 alpha-2 → alpha-3 for current states (`NA` → `NAM`). */
  alpha3: (alpha2: string) => string | undefined;
  dataset: { id: string; title: string; provenance: Omit<Provenance, 'files'> };
  quirks: readonly RecordQuirk[];
}

export interface BuildResult {
  bytes: Uint8Array;
  header: PackHeader;
  /** The quirks applied, with the file line of each position. */
  quirksApplied: (RecordQuirk & { line: number })[];
}

export const ROLL_CALL_COLUMNS = [
  'rcid',
  'session',
  'importantvote',
  'date',
  'unres',
  'amend',
  'para',
  'short',
  'descr',
] as const;
export const VOTE_COLUMNS = ['rcid', 'country', 'country_code', 'vote'] as const;
export const ISSUE_COLUMNS = ['rcid', 'short_name', 'issue'] as const;

/** The record's topics, in the order of their bits. */
import { TOPIC_CODES } from './vocabulary';
export { TOPIC_CODES } from './vocabulary';

/** The record's codes that are not a current member's ISO alpha-2, and the memberships they have covered. */
export const RECORD_CODES: Readonly<Record<string, readonly string[]>> = {
  RU: ['SUN', 'RUS'],
  TW: ['ROC'],
  YU: ['YUG', 'SCG', 'SRB'],
  TZ: ['TAN', 'TZA'],
  CS: ['CSK'],
  DD: ['DDR'],
  YD: ['YMD'],
};
/** The record's states with an empty code, by name. */
export const RECORD_NAMES_WITHOUT_CODE: Readonly<Record<string, readonly string[]>> = {
  'Federal Republic of Germany': ['DEU'],
  'Yemen Arab Republic': ['YAR', 'YEM'],
  Zanzibar: ['EAZ'],
};

/** Sessions from 52 (1997) on have exact dates; before, only the month is known. */
export const FIRST_SESSION_WITH_EXACT_DATES = 52;

const VOTE_CODE: Readonly<Record<string, number>> = {
  yes: POSITION_CODE.Y,
  no: POSITION_CODE.N,
  abstain: POSITION_CODE.A,
};

interface RollCall {
  rcid: number;
  session: number;
  importantvote: string;
  date: string;
  unres: string;
  amend: string;
  para: string;
  short: string;
  descr: string;
  line: number;
}

const WHOLE = /^[1-9][0-9]*$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const FLAG01 = new Set(['', '0', '1']);

/** Days since 1970-01-01 of a valid ISO date; NaN for anything else. */
export function dayNumber(date: string): number {
  const m = ISO_DATE.exec(date);
  if (!m) return NaN;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return NaN;
  return ms / 86_400_000;
}

/**
 * Reads a CSV source through `onRow(fields by column, line)`: checks the
 * header has the columns, that every row has as many fields as the header,
 * and turns a syntax error or a failed read into a `SourceError`.
 */
async function readSource(
  source: SourceText,
  columns: readonly string[],
  onRow: (get: (column: number) => string, line: number) => void,
): Promise<number> {
  let header: string[] | null = null;
  let index: number[] = [];
  let rows = 0;
  let fields: string[] = [];
  const get = (column: number) => fields[index[column]];
  const reader = createCsvReader((record, line) => {
    if (header === null) {
      header = record;
      const missing = columns.filter((c) => !record.includes(c));
      if (missing.length > 0) {
        throw new SourceError(
          source.name,
          line,
          `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (the header has ${record.join(', ')})`,
        );
      }
      index = columns.map((c) => record.indexOf(c));
      return;
    }
    if (record.length !== header.length) {
      throw new SourceError(
        source.name,
        line,
        record.length === 1 && record[0] === ''
          ? 'an empty line'
          : `expected ${header.length} fields (as the header), found ${record.length}`,
      );
    }
    fields = record;
    rows++;
    onRow(get, line);
  });
  try {
    for await (const chunk of source.chunks) reader.push(chunk);
    reader.end();
  } catch (error) {
    if (error instanceof SourceError) throw error;
    if (error instanceof CsvSyntaxError) throw new SourceError(source.name, error.line, error.reason);
    throw new SourceError(source.name, reader.line, `the file cannot be read: ${(error as Error).message}`);
  }
  if (header === null) throw new SourceError(source.name, 1, 'the file is empty (no header)');
  return rows;
}

/** Builds the pack; throws a `SourceError` at the first bad row. */
export async function buildPack(input: BuildInput): Promise<BuildResult> {
  const { memberships } = input;
  const S = memberships.length;
  const keyIndex = new Map(memberships.map((m, i) => [m.key, i]));

  // ------------------------------------------------------------ roll calls
  const rollCalls: RollCall[] = [];
  const rcidLine = new Map<number, number>();
  const rollCallFile = input.rollCalls.name;
  const rollCallRows = await readSource(input.rollCalls, ROLL_CALL_COLUMNS, (get, line) => {
    const fail = (reason: string) => {
      throw new SourceError(rollCallFile, line, reason);
    };
    const [rcidText, sessionText, importantvote, date, unres, amend, para, short, descr] = ROLL_CALL_COLUMNS.map(
      (_, i) => get(i),
    );
    if (!WHOLE.test(rcidText)) fail(`rcid: ${JSON.stringify(rcidText)} is not a roll-call id (a whole number)`);
    const rcid = Number(rcidText);
    if (rcidLine.has(rcid)) fail(`rcid: ${rcid} was already used on line ${rcidLine.get(rcid)}`);
    if (!WHOLE.test(sessionText) || Number(sessionText) > 65535) {
      fail(`session: ${JSON.stringify(sessionText)} is not a session number`);
    }
    if (Number.isNaN(dayNumber(date))) fail(`date: ${JSON.stringify(date)} is not a date (YYYY-MM-DD)`);
    for (const [name, value] of [
      ['importantvote', importantvote],
      ['amend', amend],
      ['para', para],
    ] as const) {
      if (!FLAG01.has(value)) fail(`${name}: ${JSON.stringify(value)} is not 0, 1 or empty`);
    }
    for (const [name, value] of [
      ['unres', unres],
      ['short', short],
      ['descr', descr],
    ] as const) {
      if (value.includes('\u0000')) fail(`${name}: contains a NUL character`);
    }
    rcidLine.set(rcid, line);
    rollCalls.push({ rcid, session: Number(sessionText), importantvote, date, unres, amend, para, short, descr, line });
  });
  if (rollCalls.length === 0) throw new SourceError(rollCallFile, 2, 'no roll calls');
  if (rollCalls.length > 0xffffffff / Math.max(S, 1)) throw new SourceError(rollCallFile, 2, 'too many roll calls');

  rollCalls.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.rcid - b.rcid));
  const D = rollCalls.length;
  const maxRcid = rollCalls.reduce((max, r) => Math.max(max, r.rcid), 0);
  const decisionOf = new Int32Array(maxRcid + 1).fill(-1);
  rollCalls.forEach((r, d) => (decisionOf[r.rcid] = d));

  // ------------------------------------------------------------ members at each date
  const positions = new Uint8Array(D * S).fill(POSITION_CODE.notMember);
  const membersCache = new Map<string, number[]>();
  rollCalls.forEach((r, d) => {
    const precision: DatePrecision = r.session < FIRST_SESSION_WITH_EXACT_DATES ? 'month' : 'day';
    const cacheKey = `${precision}:${r.date}`;
    let members = membersCache.get(cacheKey);
    if (!members) {
      members = membersAt(memberships, r.date, precision).map((m) => keyIndex.get(m.key)!);
      membersCache.set(cacheKey, members);
    }
    for (const s of members) positions[d * S + s] = POSITION_CODE.absentOrNotVoting;
  });

  // ------------------------------------------------------------ votes
  const votesFile = input.votes.name;
  const candidatesCache = new Map<string, number[]>();
  const recordNames = memberships.map(() => new Set<string>());
  const quirks = new Map(input.quirks.map((q) => [`${q.rcid}:${q.key}`, q]));
  const quirksApplied: BuildResult['quirksApplied'] = [];
  let recorded = 0;
  const votesPerDecision = new Uint32Array(D);

  const candidatesFor = (country: string, code: string, line: number): number[] => {
    const cacheKey = `${country}\u0000${code}`;
    const cached = candidatesCache.get(cacheKey);
    if (cached) return cached;
    let keys: readonly string[] | undefined;
    if (code === '') {
      keys = RECORD_NAMES_WITHOUT_CODE[country];
      if (!keys)
        throw new SourceError(
          votesFile,
          line,
          `country_code is empty for ${JSON.stringify(country)}, a state without a known code`,
        );
    } else {
      keys = RECORD_CODES[code];
      if (!keys) {
        const key = input.alpha3(code);
        if (!key || !keyIndex.has(key)) {
          throw new SourceError(
            votesFile,
            line,
            `country_code: ${JSON.stringify(code)} (${country}) is not a member state's code`,
          );
        }
        keys = [key];
      }
    }
    const indexes = keys.map((k) => {
      const i = keyIndex.get(k);
      if (i === undefined)
        throw new SourceError(votesFile, line, `no membership ${k} for ${country} (${code || 'no code'})`);
      return i;
    });
    candidatesCache.set(cacheKey, indexes);
    return indexes;
  };

  const votesRows = await readSource(input.votes, VOTE_COLUMNS, (get, line) => {
    const rcidText = get(0);
    const country = get(1);
    const code = get(2);
    const vote = get(3);
    if (!WHOLE.test(rcidText)) {
      throw new SourceError(
        votesFile,
        line,
        `rcid: ${JSON.stringify(rcidText)} is not a roll-call id (a whole number)`,
      );
    }
    const rcid = Number(rcidText);
    const d = rcid <= maxRcid ? decisionOf[rcid] : -1;
    if (d < 0) throw new SourceError(votesFile, line, `rcid: ${rcid} is not a roll call of ${rollCallFile}`);
    const value = VOTE_CODE[vote];
    if (value === undefined) {
      throw new SourceError(votesFile, line, `vote: ${JSON.stringify(vote)} is not a position (yes, no or abstain)`);
    }
    if (country.trim() === '') throw new SourceError(votesFile, line, 'country is empty');
    if (code !== '' && !/^[A-Z]{2}$/.test(code)) {
      throw new SourceError(votesFile, line, `country_code: ${JSON.stringify(code)} is not a two-letter code`);
    }
    const candidates = candidatesFor(country, code, line);
    const base = d * S;
    let chosen = -1;
    for (const s of candidates) {
      if (positions[base + s] === POSITION_CODE.notMember) continue;
      if (chosen >= 0) {
        throw new SourceError(
          votesFile,
          line,
          `${country} (${code || 'no code'}) could be ${memberships[chosen].key} or ${memberships[s].key} in roll call ${rcid}`,
        );
      }
      chosen = s;
    }
    if (chosen < 0) {
      const r = rollCalls[d];
      const quirk = candidates.map((s) => quirks.get(`${rcid}:${memberships[s].key}`)).find((q) => q !== undefined);
      if (!quirk) {
        const names = candidates.map((s) => `${memberships[s].key} (${spansText(memberships[s])})`).join(' or ');
        throw new SourceError(
          votesFile,
          line,
          `${country} (${code || 'no code'}) has a position in roll call ${rcid}, dated ${r.date}, but was not a member then: ${names}`,
        );
      }
      chosen = keyIndex.get(quirk.key)!;
      quirksApplied.push({ ...quirk, line });
    }
    const at = base + chosen;
    if (positions[at] !== POSITION_CODE.absentOrNotVoting && positions[at] !== POSITION_CODE.notMember) {
      throw new SourceError(
        votesFile,
        line,
        `a second position for ${memberships[chosen].key} (${country}) in roll call ${rcid}`,
      );
    }
    positions[at] = value;
    recordNames[chosen].add(`${country}\u0000${code}`);
    votesPerDecision[d]++;
    recorded++;
  });
  for (const q of input.quirks) {
    if (!quirksApplied.some((a) => a.rcid === q.rcid && a.key === q.key)) {
      throw new SourceError(
        votesFile,
        votesRows + 1,
        `the known quirk ${q.key} in roll call ${q.rcid} did not occur: the file no longer has that position outside the membership`,
      );
    }
  }
  rollCalls.forEach((r, d) => {
    if (votesPerDecision[d] === 0) {
      throw new SourceError(rollCallFile, r.line, `roll call ${r.rcid} has no position in ${votesFile}`);
    }
  });

  // ------------------------------------------------------------ topics
  const issuesFile = input.issues.name;
  const topicBits = new Uint8Array(D);
  const labels = new Map<string, string>();
  const issueRows = await readSource(input.issues, ISSUE_COLUMNS, (get, line) => {
    const rcidText = get(0);
    const topic = get(1);
    const label = get(2);
    if (!WHOLE.test(rcidText)) {
      throw new SourceError(
        issuesFile,
        line,
        `rcid: ${JSON.stringify(rcidText)} is not a roll-call id (a whole number)`,
      );
    }
    const rcid = Number(rcidText);
    const d = rcid <= maxRcid ? decisionOf[rcid] : -1;
    if (d < 0) throw new SourceError(issuesFile, line, `rcid: ${rcid} is not a roll call of ${rollCallFile}`);
    const bit = (TOPIC_CODES as readonly string[]).indexOf(topic);
    if (bit < 0) {
      throw new SourceError(
        issuesFile,
        line,
        `short_name: ${JSON.stringify(topic)} is not a topic (${TOPIC_CODES.join(', ')})`,
      );
    }
    if (label.trim() === '') throw new SourceError(issuesFile, line, 'issue is empty');
    const known = labels.get(topic);
    if (known !== undefined && known !== label) {
      throw new SourceError(
        issuesFile,
        line,
        `issue: ${JSON.stringify(label)} differs from ${JSON.stringify(known)} for ${topic}`,
      );
    }
    labels.set(topic, label);
    if (topicBits[d] & (1 << bit))
      throw new SourceError(issuesFile, line, `roll call ${rcid} is tagged ${topic} twice`);
    topicBits[d] |= 1 << bit;
  });
  // The header lists the topics present, in TOPIC_CODES order; bit i is the i-th listed.
  const topics: PackTopic[] = TOPIC_CODES.filter((c) => labels.has(c)).map((c) => ({ code: c, label: labels.get(c)! }));
  const remap = TOPIC_CODES.map((c) => topics.findIndex((t) => t.code === c));
  for (let d = 0; d < D; d++) {
    let bits = 0;
    for (let b = 0; b < TOPIC_CODES.length; b++) if (topicBits[d] & (1 << b)) bits |= 1 << remap[b];
    topicBits[d] = bits;
  }

  // ------------------------------------------------------------ strings and per-decision arrays
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
  const rcid = new Uint32Array(D);
  const day = new Int32Array(D);
  const title = new Uint32Array(D);
  const symbol = new Uint32Array(D);
  const description = new Uint32Array(D);
  const session = new Uint16Array(D);
  const flags = new Uint8Array(D);
  rollCalls.forEach((r, d) => {
    rcid[d] = r.rcid;
    day[d] = dayNumber(r.date);
    title[d] = intern(r.short);
    symbol[d] = intern(r.unres);
    description[d] = intern(r.descr);
    session[d] = r.session;
    flags[d] =
      flagBits(r.importantvote, FLAG.importantCoded, FLAG.important) |
      flagBits(r.amend, FLAG.amendmentCoded, FLAG.amendment) |
      flagBits(r.para, FLAG.paragraphCoded, FLAG.paragraph) |
      (r.session < FIRST_SESSION_WITH_EXACT_DATES ? FLAG.monthPrecision : 0);
  });
  // ASCII texts first (string 0, '', among them), in order of first use, then the others.
  const isAscii = (t: string) => !/[\u0080-\uffff]/.test(t);
  const order = strings
    .map((_, i) => i)
    .sort((a, b) => Number(!isAscii(strings[a])) - Number(!isAscii(strings[b])) || a - b);
  const newIndex = new Uint32Array(strings.length);
  order.forEach((old, i) => (newIndex[old] = i));
  for (const array of [title, symbol, description]) for (let d = 0; d < D; d++) array[d] = newIndex[array[d]];
  const ordered = order.map((i) => strings[i]);
  const asciiStrings = ordered.filter(isAscii).length;
  const textBytes = {
    strings: new TextEncoder().encode(ordered.slice(0, asciiStrings).join('\u0000')),
    otherStrings: new TextEncoder().encode(ordered.slice(asciiStrings).join('\u0000')),
  };

  // ------------------------------------------------------------ states
  const states: PackState[] = memberships.map((m, i) => ({
    key: m.key,
    code: m.code,
    name: m.name,
    former: m.former,
    seat: m.seat,
    continuedBy: m.continuedBy,
    spans: m.spans.map((s) => ({ from: s.from, to: s.to })),
    record: [...recordNames[i]].sort().map((pair) => {
      const [name, code] = pair.split('\u0000');
      return { name, code };
    }),
  }));

  // ------------------------------------------------------------ header and layout
  const typed: Record<Exclude<(typeof SECTIONS)[number], TextSection>, ArrayBufferView> = {
    rcid,
    day,
    title,
    symbol,
    description,
    session,
    flags,
    topics: topicBits,
    positions,
  };
  const sections: PackHeader['sections'] = [];
  let offset = 0;
  for (const name of SECTIONS) {
    const bytes = isTextSection(name) ? textBytes[name].length : sectionBytes(name, D, S);
    sections.push({ name, offset, bytes });
    offset = align8(offset + bytes);
  }
  const bodyBytes = sections[sections.length - 1].offset + sections[sections.length - 1].bytes;
  const dates = rollCalls.map((r) => r.date);
  const sessions = rollCalls.map((r) => r.session);

  const headerWithout = (total: number): PackHeader => ({
    format: PACK_FORMAT,
    version: PACK_VERSION,
    dataset: {
      id: input.dataset.id,
      title: input.dataset.title,
      provenance: {
        ...input.dataset.provenance,
        files: input.files.map((f, i) => ({ ...f, rows: [rollCallRows, votesRows, issueRows][i] })),
      },
      coverage: {
        body: 'GA',
        from: dates[0],
        to: dates[dates.length - 1],
        firstSession: Math.min(...sessions),
        lastSession: Math.max(...sessions),
        decisions: D,
        positions: recorded,
      },
    },
    topics,
    states,
    counts: { decisions: D, states: S, strings: strings.length, asciiStrings, recordedPositions: recorded },
    sections,
    bytes: total,
  });
  // The total length depends on the header's length, which holds the total: settle it.
  let total = 0;
  let headerBytes = new Uint8Array();
  for (let round = 0; round < 5; round++) {
    headerBytes = new TextEncoder().encode(JSON.stringify(headerWithout(total)));
    const next = align8(12 + headerBytes.length) + bodyBytes;
    if (next === total) break;
    total = next;
  }
  const header = headerWithout(total);
  const check = packHeaderSchema.safeParse(header);
  if (!check.success)
    throw new Error(`build: the header does not pass its own schema: ${check.error.issues[0].message}`);

  const out = new Uint8Array(total);
  out.set(new TextEncoder().encode(PACK_MAGIC), 0);
  const view = new DataView(out.buffer);
  view.setUint32(4, PACK_VERSION, true);
  view.setUint32(8, headerBytes.length, true);
  out.set(headerBytes, 12);
  const body = align8(12 + headerBytes.length);
  for (const section of sections) {
    const at = body + section.offset;
    if (isTextSection(section.name)) {
      out.set(textBytes[section.name], at);
      continue;
    }
    writeLittleEndian(view, at, typed[section.name]);
  }
  return { bytes: out, header, quirksApplied };
}

function flagBits(value: string, coded: number, set: number): number {
  if (value === '') return 0;
  return coded | (value === '1' ? set : 0);
}

function spansText(m: Membership): string {
  return m.spans.map((s) => `${s.from} to ${s.to ?? 'today'}`).join(', ');
}

/** Writes a typed array at `at`, little-endian whatever the platform. */
function writeLittleEndian(view: DataView, at: number, array: ArrayBufferView): void {
  if (array instanceof Uint8Array) {
    new Uint8Array(view.buffer, at, array.length).set(array);
  } else if (array instanceof Uint16Array) {
    for (let i = 0; i < array.length; i++) view.setUint16(at + 2 * i, array[i], true);
  } else if (array instanceof Uint32Array) {
    for (let i = 0; i < array.length; i++) view.setUint32(at + 4 * i, array[i], true);
  } else if (array instanceof Int32Array) {
    for (let i = 0; i < array.length; i++) view.setInt32(at + 4 * i, array[i], true);
  } else {
    throw new Error('build: unexpected section type');
  }
}
