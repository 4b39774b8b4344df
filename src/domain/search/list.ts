/**
 * Where the search hands over to the record's list: the list's filter that a
 * query stands for, where the query is words. The list finds each word
 * anywhere in a vote's title, symbol and description (`filterDecisions`), so
 * it finds more than the search, which takes words by their start in a
 * title and a description's beginning.
 */
import type { RecordFilter } from '../history/vocabulary';

/** What the list is filtered by: its text, and a year the query names as its years. */
export type ListFilter = Pick<RecordFilter, 'text' | 'fromYear' | 'toYear'>;

const YEAR = /^(19[4-9]\d|20\d\d)$/;
/** A document symbol's marks: a slash (`A/RES/39/148`), a dot before a number (`L.11`, `A/C.1`). */
const SYMBOL = /\/|\.\d/;
const WORD = /[\p{L}\p{N}]/u;

/**
 * The record's list filter for `query`, or null where the query is no words
 * search of the list: empty, or a symbol, which the search reads in every
 * spelling while the list holds the record's own (`R/39/148B`). One year
 * among the words (`nuclear 1982`) filters the list's years, as the search
 * takes it for the vote's year; the other words are the list's text.
 */
export function recordListFilter(query: string): ListFilter | null {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || SYMBOL.test(query)) return null;
  const years = [...new Set(words.filter((w) => YEAR.test(w)))];
  const year = years.length === 1 ? Number(years[0]) : null;
  const text = words.filter((w) => year === null || w !== years[0]).join(' ');
  // Words are letters or figures; a year alone is the list of that year.
  if (!WORD.test(text) && (text !== '' || year === null)) return null;
  return { text, fromYear: year, toYear: year };
}
