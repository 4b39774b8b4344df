/**
 * The drill-down of one decision: outcome and rule, tally chart, the check of
 * reported positions against the recorded tally, the per-state table with its
 * filters and download, sponsors, amendments, and every citation.
 */
import { useMemo, useRef } from 'react';
import type { Dataset, Decision } from '../../domain/model';
import type { PositionFilter, RowFilters } from '../../domain/rows';
import { isPosition } from '../../domain/vocabulary';
import { TABLE_COLUMNS, countRows, filterRows, rowCells, stateRows } from '../../domain/rows';
import { REGIONAL_GROUPS } from '../../domain/vocabulary';
import type { Position, RegionalGroup } from '../../domain/schema';
import { summarize } from '../../domain/summary';
import { checkTally, formatTally, recordedText } from '../../domain/tally';
import { toCsv } from '../../domain/csv';
import { amendmentsTable, tallyCheckTable } from '../../domain/tables';
import { labelOf, symbolOf } from '../../domain/model';
import { OutcomeBadge } from '../../components/Badges';
import { CopySymbol } from '../../components/CopySymbol';
import { DownloadButton, fileNamePart } from '../../components/DownloadButton';
import { TallyFigure } from '../../components/TallyFigure';
import {
  BODY_LABEL,
  DISPUTED,
  KIND_LABEL,
  MISSING_WORDS,
  NOT_REPORTED,
  POSITION_LABEL,
  TALLY_CHECK_LABEL,
  outcomeWords,
  reasonWords,
  ruleWords,
} from '../../components/labels';
import { decisionHref } from '../../store/route';
import type { Sort } from '../../store/route';
import { useStore } from '../../store/store';
import { StateTable } from './StateTable';
import { DecisionSources } from './DecisionSources';

interface Props {
  dataset: Dataset;
  decision: Decision;
  filters: RowFilters;
  sort: Sort | null;
}

const FILTER_LABEL: Record<Exclude<PositionFilter, null>, string> = {
  ...POSITION_LABEL,
  disputed: DISPUTED,
  'not-reported': NOT_REPORTED,
};

export function DecisionPage({ dataset, decision, filters, sort }: Props) {
  const positionFilterChanged = useStore((s) => s.positionFilterChanged);
  const groupFilterChanged = useStore((s) => s.groupFilterChanged);
  const textFilterChanged = useStore((s) => s.textFilterChanged);
  const sortChanged = useStore((s) => s.sortChanged);
  const filtersCleared = useStore((s) => s.filtersCleared);
  const allButton = useRef<HTMLButtonElement>(null);

  const summary = useMemo(() => summarize(dataset, decision), [dataset, decision]);
  const rows = useMemo(() => stateRows(dataset, decision), [dataset, decision]);
  const counts = useMemo(() => countRows(rows), [rows]);
  const filtered = useMemo(() => filterRows(rows, filters), [rows, filters]);
  const checks = useMemo(() => checkTally(decision), [decision]);
  const symbol = symbolOf(decision);
  const label = labelOf(decision);
  // File names are keys: the document symbol, else the decision's id (a title is too long for one).
  const fileKey = fileNamePart(symbol ?? decision.id);
  const amended = decision.amends === null ? null : dataset.decisions[decision.amends];

  const selectPosition = (position: Position) => positionFilterChanged(filters.position === position ? null : position);
  const selectedPosition = isPosition(filters.position) ? filters.position : null;
  const { recorded } = summary;
  const filterWords = [
    filters.position && FILTER_LABEL[filters.position],
    filters.group,
    filters.text && `“${filters.text}”`,
  ].filter(Boolean);
  const caption = `Positions of the ${summary.eligible} ${decision.body === 'GA' ? 'member states' : 'Council members'} on ${label}${filterWords.length ? `, filtered: ${filterWords.join(', ')}` : ''}`;
  const fileName = `${fileKey}-positions${filterWords.length ? `-${filterWords.map((w) => fileNamePart(String(w))).join('-')}` : ''}.csv`;

  return (
    <article className="decision-page">
      <nav className="crumbs" aria-label="Breadcrumb">
        <a href="#/">Overview</a> › {BODY_LABEL[decision.body]} › {label}
      </nav>
      <header className="page-head">
        <p className="muted">
          {BODY_LABEL[decision.body]} · {KIND_LABEL[decision.kind]} · vote {summary.order} of {summary.votesInBody} in
          the {BODY_LABEL[decision.body]} · {decision.date}
          {decision.record.meeting && ` · ${decision.record.meeting.value}`}
        </p>
        {symbol !== null ? (
          <>
            <h1>
              <span className="symbol">{symbol}</span>
            </h1>
            <p className="decision-title">{decision.title}</p>
          </>
        ) : (
          <>
            <h1>{decision.title}</h1>
            <p className="muted">No document symbol recorded.</p>
          </>
        )}
        <dl className="symbols">
          {decision.draftSymbol && (
            <div>
              <dt>Draft</dt>
              <dd>
                <CopySymbol symbol={decision.draftSymbol} />
              </dd>
            </div>
          )}
          {decision.resolutionSymbol && (
            <div>
              <dt>Resolution</dt>
              <dd>
                <CopySymbol symbol={decision.resolutionSymbol} />
              </dd>
            </div>
          )}
          {amended && (
            <div>
              <dt>Amends</dt>
              <dd>
                <a href={decisionHref(amended.id)}>{amended.draftSymbol ?? labelOf(amended)}</a> ({amended.title}
                {amended.resolutionSymbol && amended.draftSymbol ? `; adopted as ${amended.resolutionSymbol}` : ''})
              </dd>
            </div>
          )}
        </dl>
      </header>

      <div className="two-col">
        <section aria-labelledby="result-heading" className="panel">
          <h2 id="result-heading">Result</h2>
          <p className="big-outcome">
            <OutcomeBadge result={summary.outcome.result} text={outcomeWords(summary.outcomeFacts, dataset)} />
          </p>
          <p className="reason">{reasonWords(summary.reason, dataset)}</p>
          {summary.otherOutcomes.length > 0 && (
            <p className="badge badge-disputed">
              Disputed: also recorded as {summary.otherOutcomes.map((o) => o.result).join(', ')}
            </p>
          )}
          <dl className="counts">
            {(['Y', 'N', 'A', 'X'] as Position[]).map((p) => (
              <div key={p}>
                <dt>{POSITION_LABEL[p]}</dt>
                <dd className="num">{recorded[p] ?? '—'}</dd>
              </div>
            ))}
          </dl>
          {summary.otherTallies.length > 0 && (
            <p className="badge badge-disputed">
              Disputed tally: also reported as {summary.otherTallies.map(formatTally).join(', ')} (see the sources
              below)
            </p>
          )}
          <p className="rule">
            <strong>Rule:</strong> {ruleWords(summary.rule)}
          </p>
          <p className="check">
            {summary.agrees === true && 'The recorded outcome follows from the recorded tally under this rule.'}
            {summary.agrees === false && (
              <strong className="mismatch">The recorded outcome does not follow from the recorded tally.</strong>
            )}
            {summary.agrees === null &&
              (summary.computed && summary.computed.result === null
                ? `The outcome is as recorded; it cannot be checked against the tally without ${MISSING_WORDS[summary.computed.missing]}.`
                : 'The outcome is as recorded; no tally is recorded to check it against.')}
          </p>
        </section>

        <section aria-labelledby="tally-heading" className="panel">
          <h2 id="tally-heading">Tally</h2>
          <TallyFigure
            segments={summary.segments}
            recorded={recorded}
            eligible={summary.eligible}
            selected={selectedPosition}
            onSelect={selectPosition}
            height={48}
          />
          <p className="muted small">
            The bar is the recorded tally. Select a part of it, or its legend, to show the states the sources report
            with that position.
          </p>
        </section>
      </div>

      <section aria-labelledby="check-heading" className="panel">
        <h2 id="check-heading">Recorded tally and reported positions</h2>
        <DownloadButton
          fileName={`${fileKey}-tally-check.csv`}
          makeCsv={() => {
            const table = tallyCheckTable(checks);
            return toCsv(table.header, table.rows, { bom: true });
          }}
        >
          Download the tally check (CSV)
        </DownloadButton>
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Tally check">
          <table className="data-table compact">
            <caption>
              Each position: the count the sources record, the states they name (counted here from the positions), and
              whether the two agree: a complete list names as many states as recorded, a partial one no more. Where no
              count is recorded, or no state is named, there is nothing to compare.
            </caption>
            <thead>
              <tr>
                <th scope="col">Position</th>
                <th scope="col">Recorded</th>
                <th scope="col">Reported states</th>
                <th scope="col">Disputed states claiming it</th>
                <th scope="col">List</th>
                <th scope="col">Check</th>
              </tr>
            </thead>
            <tbody>
              {checks.map((c) => (
                <tr key={c.position}>
                  <th scope="row">{POSITION_LABEL[c.position]}</th>
                  <td className="num">{recordedText(c)}</td>
                  <td className="num">{c.reported}</td>
                  <td className="num">{c.disputed}</td>
                  <td>{c.complete ? 'complete' : 'partial'}</td>
                  <td>
                    {c.status === 'disagrees' ? (
                      <strong className="mismatch">
                        {TALLY_CHECK_LABEL.disagrees}: {c.problems.map((p) => p.message).join('; ')}
                      </strong>
                    ) : (
                      TALLY_CHECK_LABEL[c.status]
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="states-heading" className="panel">
        <h2 id="states-heading">Positions by state</h2>
        <div className="filters" role="group" aria-label="Filters">
          <fieldset className="position-filter">
            <legend>Reported position</legend>
            <button
              ref={allButton}
              type="button"
              aria-pressed={filters.position === null}
              onClick={() => positionFilterChanged(null)}
            >
              All <span className="num">{rows.length}</span>
            </button>
            {(['Y', 'N', 'A', 'X', 'disputed', 'not-reported'] as const).map((p) => (
              <button
                key={p}
                type="button"
                aria-pressed={filters.position === p}
                onClick={() => positionFilterChanged(filters.position === p ? null : p)}
              >
                {FILTER_LABEL[p]} <span className="num">{counts[p]}</span>
              </button>
            ))}
          </fieldset>
          <label>
            Regional group
            <select
              value={filters.group ?? ''}
              onChange={(e) => groupFilterChanged((e.target.value || null) as RegionalGroup | null)}
            >
              <option value="">All groups</option>
              {REGIONAL_GROUPS.map((g) => (
                <option key={g} value={g}>
                  {g}
                </option>
              ))}
            </select>
          </label>
          <label>
            Find a state
            <input
              type="search"
              value={filters.text}
              placeholder="Name or code"
              onChange={(e) => textFilterChanged(e.target.value)}
            />
          </label>
          <button
            type="button"
            onClick={() => {
              filtersCleared();
              // This button is disabled now: focus goes to the filter that shows every state.
              allButton.current?.focus();
            }}
            disabled={filterWords.length === 0}
          >
            Clear filters
          </button>
        </div>
        <StateTable rows={filtered} caption={caption} sort={sort} onSortChange={sortChanged}>
          {(shown) => (
            <div className="table-tools">
              <p className="count" role="status" aria-live="polite">
                Showing <strong className="num">{shown.length}</strong> of {rows.length} states
                {selectedPosition && recorded[selectedPosition] !== null && (
                  <>
                    . {recorded[selectedPosition]} recorded as {POSITION_LABEL[selectedPosition]}
                    {counts[selectedPosition] === recorded[selectedPosition]
                      ? ''
                      : counts[selectedPosition] === 0
                        ? '; no source names them'
                        : `; the sources name ${counts[selectedPosition]} of them`}
                  </>
                )}
              </p>
              {shown.length > 0 && (
                <DownloadButton
                  fileName={fileName}
                  makeCsv={() => toCsv(TABLE_COLUMNS, shown.map(rowCells), { bom: true })}
                >
                  Download these {shown.length} rows (CSV)
                </DownloadButton>
              )}
            </div>
          )}
        </StateTable>
      </section>

      {decision.amendments.length > 0 && (
        <section aria-labelledby="amendments-heading" className="panel">
          <h2 id="amendments-heading">Amendments voted on this draft</h2>
          <DownloadButton
            fileName={`${fileKey}-amendments.csv`}
            makeCsv={() => {
              const table = amendmentsTable(dataset, decision);
              return toCsv(table.header, table.rows, { bom: true });
            }}
          >
            Download the amendments (CSV)
          </DownloadButton>
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Amendments voted on this draft">
            <table className="data-table compact">
              <caption>Voted before the draft, in voting order.</caption>
              <thead>
                <tr>
                  <th scope="col">Amendment</th>
                  <th scope="col">Outcome</th>
                  <th scope="col">Tally (yes–no–abstain)</th>
                </tr>
              </thead>
              <tbody>
                {decision.amendments.map((i) => {
                  const a = summarize(dataset, dataset.decisions[i]);
                  return (
                    <tr key={i}>
                      <th scope="row">
                        <a href={decisionHref(a.decision.id)}>{a.decision.title}</a>
                      </th>
                      <td>
                        <OutcomeBadge result={a.outcome.result} text={outcomeWords(a.outcomeFacts, dataset)} />
                      </td>
                      <td className="num">{a.tally ? formatTally(a.tally) : 'not recorded'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      )}

      <DecisionSources dataset={dataset} decision={decision} />
      {decision.record.note && (
        <section aria-labelledby="note-heading" className="panel">
          <h2 id="note-heading">Note</h2>
          <p>{decision.record.note}</p>
        </section>
      )}
      <p>
        <a href="#/">← Back to the overview</a>
      </p>
    </article>
  );
}
