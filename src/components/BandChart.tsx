/**
 * How contested a set of votes was: a histogram whose bars are split by band
 * (Recharts) in a <figure>, with the same figures as a table beneath.
 */
import { useRef } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { PictureInfo } from './PictureButtons';
import { PictureButtons } from './PictureButtons';
import type { Band } from '../domain/divided';
import { BANDS } from '../domain/divided';
import { BAND_COLOR, BAND_LABEL } from './labels';

export interface BandBar {
  /** What the bar holds, as its axis writes it ("20–30%", "2"). */
  label: string;
  counts: Record<Band, number>;
  total: number;
}

export function BandChart({
  bars,
  caption,
  tableCaption,
  barHead,
  xLabel,
  picture,
}: {
  bars: readonly BandBar[];
  caption: string;
  tableCaption: string;
  /** The table's first column head. */
  barHead: string;
  /** The chart's axis title. */
  xLabel: string;
  /** Where given, the chart downloads as a picture. */
  picture?: PictureInfo;
}) {
  const chart = useRef<HTMLDivElement>(null);
  const data = bars.map((b) => ({ label: b.label, ...b.counts }));
  const used = BANDS.filter((band) => bars.some((b) => b.counts[band] > 0));
  return (
    <figure className="yearly band-chart">
      <div className="yearly-chart" aria-hidden="true" ref={chart}>
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 16, left: -8 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} stroke="#e5e5e5" />
            <XAxis
              dataKey="label"
              tick={{ fontSize: 12 }}
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
      </div>
      <figcaption>{caption}</figcaption>
      {picture && (
        <PictureButtons
          fileName={picture.fileName}
          what="of the histogram"
          picture={() => ({
            kind: 'chart',
            ...picture,
            chart: chart.current,
            key: used.map((band) => ({
              label: BAND_LABEL[band],
              fill: BAND_COLOR[band],
              value: String(bars.reduce((n, b) => n + b.counts[band], 0)),
            })),
          })}
        />
      )}
      <details className="chart-table">
        <summary>The chart as a table</summary>
        <div className="table-scroll" tabIndex={0} role="region" aria-label={tableCaption}>
          <table className="data-table compact sticky-first">
            <caption>{tableCaption}</caption>
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
          </table>
        </div>
      </details>
    </figure>
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
  const chart = useRef<HTMLDivElement>(null);
  return (
    <figure className="yearly">
      <div className="yearly-chart" aria-hidden="true" ref={chart}>
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={[...rows]} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} stroke="#e5e5e5" />
            <XAxis dataKey="year" tick={{ fontSize: 12 }} minTickGap={16} />
            <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
            <Tooltip />
            <Bar dataKey="votes" name="Votes" fill={BAND_COLOR.clear} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption>{caption}</figcaption>
      {picture && (
        <PictureButtons
          fileName={picture.fileName}
          what="of the votes per year"
          picture={() => ({
            kind: 'chart',
            ...picture,
            chart: chart.current,
            key: [
              {
                label: 'Votes',
                fill: BAND_COLOR.clear,
                value: String(rows.reduce((n, r) => n + r.votes, 0)),
              },
            ],
          })}
        />
      )}
      <details className="chart-table">
        <summary>The chart as a table</summary>
        <div className="table-scroll" tabIndex={0} role="region" aria-label={tableCaption}>
          <table className="data-table compact sticky-first">
            <caption>{tableCaption}</caption>
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
          </table>
        </div>
      </details>
    </figure>
  );
}
