/**
 * The search's own entries and words: the tracker's views and the record's
 * topics (with the names a reader may look for them by), where a hit leads,
 * and how a hit is described.
 */
import type { SearchEntry, SearchHit, SearchKind } from '../../domain/search/index';
import type { TopicCode } from '../../domain/history/vocabulary';
import { TOPIC_CODES } from '../../domain/history/vocabulary';
import { decisionHref, historyDecisionHref, stateHref } from '../../store/route';

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
