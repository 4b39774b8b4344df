/**
 * The jump-to search: a dialog with a combobox (the ARIA pattern: the input
 * keeps focus, the arrows move the active option, Enter opens it, Escape
 * closes) over every index, the results grouped by kind, the best first.
 * Loaded on first use, with the indexes: the views, states and topics and
 * the curated day in the page, the record and the imports in a worker, each
 * added as it comes in.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { HitGroup, KindCounts, SearchHit } from '../../domain/search/index';
import { recordListFilter } from '../../domain/search/list';
import type { NamedState } from '../../domain/search/entries';
import { dayDecisionEntries, stateEntries } from '../../domain/search/entries';
import { parseMembership } from '../../domain/membership';
// Sets zod jitless before the membership table is read: the page's policy forbids eval, which zod would try.
import '../../domain/schema';
import type { HistoryPack } from '../../domain/history/pack';
import type { UndlStore } from '../../domain/undl/format';
import { IMPORT_DATASET_IDS } from '../../domain/undl/ids';
import { requestHistory } from '../../store/history';
import { DAY, HISTORY, datasetState, useStore } from '../../store/store';
import membershipCsv from '../../../data/sources/un-membership.csv?raw';
import { searchClient } from './client';
import type { SearchSource } from './service';
import type { Dataset } from '../../domain/model';
import type { ListOption } from './words';
import { LIST_HEADING, detailOf, groupHeading, hrefOf, listOption, statusOf, viewAndTopicEntries } from './words';
import './SearchDialog.css';

let memberships: ReturnType<typeof parseMembership> | null = null;

const NO_GROUPS: HitGroup[] = [];

/** An option of the list: a hit, or the last, the record's list filtered by the query's words. */
type Option = { hit: SearchHit; list?: never } | { hit?: never; list: ListOption };
const hrefOfOption = (option: Option) => (option.hit ? hrefOf(option.hit) : option.list.href);

/** Goes to a hit's address, closing the dialog; where it is the page shown, focus returns as on Escape. */
function go(href: string, onClose: (navigated: boolean) => void) {
  if (window.location.hash === href || (href === '#/' && window.location.hash === '')) return onClose(false);
  onClose(true);
  window.location.hash = href;
}

type Client = ReturnType<typeof searchClient>;

/**
 * What each index was last built from. The indexes outlive the dialog (the client is the page's): opened again over
 * the same data, it keeps them instead of building them again (the record's takes about half a second).
 */
const builtFrom = new Map<string, readonly unknown[]>();
const sameData = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** Builds `key`'s index from `input` once it is there (again when it changes), drops it when it goes. */
function useIndex<T>(
  client: Client,
  key: string,
  input: T | null,
  build: (input: T) => SearchSource,
  large: boolean,
  onLoaded: (key: string, ready: boolean) => void,
  from: readonly unknown[] = [input],
) {
  useEffect(() => {
    if (input === null) {
      client.drop(key);
      builtFrom.delete(key);
      onLoaded(key, false);
      return;
    }
    const before = builtFrom.get(key);
    if (before && sameData(before, from)) {
      // A query asked now is answered after the index, should it still be in the making: the worker takes its
      // messages in turn.
      onLoaded(key, true);
      return;
    }
    builtFrom.set(key, from);
    let live = true;
    void client.load(key, build(input), large).then(() => {
      if (live) onLoaded(key, true);
    });
    return () => {
      live = false;
    };
    // `from` is `input`'s parts: the effect runs again when one of them changes, not for a new array of the same.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, key, input, build, large, onLoaded, ...from]);
}

function namesSource({ dataset, pack }: { dataset: Dataset | null; pack: HistoryPack | null }): SearchSource {
  memberships ??= parseMembership(membershipCsv);
  const more: NamedState[] = [
    ...(dataset?.states ?? []).map((s) => ({ key: s.code, name: s.name })),
    ...(pack?.states ?? []).map((s) => ({ key: s.key, name: s.name, record: s.record })),
  ];
  return { kind: 'entries', entries: [...viewAndTopicEntries(), ...stateEntries(memberships, more)] };
}

const daySource = (dataset: Dataset): SearchSource => ({ kind: 'entries', entries: dayDecisionEntries(dataset) });
const recordSource = (pack: HistoryPack): SearchSource => ({ kind: 'record', record: recordTexts(pack) });
const importSources = new Map<string, (store: UndlStore) => SearchSource>();
const importSource = (datasetId: string) => {
  let make = importSources.get(datasetId);
  if (!make) {
    make = (store) => ({ kind: 'import', store: importTexts(store), datasetId });
    importSources.set(datasetId, make);
  }
  return make;
};

/** The record's texts for its index: copies, so that the worker is sent these alone. */
function recordTexts(pack: HistoryPack) {
  return {
    decisionCount: pack.decisionCount,
    rcid: pack.rcid.slice(),
    day: pack.day.slice(),
    title: pack.title.slice(),
    symbol: pack.symbol.slice(),
    description: pack.description.slice(),
    session: pack.session.slice(),
    flags: pack.flags.slice(),
    strings: pack.strings,
  };
}

function importTexts(store: UndlStore) {
  return {
    decisionCount: store.decisionCount,
    undlId: store.undlId.slice(),
    day: store.day.slice(),
    symbol: store.symbol.slice(),
    title: store.title.slice(),
    draft: store.draft.slice(),
    strings: store.strings,
  };
}

/** Which datasets the search covers, and which are still coming. */
const SOURCE_LABEL: Record<string, string> = {
  day: 'the curated day',
  history: 'the GA record',
  'undl-ga': 'the imported GA file',
  'undl-sc': 'the imported SC file',
};

export default function SearchDialog({ onClose }: { onClose: (navigated: boolean) => void }) {
  const id = useId();
  const listId = `${id}-results`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [answer, setAnswer] = useState<{ query: string; groups: HitGroup[]; found: Record<string, KindCounts> }>({
    query: '',
    groups: [],
    found: {},
  });
  const [active, setActive] = useState(0);
  const [loaded, setLoaded] = useState<ReadonlySet<string>>(new Set());
  const client = searchClient();

  const day = useStore((s) => datasetState(s, DAY));
  const history = useStore((s) => datasetState(s, HISTORY));
  const ga = useStore((s) => datasetState(s, IMPORT_DATASET_IDS[0]));
  const sc = useStore((s) => datasetState(s, IMPORT_DATASET_IDS[1]));
  const dataset = day.status === 'ready' && day.kind === 'curated' ? day.dataset : null;
  const pack = history.status === 'ready' && history.kind === 'record' ? history.pack : null;
  const gaStore = ga.status === 'ready' && ga.kind === 'import' ? ga.imported.store : null;
  const scStore = sc.status === 'ready' && sc.kind === 'import' ? sc.imported.store : null;

  useEffect(() => {
    input.current?.focus();
    void requestHistory();
    void import('../../store/imports').then((m) => m.restoreImports());
  }, []);

  const onLoaded = useCallback((key: string, ready: boolean) => {
    setLoaded((s) => {
      const next = new Set(s);
      if (ready) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);
  // Views, topics and states (the membership table with the day's and the record's names); each dataset's decisions.
  const names = useMemo(() => ({ dataset, pack }), [dataset, pack]);
  useIndex(client, 'names', names, namesSource, false, onLoaded, [dataset, pack]);
  useIndex(client, DAY, dataset, daySource, false, onLoaded);
  useIndex(client, HISTORY, pack, recordSource, true, onLoaded);
  useIndex(client, IMPORT_DATASET_IDS[0], gaStore, importSource(IMPORT_DATASET_IDS[0]), true, onLoaded);
  useIndex(client, IMPORT_DATASET_IDS[1], scStore, importSource(IMPORT_DATASET_IDS[1]), true, onLoaded);

  // Results as the reader types, and again as each index comes in; an answer to an older query is dropped.
  const asked = useRef(0);
  const answered = useRef('');
  // Enter pressed before the answer to what is typed came: the answer's best match opens when it comes.
  /** The query Enter was pressed for before its answer came: that answer opens its best match, no later one. */
  const enterWaiting = useRef<string | null>(null);
  useEffect(() => {
    const n = ++asked.current;
    if (query.trim() === '') return;
    void client.query(query, 8).then(({ groups, found }) => {
      if (n !== asked.current) return;
      // A new query starts at its best match; the same one, answered again with more indexes, keeps its place.
      if (answered.current !== query) setActive(0);
      answered.current = query;
      setAnswer({ query, groups, found });
      if (enterWaiting.current === query) {
        enterWaiting.current = null;
        if (groups.length > 0) go(hrefOf(groups[0].hits[0]), onClose);
      }
    });
  }, [client, query, loaded, onClose]);

  // An empty field shows nothing, whatever an earlier query found.
  const groups = query.trim() === '' ? NO_GROUPS : answer.groups;
  // Last, where the query is words and the record has votes with them: the record's list, filtered by them.
  const list = useMemo(() => {
    const filter = (answer.found[HISTORY]?.decision ?? 0) > 0 ? recordListFilter(answer.query) : null;
    return filter && listOption(filter);
  }, [answer]);
  const shownList = groups === NO_GROUPS ? null : list;
  const options = useMemo<Option[]>(
    () => [...groups.flatMap((g) => g.hits.map((hit) => ({ hit }))), ...(shownList ? [{ list: shownList }] : [])],
    [groups, shownList],
  );
  const current = Math.min(active, options.length - 1);
  const expanded = options.length > 0;

  useEffect(() => {
    if (current >= 0) document.getElementById(optionId(current))?.scrollIntoView?.({ block: 'nearest' });
  });

  const open = (option: Option) => go(hrefOfOption(option), onClose);

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (options.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + options.length) % options.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (query.trim() !== '' && answer.query !== query) enterWaiting.current = query;
      else if (current >= 0) open(options[current]);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose(false);
    }
  }

  // Focus stays in the dialog: Tab goes between the field and the close button.
  function trapTab(e: KeyboardEvent<HTMLDivElement>) {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose(false);
      return;
    }
    if (e.key !== 'Tab') return;
    const focusables = [...e.currentTarget.querySelectorAll<HTMLElement>('input, button')];
    const at = focusables.indexOf(document.activeElement as HTMLElement);
    e.preventDefault();
    focusables[(at + (e.shiftKey ? -1 : 1) + focusables.length) % focusables.length]?.focus();
  }

  const searched = [DAY, HISTORY, ...IMPORT_DATASET_IDS].filter((key) => loaded.has(key));
  const coming = [
    ...(dataset && !loaded.has(DAY) ? [DAY] : []),
    ...(history.status === 'loading' || (pack && !loaded.has(HISTORY)) ? [HISTORY] : []),
  ];
  const status =
    query.trim() === '' ? '' : answer.query !== query ? 'Searching…' : statusOf(groups, shownList !== null, query);

  /** The option at `i` in the arrows' order, as the listbox shows it. */
  const optionAt = (i: number, key: string, label: string, detail: string) => (
    <div
      key={key}
      role="option"
      id={optionId(i)}
      aria-selected={i === current}
      className="search-option"
      onMouseMove={() => {
        if (i !== current) setActive(i);
      }}
      onClick={() => open(options[i])}
    >
      <span className="search-label">{label}</span>
      <span className="search-detail">{detail}</span>
    </div>
  );

  let index = 0;
  return (
    <div
      className="search-backdrop"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) onClose(false);
      }}
    >
      <div
        className="search-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        onKeyDown={trapTab}
      >
        <div className="search-top">
          <h2 id={`${id}-title`}>Jump to</h2>
          <button type="button" className="search-close" onClick={() => onClose(false)}>
            Close <kbd aria-hidden="true">Esc</kbd>
          </button>
        </div>
        <input
          ref={input}
          type="text"
          role="combobox"
          aria-label="Search views, states, topics and decisions"
          aria-describedby={`${id}-help`}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && current >= 0 ? optionId(current) : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder="A state, a symbol (ES-11/7), words of a title, a year"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <p id={`${id}-help`} className="search-help">
          ↑ ↓ to move, Enter to open, Esc to close. Searches{' '}
          {['views, states and topics', ...searched.map((k) => SOURCE_LABEL[k])].join(', ')}
          {coming.length > 0 ? `; ${coming.map((k) => SOURCE_LABEL[k]).join(' and ')} still loading` : ''}.
        </p>
        <p role="status" className="search-status">
          {status}
        </p>
        <div role="listbox" id={listId} aria-label="Results" className="search-results">
          {groups.map((group) => (
            <div role="group" key={group.kind} aria-labelledby={`${id}-group-${group.kind}`}>
              <div role="presentation" id={`${id}-group-${group.kind}`} className="search-group">
                {groupHeading(group)}
              </div>
              {group.hits.map((hit) =>
                optionAt(index++, `${hit.kind}/${hit.tag}/${hit.target}`, hit.label, detailOf(hit)),
              )}
            </div>
          ))}
          {shownList && (
            <div role="group" aria-labelledby={`${id}-group-list`}>
              <div role="presentation" id={`${id}-group-list`} className="search-group">
                {LIST_HEADING}
              </div>
              {optionAt(index++, 'list', shownList.label, shownList.detail)}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
