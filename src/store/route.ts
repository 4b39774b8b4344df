/**
 * Views and their filters as a URL hash, and back. Hash URLs work from any
 * static host, also under a sub-path, with no server rewrite.
 *   #/                                      overview
 *   #/decision/ga-l10?position=N&group=…&q=…&sort=name:desc
 *   #/compare
 */
import type { PositionFilter, RowFilters } from '../domain/rows';
import { NO_FILTERS } from '../domain/rows';
import { POSITIONS, REGIONAL_GROUPS } from '../domain/vocabulary';
import type { RegionalGroup } from '../domain/schema';
import { shorten } from '../domain/text';

export const SORT_COLUMNS = ['name', 'code', 'regionalGroup', 'position', 'status', 'sources'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export interface Sort {
  column: SortColumn;
  desc: boolean;
}

export type Route =
  | { view: 'overview' }
  | { view: 'decision'; id: string; filters: RowFilters; sort: Sort | null }
  | { view: 'compare' }
  | { view: 'not-found'; path: string };

export interface ParsedRoute {
  route: Route;
  /** Parts of the address that were not understood and were ignored, in words. */
  ignored: string[];
}

const POSITION_FILTERS: readonly string[] = [...POSITIONS, 'disputed', 'not-reported'];
/** The parameters of a decision's page, in the order the address writes them. */
const DECISION_PARAMS: readonly string[] = ['position', 'group', 'q', 'sort'];

/** A parameter as the notice repeats it: its name and value, quoted and cut short. */
const named = (key: string, value: string) => `${shorten(key, 20)} "${shorten(value)}"`;

/** "a, b or c". */
const orList = (words: readonly string[]) =>
  words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;

/**
 * Parameters a page does not take, and second values of those it takes
 * (the first applies), in words.
 */
function unknownParams(params: URLSearchParams, known: readonly string[]): string[] {
  const ignored: string[] = [];
  const seen = new Set<string>();
  for (const [key, value] of params) {
    if (!known.includes(key)) ignored.push(`${named(key, value)} (not a parameter of this page)`);
    else if (seen.has(key)) ignored.push(`${named(key, value)} (given more than once; the first is used)`);
    seen.add(key);
  }
  return ignored;
}

/**
 * The parameters before the `#`, which no page takes; only `mock` in
 * development, naming one of `mockScenarios` (null outside development).
 * Returns what is ignored, in words.
 */
export function checkSearch(search: string, mockScenarios: readonly string[] | null): string[] {
  const ignored: string[] = [];
  for (const [key, value] of new URLSearchParams(search)) {
    if (key !== 'mock') ignored.push(`${named(key, value)} (not a parameter of this app)`);
    else if (mockScenarios === null) ignored.push(`${named(key, value)} (development only)`);
    else if (!mockScenarios.includes(value)) ignored.push(`${named(key, value)} (not ${orList(mockScenarios)})`);
  }
  return ignored;
}

export function parseHash(hash: string): ParsedRoute {
  const raw = hash.replace(/^#/, '') || '/';
  const [path, query = ''] = raw.split('?', 2);
  const params = new URLSearchParams(query);
  const ignored: string[] = [];
  let parts: string[];
  try {
    parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    // A malformed escape (e.g. "%E0%A4%A"): not a page of this app.
    return { route: { view: 'not-found', path }, ignored };
  }

  if (parts.length === 0) return { route: { view: 'overview' }, ignored: unknownParams(params, []) };
  if (parts.length === 1 && parts[0] === 'compare') {
    return { route: { view: 'compare' }, ignored: unknownParams(params, []) };
  }
  if (parts.length === 2 && parts[0] === 'decision') {
    const filters: RowFilters = { ...NO_FILTERS };
    const position = params.get('position');
    if (position !== null) {
      if (POSITION_FILTERS.includes(position)) filters.position = position as PositionFilter;
      else ignored.push(`${named('position', position)} (not Y, N, A, X, disputed or not-reported)`);
    }
    const group = params.get('group');
    if (group !== null) {
      if ((REGIONAL_GROUPS as readonly string[]).includes(group)) filters.group = group as RegionalGroup;
      else ignored.push(`${named('group', group)} (not a UN regional group)`);
    }
    filters.text = params.get('q') ?? '';
    let sort: Sort | null = null;
    const sortParam = params.get('sort');
    if (sortParam !== null) {
      const [column, direction = 'asc'] = sortParam.split(':');
      if ((SORT_COLUMNS as readonly string[]).includes(column) && (direction === 'asc' || direction === 'desc')) {
        sort = { column: column as SortColumn, desc: direction === 'desc' };
      } else ignored.push(`${named('sort', sortParam)} (not a column of the table)`);
    }
    ignored.push(...unknownParams(params, DECISION_PARAMS));
    return { route: { view: 'decision', id: parts[1], filters, sort }, ignored };
  }
  return { route: { view: 'not-found', path: `/${parts.join('/')}` }, ignored };
}

export function formatHash(route: Route): string {
  switch (route.view) {
    case 'overview':
      return '#/';
    case 'compare':
      return '#/compare';
    case 'not-found':
      return `#${route.path}`;
    case 'decision': {
      const { position, group, text } = route.filters;
      const params: [string, string][] = [];
      if (position) params.push(['position', position]);
      if (group) params.push(['group', group]);
      if (text) params.push(['q', text]);
      if (route.sort) params.push(['sort', `${route.sort.column}:${route.sort.desc ? 'desc' : 'asc'}`]);
      // Readable addresses: spaces as %20 and ":" as is, every other reserved character escaped.
      const query = params.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%3A/g, ':')}`).join('&');
      return `#/decision/${encodeURIComponent(route.id)}${query ? `?${query}` : ''}`;
    }
  }
}

export function decisionHref(id: string, filters: Partial<RowFilters> = {}): string {
  return formatHash({ view: 'decision', id, filters: { ...NO_FILTERS, ...filters }, sort: null });
}
