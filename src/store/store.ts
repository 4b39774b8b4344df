/**
 * The one store, in two slices: the dataset (loading, ready, invalid, failed)
 * and the view (the route with its filters). Actions are events; derived data
 * (tallies, outcomes, rows) is never stored.
 */
import { create } from 'zustand';
import type { Dataset } from '../domain/model';
import type { HistoryPack } from '../domain/history/pack';
import type { Problem } from '../domain/integrity';
import type { PositionFilter } from '../domain/rows';
import type { RegionalGroup } from '../domain/schema';
import type { RecordFilter } from '../domain/history/vocabulary';
import type { Route, Sort } from './route';
import { parseHash } from './route';

export type DataState =
  | { status: 'loading' }
  | { status: 'ready'; dataset: Dataset }
  | { status: 'invalid'; source: string; problems: Problem[] }
  | { status: 'failed'; message: string };

/** The record of the General Assembly (dataset `history`): fetched when a view first needs it, never on the first screen. */
export type HistoryState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; pack: HistoryPack }
  | { status: 'failed'; message: string };

interface HistorySlice {
  history: HistoryState;
  historyRequested: () => void;
  historyLoaded: (pack: HistoryPack) => void;
  historyFailed: (message: string) => void;
}

interface DataSlice {
  data: DataState;
  datasetRequested: () => void;
  datasetLoaded: (dataset: Dataset) => void;
  datasetRejected: (source: string, problems: Problem[]) => void;
  datasetFailed: (message: string) => void;
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
}

export type State = DataSlice & HistorySlice & ViewSlice;

function withDecision(route: Route, change: (r: Extract<Route, { view: 'decision' }>) => Route): Route {
  return route.view === 'decision' ? change(route) : route;
}

export const useStore = create<State>()((set) => ({
  data: { status: 'loading' },
  datasetRequested: () => set({ data: { status: 'loading' } }),
  datasetLoaded: (dataset) => set({ data: { status: 'ready', dataset } }),
  datasetRejected: (source, problems) => set({ data: { status: 'invalid', source, problems } }),
  datasetFailed: (message) => set({ data: { status: 'failed', message } }),

  history: { status: 'idle' },
  historyRequested: () => set({ history: { status: 'loading' } }),
  historyLoaded: (pack) => set({ history: { status: 'ready', pack } }),
  historyFailed: (message) => set({ history: { status: 'failed', message } }),

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
  filtersCleared: () =>
    set((s) => ({
      ignored: [],
      route: withDecision(s.route, (r) => ({ ...r, filters: { position: null, group: null, text: '' } })),
    })),
}));
