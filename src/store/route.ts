/**
 * Views and their filters as a URL hash, and back. Hash URLs work from any
 * static host, also under a sub-path, with no server rewrite.
 *   #/                                      overview
 *   #/decision/ga-l10?position=N&group=…&q=…&sort=name:desc
 *   #/compare
 *   #/import                                                                          imports of the UN Digital Library's files
 *   #/methodology                                                                     what each dataset is, and how figures are computed
 *   #/history?from=1971&to=1971&topic=co&session=26&important=1&kind=amendment&q=…   the GA record's list
 *   #/history/decision/rcid-3412                                                      a vote of the record
 *   #/state/USA                                                                        a state's page
 *   #/alignment?dataset=day&state=USA&with=RUS&from=1991&to=2019&topic=co&abstain=disagree&group=eu   who voted with whom
 *   #/divided?dataset=history&from=1971&to=1990&topic=co&body=ga&subject=…           the most divided votes
 *   #/topics?topic=co   #/topics?dataset=undl-ga&subject=…                                a topic's votes
 */
import type { PositionFilter, RowFilters } from '../domain/rows';
import { NO_FILTERS } from '../domain/rows';
import { POSITIONS, REGIONAL_GROUPS } from '../domain/vocabulary';
import type { Body, RegionalGroup } from '../domain/schema';
import type { DecisionKind, RecordFilter, TopicCode } from '../domain/history/vocabulary';
import { DECISION_KINDS, NO_FILTER, TOPIC_CODES } from '../domain/history/vocabulary';
import { shorten } from '../domain/text';
import { IMPORT_DATASET_IDS, parseImportedVoteId } from '../domain/undl/ids';
import type { AbstainRule, AlignmentGroup } from '../domain/alignmentVocabulary';
import { ABSTAIN_RULES, ALIGNMENT_GROUPS } from '../domain/alignmentVocabulary';

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
  | { view: 'import' }
  | { view: 'methodology' }
  | { view: 'history'; filter: RecordFilter }
  | { view: 'history-decision'; id: string }
  | { view: 'state'; key: string }
  | { view: 'alignment'; params: AlignmentParams }
  | { view: 'divided'; params: DividedParams }
  | { view: 'topics'; params: TopicsParams }
  | { view: 'not-found'; path: string };

/** Which votes the most divided view measures: a dataset, years, a topic (record) or subject (import), a body (the day). */
export interface DividedParams {
  dataset: DividedDataset;
  fromYear: number | null;
  toYear: number | null;
  topic: TopicCode | null;
  /** An import's subject (its first level, as the file writes it). */
  subject: string | null;
  /** The curated day's body; an import's and the record's is their own. */
  body: Body;
}

export const DIVIDED_DEFAULTS: DividedParams = {
  dataset: 'history',
  fromYear: null,
  toYear: null,
  topic: null,
  subject: null,
  body: 'GA',
};

/** The topics view: the record's topics, or an import's subjects. */
export const TOPICS_DATASETS = ['history', ...IMPORT_DATASET_IDS] as const;
export type TopicsDataset = (typeof TOPICS_DATASETS)[number];
export interface TopicsParams {
  dataset: TopicsDataset;
  topic: TopicCode | null;
  subject: string | null;
}
export const TOPICS_DEFAULTS: TopicsParams = { dataset: 'history', topic: null, subject: null };

/** The datasets the alignment view compares over: the curated day, the General Assembly's record, the imports. */
export const ALIGNMENT_DATASETS = ['day', 'history', ...IMPORT_DATASET_IDS] as const;
export type AlignmentDataset = (typeof ALIGNMENT_DATASETS)[number];
/** The datasets the most divided votes are found in: as the alignment's. */
export const DIVIDED_DATASETS = ALIGNMENT_DATASETS;
export type DividedDataset = AlignmentDataset;

/** What the alignment view shows: over which decisions, whose ranking, which pair, which group's matrix. */
export interface AlignmentParams {
  dataset: AlignmentDataset;
  /** The state whose ranking is shown, and the first of the pair. */
  state: string;
  /** The second of the pair. */
  with: string;
  /** The record's decisions from this year (inclusive); null from the first. */
  fromYear: number | null;
  toYear: number | null;
  topic: TopicCode | null;
  abstain: AbstainRule;
  group: AlignmentGroup;
}

/** The view at `#/alignment`: the United States and the Russian Federation over the whole record. */
export const ALIGNMENT_DEFAULTS: AlignmentParams = {
  dataset: 'history',
  state: 'USA',
  with: 'RUS',
  fromYear: null,
  toYear: null,
  topic: null,
  abstain: 'half',
  group: 'p5',
};

/** Whether a view shows an import (the import page, a vote of an import): the kept imports are read for it. */
export function needsImports(route: Route): boolean {
  return (
    route.view === 'import' ||
    route.view === 'methodology' ||
    (route.view === 'decision' && parseImportedVoteId(route.id) !== null) ||
    (route.view === 'alignment' && (IMPORT_DATASET_IDS as readonly string[]).includes(route.params.dataset)) ||
    ((route.view === 'divided' || route.view === 'topics') &&
      (IMPORT_DATASET_IDS as readonly string[]).includes(route.params.dataset))
  );
}

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
  if (parts.length === 1 && parts[0] === 'import') {
    return { route: { view: 'import' }, ignored: unknownParams(params, []) };
  }
  if (parts.length === 1 && parts[0] === 'methodology') {
    return { route: { view: 'methodology' }, ignored: unknownParams(params, []) };
  }
  if (parts.length === 1 && parts[0] === 'history') return parseHistory(params);
  if (parts.length === 1 && parts[0] === 'alignment') return parseAlignment(params);
  if (parts.length === 1 && parts[0] === 'divided') return parseDivided(params);
  if (parts.length === 1 && parts[0] === 'topics') return parseTopics(params);
  if (parts.length === 3 && parts[0] === 'history' && parts[1] === 'decision') {
    return { route: { view: 'history-decision', id: parts[2] }, ignored: unknownParams(params, []) };
  }
  if (parts.length === 2 && parts[0] === 'state') {
    return { route: { view: 'state', key: parts[1] }, ignored: unknownParams(params, []) };
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

const YEAR = /^(19|20)[0-9]{2}$/;

const HISTORY_PARAMS = ['from', 'to', 'session', 'topic', 'important', 'kind', 'q'];

function parseHistory(params: URLSearchParams): ParsedRoute {
  // `topic` may be given more than once (any of them); every other parameter once.
  const once = new URLSearchParams([...params].filter(([key]) => key !== 'topic'));
  const ignored: string[] = unknownParams(once, HISTORY_PARAMS);
  const filter: RecordFilter = { ...NO_FILTER, topics: [] };
  const year = (name: 'from' | 'to') => {
    const value = params.get(name);
    if (value === null) return null;
    if (YEAR.test(value)) return Number(value);
    ignored.push(`${named(name, value)} (not a year)`);
    return null;
  };
  filter.fromYear = year('from');
  filter.toYear = year('to');
  const session = params.get('session');
  if (session !== null) {
    if (/^[1-9][0-9]{0,2}$/.test(session)) filter.session = Number(session);
    else ignored.push(`${named('session', session)} (not a session number)`);
  }
  const topics: string[] = [];
  for (const topic of params.getAll('topic')) {
    if ((TOPIC_CODES as readonly string[]).includes(topic)) topics.push(topic);
    else ignored.push(`${named('topic', topic)} (not ${orList(TOPIC_CODES)})`);
  }
  filter.topics = topics;
  const important = params.get('important');
  if (important !== null) {
    if (important === '1') filter.importantOnly = true;
    else ignored.push(`${named('important', important)} (only 1)`);
  }
  const kind = params.get('kind');
  if (kind !== null) {
    if ((DECISION_KINDS as readonly string[]).includes(kind)) filter.kind = kind as DecisionKind;
    else ignored.push(`${named('kind', kind)} (not ${orList(DECISION_KINDS)})`);
  }
  filter.text = params.get('q') ?? '';
  return { route: { view: 'history', filter }, ignored };
}

const ALIGNMENT_PARAMS = ['dataset', 'state', 'with', 'from', 'to', 'topic', 'abstain', 'group'];
const STATE_KEY = /^[A-Z]{3}$/;

function parseAlignment(params: URLSearchParams): ParsedRoute {
  const ignored = unknownParams(params, ALIGNMENT_PARAMS);
  const p: AlignmentParams = { ...ALIGNMENT_DEFAULTS };
  const oneOf = <T extends string>(name: string, values: readonly T[], what: string): T | null => {
    const value = params.get(name);
    if (value === null) return null;
    if ((values as readonly string[]).includes(value)) return value as T;
    ignored.push(`${named(name, value)} (${what})`);
    return null;
  };
  p.dataset = oneOf('dataset', ALIGNMENT_DATASETS, `not ${orList(ALIGNMENT_DATASETS)}`) ?? p.dataset;
  for (const name of ['state', 'with'] as const) {
    const value = params.get(name);
    if (value === null) continue;
    if (STATE_KEY.test(value)) p[name] = value;
    else ignored.push(`${named(name, value)} (not a three-letter state code)`);
  }
  for (const [name, field] of [
    ['from', 'fromYear'],
    ['to', 'toYear'],
  ] as const) {
    const value = params.get(name);
    if (value === null) continue;
    if (YEAR.test(value)) p[field] = Number(value);
    else ignored.push(`${named(name, value)} (not a year)`);
  }
  p.topic = oneOf('topic', TOPIC_CODES, `not ${orList(TOPIC_CODES)}`);
  p.abstain = oneOf('abstain', ABSTAIN_RULES, `not ${orList(ABSTAIN_RULES)}`) ?? p.abstain;
  p.group = oneOf('group', ALIGNMENT_GROUPS, 'not p5, council, eu or a UN regional group') ?? p.group;
  return { route: { view: 'alignment', params: p }, ignored };
}

const DIVIDED_PARAMS = ['dataset', 'from', 'to', 'topic', 'subject', 'body'];

function parseDivided(params: URLSearchParams): ParsedRoute {
  const ignored = unknownParams(params, DIVIDED_PARAMS);
  const p: DividedParams = { ...DIVIDED_DEFAULTS };
  const dataset = params.get('dataset');
  if (dataset !== null) {
    if ((DIVIDED_DATASETS as readonly string[]).includes(dataset)) p.dataset = dataset as DividedDataset;
    else ignored.push(`${named('dataset', dataset)} (not ${orList(DIVIDED_DATASETS)})`);
  }
  for (const [name, field] of [
    ['from', 'fromYear'],
    ['to', 'toYear'],
  ] as const) {
    const value = params.get(name);
    if (value === null) continue;
    if (YEAR.test(value)) p[field] = Number(value);
    else ignored.push(`${named(name, value)} (not a year)`);
  }
  const topic = params.get('topic');
  if (topic !== null) {
    if ((TOPIC_CODES as readonly string[]).includes(topic)) p.topic = topic as TopicCode;
    else ignored.push(`${named('topic', topic)} (not ${orList(TOPIC_CODES)})`);
  }
  const subject = params.get('subject');
  if (subject !== null && subject.trim() !== '') p.subject = subject;
  const body = params.get('body');
  if (body !== null) {
    if (body === 'ga' || body === 'sc') p.body = body === 'ga' ? 'GA' : 'SC';
    else ignored.push(`${named('body', body)} (not ga or sc)`);
  }
  // An import's body is its own.
  if (p.dataset === 'undl-sc') p.body = 'SC';
  else if (p.dataset !== 'day') p.body = 'GA';
  // What does not apply to the chosen decisions is left out, and said: a topic is the record's, a subject an
  // import's, and the curated day has no years to choose.
  const notFor = (name: string) => `${named(name, params.get(name)!)} (not for these decisions)`;
  if (p.topic !== null && p.dataset !== 'history') {
    ignored.push(notFor('topic'));
    p.topic = null;
  }
  if (p.subject !== null && p.dataset !== 'undl-ga' && p.dataset !== 'undl-sc') {
    ignored.push(notFor('subject'));
    p.subject = null;
  }
  if (p.dataset === 'day') {
    for (const [name, field] of [
      ['from', 'fromYear'],
      ['to', 'toYear'],
    ] as const) {
      if (p[field] === null) continue;
      ignored.push(notFor(name));
      p[field] = null;
    }
  }
  return { route: { view: 'divided', params: p }, ignored };
}

const TOPICS_PARAMS = ['dataset', 'topic', 'subject'];

function parseTopics(params: URLSearchParams): ParsedRoute {
  const ignored = unknownParams(params, TOPICS_PARAMS);
  const p: TopicsParams = { ...TOPICS_DEFAULTS };
  const subject = params.get('subject');
  if (subject !== null && subject.trim() !== '') {
    p.subject = subject;
    // A subject is an import's: the General Assembly's unless the address names the Council's.
    p.dataset = 'undl-ga';
  }
  const dataset = params.get('dataset');
  if (dataset !== null) {
    if ((TOPICS_DATASETS as readonly string[]).includes(dataset)) p.dataset = dataset as TopicsDataset;
    else ignored.push(`${named('dataset', dataset)} (not ${orList(TOPICS_DATASETS)})`);
  }
  const topic = params.get('topic');
  if (topic !== null) {
    if ((TOPIC_CODES as readonly string[]).includes(topic)) p.topic = topic as TopicCode;
    else ignored.push(`${named('topic', topic)} (not ${orList(TOPIC_CODES)})`);
  }
  // A topic is the record's, a subject an import's: the other is left out, and said.
  if (p.dataset === 'history' && p.subject !== null) {
    ignored.push(`${named('subject', p.subject)} (not for the record)`);
    p.subject = null;
  } else if (p.dataset !== 'history' && p.topic !== null) {
    ignored.push(`${named('topic', p.topic)} (not for an import)`);
    p.topic = null;
  }
  return { route: { view: 'topics', params: p }, ignored };
}

export function dividedHref(change: Partial<DividedParams> = {}): string {
  return formatHash({ view: 'divided', params: { ...DIVIDED_DEFAULTS, ...change } });
}

export function topicsHref(change: Partial<TopicsParams> = {}): string {
  return formatHash({ view: 'topics', params: { ...TOPICS_DEFAULTS, ...change } });
}

/** `#/alignment` with the parameters that differ from the view's defaults. */
export function alignmentHref(change: Partial<AlignmentParams> = {}): string {
  return formatHash({ view: 'alignment', params: { ...ALIGNMENT_DEFAULTS, ...change } });
}

/** `?a=1&b=2` with spaces as %20 and ":" as is, every other reserved character escaped; '' for none. */
function query(params: [string, string][]): string {
  const text = params.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%3A/g, ':')}`).join('&');
  return text ? `?${text}` : '';
}

export function historyHref(filter: Partial<RecordFilter> = {}): string {
  return formatHash({ view: 'history', filter: { ...NO_FILTER, ...filter } });
}
export function historyDecisionHref(id: string): string {
  return `#/history/decision/${encodeURIComponent(id)}`;
}
export function stateHref(key: string): string {
  return `#/state/${encodeURIComponent(key)}`;
}

export function formatHash(route: Route): string {
  switch (route.view) {
    case 'overview':
      return '#/';
    case 'compare':
      return '#/compare';
    case 'import':
      return '#/import';
    case 'methodology':
      return '#/methodology';
    case 'not-found':
      return `#${route.path}`;
    case 'history-decision':
      return historyDecisionHref(route.id);
    case 'state':
      return stateHref(route.key);
    case 'alignment': {
      const p = route.params;
      const d = ALIGNMENT_DEFAULTS;
      const params: [string, string][] = [];
      if (p.dataset !== d.dataset) params.push(['dataset', p.dataset]);
      if (p.state !== d.state) params.push(['state', p.state]);
      if (p.with !== d.with) params.push(['with', p.with]);
      if (p.fromYear !== null) params.push(['from', String(p.fromYear)]);
      if (p.toYear !== null) params.push(['to', String(p.toYear)]);
      if (p.topic !== null) params.push(['topic', p.topic]);
      if (p.abstain !== d.abstain) params.push(['abstain', p.abstain]);
      if (p.group !== d.group) params.push(['group', p.group]);
      return `#/alignment${query(params)}`;
    }
    case 'divided': {
      const p = route.params;
      const params: [string, string][] = [];
      if (p.dataset !== DIVIDED_DEFAULTS.dataset) params.push(['dataset', p.dataset]);
      if (p.fromYear !== null) params.push(['from', String(p.fromYear)]);
      if (p.toYear !== null) params.push(['to', String(p.toYear)]);
      if (p.topic !== null) params.push(['topic', p.topic]);
      if (p.subject !== null) params.push(['subject', p.subject]);
      if (p.dataset === 'day' && p.body !== 'GA') params.push(['body', p.body.toLowerCase()]);
      return `#/divided${query(params)}`;
    }
    case 'topics': {
      const p = route.params;
      const params: [string, string][] = [];
      if (p.dataset !== TOPICS_DEFAULTS.dataset) params.push(['dataset', p.dataset]);
      if (p.topic !== null) params.push(['topic', p.topic]);
      if (p.subject !== null) params.push(['subject', p.subject]);
      return `#/topics${query(params)}`;
    }
    case 'history': {
      const f = route.filter;
      const params: [string, string][] = [];
      if (f.fromYear !== null) params.push(['from', String(f.fromYear)]);
      if (f.toYear !== null) params.push(['to', String(f.toYear)]);
      if (f.session !== null) params.push(['session', String(f.session)]);
      for (const topic of f.topics) params.push(['topic', topic]);
      if (f.importantOnly) params.push(['important', '1']);
      if (f.kind !== null) params.push(['kind', f.kind]);
      if (f.text) params.push(['q', f.text]);
      return `#/history${query(params)}`;
    }
    case 'decision': {
      const { position, group, text } = route.filters;
      const params: [string, string][] = [];
      if (position) params.push(['position', position]);
      if (group) params.push(['group', group]);
      if (text) params.push(['q', text]);
      if (route.sort) params.push(['sort', `${route.sort.column}:${route.sort.desc ? 'desc' : 'asc'}`]);
      return `#/decision/${encodeURIComponent(route.id)}${query(params)}`;
    }
  }
}

export function decisionHref(id: string, filters: Partial<RowFilters> = {}): string {
  return formatHash({ view: 'decision', id, filters: { ...NO_FILTERS, ...filters }, sort: null });
}
