/**
 * One key per resolution, whatever the spelling of its symbol, so that the
 * same vote can be found in several datasets:
 *
 *   the record (`unres`)        R/44/41C, R/26/2758G, R/34/233/XII, A/RES/71/5, A/RES/ES-10/19
 *   the UN Digital Library      A/RES/44/41 C, A/RES/2758(XXVI), A/RES/217(III)[A], A/RES/ES-11/7, S/RES/2774(2025)
 *   the curated day             A/RES/ES-11/7, S/RES/2774 (2025)
 *
 * all become `A/RES/44/41 C`, `A/RES/2758 G`, `A/RES/ES-11/7`, `S/RES/2774`…
 *
 * The key is the symbol as the UN numbers the resolution, nothing more:
 *   - General Assembly resolutions from the 31st session (1976) are numbered
 *     within their session: `A/RES/<session>/<number>`, the session `44`,
 *     `ES-11` (emergency special) or `S-10` (special);
 *   - the first 3,541 (1946–1975) are numbered in one sequence, the session
 *     in roman numerals beside the number (`2758 (XXVI)`, `997 (ES-I)`): the
 *     number alone names the resolution, the key is `A/RES/<number>`;
 *   - Security Council resolutions are numbered in one sequence, the year
 *     beside the number (`2774 (2025)`): the key is `S/RES/<number>`;
 *   - General Assembly decisions with a recorded vote: `A/DEC/<session>/<number>`.
 * A session or year given beside a number is checked for its form, then
 * left out of the key: the number is enough, and the vote's date is
 * matched apart (`match.ts`).
 *
 * A part of a resolution (`44/41 C`, `217 (III) A`, the Library's `[A]` or
 * `[A-C]`) is kept after a space; a section voted on apart (the record's
 * `R/34/233/XII`) after a slash. A vote on a part never has the key of the
 * whole resolution: `match.ts` says where only the parts differ.
 *
 * The record's symbols (`R/<session>/<number>…`) give a key from the 18th
 * session (1963) on. Before it, the record's numbers are not those of the
 * resolutions (session 1 has `R/1/1288`, `R/1/1414` where its resolutions
 * run from 1 to 95; session 11 runs from `R/11/4` to `R/11/1476`), and its
 * symbols of special and emergency special sessions (`SS/1/175`,
 * `ESS/1/34` for resolution 997 (ES-I)) are not resolution numbers either:
 * none of these gives a key. Nor does a draft's symbol (`A/ES-11/L.10`,
 * `S/2025/112`), a symbol of the other body, or anything else not read here.
 */
import type { Body } from '../schema';
import { roman } from '../search/fold';

/** A resolution's symbol taken apart. */
export interface ResolutionRef {
  body: Body;
  /** `A/RES/44/41`, `A/RES/2758`, `A/RES/ES-11/7`, `A/DEC/80/506`, `S/RES/2774`. */
  resolution: string;
  /** A part of the resolution (`C`, `A-C` for parts A to C voted together); null for the whole. */
  part: string | null;
  /** A section voted on apart, in roman numerals (`XII`); null for none. */
  section: string | null;
}

/** The first session whose resolutions are numbered within the session (1976). */
export const FIRST_SESSION_NUMBERED = 31;
/** The first session whose numbers in the record are those of its resolutions. */
export const FIRST_RECORD_SESSION_WITH_NUMBERS = 18;

const ROMAN = /^(?:M{0,3})(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const isRoman = (text: string) => text !== '' && ROMAN.test(text);
/** A part: one or two letters, or a range of them (`A-C`). */
const PART = '([A-Z]{1,2}(?:-[A-Z]{1,2})?)';

// The record: R/<session>/<number><part?>(/<part or section>)?
const RECORD = /^R\/(\d{1,3})\/(\d{1,5})([A-Z]{1,2})?(?:\/([A-Z]{1,4}))?$/;
// Numbered within a session: <session>/<number> <part?>/<section?>
const BY_SESSION = new RegExp(`^((?:ES-|S-)?\\d{1,3})\\/(\\d{1,5})(?: ?\\[${PART}\\]| ?${PART})?(?:\\/([IVX]+))?$`);
// Numbered in one sequence: <number> <part?> (<session>) <part?>/<section?>, the session in roman numerals.
const IN_SEQUENCE = new RegExp(
  `^(\\d{1,5})(?: ?${PART})? ?(?:\\(((?:ES-|S-)?[IVXLC]+)\\))?(?: ?\\[${PART}\\]| ?${PART})?(?:\\/([IVX]+))?$`,
);
// The Security Council: <number> (<year>)
const COUNCIL = /^(\d{1,5}) ?(?:\((\d{4})\))?$/;

/** Trims, upper-cases, and makes every run of spaces (a no-break space too) one space. */
function clean(symbol: string): string {
  return symbol
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .toUpperCase()
    .replace(/ ?\/ ?/g, '/')
    .replace(/\( /g, '(')
    .replace(/ \)/g, ')');
}

const number = (digits: string) => String(Number(digits));

/** Takes a resolution's symbol apart; null where it is not one this module reads (see above). */
export function parseResolution(body: Body, symbol: string | null | undefined): ResolutionRef | null {
  if (typeof symbol !== 'string') return null;
  const text = clean(symbol);
  if (text === '') return null;

  const record = RECORD.exec(text);
  if (record) {
    if (body !== 'GA') return null;
    const [, sessionText, n, letters, after] = record;
    const session = Number(sessionText);
    if (session < FIRST_RECORD_SESSION_WITH_NUMBERS || Number(n) === 0) return null;
    let part = letters ?? null;
    let section: string | null = null;
    if (after !== undefined) {
      if (/^[IVX]+$/.test(after) && isRoman(after)) section = after;
      else if (part === null && after.length <= 2) part = after;
      else return null;
    }
    const resolution = session >= FIRST_SESSION_NUMBERED ? `A/RES/${session}/${number(n)}` : `A/RES/${number(n)}`;
    return { body, resolution, part, section };
  }

  const un = /^([AS])\/(RES|DEC)\/(.+)$/.exec(text);
  if (!un) return null;
  const [, organ, kind, rest] = un;
  if ((organ === 'A') !== (body === 'GA')) return null;

  if (organ === 'S') {
    if (kind !== 'RES') return null;
    const council = COUNCIL.exec(rest);
    if (!council || Number(council[1]) === 0) return null;
    const year = council[2] === undefined ? null : Number(council[2]);
    if (year !== null && (year < 1946 || year > 2999)) return null;
    return { body, resolution: `S/RES/${number(council[1])}`, part: null, section: null };
  }

  const bySession = BY_SESSION.exec(rest);
  if (bySession) {
    const [, session, n, bracketed, plain, section] = bySession;
    if (Number(n) === 0 || Number(session.replace(/^(ES-|S-)/, '')) === 0) return null;
    if (section !== undefined && !isRoman(section)) return null;
    const part = bracketed ?? plain ?? null;
    if (kind === 'DEC' && (part !== null || section !== undefined)) return null;
    const sessionKey = session.replace(/\d+$/, (digits) => number(digits));
    return { body, resolution: `A/${kind}/${sessionKey}/${number(n)}`, part, section: section ?? null };
  }

  if (kind !== 'RES') return null;
  const inSequence = IN_SEQUENCE.exec(rest);
  if (inSequence) {
    const [, n, before, session, bracketed, plain, section] = inSequence;
    if (Number(n) === 0) return null;
    if (session !== undefined && !isRoman(session.replace(/^(ES-|S-)/, ''))) return null;
    if (section !== undefined && !isRoman(section)) return null;
    const after = bracketed ?? plain;
    if (before !== undefined && after !== undefined) return null;
    return { body, resolution: `A/RES/${number(n)}`, part: before ?? after ?? null, section: section ?? null };
  }
  return null;
}

/** The key of a taken-apart symbol: `A/RES/44/41 C`, `A/RES/34/233/XII`, `A/RES/33/116 A/I`, `S/RES/2774`. */
export function keyOf(ref: ResolutionRef): string {
  return `${ref.resolution}${ref.part === null ? '' : ` ${ref.part}`}${ref.section === null ? '' : `/${ref.section}`}`;
}

/**
 * The canonical key of a resolution's symbol in a body's vote, or null where
 * the symbol is not a resolution's (see above): the same for every spelling
 * of one resolution (or one part of it).
 */
export function resolutionKey(body: Body, symbol: string | null | undefined): string | null {
  const ref = parseResolution(body, symbol);
  return ref === null ? null : keyOf(ref);
}

/** The key of the whole resolution a key names a part or section of (`A/RES/44/41 C` → `A/RES/44/41`). */
export function wholeResolutionKey(key: string): string {
  const m = /^([AS]\/(?:RES|DEC)\/(?:(?:ES-|S-)?\d+\/)?\d+)/.exec(key);
  return m ? m[1] : key;
}

/**
 * The UN's symbol of the resolution a record's symbol names, where it
 * differs from the record's own: from the 31st session (1976) the
 * resolution with its part or section, as the UN numbers them
 * (`R/39/148B` → `A/RES/39/148 B`, `R/34/233/XII` → `A/RES/34/233/XII`);
 * before it the resolution alone, the session in roman numerals as the
 * UN Digital Library writes them (`R/26/2758G` → `A/RES/2758(XXVI)`), as
 * the record's letters of those
 * sessions tell its roll calls on one text apart and are not the
 * resolution's parts (`R/26/2758A` is a motion to postpone the vote on
 * resolution 2758 (XXVI), which has none). Null where the record's symbol
 * names no resolution (none, before the 18th session, the special
 * sessions' codes: see above), or is the UN's already (`A/RES/ES-10/19`).
 */
export function officialSymbol(recordSymbol: string): string | null {
  const ref = parseResolution('GA', recordSymbol);
  if (ref === null) return null;
  const session = /^R\/(\d+)\//.exec(recordSymbol.trim());
  const official =
    session && Number(session[1]) < FIRST_SESSION_NUMBERED
      ? `${ref.resolution}(${roman(Number(session[1]))})`
      : keyOf(ref);
  return official === recordSymbol.trim() ? null : official;
}
