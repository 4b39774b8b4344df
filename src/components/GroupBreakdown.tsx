/**
 * A decision's positions by UN regional group and in the EU: a light bar per
 * group (the tally chart's colours and hatching, with the counts written in)
 * in a <figure>, its table alternative, the members against their group's
 * majority named and linked, and the table as CSV. Takes the rows made by
 * `groupBreakdown` (src/domain/groups.ts).
 */
import './GroupBreakdown.css';
import { useId } from 'react';
import type { Bloc, BlocMember, BlocRow, MajorityPosition } from '../domain/groups';
import { EU_UNION_FROM, breakdownTable } from '../domain/groups';
import { toCsv } from '../domain/csv';
import { CODE } from '../domain/model';
import { PositionChip } from './Badges';
import { DownloadButton } from './DownloadButton';
import { PictureButtons } from './PictureButtons';
import { formatDate } from './dates';
import type { BarPart } from '../domain/picture/compose';
import type { NoneMeans } from './positionMapTypes';
import {
  ABSENT_COLOR,
  ABSENT_OR_NOT_VOTING,
  DISPUTED,
  NOT_REPORTED,
  POSITION_COLOR,
  POSITION_LABEL,
  POSITION_MARK,
} from './labels';

/** Short names for the bars and the table, where a phone has little room: the groups of States, without the word. */
const GROUP_SHORT: Record<Exclude<Bloc, 'EU'>, string> = {
  'African States': 'African',
  'Asia-Pacific States': 'Asia-Pacific',
  'Eastern European States': 'Eastern European',
  'Latin American and Caribbean States': 'Latin American and Caribbean',
  'Western European and other States': 'Western European and other',
};
/** A bloc's name: the group's own; for the EU before the Maastricht treaty, the EEC, as it was then called. */
export const blocLabel = (bloc: Bloc, date: string, short = false) =>
  bloc === 'EU' ? (date < EU_UNION_FROM ? 'EEC (today’s EU)' : 'European Union') : short ? GROUP_SHORT[bloc] : bloc;

type SegmentKey = 'Y' | 'N' | 'A' | 'X' | 'disputed' | 'none';
const SEGMENTS: SegmentKey[] = ['Y', 'N', 'A', 'X', 'disputed', 'none'];
const CODE_POSITION: Readonly<Record<number, MajorityPosition>> = { [CODE.Y]: 'Y', [CODE.N]: 'N', [CODE.A]: 'A' };

interface Props {
  rows: readonly BlocRow[];
  noneMeans: NoneMeans;
  /** The decision's date (the EU's name then). */
  date: string;
  /** A decision of the record: its states count in their groups of today, and the view says so. */
  historical: boolean;
  /** What the caption calls the decision: its symbol, or its title. */
  decisionLabel: string;
  hrefOf: (key: string) => string;
  fileName: string;
  /** The source line of the chart's picture. */
  pictureSource: string;
}

/** How a part of a bar is drawn in a picture: the page's colours, the hatch where not reported. */
const PICTURE_FILL: Record<SegmentKey | 'notReported' | 'absent', Omit<BarPart, 'count'>> = {
  Y: { fill: POSITION_COLOR.Y },
  N: { fill: POSITION_COLOR.N },
  A: { fill: POSITION_COLOR.A },
  X: { fill: POSITION_COLOR.X },
  disputed: { fill: '#fff8ef' },
  none: { fill: POSITION_COLOR.notRecorded },
  notReported: { fill: POSITION_COLOR.notRecorded, hatch: true },
  absent: { fill: ABSENT_COLOR, ink: '#fff' },
};

export function GroupBreakdown({
  rows,
  noneMeans,
  date,
  historical,
  decisionLabel,
  hrefOf,
  fileName,
  pictureSource,
}: Props) {
  const id = useId();
  const noneLabel = noneMeans === 'absent' ? ABSENT_OR_NOT_VOTING : NOT_REPORTED;
  const segmentLabel = (key: SegmentKey) =>
    key === 'none' ? noneLabel : key === 'disputed' ? DISPUTED : POSITION_LABEL[key];
  // Columns without a count in any row are left out (the record has no non-voting and no disputes).
  const shown = SEGMENTS.filter((key) => rows.some((r) => r[key] > 0) || key === 'Y' || key === 'N' || key === 'A');
  const against = rows.reduce((n, r) => n + r.against.length, 0);
  const captionText = `Positions on ${decisionLabel} by regional group${rows.some((r) => r.bloc === 'EU') ? ' and in the EU' : ''}: how many of each group took each position, the group's majority, and how many took another position than the majority.`;

  return (
    <div className="group-breakdown">
      <p className="group-note">
        {historical
          ? 'A state counts in its regional group of today, whatever its group was at the date; former states count in the group of their region: the USSR, Czechoslovakia, Yugoslavia, Serbia and Montenegro and the German Democratic Republic in the Eastern European States, the two Yemens and the Republic of China in the Asia-Pacific States, Tanganyika and Zanzibar in the African States. '
          : 'Each state counts in its group for elections (the United States and Türkiye: Western European and other States). '}
        {rows.some((r) => r.bloc === 'EU')
          ? `The EU row counts the members of ${date < EU_UNION_FROM ? 'the European Economic Community' : 'the European Union'} at the decision's date.`
          : 'The European Economic Community, today’s EU, began in 1958: before then there is no EU row.'}
      </p>
      <figure className="group-chart">
        <div className="group-bars" aria-hidden="true">
          {rows.map((r) => (
            <div key={r.bloc} className="group-bar-row">
              <span className="group-bar-label">
                {blocLabel(r.bloc, date, true)} <span className="muted num">({r.members})</span>
              </span>
              {r.members === 0 ? (
                <span className="group-bar group-bar-empty muted">no member</span>
              ) : (
                <span className="group-bar">
                  {shown
                    .filter((key) => r[key] > 0)
                    .map((key) => (
                      <span
                        key={key}
                        className={`group-seg seg-${key === 'none' ? noneMeans : key}`}
                        style={{ width: `${(100 * r[key]) / r.members}%` }}
                        title={`${segmentLabel(key)}: ${r[key]}`}
                      >
                        {r[key] / r.members >= 0.08 ? r[key] : ''}
                      </span>
                    ))}
                </span>
              )}
            </div>
          ))}
        </div>
        <figcaption>
          Each bar is a group's members at the date, split by position (counts written in where there is room); the
          table below gives every count.
        </figcaption>
        <ul className="legend" aria-label="Positions in the bars">
          {shown.map((key) => (
            <li key={key}>
              <span className={`swatch seg-${key === 'none' ? noneMeans : key}`} aria-hidden="true">
                {key === 'Y' || key === 'N' || key === 'A' || key === 'X' ? POSITION_MARK[key] : ''}
              </span>
              <span>{segmentLabel(key)}</span>
            </li>
          ))}
        </ul>
      </figure>

      <div className="table-tools">
        <DownloadButton
          fileName={fileName}
          makeCsv={() => {
            const table = breakdownTable(rows, noneMeans === 'absent' ? 'absent_or_not_voting' : 'not_reported');
            return toCsv(table.header, table.rows, { bom: true });
          }}
        >
          Download the groups (CSV)
        </DownloadButton>
        <PictureButtons
          fileName={fileName.replace(/\.csv$/, '')}
          what="of the groups"
          picture={() => {
            const style = (key: SegmentKey) => PICTURE_FILL[key === 'none' ? noneMeans : key];
            return {
              kind: 'chart',
              title: `Positions on ${decisionLabel} by regional group${rows.some((r) => r.bloc === 'EU') ? ' and in the EU' : ''}`,
              source: pictureSource,
              date: formatDate(date, 'day'),
              chart: {
                bars: rows.map((r) => ({
                  label: blocLabel(r.bloc, date, true),
                  note: `(${r.members})`,
                  total: r.members,
                  empty: 'no member',
                  parts: shown.map((key) => ({ count: r[key], text: String(r[key]), ...style(key) })),
                })),
              },
              key: shown.map((key) => ({
                label: segmentLabel(key),
                ...style(key),
                mark: key === 'Y' || key === 'N' || key === 'A' || key === 'X' ? POSITION_MARK[key] : undefined,
                value: String(rows.reduce((n, r) => n + r[key], 0)),
              })),
            };
          }}
        />
      </div>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
        <table className="data-table compact group-table">
          <caption id={`${id}-caption`}>{captionText}</caption>
          <thead>
            <tr>
              <th scope="col">Group</th>
              <th scope="col">Members</th>
              {shown.map((key) => (
                <th key={key} scope="col">
                  {segmentLabel(key)}
                </th>
              ))}
              <th scope="col">Majority</th>
              <th scope="col">Against it</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.bloc}>
                <th scope="row">{blocLabel(r.bloc, date, true)}</th>
                <td className="num">{r.members}</td>
                {shown.map((key) => (
                  <td key={key} className="num">
                    {r[key]}
                  </td>
                ))}
                <td>
                  <Majority row={r} noneMeans={noneMeans} />
                </td>
                <td className="num">{r.majority === null ? '—' : r.against.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted small">
        A group's majority is the most frequent of yes, no and abstain among its members that took one of them; where
        two are equally frequent the group has none.{' '}
        {noneMeans === 'notReported'
          ? `Members not reported or disputed count in no majority; where they are enough to change it, the table says so. `
          : `Members absent or not voting count in no majority. `}
      </p>
      {against === 0 ? (
        <p>No member took a position against its group’s majority.</p>
      ) : (
        <>
          <h3 className="against-title">
            Against their group’s majority <span className="num">({against})</span>
          </h3>
          <dl className="against">
            {rows
              .filter((r) => r.against.length > 0)
              .map((r) => (
                <div key={r.bloc}>
                  <dt>
                    {blocLabel(r.bloc, date)} (majority {POSITION_LABEL[r.majority!]})
                  </dt>
                  <dd>
                    <Against members={r.against} hrefOf={hrefOf} />
                  </dd>
                </div>
              ))}
          </dl>
        </>
      )}
    </div>
  );
}

function Majority({ row, noneMeans }: { row: BlocRow; noneMeans: NoneMeans }) {
  if (row.members === 0) return <span className="muted">no member</span>;
  if (row.majority === null)
    return <span>{row.Y + row.N + row.A === 0 ? 'none (no position taken)' : 'none (a tie)'}</span>;
  const p = row.majority;
  return (
    <>
      <span className={`pos pos-${p}`}>
        <span aria-hidden="true">{POSITION_MARK[p]} </span>
        {POSITION_LABEL[p]}
      </span>
      {!row.settled && (
        <span className="small">
          {' '}
          (not settled: the {row.disputed + (noneMeans === 'notReported' ? row.none : 0)} not known could change it)
        </span>
      )}
    </>
  );
}

function Against({ members, hrefOf }: { members: readonly BlocMember[]; hrefOf: (key: string) => string }) {
  if (members.length === 0) return <span className="muted">none</span>;
  return (
    <ul className="against-list">
      {members.map((m) => {
        const p = CODE_POSITION[m.code];
        return (
          <li key={m.key}>
            <a href={hrefOf(m.key)}>{m.name}</a> <PositionChip position={p} />
          </li>
        );
      })}
    </ul>
  );
}
