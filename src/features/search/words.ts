/**
 * The search's own entries and words: the tracker's views and the record's
 * topics (with the names a reader may look for them by), where a hit leads,
 * and how a hit is described.
 */
import type { HitGroup, SearchEntry, SearchHit, SearchKind } from '../../domain/search/index';
import type { ListFilter } from '../../domain/search/list';
import type { TopicCode } from '../../domain/history/vocabulary';
import { TOPIC_CODES } from '../../domain/history/vocabulary';
import { decisionHref, historyDecisionHref, historyHref, stateHref } from '../../store/route';

const VIEWS: readonly { href: string; label: string; names: string[] }[] = [
  { href: '#/', label: 'Overview', names: ['Overview', 'The day of 24 February 2025', 'Home', 'Ukraine'] },
  {
    href: '#/compare',
    label: 'GA vs SC',
    names: ['GA vs SC', 'General Assembly and Security Council compared', 'Compare the bodies'],
  },
  {
    href: '#/history',
    label: 'GA record 1946–2019',
    names: ['GA record 1946–2019', 'General Assembly record', 'Record', 'History', 'Roll calls', 'Voeten'],
  },
  {
    href: '#/alignment',
    label: 'Who voted with whom',
    names: ['Who voted with whom', 'Alignment', 'Agreement between states', 'Voting coincidence'],
  },
  {
    href: '#/import',
    label: 'Import',
    names: ['Import', 'UN Digital Library file', 'Upload a voting file'],
  },
  { href: '#/topics', label: 'Topics', names: ['Topics', 'Subjects', 'Issues'] },
  {
    href: '#/divided',
    label: 'Most divided votes',
    names: ['Most divided votes', 'Divided', 'Contested votes', 'Close votes', 'Margins'],
  },
  {
    href: '#/methodology',
    label: 'Methodology',
    names: ['Methodology', 'Method', 'Sources', 'How to cite', 'About the data', 'Licence'],
  },
];

/** The record's topics (its own labels), with more names for each. */
export const TOPICS: Record<TopicCode, { label: string; names: string[] }> = {
  me: { label: 'Palestinian conflict', names: ['Middle East', 'Israel', 'Palestine'] },
  nu: { label: 'Nuclear weapons and nuclear material', names: ['Nuclear'] },
  di: { label: 'Arms control and disarmament', names: ['Disarmament', 'Arms'] },
  hr: { label: 'Human rights', names: [] },
  co: { label: 'Colonialism', names: ['Decolonisation', 'Decolonization', 'Self-determination'] },
  ec: { label: 'Economic development', names: ['Development', 'Economy'] },
};

const entry = (kind: SearchKind, label: string, target: string, names: string[], order: number): SearchEntry => ({
  kind,
  label,
  detail: '',
  target,
  tag: '',
  names,
  codes: [],
  symbols: [],
  text: '',
  year: 0,
  order,
});

/** The views and the topics, as entries. */
export function viewAndTopicEntries(): SearchEntry[] {
  return [
    ...VIEWS.map((v, i) => entry('view', v.label, v.href, v.names, i)),
    ...TOPIC_CODES.map((code, i) =>
      entry('topic', TOPICS[code].label, code, [TOPICS[code].label, ...TOPICS[code].names], i),
    ),
  ];
}

export const KIND_LABEL: Record<SearchKind, string> = {
  view: 'Views',
  state: 'States',
  topic: 'Topics',
  decision: 'Decisions',
};

/** A group's heading: its kind, and where it shows fewer than it found, how many of how many. */
export function groupHeading(group: HitGroup): string {
  const kind = KIND_LABEL[group.kind];
  if (group.found <= group.hits.length) return kind;
  return `${kind}: the best ${group.hits.length} of ${group.found.toLocaleString('en')}`;
}

/** The heading of the last option's group. */
export const LIST_HEADING = 'The GA record’s list';

/** The last option: the record's list, filtered as the query stands for. */
export interface ListOption {
  href: string;
  label: string;
  detail: string;
}

export function listOption(filter: ListFilter): ListOption {
  const of = filter.fromYear === null ? '' : ` of ${filter.fromYear}`;
  const words = filter.text === '' ? '' : ` with “${filter.text}”`;
  return {
    href: historyHref(filter),
    label: `Votes${of}${words}`,
    detail:
      filter.text === ''
        ? 'The list of the record’s votes'
        : 'The list of the record’s votes, each word anywhere in a title, symbol or description',
  };
}

/** What the live status says of an answer: how many results, of how many found, and the last option. */
export function statusOf(groups: readonly HitGroup[], list: boolean, query: string): string {
  const shown = groups.reduce((n, g) => n + g.hits.length, 0);
  const found = groups.reduce((n, g) => n + g.found, 0);
  if (shown === 0) return `Nothing found for “${query.trim()}”.`;
  const then = list ? ', then the GA record’s list with these words' : '';
  if (found > shown) return `The best ${shown} of ${found.toLocaleString('en')} results${then}.`;
  return `${shown} result${shown === 1 ? '' : 's'}; the best first${then}.`;
}

const DATASET_LABEL: Record<string, string> = {
  day: 'Curated day',
  history: 'GA record',
  'undl-ga': 'Imported GA file',
  'undl-sc': 'Imported SC file',
};

/** Where a hit leads. */
export function hrefOf(hit: SearchHit): string {
  switch (hit.kind) {
    case 'view':
      return hit.target;
    case 'state':
      return stateHref(hit.target);
    case 'topic':
      return `#/topics?topic=${encodeURIComponent(hit.target)}`;
    case 'decision':
      return hit.tag === 'history' ? historyDecisionHref(hit.target) : decisionHref(hit.target);
  }
}

/** The second line of a hit: what it is, where it is from. */
export function detailOf(hit: SearchHit): string {
  switch (hit.kind) {
    case 'view':
      return 'View';
    case 'topic':
      return 'Topic of the GA record';
    case 'state':
      if (hit.tag !== 'former') return 'Member state';
      return hit.detail ? `Former member · its seat continued by ${hit.detail}` : 'Former member';
    case 'decision':
      return [DATASET_LABEL[hit.tag] ?? hit.tag, hit.year > 0 ? String(hit.year) : '', hit.detail]
        .filter(Boolean)
        .join(' · ');
  }
}
