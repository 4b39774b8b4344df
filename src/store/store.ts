/**
 * The one store, in two slices: the datasets by id (each idle, loading, ready,
 * invalid or failed) and the view (the route with its filters). Actions are events; derived data
 * (tallies, outcomes, rows) is never stored.
 */
import { create } from 'zustand';
import type { Dataset } from '../domain/model';
import type { HistoryPack } from '../domain/history/pack';
import type { Problem } from '../domain/integrity';
import type { Imported } from '../domain/undl/stored';
import type { UndlReport } from '../domain/undl/format';
import type { ImportProgress } from './importService';
import type { PositionFilter } from '../domain/rows';
import type { RegionalGroup } from '../domain/schema';
import type { RecordFilter } from '../domain/history/vocabulary';
import type { AlignmentParams, DividedParams, Route, Sort, TopicsParams } from './route';
import { parseHash } from './route';

/** The ids of the datasets the app ships: the curated day, and the General Assembly's record. */
export const DAY = 'day';
export const HISTORY = 'history';

/**
 * One dataset's state. A curated dataset (a dataset file, validated on load)
 * and a record (a pack of roll calls) are held alike, by id; `kind` says which.
 * The curated day loads at start; the record when a view first needs it.
 */
export type DatasetState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; kind: 'curated'; dataset: Dataset }
  | { status: 'ready'; kind: 'record'; pack: HistoryPack }
  | { status: 'ready'; kind: 'import'; imported: Imported }
  | { status: 'invalid'; source: string; problems: Problem[] }
  | { status: 'failed'; message: string };

export type Loaded =
  | { kind: 'curated'; dataset: Dataset }
  | { kind: 'record'; pack: HistoryPack }
  | { kind: 'import'; imported: Imported };

/** The file an import is reading or has read. */
export interface ImportFileInfo {
  name: string;
  bytes: number;
}

/**
 * The import the page started last: reading (with its progress), done
 * (with what came in, and whether the browser kept it), or stopped.
 */
export type ImportJob =
  | { status: 'idle' }
  | { status: 'reading'; file: ImportFileInfo; progress: ImportProgress | null; cancelling: boolean }
  | { status: 'done'; file: ImportFileInfo; id: string; report: UndlReport; saved: true | string }
  | { status: 'cancelled'; file: ImportFileInfo }
  /** The file cannot be imported (`line` where it says where), or the reading failed. */
  | { status: 'failed'; file: ImportFileInfo; line: number | null; message: string };

const IDLE: DatasetState = { status: 'idle' };

/** A dataset's state by its id; `idle` for one the app has not asked for. */
export function datasetState(state: Pick<State, 'datasets'>, id: string): DatasetState {
  return state.datasets[id] ?? IDLE;
}

/** A promise that says it is settled, as React's `use` reads it without waiting. */
type Settled<T> = Promise<T> & { status: 'fulfilled'; value: T };
const settled = new WeakMap<Dataset, Settled<Dataset>>();
const awaited = new Map<string, Promise<Dataset>>();

/**
 * The curated dataset `id`, for a view that waits for it (React's `use`):
 * settled at once where it is in (so that a render ahead of time, with the
 * dataset in, does not wait), else when it comes in. It does not settle for a
 * dataset that fails to load: the shell shows the failure instead of the view.
 */
export function curatedDataset(id: string): Promise<Dataset> {
  const ready = (state: DatasetState) => (state.status === 'ready' && state.kind === 'curated' ? state.dataset : null);
  const now = ready(datasetState(useStore.getState(), id));
  if (now) {
    let done = settled.get(now);
    if (!done) {
      done = Object.assign(Promise.resolve(now), { status: 'fulfilled' as const, value: now });
      settled.set(now, done);
    }
    return done;
  }
  let later = awaited.get(id);
  if (!later) {
    later = new Promise<Dataset>((resolve) => {
      const unsubscribe = useStore.subscribe((state) => {
        const dataset = ready(datasetState(state, id));
        if (!dataset) return;
        unsubscribe();
        awaited.delete(id);
        resolve(dataset);
      });
    });
    awaited.set(id, later);
  }
  return later;
}

interface DataSlice {
  datasets: Readonly<Record<string, DatasetState>>;
  datasetRequested: (id: string) => void;
  datasetLoaded: (id: string, loaded: Loaded) => void;
  datasetRejected: (id: string, source: string, problems: Problem[]) => void;
  datasetFailed: (id: string, message: string) => void;
  /** A dataset the reader removed (an import). */
  datasetRemoved: (id: string) => void;
  importJob: ImportJob;
  importJobChanged: (job: ImportJob) => void;
}

interface ViewSlice {
  route: Route;
  /** Parts of the address that were ignored, in words. */
  ignored: string[];
  locationChanged: (hash: string) => void;
  /** What the address had before the `#` that no page takes, in words (see `checkSearch`). */
  searchChecked: (ignored: string[]) => void;
  positionFilterChanged: (position: PositionFilter) => void;
  groupFilterChanged: (group: RegionalGroup | null) => void;
  textFilterChanged: (text: string) => void;
  sortChanged: (sort: Sort | null) => void;
  filtersCleared: () => void;
  historyFilterChanged: (filter: RecordFilter) => void;
  alignmentChanged: (params: AlignmentParams) => void;
  dividedChanged: (params: DividedParams) => void;
  topicsChanged: (params: TopicsParams) => void;
}

export type State = DataSlice & ViewSlice;

function withDecision(route: Route, change: (r: Extract<Route, { view: 'decision' }>) => Route): Route {
  return route.view === 'decision' ? change(route) : route;
}

export const useStore = create<State>()((set) => ({
  datasets: { [DAY]: { status: 'loading' } },
  datasetRequested: (id) => set((s) => ({ datasets: { ...s.datasets, [id]: { status: 'loading' } } })),
  datasetLoaded: (id, loaded) =>
    set((s) => ({ datasets: { ...s.datasets, [id]: { status: 'ready', ...loaded } as DatasetState } })),
  datasetRejected: (id, source, problems) =>
    set((s) => ({ datasets: { ...s.datasets, [id]: { status: 'invalid', source, problems } } })),
  datasetFailed: (id, message) => set((s) => ({ datasets: { ...s.datasets, [id]: { status: 'failed', message } } })),
  datasetRemoved: (id) =>
    set((s) => ({ datasets: Object.fromEntries(Object.entries(s.datasets).filter(([key]) => key !== id)) })),
  importJob: { status: 'idle' },
  importJobChanged: (importJob) => set(() => ({ importJob })),

  ...(() => {
    const initial = parseHash(typeof location === 'undefined' ? '' : location.hash);
    return { route: initial.route, ignored: initial.ignored };
  })(),
  locationChanged: (hash) => set(() => parseHash(hash)),
  searchChecked: (ignored) => set((s) => ({ ignored: [...ignored, ...s.ignored] })),
  // A filter or sort the user sets replaces whatever the address had: the notice of ignored parts goes.
  positionFilterChanged: (position) =>
    set((s) => ({ ignored: [], route: withDecision(s.route, (r) => ({ ...r, filters: { ...r.filters, position } })) })),
  groupFilterChanged: (group) =>
    set((s) => ({ ignored: [], route: withDecision(s.route, (r) => ({ ...r, filters: { ...r.filters, group } })) })),
  textFilterChanged: (text) =>
    set((s) => ({ ignored: [], route: withDecision(s.route, (r) => ({ ...r, filters: { ...r.filters, text } })) })),
  sortChanged: (sort) => set((s) => ({ ignored: [], route: withDecision(s.route, (r) => ({ ...r, sort })) })),
  historyFilterChanged: (filter) =>
    set((s) => ({ ignored: [], route: s.route.view === 'history' ? { view: 'history', filter } : s.route })),
  alignmentChanged: (params) =>
    set((s) => ({ ignored: [], route: s.route.view === 'alignment' ? { view: 'alignment', params } : s.route })),
  dividedChanged: (params) =>
    set((s) => ({ ignored: [], route: s.route.view === 'divided' ? { view: 'divided', params } : s.route })),
  topicsChanged: (params) =>
    set((s) => ({ ignored: [], route: s.route.view === 'topics' ? { view: 'topics', params } : s.route })),
  filtersCleared: () =>
    set((s) => ({
      ignored: [],
      route: withDecision(s.route, (r) => ({ ...r, filters: { position: null, group: null, text: '' } })),
    })),
}));
