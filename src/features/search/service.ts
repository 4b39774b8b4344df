/**
 * The search's indexes, one per dataset, and the query over all of them.
 * The same object runs in the search worker (the record's and an import's
 * indexes: thousands of votes, built off the page's thread) and in the page
 * (the views, the states, the curated day; and everything where there is no
 * Worker, as in jsdom).
 */
import type { IndexAnswer, SearchEntry, SearchIndex } from '../../domain/search/index';
import { answerQuery, buildSearchIndex, indexBytes, parseQuery } from '../../domain/search/index';
import type { ImportTexts, RecordTexts } from '../../domain/search/entries';
import { importDecisionEntries, recordDecisionEntries } from '../../domain/search/entries';

/** What an index is built from: entries made in the page, or the record's or an import's texts. */
export type SearchSource =
  | { kind: 'entries'; entries: readonly SearchEntry[] }
  | { kind: 'record'; record: RecordTexts }
  | { kind: 'import'; store: ImportTexts; datasetId: string };

/** An index once built: its entries, its size (about) and how long it took. */
export interface IndexFacts {
  entries: number;
  bytes: number;
  ms: number;
}

export interface SearchService {
  /** Builds the index of `source` under `id` (replacing one built before). */
  load(id: string, source: SearchSource): IndexFacts;
  drop(id: string): void;
  /**
   * Every index's answer, in the order they were loaded: at most `perKind`
   * hits of a kind, and how many of each kind it matched in all.
   */
  query(query: string, perKind: number): IdAnswer[];
}

/** An index's answer, with the index's id. */
export interface IdAnswer extends IndexAnswer {
  id: string;
}

export function entriesOf(source: SearchSource): Iterable<SearchEntry> {
  if (source.kind === 'entries') return source.entries;
  if (source.kind === 'record') return recordDecisionEntries(source.record);
  return importDecisionEntries(source.store, source.datasetId);
}

export function createSearchService(): SearchService {
  const indexes = new Map<string, SearchIndex>();
  return {
    load(id, source) {
      const t0 = performance.now();
      const index = buildSearchIndex(entriesOf(source));
      indexes.delete(id);
      indexes.set(id, index);
      return { entries: index.size, bytes: indexBytes(index), ms: performance.now() - t0 };
    },
    drop(id) {
      indexes.delete(id);
    },
    query(query, perKind) {
      const parsed = parseQuery(query);
      return [...indexes].map(([id, index]) => ({ id, ...answerQuery(index, parsed, perKind) }));
    },
  };
}
