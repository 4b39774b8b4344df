/**
 * A pair's agreement year by year: a line (Recharts) in a <figure> whose
 * caption says what it shows, and the same figures as a table with the
 * common decisions of each year.
 */
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Party, YearAgreement } from '../../domain/alignment';
import { useRef } from 'react';
import { DownloadButton } from '../../components/DownloadButton';
import { PictureButtons } from '../../components/PictureButtons';
import { madeOn } from '../../components/pictureLabels';
import { ABSTAIN_RULE_LABEL } from '../../components/labels';
import type { AlignmentParams } from '../../store/route';
import { alignmentHref } from '../../store/route';
import type { AlignmentAnswer } from './service';
import { StateSelect } from './controls';
import { agreementText, count } from './format';

interface Props {
  answer: AlignmentAnswer;
  parties: readonly Party[];
  params: AlignmentParams;
  change: (c: Partial<AlignmentParams>) => void;
  overVotes: boolean;
  download: () => { fileName: string; csv: () => string };
  /** The pictures' source line, and over which decisions the figures are. */
  picture: { source: string; scope: string };
}

export function PairOverTime({ answer, parties, params, change, overVotes, download, picture }: Props) {
  const chart = useRef<HTMLDivElement>(null);
  const [a, b] = [answer.state, answer.with];
  const nameA = a >= 0 ? answer.parties[a].name : params.state;
  const nameB = b >= 0 ? answer.parties[b].name : params.with;
  const pair = answer.pair;
  const rule = ABSTAIN_RULE_LABEL[params.abstain];
  return (
    <section className="panel" aria-labelledby="pair">
      <h2 id="pair">
        {nameA} and {nameB}, year by year
      </h2>
      <div className="filters">
        <StateSelect
          label="First state"
          value={params.state}
          parties={parties}
          onChange={(state) => change({ state })}
        />
        <StateSelect label="Second state" value={params.with} parties={parties} onChange={(w) => change({ with: w })} />
      </div>
      {!pair ? (
        <p className="notice">Choose two states of these decisions.</p>
      ) : a === b ? (
        <p className="notice">Choose two different states.</p>
      ) : (
        <>
          <p className="pair-summary">
            <strong className="num">{agreementText(pair.agreement)}</strong> agreement over{' '}
            <strong className="num">{count(pair.common)}</strong> common decision{pair.common === 1 ? '' : 's'} (
            {count(pair.same)} with the same position, {count(pair.oneAbstained)} where one abstained), abstention{' '}
            {rule}.
          </p>
          {overVotes && answer.pairYears.length > 1 ? (
            <Chart years={answer.pairYears} nameA={nameA} nameB={nameB} rule={rule} box={chart} />
          ) : (
            <>
              {!overVotes && (
                <p className="muted">
                  The curated day is one day: for the years, choose{' '}
                  <a href={alignmentHref({ ...params, dataset: 'history' })}>the General Assembly’s record</a>.
                </p>
              )}
              <YearTable years={answer.pairYears} caption={`Agreement of ${nameA} and ${nameB} per year`} />
            </>
          )}
          {answer.pairYears.length > 0 && (
            <div className="table-tools downloads">
              <DownloadButton fileName={download().fileName} makeCsv={() => download().csv()}>
                Download the years (CSV)
              </DownloadButton>
              {overVotes && answer.pairYears.length > 1 && (
                <PictureButtons
                  fileName={download().fileName.replace(/\.csv$/, '')}
                  what="of the years"
                  picture={() => ({
                    kind: 'chart',
                    title: `Agreement of ${nameA} and ${nameB}, year by year`,
                    subtitle: `${picture.scope}; abstention ${rule}. ${agreementText(pair.agreement)} over all ${count(pair.common)} common decisions.`,
                    source: picture.source,
                    date: madeOn(),
                    chart: chart.current,
                    key: [{ label: 'Agreement per year', fill: '#0b5394' }],
                  })}
                />
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}

function Chart({
  years,
  nameA,
  nameB,
  rule,
  box,
}: {
  years: YearAgreement[];
  nameA: string;
  nameB: string;
  rule: string;
  box: React.RefObject<HTMLDivElement | null>;
}) {
  const data = years.map((y) => ({
    year: y.year,
    agreement: y.agreement === null ? null : Math.round(1000 * y.agreement) / 10,
    common: y.common,
  }));
  const measured = years.filter((y) => y.agreement !== null);
  const low = measured.reduce<YearAgreement | null>((m, y) => (!m || y.agreement! < m.agreement! ? y : m), null);
  const high = measured.reduce<YearAgreement | null>((m, y) => (!m || y.agreement! > m.agreement! ? y : m), null);
  const first = years[0].year;
  const last = years[years.length - 1].year;
  const caption =
    `Agreement of ${nameA} and ${nameB} per year, ${first}–${last}, abstention ${rule}` +
    (low && high
      ? `: lowest ${agreementText(low.agreement)} in ${low.year} (${count(low.common)} common decisions), highest ${agreementText(high.agreement)} in ${high.year} (${count(high.common)}).`
      : '.');
  const tableCaption = `Agreement of ${nameA} and ${nameB} per year`;
  return (
    <figure className="yearly pair-chart">
      <div className="yearly-chart" aria-hidden="true" ref={box}>
        <ResponsiveContainer width="100%" height={260}>
          <LineChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: -16 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} stroke="#e5e5e5" />
            <XAxis dataKey="year" tick={{ fontSize: 12 }} minTickGap={16} />
            <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit="%" tick={{ fontSize: 12 }} />
            <Tooltip
              formatter={(value: unknown, _name: unknown, item: { payload?: { common?: number } }) => [
                `${String(value)}% of ${count(item.payload?.common ?? 0)} common decisions`,
                'Agreement',
              ]}
            />
            <Line
              type="linear"
              dataKey="agreement"
              name="Agreement"
              stroke="#0b5394"
              strokeWidth={2}
              dot={{ r: 2 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption>{caption}</figcaption>
      <details className="chart-table">
        <summary>The chart as a table</summary>
        <YearTable years={years} caption={tableCaption} />
      </details>
    </figure>
  );
}

function YearTable({ years, caption }: { years: YearAgreement[]; caption: string }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table compact sticky-first">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">Agreement</th>
            <th scope="col">Common decisions</th>
            <th scope="col">Same position</th>
            <th scope="col">One abstained</th>
          </tr>
        </thead>
        <tbody>
          {years.map((y) => (
            <tr key={y.year}>
              <th scope="row" className="num">
                {y.year}
              </th>
              <td className="num">{agreementText(y.agreement)}</td>
              <td className="num">{count(y.common)}</td>
              <td className="num">{count(y.same)}</td>
              <td className="num">{count(y.oneAbstained)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
