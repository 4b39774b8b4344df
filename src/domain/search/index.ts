/**
 * The jump-to search's index and its ranking. Every entry is a view, a
 * state, a topic or a decision; the index holds them compactly (each text
 * once, per-entry fields in typed arrays, the words as sorted postings) and
 * answers a query with the matching entries, the best first:
 *
 *   0  exact    a symbol in any of its spellings (`ES-11/7`, `S/RES/2774`, `2774`), a name or a code
 *   1  prefix   the start of a symbol's part (`ES-11/`), of a name (`Russ`)
 *   2  words    every word of the query starts a word of the entry (its title, its names), a year its year
 *   3  year     a year alone: the decisions of that year
 *
 * then in each tier by the entry's own order (a state by name, a decision newest first).
 * Built once per dataset; a query reads it without building anything.
 */
import { fold, foldWords, symbolTokens, wordsOf } from './fold';

export const SEARCH_KINDS = ['view', 'state', 'topic', 'decision'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const TIERS = ['exact', 'prefix', 'words', 'year'] as const;
export type Tier = (typeof TIERS)[number];

/** What goes into the index. */
export interface SearchEntry {
  kind: SearchKind;
  /** What the result shows first: a name, a symbol. */
  label: string;
  /** A second line from the data: a decision's title, a former state's seat holder; '' for none. */
  detail: string;
  /** What the result leads to: a state key, a decision's id, a topic code, a view's address. */
  target: string;
  /** What kind of thing within the kind: a decision's dataset id, `former` for a former state; '' for none. */
  tag: string;
  /** Names matched whole or by their start (a state's official, short, former names). */
  names: readonly string[];
  /** Codes matched only whole, in any case (`RUS`, `RU`). */
  codes: readonly string[];
  /** Document symbols, in any spelling (see `symbolSpellings`). */
  symbols: readonly string[];
  /** Further words the entry is found by (a title, a description). */
  text: string;
  /** The year it is of; 0 for none. */
  year: number;
  /** Its place among entries of the same tier: lower first. */
  order: number;
}

export interface SearchIndex {
  size: number;
  kind: Uint8Array;
  year: Uint16Array;
  order: Float64Array;
  /** Indexes into `strings`. */
  label: Uint32Array;
  detail: Uint32Array;
  target: Uint32Array;
  tag: Uint32Array;
  strings: string[];
  /** Entry e's names (folded words) are `names[nameStart[e]] … names[nameStart[e + 1] - 1]`; codes, symbols alike. */
  nameStart: Uint32Array;
  names: string[];
  codeStart: Uint32Array;
  codes: string[];
  symbolStart: Uint32Array;
  /** Symbol spellings as tokens, each after a space (` a res es 11 7`). */
  symbols: string[];
  /** Every distinct word, sorted; the entries with word w are `postings[postingStart[w]] … [postingStart[w + 1] - 1]`. */
  vocabulary: string[];
  postingStart: Uint32Array;
  postings: Uint32Array;
}

/** One result: the entry's fields as the index holds them. */
export interface SearchHit {
  kind: SearchKind;
  tier: Tier;
  label: string;
  detail: string;
  target: string;
  tag: string;
  year: number;
}

/** Builds the index of `entries` (read once, in order). */
export function buildSearchIndex(entries: Iterable<SearchEntry>): SearchIndex {
  const strings: string[] = [];
  const stringIds = new Map<string, number>();
  const intern = (s: string) => {
    let id = stringIds.get(s);
    if (id === undefined) {
      id = strings.length;
      strings.push(s);
      stringIds.set(s, id);
    }
    return id;
  };
  const kind: number[] = [];
  const year: number[] = [];
  const order: number[] = [];
  const label: number[] = [];
  const detail: number[] = [];
  const target: number[] = [];
  const tag: number[] = [];
  const nameStart = [0];
  const names: string[] = [];
  const codeStart = [0];
  const codes: string[] = [];
  const symbolStart = [0];
  const symbols: string[] = [];
  const wordEntries = new Map<string, number[]>();
  let size = 0;
  for (const entry of entries) {
    const e = size++;
    kind.push(SEARCH_KINDS.indexOf(entry.kind));
    year.push(entry.year);
    order.push(entry.order);
    label.push(intern(entry.label));
    detail.push(intern(entry.detail));
    target.push(intern(entry.target));
    tag.push(intern(entry.tag));
    const words = new Set<string>();
    for (const name of new Set(entry.names.map(foldWords))) {
      if (name === '') continue;
      names.push(name);
      for (const w of name.split(' ')) words.add(w);
    }
    nameStart.push(names.length);
    for (const code of new Set(entry.codes.map((c) => fold(c)))) codes.push(code);
    codeStart.push(codes.length);
    // Each with a space before it, so that a part is found at a space, and no string is made while searching.
    for (const symbol of new Set(entry.symbols.map(symbolTokens))) if (symbol !== '') symbols.push(` ${symbol}`);
    symbolStart.push(symbols.length);
    for (const w of wordsOf(entry.text)) words.add(w);
    for (const w of words) {
      let list = wordEntries.get(w);
      if (!list) wordEntries.set(w, (list = []));
      list.push(e);
    }
  }
  const vocabulary = [...wordEntries.keys()].sort();
  const postingStart = new Uint32Array(vocabulary.length + 1);
  let total = 0;
  vocabulary.forEach((w, i) => {
    postingStart[i] = total;
    total += wordEntries.get(w)!.length;
  });
  postingStart[vocabulary.length] = total;
  const postings = new Uint32Array(total);
  vocabulary.forEach((w, i) => postings.set(wordEntries.get(w)!, postingStart[i]));
  return {
    size,
    kind: Uint8Array.from(kind),
    year: Uint16Array.from(year),
    order: Float64Array.from(order),
    label: Uint32Array.from(label),
    detail: Uint32Array.from(detail),
    target: Uint32Array.from(target),
    tag: Uint32Array.from(tag),
    strings,
    nameStart: Uint32Array.from(nameStart),
    names,
    codeStart: Uint32Array.from(codeStart),
    codes,
    symbolStart: Uint32Array.from(symbolStart),
    symbols,
    vocabulary,
    postingStart,
    postings,
  };
}

/** The first index in the sorted `words` not before `word`. */
function lowerBound(words: readonly string[], word: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid] < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A query taken apart once, for every index it is run on. */
export interface ParsedQuery {
  /** Its words, folded, joined by one space. */
  words: string;
  wordList: string[];
  /** Its symbol tokens; '' where the query has no digit (a symbol is found by its numbers). */
  symbol: string;
  /** How many symbol tokens. */
  symbolParts: number;
  /** The query, folded and trimmed, for codes. */
  code: string;
}

const YEAR = /^(19[4-9]\d|20\d\d)$/;

export function parseQuery(query: string): ParsedQuery {
  const wordList = wordsOf(query);
  const symbol = /\d/.test(query) ? symbolTokens(query) : '';
  return {
    words: wordList.join(' '),
    wordList,
    symbol,
    symbolParts: symbol === '' ? 0 : symbol.split(' ').length,
    code: fold(query.trim()),
  };
}

/** How an entry's symbol (` a res es 11 7`, with its leading space) matches the query's: 0 exact, 1 by a start, -1 not. */
function symbolMatch(symbol: string, spaced: string, wide: boolean): number {
  // The whole symbol, or its end from a part on: `es 11 7` of `a res es 11 7`; one short number alone is no symbol.
  if (symbol === spaced || (wide && symbol.endsWith(spaced))) return 0;
  // A run of its parts, the last typed so far: `es 11` of `a res es 11 7`, `27` of `s res 2774`.
  return symbol.includes(spaced) ? 1 : -1;
}

/** Scratch space of a query over an index: kept between queries. */
const scratch = new WeakMap<SearchIndex, { tier: Int8Array; seen: Int32Array; hits: Uint16Array; stamp: number }>();

/** How many entries of each kind matched. */
export type KindCounts = Record<SearchKind, number>;

/** An index's answer to a query: the best hits of each kind, and how many of each kind matched in all. */
export interface IndexAnswer {
  hits: SearchHit[];
  found: KindCounts;
}

const noCounts = (): KindCounts => ({ view: 0, state: 0, topic: 0, decision: 0 });

/**
 * The entries that match `query`, at most `perKind` of each kind, each
 * kind's best first (tier, then order); the kinds in `SEARCH_KINDS` order.
 */
export function searchIndex(index: SearchIndex, query: string | ParsedQuery, perKind = 8): SearchHit[] {
  return answerQuery(index, query, perKind).hits;
}

/**
 * The same hits as `searchIndex`, with the number of entries of each kind
 * that match: counted as the matches are read, so that a kind capped at
 * `perKind` can say how many more it has.
 */
export function answerQuery(index: SearchIndex, query: string | ParsedQuery, perKind = 8): IndexAnswer {
  const q = typeof query === 'string' ? parseQuery(query) : query;
  const found = noCounts();
  if ((q.words === '' && q.symbol === '') || perKind < 1) return { hits: [], found };
  let s = scratch.get(index);
  if (!s) {
    s = {
      tier: new Int8Array(index.size),
      seen: new Int32Array(index.size),
      hits: new Uint16Array(index.size),
      stamp: 0,
    };
    scratch.set(index, s);
  }
  const { tier, seen, hits } = s;
  tier.fill(-1);
  const better = (e: number, t: number) => {
    if (tier[e] < 0 || t < tier[e]) tier[e] = t;
  };

  // Names and codes: whole or by their start.
  for (let e = 0; e < index.size; e++) {
    for (let i = index.codeStart[e]; i < index.codeStart[e + 1]; i++) if (index.codes[i] === q.code) better(e, 0);
    if (q.words === '') continue;
    for (let i = index.nameStart[e]; i < index.nameStart[e + 1]; i++) {
      const name = index.names[i];
      if (name === q.words) better(e, 0);
      else if (name.startsWith(q.words)) better(e, 1);
    }
  }
  // Symbols, in any spelling.
  if (q.symbol !== '') {
    const spaced = ` ${q.symbol}`;
    const wide = q.symbolParts > 1 || q.symbol.length >= 3;
    for (let e = 0; e < index.size; e++) {
      for (let i = index.symbolStart[e]; i < index.symbolStart[e + 1]; i++) {
        const m = symbolMatch(index.symbols[i], spaced, wide);
        if (m >= 0) better(e, m);
      }
    }
  }
  // Words: each the start of a word of the entry (or, a year, the entry's year).
  const words = q.wordList;
  if (words.length > 0) {
    hits.fill(0);
    let onlyYears = true;
    for (const word of words) {
      const stamp = ++s.stamp;
      const from = lowerBound(index.vocabulary, word);
      for (let w = from; w < index.vocabulary.length && index.vocabulary[w].startsWith(word); w++) {
        for (let p = index.postingStart[w]; p < index.postingStart[w + 1]; p++) {
          const e = index.postings[p];
          if (seen[e] !== stamp) {
            seen[e] = stamp;
            hits[e]++;
          }
        }
      }
      if (YEAR.test(word)) {
        const y = Number(word);
        for (let e = 0; e < index.size; e++) {
          if (index.year[e] === y && seen[e] !== stamp) {
            seen[e] = stamp;
            hits[e]++;
          }
        }
      } else onlyYears = false;
    }
    for (let e = 0; e < index.size; e++) if (hits[e] === words.length) better(e, onlyYears ? 3 : 2);
  }

  // Within a tier, an entry of a year the query names before one that only mentions it (a budget for 1982).
  const years = words.filter((w) => YEAR.test(w)).map(Number);
  const offYear = (e: number) => (years.length > 0 && !years.includes(index.year[e]) ? 1 : 0);
  const before = (a: number, b: number) =>
    tier[a] - tier[b] || offYear(a) - offYear(b) || index.order[a] - index.order[b] || a - b;
  // The best `perKind` of each kind, kept in order as the entries are read: a short query matches thousands,
  // and sorting them all for a handful would cost more than finding them.
  const byKind: number[][] = SEARCH_KINDS.map(() => []);
  const counts = SEARCH_KINDS.map(() => 0);
  for (let e = 0; e < index.size; e++) {
    if (tier[e] < 0) continue;
    counts[index.kind[e]]++;
    const best = byKind[index.kind[e]];
    if (best.length === perKind && before(e, best[perKind - 1]) >= 0) continue;
    let at = best.length;
    while (at > 0 && before(e, best[at - 1]) < 0) at--;
    best.splice(at, 0, e);
    if (best.length > perKind) best.pop();
  }
  const hitsOut: SearchHit[] = [];
  for (const list of byKind) {
    for (const e of list) {
      hitsOut.push({
        kind: SEARCH_KINDS[index.kind[e]],
        tier: TIERS[tier[e]],
        label: index.strings[index.label[e]],
        detail: index.strings[index.detail[e]],
        target: index.strings[index.target[e]],
        tag: index.strings[index.tag[e]],
        year: index.year[e],
      });
    }
  }
  SEARCH_KINDS.forEach((kind, k) => (found[kind] = counts[k]));
  return { hits: hitsOut, found };
}

/** Hits of one kind, the best first, and how many of that kind matched in all (at least as many as shown). */
export interface HitGroup {
  kind: SearchKind;
  hits: SearchHit[];
  found: number;
}

/**
 * Results of several indexes as groups by kind: each group's best first, at
 * most `perKind` in a group, with the matches of its kind counted over every
 * index; the group with the best match first (views, states, topics,
 * decisions where they tie).
 */
export function groupHits(answers: readonly IndexAnswer[], perKind = 8): HitGroup[] {
  const all = answers.flatMap((a) => a.hits);
  const rank = (h: SearchHit) => TIERS.indexOf(h.tier);
  const groups: HitGroup[] = [];
  for (const kind of SEARCH_KINDS) {
    // Stable: within a tier, the lists' own order (each index's order) is kept, the first list's first.
    const hits = all.filter((h) => h.kind === kind).sort((a, b) => rank(a) - rank(b));
    const found = answers.reduce((n, a) => n + a.found[kind], 0);
    if (hits.length > 0) groups.push({ kind, hits: hits.slice(0, perKind), found });
  }
  return groups.sort((a, b) => rank(a.hits[0]) - rank(b.hits[0]));
}

/** The index's size in bytes, about: its typed arrays, and its texts at two bytes a character. */
export function indexBytes(index: SearchIndex): number {
  let bytes = 0;
  for (const value of Object.values(index)) {
    if (ArrayBuffer.isView(value)) bytes += value.byteLength;
    else if (Array.isArray(value)) for (const s of value as string[]) bytes += 2 * s.length + 16;
  }
  return bytes;
}
