/**
 * The record's list filter: which decisions match a year range, a session,
 * topics, the important-vote flag, a kind and a text. Pure and fast enough
 * to run on every keystroke over the 6,203 decisions (the bench measures it).
 */
import type { HistoryPack } from './pack';
import type { RecordFilter } from './vocabulary';
import { importanceOf, kindOf } from './pack';

export type { RecordFilter } from './vocabulary';
export { NO_FILTER } from './vocabulary';

/** Lower case, without accents, spaces collapsed: `normaliseText(' Côte  d’Ivoire ')` → `cote d’ivoire`. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const NON_ASCII = /[\u0080-\uffff]/;

/** A text as the search compares it: lower case, without accents (spaces are left as they are). */
function searchForm(text: string): string {
  return NON_ASCII.test(text)
    ? text
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
    : text.toLowerCase();
}

const haystacks = new WeakMap<HistoryPack, string[]>();

/** Each decision's searchable text (title, symbol, description), normalised; built once per pack. */
export function searchTexts(pack: HistoryPack): readonly string[] {
  let texts = haystacks.get(pack);
  if (!texts) {
    // Normalise each distinct string once, then join per decision.
    const normalised = pack.strings.map(searchForm);
    texts = new Array<string>(pack.decisionCount);
    for (let d = 0; d < pack.decisionCount; d++) {
      texts[d] = `${normalised[pack.title[d]]}\n${normalised[pack.symbol[d]]}\n${normalised[pack.description[d]]}`;
    }
    haystacks.set(pack, texts);
  }
  return texts;
}

/** The day (since 1970-01-01) a year begins. */
export const dayOfYearStart = (year: number) => Date.UTC(year, 0, 1) / 86_400_000;

/** The first decision whose day is at least `day` (decisions are in date order). */
export function firstAtOrAfter(days: Int32Array, day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid] < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The decisions that match, as indexes in the pack's (date) order. */
export function filterDecisions(pack: HistoryPack, filter: RecordFilter): Uint32Array {
  const start = filter.fromYear === null ? 0 : firstAtOrAfter(pack.day, dayOfYearStart(filter.fromYear));
  const end = filter.toYear === null ? pack.decisionCount : firstAtOrAfter(pack.day, dayOfYearStart(filter.toYear + 1));

  let topicMask = 0;
  for (const code of filter.topics) {
    const bit = pack.topics.findIndex((t) => t.code === code);
    if (bit >= 0) topicMask |= 1 << bit;
  }
  if (filter.topics.length > 0 && topicMask === 0) return new Uint32Array(0);

  const words = normaliseText(filter.text).split(' ').filter(Boolean);
  const texts = words.length > 0 ? searchTexts(pack) : null;

  const out = new Uint32Array(Math.max(0, end - start));
  let n = 0;
  for (let d = start; d < end; d++) {
    if (filter.session !== null && pack.session[d] !== filter.session) continue;
    if (topicMask !== 0 && (pack.topicBits[d] & topicMask) === 0) continue;
    if (filter.importantOnly && importanceOf(pack, d) !== true) continue;
    if (filter.kind !== null && kindOf(pack, d) !== filter.kind) continue;
    if (texts !== null) {
      const text = texts[d];
      let all = true;
      for (const w of words) {
        if (!text.includes(w)) {
          all = false;
          break;
        }
      }
      if (!all) continue;
    }
    out[n++] = d;
  }
  return out.slice(0, n);
}

/** The years and sessions the record covers, for the filter's choices. */
export function filterRange(pack: HistoryPack): { firstYear: number; lastYear: number; sessions: number[] } {
  const year = (day: number) => new Date(day * 86_400_000).getUTCFullYear();
  const sessions = [...new Set(pack.session)].sort((a, b) => a - b);
  return {
    firstYear: pack.decisionCount ? year(pack.day[0]) : 0,
    lastYear: pack.decisionCount ? year(pack.day[pack.decisionCount - 1]) : 0,
    sessions,
  };
}
