/**
 * The per-state table (TanStack Table 9): sortable by any column, filtered
 * by the filters above it, downloadable as shown.
 */
import { useMemo } from 'react';
import {
  createColumnHelper,
  createSortedRowModel,
  functionalUpdate,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_text,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import type { SortingState } from '@tanstack/react-table';
import type { StateRow } from '../../domain/rows';
import { claimsByPosition } from '../../domain/export';
import { DisputedBadge, PositionBadge } from '../../components/Badges';
import { NOT_REPORTED, POSITION_LABEL } from '../../components/labels';
import type { Sort, SortColumn } from '../../store/route';
import { SORT_COLUMNS, stateHref } from '../../store/route';

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text },
});

/** The order rows come in, and the address's default (no `sort=`). */
const BY_NAME = { id: 'name', desc: false } as const;

const RANK = { Y: 0, N: 1, A: 2, X: 3 } as const;
/** Y, N, A, X first, then disputed, then not reported. */
function positionRank(row: StateRow): number {
  if (row.position) return RANK[row.position];
  return row.status === 'disputed' ? 4 : 5;
}
const STATUS_RANK = { reported: 0, disputed: 1, 'not reported': 2 } as const;

const helper = createColumnHelper<typeof features, StateRow>();
const columns = helper.columns([
  helper.accessor('name', {
    id: 'name',
    header: 'State',
    sortFn: 'text',
    cell: ({ row }) => <a href={stateHref(row.original.code)}>{row.original.name}</a>,
  }),
  helper.accessor(positionRank, {
    id: 'position',
    header: 'Position',
    sortDescFirst: false,
    cell: ({ row }) => <PositionCell row={row.original} />,
  }),
  helper.accessor((row) => STATUS_RANK[row.status], {
    id: 'status',
    header: 'Status',
    sortDescFirst: false,
    cell: ({ row }) => (row.original.status === 'disputed' ? <DisputedBadge /> : row.original.status),
  }),
  helper.accessor('regionalGroup', { id: 'regionalGroup', header: 'Regional group', sortFn: 'text' }),
  helper.accessor('code', { id: 'code', header: 'Code', sortFn: 'text' }),
  helper.accessor('sources', { id: 'sources', header: 'Sources', sortFn: 'alphanumeric' }),
]);

function PositionCell({ row }: { row: StateRow }) {
  if (row.status === 'disputed') {
    return (
      <ul className="claims" aria-label="Claims of the sources">
        {claimsByPosition(row.claims).map(([position, keys]) => (
          <li key={position}>
            <PositionBadge position={position} /> per {keys.join(', ')}
          </li>
        ))}
      </ul>
    );
  }
  if (row.position === null) {
    return (
      <span>
        <span className="pos pos-none">{NOT_REPORTED}</span>
        {row.implied && (
          <span className="implied"> (implied: {row.implied.map((p) => POSITION_LABEL[p]).join(' or ')})</span>
        )}
      </span>
    );
  }
  return <PositionBadge position={row.position} />;
}

interface Props {
  rows: StateRow[];
  caption: string;
  sort: Sort | null;
  onSortChange: (sort: Sort | null) => void;
  /** Receives the rows in the order shown, for the download. */
  children: (shown: StateRow[]) => React.ReactNode;
}

export function StateTable({ rows, caption, sort, onSortChange, children }: Props) {
  // Rows come in name order: shown as sorted by name, so the first press on State sorts the other way.
  const sorting = useMemo<SortingState>(() => [sort ? { id: sort.column, desc: sort.desc } : BY_NAME], [sort]);
  const table = useTable({
    features,
    columns,
    data: rows,
    state: { sorting },
    onSortingChange: (updater) => {
      const next = functionalUpdate(updater, sorting)[0];
      const isDefault = !next || (next.id === BY_NAME.id && next.desc === BY_NAME.desc);
      onSortChange(
        !isDefault && (SORT_COLUMNS as readonly string[]).includes(next.id)
          ? { column: next.id as SortColumn, desc: next.desc }
          : null,
      );
    },
  });
  const shown = table.getRowModel().rows.map((r) => r.original);
  return (
    <>
      {children(shown)}
      <div className="table-scroll tall" tabIndex={0} role="region" aria-label={caption}>
        <table className="data-table sticky-first">
          <caption>{caption}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                    >
                      <button type="button" className="sort" onClick={header.column.getToggleSortingHandler()}>
                        <table.FlexRender header={header} />
                        <span aria-hidden="true" className="sort-mark">
                          {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ' ↕'}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} className={`row-${row.original.status.replace(' ', '-')}`}>
                {row.getAllCells().map((cell, i) =>
                  i === 0 ? (
                    <th key={cell.id} scope="row">
                      <table.FlexRender cell={cell} />
                    </th>
                  ) : (
                    <td key={cell.id}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.length === 0 && <p className="empty">No state matches these filters.</p>}
    </>
  );
}
