/**
 * Every roll call of the General Assembly 1946–2019 as one long, virtualised
 * list, with filters that live in the address and a CSV of what is shown.
 * With an import of the Library's General Assembly file, the list holds its
 * votes too: a vote both have once (with both sources on its page), the
 * file's other votes among the record's by date.
 */
import { useId, useMemo } from 'react';
import type { HistoryPack } from '../../domain/history/pack';
import {
  countedTally,
  dateOf,
  datePrecisionOf,
  importanceOf,
  symbolOf,
  titleOf,
  topicsOf,
} from '../../domain/history/pack';
import { filterDecisions, filterRange } from '../../domain/history/filter';
import type { DecisionKind, RecordFilter } from '../../domain/history/vocabulary';
import { DECISION_KINDS, NO_FILTER } from '../../domain/history/vocabulary';
import {
  RECORD_LIST_HEADER,
  countedMajority,
  historyDecisionId,
  officialSymbolOf,
  recordListRows,
} from '../../domain/history/views';
// The UN's symbol beside the record's own, in a row's symbol line.
import { toCsv } from '../../domain/csv';
import { DownloadButton } from '../../components/DownloadButton';
import { YearRange } from '../../components/YearInput';
import { MiniTally } from '../../components/MiniTally';
import { VirtualTable } from '../../components/VirtualTable';
import { COUNTED_MAJORITY_LABEL, RECORD_KIND_LABEL, downloadTheseLabel } from '../../components/labels';
import { decisionHref, historyDecisionHref } from '../../store/route';
import { formatDate } from '../../components/dates';
import type { Imported } from '../../domain/undl/stored';
import { isoDateOfDay, textOf } from '../../domain/undl/format';
import { importedVoteId } from '../../domain/undl/views';
import { recordAgainstImport } from '../../domain/merge/record';
import {
  MERGED_LIST_HEADER,
  countedImportTally,
  filterMergedList,
  importMeetsCoding,
  importOnly,
  importVoteOfRecord,
  listRowOf,
  mergedFilterRange,
  mergedListRows,
} from '../../domain/merge/list';

interface Props {
  pack: HistoryPack;
  filter: RecordFilter;
  onFilterChange: (filter: RecordFilter) => void;
  /** The import of the Library's General Assembly file, if the browser holds one. */
  imported?: Imported | null;
}

const n = (x: number) => x.toLocaleString('en');

export function HistoryList({ pack, filter, onFilterChange, imported = null }: Props) {
  const store = imported?.store.body === 'GA' ? imported.store : null;
  const result = useMemo(() => (store ? recordAgainstImport(pack, store) : null), [pack, store]);
  const only = useMemo(() => (store && result ? importOnly(result, store) : null), [store, result]);
  const range = useMemo(
    () => (store && only ? mergedFilterRange(pack, store, only) : filterRange(pack)),
    [pack, store, only],
  );
  const listed = useMemo(() => {
    if (store && only) return filterMergedList(pack, store, only, filter);
    const record = filterDecisions(pack, filter);
    return { rows: Int32Array.from(record), record: record.length, imported: 0 };
  }, [pack, store, only, filter]);
  const rows = listed.rows;
  const pairs = useMemo(() => (result ? importVoteOfRecord(result) : null), [result]);
  const total = pack.decisionCount + (only?.votes.length ?? 0);
  const { provenance, coverage } = pack.dataset;
  const set = (change: Partial<RecordFilter>) => onFilterChange({ ...filter, ...change });
  const id = useId();
  const filtered = JSON.stringify(filter) !== JSON.stringify(NO_FILTER);
  const caption = `${n(rows.length)} of ${n(total)} votes of the General Assembly`;

  return (
    <>
      <nav className="crumbs" aria-label="Breadcrumb">
        <a href="#/">Overview</a> › <span aria-current="page">General Assembly record</span>
      </nav>
      <div className="page-head">
        <h1>{pack.dataset.title}</h1>
        <p className="lede">
          Every recorded vote of the General Assembly's plenary from {formatDate(coverage.from, 'month')} to{' '}
          {formatDate(coverage.to, 'day')}: {coverage.decisions.toLocaleString('en')} votes and{' '}
          {coverage.positions.toLocaleString('en')} positions. Tallies are <em>counted</em> from the positions: the
          record gives no official totals, and a member without a recorded position was absent or did not vote.
        </p>
        <p className="muted">
          Source: {provenance.source} ({provenance.licence}).{' '}
          <a className="url" href={provenance.url}>
            {provenance.url}
          </a>
        </p>
        {store && imported && only && result && (
          <p className="import-note">
            With the imported General Assembly file, <strong>{imported.file.name}</strong> (UN Digital Library):{' '}
            {n(result.matches.length)} of its {n(store.decisionCount)} votes{' '}
            {result.matches.length === 1 ? 'is a vote' : 'are votes'} of the record, listed once with both sources on
            the vote’s page;{' '}
            {only.votes.length === 0
              ? 'it has no other vote'
              : `${only.votes.length === 1 ? 'the other is' : `the other ${n(only.votes.length)} are`} listed among the record’s by date`}
            {only.mayBe.size > 0 &&
              `, of which ${n(only.mayBe.size)} may be one of the record’s votes on parts of the same text (not merged: the vote’s page gives the candidates)`}
            . Their tallies too are counted from the file’s positions.
            {!importMeetsCoding(filter) &&
              ' The file codes no topics, no important votes and no votes on amendments or paragraphs: with these filters its votes are left out.'}
          </p>
        )}
      </div>

      <form
        className="filters record-filters"
        role="search"
        aria-label="Filter the record"
        onSubmit={(e) => e.preventDefault()}
      >
        <YearRange
          from={filter.fromYear}
          to={filter.toYear}
          first={range.firstYear}
          last={range.lastYear}
          onChange={set}
        />
        <label>
          Session
          <select
            value={filter.session ?? ''}
            onChange={(e) => set({ session: e.target.value === '' ? null : Number(e.target.value) })}
          >
            <option value="">Any</option>
            {range.sessions.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          Topic
          <select
            value={filter.topics[0] ?? ''}
            onChange={(e) => set({ topics: e.target.value === '' ? [] : [e.target.value] })}
          >
            <option value="">Any</option>
            {pack.topics.map((t) => (
              <option key={t.code} value={t.code}>
                {t.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Kind
          <select
            value={filter.kind ?? ''}
            onChange={(e) => set({ kind: e.target.value === '' ? null : (e.target.value as DecisionKind) })}
          >
            <option value="">Any</option>
            {DECISION_KINDS.map((k) => (
              <option key={k} value={k}>
                {RECORD_KIND_LABEL[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={filter.importantOnly}
            onChange={(e) => set({ importantOnly: e.target.checked })}
          />
          Important votes only
        </label>
        <label className="grow">
          Words in the title, symbol or description
          <input type="search" value={filter.text} onChange={(e) => set({ text: e.target.value })} />
        </label>
        {filtered && (
          <button type="button" onClick={() => onFilterChange(NO_FILTER)}>
            Clear filters
          </button>
        )}
      </form>

      <div className="table-tools">
        <p role="status" id={`${id}-count`}>
          <strong className="num">{n(rows.length)}</strong> of {n(total)} votes match
          {store && ` (${n(listed.record)} of the record, ${n(listed.imported)} of the imported file only)`}.
        </p>
        {rows.length > 0 && (
          <DownloadButton
            fileName={`un-ga-record-${store ? 'and-import-' : ''}${filtered ? 'filtered' : 'all'}-${rows.length}-votes.csv`}
            makeCsv={() =>
              store && result
                ? toCsv(MERGED_LIST_HEADER, mergedListRows(pack, store, result, rows), { bom: true })
                : toCsv(RECORD_LIST_HEADER, recordListRows(pack, rows), { bom: true })
            }
          >
            {downloadTheseLabel(rows.length, 'vote')}
          </DownloadButton>
        )}
      </div>

      {rows.length === 0 ? (
        <p className="empty">No vote matches these filters.</p>
      ) : (
        <VirtualTable
          caption={caption}
          className="record-list"
          head={['Decision', 'Title and topics', 'Counted tally']}
          count={rows.length}
          rowHeight={72}
          rowKey={(i) => {
            const row = listRowOf(rows[i]);
            return row.source === 'record' ? pack.rcid[row.d] : `undl-${store!.undlId[row.v]}`;
          }}
          row={(i) => {
            const row = listRowOf(rows[i]);
            if (row.source === 'import') {
              const v = row.v;
              const t = countedImportTally(store!, v);
              const mayBe = only?.mayBe.get(v);
              return [
                <>
                  <a
                    href={decisionHref(importedVoteId(store!, v))}
                    aria-label={`${formatDate(isoDateOfDay(store!.day[v]), 'day')}, ${textOf(store!, store!.symbol, v) || `record ${store!.undlId[v]}`}`}
                  >
                    {formatDate(isoDateOfDay(store!.day[v]), 'day')}
                  </a>
                  <span className="muted small">
                    {textOf(store!, store!.symbol, v) || `record ${store!.undlId[v]}`}
                  </span>
                </>,
                <>
                  <span className="clamp">{textOf(store!, store!.title, v) || 'No title in the file'}</span>
                  <span className="muted small">
                    Imported file only
                    {mayBe &&
                      ` · may be the record’s ${mayBe.map((d) => symbolOf(pack, d) || `rcid ${pack.rcid[d]}`).join(', ')}`}
                  </span>
                </>,
                <>
                  <MiniTally yes={t.Y} no={t.N} abstain={t.A} absent={t.absentOrNotVoting} />
                  <span className="small tally-outcome">{COUNTED_MAJORITY_LABEL[countedMajority(t)]}</span>
                </>,
              ];
            }
            const d = row.d;
            const t = countedTally(pack, d);
            const symbol = symbolOf(pack, d);
            const official = officialSymbolOf(pack, d);
            const important = importanceOf(pack, d);
            const inFile = pairs?.has(d) ? 'Also in the imported file' : null;
            return [
              <>
                {/* Named with its symbol too: the list has many votes of one month. */}
                <a
                  href={historyDecisionHref(historyDecisionId(pack, d))}
                  aria-label={`${formatDate(dateOf(pack, d), datePrecisionOf(pack, d))}, ${symbol || `rcid ${pack.rcid[d]}`}`}
                >
                  {formatDate(dateOf(pack, d), datePrecisionOf(pack, d))}
                </a>
                <span className="muted small">{official || symbol || `rcid ${pack.rcid[d]}`}</span>
                {official && (
                  <span className="muted small">
                    <span className="record-prefix">record: </span>
                    {symbol}
                  </span>
                )}
              </>,
              <>
                <span className="clamp">{titleOf(pack, d) || 'No title in the record'}</span>
                <span className="muted small">
                  {[...topicsOf(pack, d).map((x) => x.label), important ? 'Important vote' : null, inFile]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </>,
              <>
                <MiniTally yes={t.Y} no={t.N} abstain={t.A} absent={t.absentOrNotVoting} />
                <span className="small tally-outcome">{COUNTED_MAJORITY_LABEL[countedMajority(t)]}</span>
              </>,
            ];
          }}
        />
      )}
    </>
  );
}
