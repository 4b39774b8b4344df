/**
 * The search's entries, from the data: states by every name the data gives
 * them (the membership table and its notes, the curated day, the record's
 * own names) and a few common names it does not (`ALIASES`); the decisions
 * of the curated day, of the record and of an import, by their symbols, the
 * words of their titles and their year.
 */
import type { Dataset } from '../model';
import { labelOf } from '../model';
import type { Membership } from '../membership';
import { resolutionKey } from '../merge/symbol';
import { officialSymbolOf } from '../history/views';
import { formatImportedVoteId } from '../undl/ids';
import type { SearchEntry } from './index';
import { roman, symbolSpellings } from './fold';

/**
 * Names in common use that the tracker's data does not give (the membership
 * table, its notes, the record's names), with the state's key. Each is the
 * name a reader is likely to type; where a name is the state's own former
 * name, the source is cited.
 */
export const ALIASES: readonly { name: string; key: string; source: string }[] = [
  {
    name: 'USSR',
    key: 'SUN',
    source: 'the abbreviation of the Union of Soviet Socialist Republics; un-membership.csv, row SUN, note',
  },
  { name: 'Soviet Union', key: 'SUN', source: 'common name of the USSR' },
  {
    name: 'Zaire',
    key: 'COD',
    source:
      'the name of the Democratic Republic of the Congo from 27 Oct 1971 to 17 May 1997 (UN Yearbook rosters 1974–1996)',
  },
  {
    name: 'Turkey',
    key: 'TUR',
    source: 'the UN name of Türkiye until 1 Jun 2022 (UN press note on the change of name); the record names it so',
  },
  {
    name: 'Czech Republic',
    key: 'CZE',
    source: 'un-membership.csv, row CSK, note; the short name until 17 May 2016 (row CZE, note)',
  },
  { name: 'Upper Volta', key: 'BFA', source: 'the name of Burkina Faso until 4 Aug 1984 (UN Yearbook rosters)' },
  {
    name: 'Kampuchea',
    key: 'KHM',
    source:
      'Democratic Kampuchea, the name of Cambodia in the UN 1976–1989 (UN Yearbook rosters); the record titles its votes so',
  },
  { name: 'East Germany', key: 'DDR', source: 'common name of the German Democratic Republic' },
  { name: 'West Germany', key: 'DEU', source: 'common name of the Federal Republic of Germany before 1990' },
  {
    name: 'Macedonia',
    key: 'MKD',
    source: 'un-membership.csv, row MKD, note: “The former Yugoslav Republic of Macedonia”',
  },
  { name: 'The former Yugoslav Republic of Macedonia', key: 'MKD', source: 'un-membership.csv, row MKD, note' },
  { name: 'United Arab Republic', key: 'EGY', source: 'un-membership.csv, row EGY, note' },
  { name: 'North Korea', key: 'PRK', source: 'common name of the Democratic People’s Republic of Korea' },
  { name: 'South Korea', key: 'KOR', source: 'common name of the Republic of Korea' },
  { name: 'Britain', key: 'GBR', source: 'common name of the United Kingdom' },
  { name: 'UK', key: 'GBR', source: 'common abbreviation of the United Kingdom' },
  { name: 'US', key: 'USA', source: 'common abbreviation of the United States' },
  { name: 'America', key: 'USA', source: 'common name of the United States' },
  { name: 'DR Congo', key: 'COD', source: 'common name of the Democratic Republic of the Congo' },
  { name: 'DRC', key: 'COD', source: 'common abbreviation of the Democratic Republic of the Congo' },
  { name: 'Taiwan', key: 'ROC', source: 'the record names China’s representation by the Republic of China so' },
  { name: 'Holland', key: 'NLD', source: 'common name of the Netherlands' },
  { name: 'Persia', key: 'IRN', source: 'the name of Iran until 1935' },
];

/**
 * The names a membership's note says it was admitted or listed under
 * ("Listed as Burma in the UN Yearbook rosters", "Admitted as Dahomey",
 * "Original member as the Byelorussian SSR").
 */
export function namesInNote(note: string): string[] {
  const NAME =
    /\b(?:[Ll]isted|[Aa]dmitted|[Mm]ember)(?: \d{1,2} [A-Z][a-z]{2} \d{4})? as (?:the )?((?:[A-Z][\p{L}'’-]*|\([A-Z][\p{L}]*\))(?: (?:[A-Z][\p{L}'’-]*|\([A-Z][\p{L}]*\)|of|and|the))*)/gu;
  return [...note.matchAll(NAME)].map((m) => m[1].replace(/( (of|and|the))+$/, ''));
}

/** A state as the record (or an import) names it. */
export interface NamedState {
  key: string;
  name: string;
  record?: readonly { name: string; code: string }[];
}

/**
 * Every membership as a state to find: by its name, the names of the
 * curated day and the record, its notes' names and `ALIASES`, by its key
 * and codes. A former membership whose seat another continues (the USSR's,
 * by the Russian Federation) leads to the seat's page (`target`), with the
 * seat holder's name as its detail; any other leads to its own.
 */
export function stateEntries(
  memberships: readonly Membership[],
  more: readonly NamedState[] = [],
  aliases: readonly { name: string; key: string }[] = ALIASES,
): SearchEntry[] {
  const byKey = new Map(memberships.map((m) => [m.key, m]));
  const sorted = [...memberships].sort((a, b) => Number(a.former) - Number(b.former) || a.name.localeCompare(b.name));
  const order = new Map(sorted.map((m, i) => [m.key, i]));
  const entries = new Map<string, SearchEntry>();
  for (const m of memberships) {
    const seat = byKey.get(m.seat);
    const toSeat = m.former && seat !== undefined && seat.key !== m.key;
    entries.set(m.key, {
      kind: 'state',
      label: m.name,
      detail: toSeat ? seat.name : '',
      target: toSeat ? seat.key : m.key,
      tag: m.former ? 'former' : '',
      names: [m.name, ...namesInNote(m.note).filter((n) => !m.former || n !== seat?.name)],
      // A former membership's code is its successor's (RUS for the USSR): found by its key alone.
      codes: m.former ? [m.key] : [m.key, m.code],
      symbols: [],
      text: '',
      year: 0,
      order: order.get(m.key) ?? 0,
    });
  }
  // A name in a note that names the membership it passed into (the Russian Federation's note names the USSR)
  // belongs to that one: here, a current member's note names only its own earlier names.
  const soviet = entries.get('RUS');
  if (soviet) soviet.names = soviet.names.filter((n) => n !== 'Union of Soviet Socialist Republics');
  for (const s of more) {
    const entry = entries.get(s.key);
    if (!entry) continue;
    const names = [s.name, ...(s.record ?? []).map((r) => r.name)];
    const codes = byKey.get(s.key)?.former ? [] : (s.record ?? []).map((r) => r.code).filter((c) => c !== '');
    entry.names = [...entry.names, ...names];
    entry.codes = [...entry.codes, ...codes];
  }
  for (const alias of aliases) {
    const entry = entries.get(alias.key);
    if (entry) entry.names = [...entry.names, alias.name];
  }
  return [...entries.values()];
}

const yearOfIso = (date: string) => Number(date.slice(0, 4));
const yearOfDay = (day: number) => new Date(day * 86_400_000).getUTCFullYear();

/** The curated day's decisions, in voting order; `tag` is the dataset's id. */
export function dayDecisionEntries(dataset: Dataset): SearchEntry[] {
  return dataset.decisions.map((d) => ({
    kind: 'decision',
    label: labelOf(d),
    detail: d.title,
    target: d.id,
    tag: dataset.id,
    names: [],
    codes: [],
    symbols: [d.resolutionSymbol, d.draftSymbol].flatMap((s) => (s ? symbolSpellings(s) : [])),
    text: d.title,
    year: yearOfIso(d.date),
    order: d.index,
  }));
}

/** The record's fields the search reads (a pack has them). */
export interface RecordTexts {
  decisionCount: number;
  rcid: Uint32Array;
  day: Int32Array;
  title: Uint32Array;
  symbol: Uint32Array;
  description: Uint32Array;
  session: Uint16Array;
  /** What kind of vote each is (an amendment …), as the pack codes it. */
  flags: Uint8Array;
  strings: readonly string[];
}

/** How much of a record's description is searched: its start says what the vote was on. */
const DESCRIPTION_WORDS = 240;

/**
 * The record's votes, newest first: by the resolution's symbol in the UN's
 * spelling (`A/RES/44/41 C`; before 1976 also with the session in roman
 * numerals, `A/RES/2758 G (XXVI)`, `A/RES/2758 (XXVI) G`) and the record's
 * own (`R/44/41C`), by the words of the title and the start of the
 * description, and the year. A vote is shown as its page shows it: by the
 * UN's symbol (`officialSymbolOf`) with the record's before its title
 * (several votes of one resolution are told apart by the record's), else by
 * the record's.
 */
export function* recordDecisionEntries(record: RecordTexts, tag = 'history'): Generator<SearchEntry> {
  for (let d = 0; d < record.decisionCount; d++) {
    const raw = record.strings[record.symbol[d]];
    const key = raw ? resolutionKey('GA', raw) : null;
    const symbols = raw ? [raw] : [];
    const official = officialSymbolOf(record, d);
    if (official !== null) symbols.push(official);
    if (key) {
      symbols.push(key);
      const session = record.session[d];
      const m = /^A\/RES\/(\d+)(.*)$/.exec(key);
      if (m && session > 0 && session < 31) symbols.push(`A/RES/${m[1]} (${roman(session)})${m[2]}`);
    }
    const title = record.strings[record.title[d]];
    const description = record.strings[record.description[d]].slice(0, DESCRIPTION_WORDS);
    yield {
      kind: 'decision',
      label: official ?? (raw || title || description),
      detail: official === null ? title || description : `${raw} · ${title || description}`,
      target: `rcid-${record.rcid[d]}`,
      tag,
      names: [],
      codes: [],
      symbols: symbols.flatMap(symbolSpellings),
      text: `${title} ${description}`,
      year: yearOfDay(record.day[d]),
      order: -record.day[d],
    };
  }
}

/** An import's fields the search reads (its store has them). */
export interface ImportTexts {
  decisionCount: number;
  undlId: Uint32Array;
  day: Int32Array;
  symbol: Uint32Array;
  title: Uint32Array;
  draft: Uint32Array;
  strings: readonly string[];
}

/** An import's votes, newest first: by the resolution's and the drafts' symbols, the title's words and the year. */
export function* importDecisionEntries(store: ImportTexts, datasetId: string): Generator<SearchEntry> {
  for (let d = 0; d < store.decisionCount; d++) {
    const symbol = store.strings[store.symbol[d]];
    const title = store.strings[store.title[d]];
    const drafts = store.strings[store.draft[d]].split('|').filter(Boolean);
    yield {
      kind: 'decision',
      label: symbol || title,
      detail: title,
      target: formatImportedVoteId(datasetId, store.undlId[d]),
      tag: datasetId,
      names: [],
      codes: [],
      symbols: [symbol, ...drafts].flatMap(symbolSpellings),
      text: title,
      year: yearOfDay(store.day[d]),
      order: -store.day[d],
    };
  }
}
