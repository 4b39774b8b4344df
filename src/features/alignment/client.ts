/**
 * The alignment service as the view calls it: in a Web Worker where the
 * browser has them (over the record, building the bitsets and the full
 * matrix would hold the page for longer than a frame), else in the page
 * (jsdom). A worker that fails to start or dies hands over to the page.
 * The positions of a source are sent to the worker once (a copy: the
 * record's 1.3 MB of positions take a few milliseconds to copy).
 */
import { wrap } from 'comlink';
import type { Remote } from 'comlink';
import type { RecordPositions } from '../../domain/alignment';
import type { AlignmentAnswer, AlignmentQuery, AlignmentService, AlignmentSource } from './service';
import { createAlignmentService } from './service';

export interface AlignmentClient {
  answer(query: AlignmentQuery, source: () => AlignmentSource): Promise<AlignmentAnswer>;
  pairsCsv(
    query: Pick<AlignmentQuery, 'source' | 'selection' | 'rule'>,
    source: () => AlignmentSource,
  ): Promise<string>;
  /** Where the work runs: `worker`, or `page` where no worker could run. */
  readonly where: 'worker' | 'page';
}

/** The record's arrays the measure reads (copies of the pack's views, so that the worker is sent these alone). */
export function recordSource(record: RecordPositions): AlignmentSource {
  return {
    kind: 'record',
    record: {
      decisionCount: record.decisionCount,
      stateCount: record.stateCount,
      positions: record.positions.slice(),
      day: record.day.slice(),
      topicBits: record.topicBits.slice(),
      topics: record.topics,
      states: record.states,
      stateIndex: record.stateIndex,
    },
  };
}

let client: AlignmentClient | null = null;

export function alignmentClient(): AlignmentClient {
  client ??= makeClient();
  return client;
}

function makeClient(): AlignmentClient {
  const local = createAlignmentService();
  let remote: Remote<AlignmentService> | null = null;
  let failed: Promise<never> | null = null;
  if (typeof Worker !== 'undefined') {
    try {
      const worker = new Worker(new URL('./alignment.worker.ts', import.meta.url), {
        type: 'module',
        name: 'alignment',
      });
      failed = new Promise<never>((_, reject) => {
        worker.addEventListener('error', (event) => {
          event.preventDefault();
          reject(new Error(event.message || 'the alignment worker failed'));
        });
      });
      failed.catch(() => undefined);
      remote = wrap<AlignmentService>(worker);
    } catch {
      remote = null;
    }
  }
  // The sources each side has, by id (a new dataset under the same id is sent again).
  const sentToWorker = new Map<string, AlignmentSource>();
  const loadedHere = new Map<string, AlignmentSource>();
  let where: 'worker' | 'page' = remote ? 'worker' : 'page';

  function inPage<T>(id: string, source: () => AlignmentSource, work: () => T): T {
    const s = source();
    if (loadedHere.get(id) !== s) {
      local.load(id, s);
      loadedHere.set(id, s);
    }
    return work();
  }

  async function run<T>(
    id: string,
    source: () => AlignmentSource,
    inWorker: (r: Remote<AlignmentService>) => Promise<T>,
    here: () => T,
  ): Promise<T> {
    if (remote && failed) {
      try {
        const s = source();
        if (sentToWorker.get(id) !== s) {
          sentToWorker.set(id, s);
          // Copied (not moved): should the worker die, the page computes from the same source.
          await Promise.race([remote.load(id, s), failed]);
        }
        return await Promise.race([inWorker(remote), failed]);
      } catch {
        // The worker could not start (or died): the page does the work from now on.
        remote = null;
        where = 'page';
      }
    }
    return inPage(id, source, here);
  }

  return {
    get where() {
      return where;
    },
    answer: (query, source) =>
      run(
        query.source,
        source,
        (r) => r.answer(query),
        () => local.answer(query),
      ),
    pairsCsv: (query, source) =>
      run(
        query.source,
        source,
        (r) => r.pairsCsv(query),
        () => local.pairsCsv(query),
      ),
  };
}
