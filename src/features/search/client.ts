/**
 * The search as the dialog calls it: the small indexes (views, states,
 * topics, the curated day) in the page, the large ones (the record, an
 * import) in a Web Worker where the browser has them, else in the page. A
 * worker that fails to start or dies hands its indexes over to the page.
 */
import { wrap } from 'comlink';
import type { Remote } from 'comlink';
import type { HitGroup, KindCounts } from '../../domain/search/index';
import { groupHits } from '../../domain/search/index';
import type { IdAnswer, IndexFacts, SearchService, SearchSource } from './service';
import { createSearchService } from './service';

export interface SearchClient {
  /** Builds (or rebuilds) an index; a large one goes to the worker. */
  load(id: string, source: SearchSource, large: boolean): Promise<IndexFacts>;
  drop(id: string): void;
  /** Every index's hits, grouped by kind, the best first; and what each index matched, by kind. */
  query(query: string, perKind?: number): Promise<SearchResults>;
  readonly where: 'worker' | 'page';
}

export interface SearchResults {
  groups: HitGroup[];
  /** By index id (`history`, `names` …): how many entries of each kind it matched. */
  found: Record<string, KindCounts>;
}

function results(answers: readonly IdAnswer[], perKind: number): SearchResults {
  return {
    groups: groupHits(answers, perKind),
    found: Object.fromEntries(answers.map((a) => [a.id, a.found])),
  };
}

let client: SearchClient | null = null;

export function searchClient(): SearchClient {
  client ??= makeClient();
  return client;
}

function makeClient(): SearchClient {
  const local = createSearchService();
  let remote: Remote<SearchService> | null = null;
  let failed: Promise<never> | null = null;
  if (typeof Worker !== 'undefined') {
    try {
      const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'search' });
      failed = new Promise<never>((_, reject) => {
        worker.addEventListener('error', (event) => {
          event.preventDefault();
          reject(new Error(event.message || 'the search worker failed'));
        });
      });
      failed.catch(() => undefined);
      remote = wrap<SearchService>(worker);
    } catch {
      remote = null;
    }
  }
  // The sources of the worker's indexes, to build them in the page should the worker die.
  const inWorker = new Map<string, SearchSource>();

  const giveUp = () => {
    remote = null;
    for (const [id, source] of inWorker) local.load(id, source);
    inWorker.clear();
  };

  return {
    get where() {
      return remote ? 'worker' : 'page';
    },
    async load(id, source, large) {
      if (large && remote && failed) {
        inWorker.set(id, source);
        try {
          return await Promise.race([remote.load(id, source), failed]);
        } catch {
          giveUp();
        }
      }
      return local.load(id, source);
    },
    drop(id) {
      local.drop(id);
      if (inWorker.delete(id)) void remote?.drop(id);
    },
    async query(query, perKind = 8) {
      const here = local.query(query, perKind);
      let there: ReturnType<SearchService['query']> = [];
      if (remote && failed && inWorker.size > 0) {
        try {
          there = await Promise.race([remote.query(query, perKind), failed]);
        } catch {
          giveUp();
          return results(local.query(query, perKind), perKind);
        }
      }
      return results([...here, ...there], perKind);
    },
  };
}
