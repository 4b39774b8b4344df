/**
 * Every roll call of the General Assembly 1946–2019 as one long, virtualised
 * list, with filters that live in the address and a CSV of what is shown.
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
import { RECORD_LIST_HEADER, countedMajority, historyDecisionId, recordListRows } from '../../domain/history/views';
import { toCsv } from '../../domain/csv';
import { DownloadButton } from '../../components/DownloadButton';
import { YearRange } from '../../components/YearInput';
import { MiniTally } from '../../components/MiniTally';
import { VirtualTable } from '../../components/VirtualTable';
import { COUNTED_MAJORITY_LABEL, RECORD_KIND_LABEL } from '../../components/labels';
import { historyDecisionHref } from '../../store/route';
import { formatDate } from '../../components/dates';

interface Props {
  pack: HistoryPack;
  filter: RecordFilter;
  onFilterChange: (filter: RecordFilter) => void;
}

export function HistoryList({ pack, filter, onFilterChange }: Props) {
  const range = useMemo(() => filterRange(pack), [pack]);
  const shown = useMemo(() => filterDecisions(pack, filter), [pack, filter]);
  const { provenance, coverage } = pack.dataset;
  const set = (change: Partial<RecordFilter>) => onFilterChange({ ...filter, ...change });
  const id = useId();
  const filtered = JSON.stringify(filter) !== JSON.stringify(NO_FILTER);
  const caption = `${shown.length.toLocaleString('en')} of ${pack.decisionCount.toLocaleString('en')} votes of the General Assembly`;

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
          <strong className="num">{shown.length.toLocaleString('en')}</strong> of{' '}
          {pack.decisionCount.toLocaleString('en')} votes match.
        </p>
        {shown.length > 0 && (
          <DownloadButton
            fileName={`un-ga-record-${filtered ? 'filtered' : 'all'}-${shown.length}-votes.csv`}
            makeCsv={() => toCsv(RECORD_LIST_HEADER, recordListRows(pack, shown), { bom: true })}
          >
            Download these {shown.length.toLocaleString('en')} votes (CSV)
          </DownloadButton>
        )}
      </div>

      {shown.length === 0 ? (
        <p className="empty">No vote matches these filters.</p>
      ) : (
        <VirtualTable
          caption={caption}
          className="record-list"
          head={['Decision', 'Title and topics', 'Counted tally']}
          count={shown.length}
          rowHeight={72}
          rowKey={(i) => pack.rcid[shown[i]]}
          row={(i) => {
            const d = shown[i];
            const t = countedTally(pack, d);
            const symbol = symbolOf(pack, d);
            const important = importanceOf(pack, d);
            return [
              <>
                <a href={historyDecisionHref(historyDecisionId(pack, d))}>
                  {formatDate(dateOf(pack, d), datePrecisionOf(pack, d))}
                </a>
                <span className="muted small">{symbol || `rcid ${pack.rcid[d]}`}</span>
              </>,
              <>
                <span className="clamp">{titleOf(pack, d) || 'No title in the record'}</span>
                <span className="muted small">
                  {[...topicsOf(pack, d).map((x) => x.label), important ? 'Important vote' : null]
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
