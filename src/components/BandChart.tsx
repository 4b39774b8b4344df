/**
 * How contested a set of votes was: a histogram whose bars are split by band
 * (Recharts) in a <figure>, with the same figures as a table beneath.
 */
import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { PictureInfo } from './PictureButtons';
import { ChartFigure } from './ChartFigure';
import type { Band } from '../domain/divided';
import { BANDS } from '../domain/divided';
import { BAND_COLOR, BAND_LABEL } from './labels';

export interface BandBar {
  /** What the bar holds, as its table and tooltip write it ("20–30%", "5 or more"). */
  label: string;
  /** The same, shorter, as the axis writes it under the bar ("5+"); the label where not given. */
  tick?: string;
  counts: Record<Band, number>;
  total: number;
}

export function BandChart({
  bars,
  caption,
  tableCaption,
  barHead,
  xLabel,
  edges,
  picture,
}: {
  bars: readonly BandBar[];
  caption: string;
  tableCaption: string;
  /** The table's first column head. */
  barHead: string;
  /** The chart's axis title. */
  xLabel: string;
  /**
   * Where the bars are equal bins of one scale (0–10, 10–20, … 90–100): their
   * edges, one more than the bars, which the axis writes between the bars
   * (0, 10, … 100) instead of a range under each, so they stay apart on a phone.
   */
  edges?: readonly number[];
  /** Where given, the chart downloads as a picture. */
  picture?: PictureInfo;
}) {
  const data = bars.map((b) => ({ label: b.label, tick: b.tick ?? b.label, ...b.counts }));
  const used = BANDS.filter((band) => bars.some((b) => b.counts[band] > 0));
  return (
    <ChartFigure
      className="yearly band-chart"
      chart={
        <ResponsiveContainer width="100%" height={260}>
          <BarChart
            data={data}
            margin={{ top: 8, right: edges ? 16 : 8, bottom: 16, left: -8 }}
            accessibilityLayer={false}
          >
            <CartesianGrid vertical={false} stroke="#e5e5e5" />
            <XAxis
              dataKey="tick"
              tick={edges ? (props: TickProps) => <EdgeTick {...props} edges={edges} /> : { fontSize: 12 }}
              tickLine={!edges}
              tickSize={TICK_SIZE}
              tickMargin={TICK_MARGIN}
              interval={0}
              label={{ value: xLabel, position: 'insideBottom', offset: -10, fontSize: 12 }}
            />
            <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
            <Tooltip />
            <Legend
              verticalAlign="top"
              wrapperStyle={{ fontSize: 13 }}
              itemSorter={null}
              formatter={(value: unknown) => <span className="chart-legend-text">{String(value)}</span>}
            />
            {used.map((band) => (
              <Bar
                key={band}
                dataKey={band}
                name={BAND_LABEL[band]}
                stackId="b"
                fill={BAND_COLOR[band]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      }
      caption={caption}
      tableCaption={tableCaption}
      picture={
        picture && {
          info: picture,
          what: 'of the histogram',
          key: used.map((band) => ({
            label: BAND_LABEL[band],
            fill: BAND_COLOR[band],
            value: String(bars.reduce((n, b) => n + b.counts[band], 0)),
          })),
        }
      }
      table={
        <>
          <thead>
            <tr>
              <th scope="col">{barHead}</th>
              <th scope="col">Votes</th>
              {BANDS.map((band) => (
                <th key={band} scope="col">
                  {BAND_LABEL[band]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr key={b.label}>
                <th scope="row" className="num">
                  {b.label}
                </th>
                <td className="num">{b.total.toLocaleString('en')}</td>
                {BANDS.map((band) => (
                  <td key={band} className="num">
                    {b.counts[band].toLocaleString('en')}
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

const TICK_SIZE = 6;
const TICK_MARGIN = 2;

/** What Recharts hands a custom tick of a category axis. */
interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { index: number; offset?: number };
}

/**
 * A bar's left edge under it, as a mark and its figure, and the last bar's
 * right edge too: a histogram's scale written between its bars.
 */
function EdgeTick({ x, y, payload, edges }: TickProps & { edges: readonly number[] }) {
  if (payload === undefined) return null;
  const { index, offset = 0 } = payload;
  const middle = Number(x);
  const top = Number(y) - TICK_MARGIN;
  const at = [{ x: middle - offset, value: edges[index] }];
  if (index === edges.length - 2) at.push({ x: middle + offset, value: edges[index + 1] });
  return (
    <g className="recharts-cartesian-axis-tick">
      {at.map((edge) => (
        <g key={edge.value}>
          <line x1={edge.x} x2={edge.x} y1={top - TICK_SIZE} y2={top} stroke="#666" />
          <text x={edge.x} y={Number(y)} dy="0.71em" textAnchor="middle" fontSize={12} fill="#666">
            {edge.value}
          </text>
        </g>
      ))}
    </g>
  );
}

/** A count per year as bars, in a <figure> with its table. */
export function CountChart({
  rows,
  caption,
  tableCaption,
  picture,
}: {
  rows: readonly { year: number; votes: number }[];
  caption: string;
  tableCaption: string;
  /** Where given, the chart downloads as a picture. */
  picture?: PictureInfo;
}) {
  return (
    <ChartFigure
      chart={
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={[...rows]} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} stroke="#e5e5e5" />
            <XAxis dataKey="year" tick={{ fontSize: 12 }} minTickGap={16} />
            <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
            <Tooltip />
            <Bar dataKey="votes" name="Votes" fill={BAND_COLOR.clear} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      }
      caption={caption}
      tableCaption={tableCaption}
      picture={
        picture && {
          info: picture,
          what: 'of the votes per year',
          key: [{ label: 'Votes', fill: BAND_COLOR.clear, value: String(rows.reduce((n, r) => n + r.votes, 0)) }],
        }
      }
      table={
        <>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col">Votes</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.year}>
                <th scope="row" className="num">
                  {r.year}
                </th>
                <td className="num">{r.votes.toLocaleString('en')}</td>
              </tr>
            ))}
          </tbody>
        </>
      }
    />
  );
}

/** How many votes fell in each band, and their share of `total`, as a table whose band names carry their swatch. */
export function BandCounts({
  bands,
  total,
  caption,
  className = 'data-table compact',
}: {
  bands: Record<Band, number>;
  total: number;
  caption: ReactNode;
  className?: string;
}) {
  return (
    <table className={className}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Band</th>
          <th scope="col">Votes</th>
          <th scope="col">Share</th>
        </tr>
      </thead>
      <tbody>
        {BANDS.map((band) => (
          <tr key={band}>
            <th scope="row">
              <span className="band-swatch" style={{ background: BAND_COLOR[band] }} aria-hidden="true" />
              {BAND_LABEL[band]}
            </th>
            <td className="num">{bands[band].toLocaleString('en')}</td>
            <td className="num">{total ? `${((100 * bands[band]) / total).toFixed(1)}%` : '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
