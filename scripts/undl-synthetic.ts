/**
 * A synthetic General Assembly voting file in the exact format of the UN
 * Digital Library's (`shared/sources/un-digital-library-csv.md`): the
 * current header, a row per member state per vote, the members at each
 * vote's date from the membership table (the USSR coded RUS, the Federal
 * Republic of Germany GER before 3 Oct 1990), totals as `120.0` that add up,
 * sessions as text (`ES-10`), `|`-separated drafts and subjects, titles
 * with commas and quotation marks. Made up: for measuring and testing the
 * reader, never as data.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import type { Membership } from '../src/domain/membership';
import { membersOn } from '../src/domain/membership';

export const GA_HEADER =
  'undl_id,ms_code,ms_name,ms_vote,date,session,resolution,draft,committee_report,meeting,title,agenda_title,subjects,vote_note,total_yes,total_no,total_abstentions,total_non_voting,total_ms,undl_link';

/** The full file's number of rows (the file of 6 February 2026). */
export const FULL_GA_ROWS = 947_434;

const TOPICS = [
  [
    'Question of "Palestine", including East Jerusalem',
    'Question of Palestine',
    'PALESTINE QUESTION|JERUSALEM--LEGAL STATUS',
  ],
  [
    'Protection of civilians and upholding legal and humanitarian obligations',
    'Illegal Israeli actions in occupied East Jerusalem and the rest of the Occupied Palestinian Territory',
    'TERRITORIES OCCUPIED BY ISRAEL--SETTLEMENT POLICY|CIVILIAN PERSONS--PROTECTION',
  ],
  [
    'Nuclear disarmament, including the "Treaty on the Prohibition of Nuclear Weapons"',
    'General and complete disarmament',
    'NUCLEAR DISARMAMENT|NUCLEAR WEAPONS--TREATIES',
  ],
  [
    'Situation of human rights in the Islamic Republic of Iran',
    'Promotion and protection of human rights: human rights situations and reports of special rapporteurs and representatives',
    'HUMAN RIGHTS--IRAN (ISLAMIC REPUBLIC OF)',
  ],
  [
    'Necessity of ending the economic, commercial and financial embargo imposed by the United States of America against Cuba',
    'Necessity of ending the economic, commercial and financial embargo',
    'ECONOMIC SANCTIONS--CUBA|UNITED STATES--FOREIGN ECONOMIC RELATIONS',
  ],
  [
    'Territorial integrity of Ukraine',
    'Situation in the temporarily occupied territories of Ukraine',
    'UKRAINE--TERRITORIAL INTEGRITY|RUSSIAN FEDERATION--ARMED FORCES',
  ],
  [
    'Question of Western Sahara, "self-determination" and decolonization',
    'Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples',
    'WESTERN SAHARA QUESTION|DECOLONIZATION--SELF-DETERMINATION OF PEOPLES',
  ],
  [
    'Moratorium on the use of the death penalty',
    'Promotion and protection of human rights: human rights questions',
    'CAPITAL PUNISHMENT',
  ],
] as const;

/** A small, fast, seeded random number generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY_MS = 86_400_000;
const isoDate = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/** How the Library codes and names a membership at a date. */
function fileCodeAndName(m: Membership, date: string): [string, string] {
  if (m.key === 'DEU' && date < '1990-10-03') return ['GER', 'GERMANY, FEDERAL REPUBLIC OF'];
  return [m.code, m.name.toUpperCase()];
}

/**
 * The votes' dates, so that their members add up to exactly `rows`: evenly
 * spread from 1946 to 2025, then a few more whose members fill the rest.
 */
function voteDates(memberships: readonly Membership[], rows: number): string[] {
  const first = dayOf('1946-12-11');
  const last = dayOf('2025-12-30');
  const membersAt = new Map<number, number>();
  const count = (day: number) => {
    let n = membersAt.get(day);
    if (n === undefined) {
      n = membersOn(memberships, isoDate(day)).length;
      membersAt.set(day, n);
    }
    return n;
  };
  // About 166 members a vote on average over the years.
  const votes = Math.max(1, Math.floor(rows / 170));
  const dates: number[] = [];
  let total = 0;
  for (let i = 0; i < votes; i++) {
    const day = Math.round(first + ((last - first) * i) / Math.max(1, votes - 1));
    if (total + count(day) > rows) break;
    dates.push(day);
    total += count(day);
  }
  // Fill the rest with one to three votes whose member counts add up to it, dropping votes from the end if needed.
  const byCount = new Map<number, number>();
  for (let day = first; day <= last; day += 30) if (!byCount.has(count(day))) byCount.set(count(day), day);
  const counts = [...byCount.keys()];
  const largest = Math.max(...counts);
  for (let tries = 0; tries < 100; tries++) {
    while (rows - total > 2 * largest) {
      dates.push(byCount.get(largest)!);
      total += largest;
    }
    const rest = rows - total;
    if (rest === 0) return dates.sort((a, b) => a - b).map(isoDate);
    const fill = findSum(counts, rest);
    if (fill) return [...dates, ...fill.map((c) => byCount.get(c)!)].sort((a, b) => a - b).map(isoDate);
    if (dates.length === 0) break;
    total -= count(dates.pop()!);
  }
  throw new Error(`synthetic file: cannot make exactly ${rows} rows`);
}

/** Up to three of `counts` (repeats allowed) adding up to `sum`. */
function findSum(counts: number[], sum: number): number[] | null {
  const set = new Set(counts);
  if (set.has(sum)) return [sum];
  for (const a of counts) if (set.has(sum - a)) return [a, sum - a];
  for (const a of counts) for (const b of counts) if (set.has(sum - a - b)) return [a, b, sum - a - b];
  return null;
}

export interface SyntheticOptions {
  rows: number;
  seed?: number;
  /** Line ends: LF (the default) or CRLF. */
  newline?: '\n' | '\r\n';
}

/**
 * Writes the file; returns its size, rows and votes. Each vote's positions
 * are drawn at random (about 70 % Y, 10 % N, 13 % A, 7 % X), its totals
 * counted from them.
 */
export function writeSyntheticGa(
  path: string,
  memberships: readonly Membership[],
  options: SyntheticOptions,
): { bytes: number; rows: number; votes: number } {
  const rand = random(options.seed ?? 1);
  const nl = options.newline ?? '\n';
  const dates = voteDates(memberships, options.rows);
  const fd = openSync(path, 'w');
  let bytes = 0;
  let block = `${GA_HEADER}${nl}`;
  const flush = () => {
    bytes += writeSync(fd, block);
    block = '';
  };
  let rows = 0;
  const membersCache = new Map<string, Membership[]>();
  try {
    dates.forEach((date, v) => {
      let members = membersCache.get(date);
      if (!members) {
        members = membersOn(memberships, date);
        membersCache.set(date, members);
      }
      const id = 4_000_000 + v;
      const year = Number(date.slice(0, 4));
      // Emergency special sessions: the tenth from 1997, the eleventh from 2022.
      const emergency = year >= 1997 && rand() < 0.08;
      const session = emergency ? (year >= 2022 && rand() < 0.5 ? 'ES-11' : 'ES-10') : String(Math.max(1, year - 1945));
      const number = 1 + Math.floor(rand() * 300);
      const resolution = `A/RES/${session}/${number}`;
      const draftNumber = 1 + Math.floor(rand() * 90);
      const draft =
        rand() < 0.3
          ? ''
          : rand() < 0.2
            ? `A/${session}/L.${draftNumber}|A/${session}/L.${draftNumber + 1}`
            : `A/${session}/L.${draftNumber}`;
      const report = rand() < 0.5 ? '' : `A/${session}/${400 + Math.floor(rand() * 200)}`;
      const meeting = `A/${session}/PV.${1 + Math.floor(rand() * 120)}`;
      const [topic, agenda, subjects] = TOPICS[Math.floor(rand() * TOPICS.length)];
      const title = `${topic} (${number}) : resolution / adopted by the General Assembly`;
      const note = rand() < 0.01 ? 'Recorded vote, "as orally revised"' : '';
      const codes = members.map(() => {
        const r = rand();
        return r < 0.7 ? 'Y' : r < 0.8 ? 'N' : r < 0.93 ? 'A' : 'X';
      });
      const n = (c: string) => `${codes.filter((x) => x === c).length}.0`;
      const voteFields = [
        date,
        session,
        resolution,
        draft,
        report,
        meeting,
        csvField(title),
        csvField(agenda),
        csvField(subjects),
        csvField(note),
        n('Y'),
        n('N'),
        n('A'),
        n('X'),
        `${members.length}.0`,
        `https://digitallibrary.un.org/record/${id}`,
      ].join(',');
      members.forEach((m, i) => {
        const [code, name] = fileCodeAndName(m, date);
        block += `${id},${code},${csvField(name)},${codes[i]},${voteFields}${nl}`;
        rows++;
      });
      if (block.length > 1 << 22) flush();
    });
    flush();
  } finally {
    closeSync(fd);
  }
  return { bytes, rows, votes: dates.length };
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
