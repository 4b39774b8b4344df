/**
 * A state's positions per year as stacked shares (Recharts) in a <figure>,
 * with the same figures as a table beneath for screen readers, keyboards and
 * print: the chart is the shape, the table the evidence.
 */
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ABSENT_COLOR, ABSENT_OR_NOT_VOTING, POSITION_COLOR, POSITION_LABEL, POSITION_MARK } from './labels';
import type { PictureInfo } from './PictureButtons';
import { ChartFigure } from './ChartFigure';

export interface YearRow {
  year: number;
  decisions: number;
  Y: number;
  N: number;
  A: number;
  absentOrNotVoting: number;
}

const SERIES = [
  { key: 'Y', label: POSITION_LABEL.Y, color: POSITION_COLOR.Y },
  { key: 'N', label: POSITION_LABEL.N, color: POSITION_COLOR.N },
  { key: 'A', label: POSITION_LABEL.A, color: POSITION_COLOR.A },
  { key: 'absentOrNotVoting', label: ABSENT_OR_NOT_VOTING, color: ABSENT_COLOR },
] as const;

const pct = (n: number, of: number) => (of === 0 ? '–' : `${((100 * n) / of).toFixed(0)}%`);

export function YearlyChart({
  rows,
  caption,
  tableCaption,
  picture,
}: {
  rows: YearRow[];
  caption: string;
  tableCaption: string;
  /** Where given, the chart downloads as a picture. */
  picture?: PictureInfo;
}) {
  const data = rows.map((r) => ({
    year: r.year,
    ...Object.fromEntries(SERIES.map((s) => [s.key, r.decisions === 0 ? 0 : (100 * r[s.key]) / r.decisions])),
  }));
  return (
    <ChartFigure
      chart={
        <ResponsiveContainer width="100%" height={260}>
          <BarChart
            data={data}
            margin={{ top: 8, right: 8, bottom: 0, left: -16 }}
            barCategoryGap="8%"
            accessibilityLayer={false}
          >
            <CartesianGrid vertical={false} stroke="#e5e5e5" />
            <XAxis dataKey="year" tick={{ fontSize: 12 }} minTickGap={16} />
            <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit="%" tick={{ fontSize: 12 }} />
            <Tooltip formatter={(v: unknown) => (typeof v === 'number' ? `${v.toFixed(0)}%` : String(v))} />
            {/* In the order of the stack, not by name; the words in ink (amber text on white is hard to read). */}
            <Legend
              wrapperStyle={{ fontSize: 13 }}
              itemSorter={null}
              formatter={(value: unknown) => <span className="chart-legend-text">{String(value)}</span>}
            />
            {SERIES.map((s) => (
              <Bar key={s.key} dataKey={s.key} name={s.label} stackId="y" fill={s.color} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      }
      caption={caption}
      tableCaption={tableCaption}
      picture={
        picture && {
          info: picture,
          what: 'of the years',
          key: SERIES.map((s) => ({
            label: s.label,
            fill: s.color,
            mark: s.key === 'absentOrNotVoting' ? undefined : POSITION_MARK[s.key],
            value: String(rows.reduce((n, r) => n + r[s.key], 0)),
          })),
        }
      }
      table={
        <>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col">Votes</th>
              {SERIES.map((s) => (
                <th key={s.key} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.year}>
                <th scope="row" className="num">
                  {r.year}
                </th>
                <td className="num">{r.decisions}</td>
                {SERIES.map((s) => (
                  <td key={s.key} className="num">
                    {r[s.key]} ({pct(r[s.key], r.decisions)})
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </>
      }
    />
  );
}
