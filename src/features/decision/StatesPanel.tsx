/** Every state's position in a decision: the filters, the table as filtered and sorted, its count and download. */
import { useMemo } from 'react';
import type { Dataset, Decision } from '../../domain/model';
import { labelOf } from '../../domain/model';
import type { PositionFilter, RowFilters } from '../../domain/rows';
import { TABLE_COLUMNS, countRows, filterRows, rowCells, stateRows } from '../../domain/rows';
import type { RegionalGroup } from '../../domain/schema';
import type { DecisionSummary } from '../../domain/summary';
import { toCsv } from '../../domain/csv';
import { isPosition } from '../../domain/vocabulary';
import { DownloadButton, fileNamePart } from '../../components/DownloadButton';
import { POSITION_FILTER_LABEL, POSITION_LABEL, downloadTheseLabel } from '../../components/labels';
import type { Sort } from '../../store/route';
import { StateFilters } from './StateFilters';
import { StateTable } from './StateTable';

interface Props {
  dataset: Dataset;
  decision: Decision;
  summary: DecisionSummary;
  filters: RowFilters;
  sort: Sort | null;
  /** The decision's part of a file name (its symbol, else its id). */
  fileKey: string;
  onPositionChange: (position: PositionFilter) => void;
  onGroupChange: (group: RegionalGroup | null) => void;
  onTextChange: (text: string) => void;
  onSortChange: (sort: Sort | null) => void;
  onClear: () => void;
}

export function StatesPanel(props: Props) {
  const { dataset, decision, summary, filters, sort, fileKey } = props;
  const rows = useMemo(() => stateRows(dataset, decision), [dataset, decision]);
  const counts = useMemo(() => countRows(rows), [rows]);
  const filtered = useMemo(() => filterRows(rows, filters), [rows, filters]);
  const { recorded } = summary;
  const selectedPosition = isPosition(filters.position) ? filters.position : null;
  const filterWords = [
    filters.position && POSITION_FILTER_LABEL[filters.position],
    filters.group,
    filters.text && `“${filters.text}”`,
  ].filter(Boolean);
  const caption = `Positions of the ${summary.eligible} ${decision.body === 'GA' ? 'member states' : 'Council members'} on ${labelOf(decision)}${filterWords.length ? `, filtered: ${filterWords.join(', ')}` : ''}`;
  const fileName = `${fileKey}-positions${filterWords.length ? `-${filterWords.map((w) => fileNamePart(String(w))).join('-')}` : ''}.csv`;

  return (
    <section aria-labelledby="states-heading" className="panel">
      <h2 id="states-heading">Positions by state</h2>
      <StateFilters
        filters={filters}
        total={rows.length}
        counts={counts}
        active={filterWords.length > 0}
        onPositionChange={props.onPositionChange}
        onGroupChange={props.onGroupChange}
        onTextChange={props.onTextChange}
        onClear={props.onClear}
      />
      <StateTable rows={filtered} caption={caption} sort={sort} onSortChange={props.onSortChange}>
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
                {downloadTheseLabel(shown.length, 'row')}
              </DownloadButton>
            )}
          </div>
        )}
      </StateTable>
    </section>
  );
}
