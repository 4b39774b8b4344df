/**
 * The most divided votes: over a chosen set of decisions (the curated day by
 * body, the General Assembly's record by years and topic, an import by years
 * and subject), how contested they were, as a histogram of margins in bands
 * with its table, and every vote listed from the most divided, each linked
 * to its page. The bands' thresholds are stated on the page; both the
 * histogram and the list download as CSV. The address holds every choice.
 */
import { useEffect, useMemo } from 'react';
import type { Dataset } from '../../domain/model';
import { stateName } from '../../domain/model';
import type { Body } from '../../domain/schema';
import type { HistogramBin, MeasuredVote, TalliedVote } from '../../domain/divided';
import {
  BANDS,
  DIVIDED_HEADER,
  GA_BAND_FROM,
  HISTOGRAM_HEADER,
  SC_DIVIDED_FROM,
  SC_LAST_BIN,
  bandCounts,
  dayVotes,
  dividedRows,
  histogram,
  histogramRows,
  importVotes,
  measureAll,
  mostDivided,
  recordVotes,
} from '../../domain/divided';
import { toCsv } from '../../domain/csv';
import { importSubjects } from '../../domain/undl/subjects';
import type { UndlStore } from '../../domain/undl/format';
import { BandChart, BandCounts } from '../../components/BandChart';
import { PICTURE_SOURCE, madeOn } from '../../components/pictureLabels';
import type { BandBar } from '../../components/BandChart';
import { DownloadButton, fileNamePart } from '../../components/DownloadButton';
import { VirtualTable } from '../../components/VirtualTable';
import { YearRange } from '../../components/YearInput';
import { ImportStatus, RecordStatus } from '../../components/DatasetStatus';
import { MiniTally } from '../../components/MiniTally';
import { BAND_COLOR, BAND_LABEL, BODY_LABEL } from '../../components/labels';
import { formatDate } from '../../components/dates';
import type { DividedDataset, DividedParams } from '../../store/route';
import { DIVIDED_DATASETS, decisionHref, historyDecisionHref } from '../../store/route';
import { requestHistory } from '../../store/history';
import { HISTORY, datasetState, useStore } from '../../store/store';

const DATASET_LABEL: Record<DividedDataset, string> = {
  history: 'GA record, 1946–2019',
  day: 'The curated day, 24 Feb 2025',
  'undl-ga': 'Imported: General Assembly (UN Digital Library)',
  'undl-sc': 'Imported: Security Council (UN Digital Library)',
};

const count = (n: number) => n.toLocaleString('en');
const percent = (share: number) => `${(100 * share).toFixed(1)}%`;

export default function DividedView({ day, params }: { day: Dataset | null; params: DividedParams }) {
  const onRecord = params.dataset === 'history';
  const onImport = params.dataset === 'undl-ga' || params.dataset === 'undl-sc';
  const history = useStore((s) => datasetState(s, HISTORY));
  const imported = useStore((s) => (onImport ? datasetState(s, params.dataset) : null));
  const datasets = useStore((s) => s.datasets);
  const available = DIVIDED_DATASETS.filter(
    (d) => d === 'history' || d === 'day' || d === params.dataset || datasetState({ datasets }, d).status === 'ready',
  );
  useEffect(() => {
    if (onRecord) void requestHistory();
  }, [onRecord]);
  const pack = history.status === 'ready' && history.kind === 'record' ? history.pack : null;
  const store = imported?.status === 'ready' && imported.kind === 'import' ? imported.imported.store : null;
  const change = (c: Partial<DividedParams>) => useStore.getState().dividedChanged({ ...params, ...c });

  const { fromYear, toYear, topic, subject, body } = params;
  const taken = useMemo<{ votes: TalliedVote[]; leftOut: { untallied: number; withoutVote: number } } | null>(() => {
    const selection = { fromYear, toYear, topic, subject };
    if (params.dataset === 'day') {
      if (!day) return null;
      const { votes, untallied } = dayVotes(day, body);
      return { votes, leftOut: { untallied, withoutVote: 0 } };
    }
    if (onRecord)
      return pack ? { votes: recordVotes(pack, selection), leftOut: { untallied: 0, withoutVote: 0 } } : null;
    if (!store) return null;
    const { votes, untallied, withoutVote } = importVotes(store, selection);
    return { votes, leftOut: { untallied, withoutVote } };
  }, [params.dataset, day, body, onRecord, pack, store, fromYear, toYear, topic, subject]);

  const measured = useMemo(() => (taken ? measureAll(taken.votes) : null), [taken]);
  const list = useMemo(() => (measured ? mostDivided(measured.votes) : []), [measured]);
  const bins = useMemo(() => (measured ? histogram(body, measured.votes) : []), [measured, body]);

  const what = selectionWords(params, pack?.topics ?? []);
  const filePart = [
    params.dataset,
    params.dataset === 'day' ? body.toLowerCase() : null,
    fromYear,
    toYear,
    topic,
    subject ? fileNamePart(subject).toLowerCase() : null,
  ]
    .filter((x) => x !== null)
    .join('-');

  return (
    <>
      <nav className="crumbs" aria-label="Breadcrumb">
        <a href="#/">Overview</a> › <span aria-current="page">Most divided votes</span>
      </nav>
      <div className="page-head">
        <h1>Most divided votes</h1>
        <p className="lede">
          How contested the votes were: each vote’s margin (yes minus no) in bands from near-unanimous to highly
          divided, and the votes listed from the most divided, each linked to its page.
        </p>
      </div>
      <Method body={body} />
      <Choices params={params} available={available} store={store} change={change} />

      {onImport && !store ? (
        <ImportStatus state={imported} body={params.dataset === 'undl-sc' ? 'SC' : 'GA'} />
      ) : onRecord && !pack ? (
        <RecordStatus state={history} />
      ) : !measured || !taken ? (
        <p role="status">Loading the dataset…</p>
      ) : (
        <>
          <p role="status" className="count">
            {measured.votes.length === 0
              ? 'No vote with a tally matches these choices.'
              : `${count(measured.votes.length)} vote${measured.votes.length === 1 ? '' : 's'} of ${what}.`}
            {leftOutWords(measured.leftOut, taken.leftOut)}
          </p>
          {measured.votes.length > 0 && (
            <>
              <Histogram
                body={body}
                bins={bins}
                votes={measured.votes}
                what={what}
                fileName={`un-divided-${filePart}-histogram.csv`}
                source={
                  PICTURE_SOURCE[params.dataset === 'history' ? 'record' : params.dataset === 'day' ? 'day' : 'undl']
                }
              />
              <List
                votes={list}
                body={body}
                what={what}
                nameOf={(key) =>
                  params.dataset === 'day' && day
                    ? stateName(day, key)
                    : (store?.states[store.stateIndex.get(key) ?? -1]?.name ?? key)
                }
                fileName={`un-divided-${filePart}-list.csv`}
              />
            </>
          )}
        </>
      )}
    </>
  );
}

/** What the votes are, in words: "the General Assembly's record, 1971–1990, on colonialism". */
function selectionWords(params: DividedParams, topics: readonly { code: string; label: string }[]): string {
  const base =
    params.dataset === 'day'
      ? `the ${BODY_LABEL[params.body]} on the curated day`
      : params.dataset === 'history'
        ? 'the General Assembly’s record'
        : `the imported ${BODY_LABEL[params.body]} file`;
  const years =
    params.dataset === 'day'
      ? ''
      : params.fromYear !== null && params.toYear !== null
        ? params.fromYear === params.toYear
          ? `, ${params.fromYear}`
          : `, ${params.fromYear}–${params.toYear}`
        : params.fromYear !== null
          ? `, from ${params.fromYear}`
          : params.toYear !== null
            ? `, until ${params.toYear}`
            : '';
  const topic =
    params.dataset === 'history' && params.topic
      ? `, on ${(topics.find((t) => t.code === params.topic)?.label ?? params.topic).toLowerCase()}`
      : '';
  const subject =
    params.dataset !== 'history' && params.dataset !== 'day' && params.subject ? `, subject “${params.subject}”` : '';
  return `${base}${years}${topic}${subject}`;
}

function leftOutWords(noYesOrNo: number, leftOut: { untallied: number; withoutVote: number }): string {
  const parts: string[] = [];
  if (leftOut.withoutVote) parts.push(`${count(leftOut.withoutVote)} adopted without a vote`);
  if (leftOut.untallied) parts.push(`${count(leftOut.untallied)} without a recorded tally`);
  if (noYesOrNo) parts.push(`${count(noYesOrNo)} with no yes and no no`);
  return parts.length ? ` Left out: ${parts.join(', ')}.` : '';
}

function Method({ body }: { body: Body }) {
  const pct = (x: number) => `${Math.round(100 * x)}%`;
  return (
    <section className="panel method" aria-labelledby="divided-method">
      <h2 id="divided-method">How the bands are set</h2>
      {body === 'GA' ? (
        <>
          <p>
            A vote’s <strong>margin</strong> is the number in favour minus the number against. Its{' '}
            <strong>share</strong> is the margin as a share of those who voted yes or no, whichever side won:
            abstentions and members absent or not voting take no part. A vote with no yes and no no is left out.
          </p>
          <ul className="band-key">
            <BandItem band="near-unanimous">
              {pct(GA_BAND_FROM['near-unanimous'])} or more (the minority is at most 5% of those voting yes or no)
            </BandItem>
            <BandItem band="clear">
              {pct(GA_BAND_FROM.clear)} to under {pct(GA_BAND_FROM['near-unanimous'])} (a minority of 5% to 25%)
            </BandItem>
            <BandItem band="divided">
              {pct(GA_BAND_FROM.divided)} to under {pct(GA_BAND_FROM.clear)} (a minority of 25% to 40%)
            </BandItem>
            <BandItem band="highly-divided">under {pct(GA_BAND_FROM.divided)} (a minority of more than 40%)</BandItem>
          </ul>
          <p>
            The most divided come first: the narrowest share, then the narrowest margin, then the earliest date. The
            record’s tallies are counted from its positions; the curated day’s are its first recorded tally; an import’s
            are the file’s official totals (a vote adopted without a vote is left out).
          </p>
        </>
      ) : (
        <>
          <p>
            In the Security Council a vote is measured by its <strong>negative votes</strong> and its{' '}
            <strong>vetoes</strong>: a permanent member’s negative vote on a draft (not on a procedural question).
          </p>
          <ul className="band-key">
            <BandItem band="near-unanimous">no negative vote</BandItem>
            <BandItem band="clear">1 to {SC_DIVIDED_FROM - 1} negative votes, no veto</BandItem>
            <BandItem band="divided">{SC_DIVIDED_FROM} or more negative votes, no veto</BandItem>
            <BandItem band="highly-divided">a veto</BandItem>
          </ul>
          <p>
            The most divided come first: the most vetoes, then the most negative votes, then the fewest in favour, then
            the earliest date. The curated day’s vetoes are those of its recorded outcome. An import holds adopted
            resolutions only, so none was vetoed: a permanent member’s vote against one was on a procedural question.
          </p>
        </>
      )}
    </section>
  );
}

function BandItem({ band, children }: { band: (typeof BANDS)[number]; children: React.ReactNode }) {
  return (
    <li>
      <span className="band-swatch" style={{ background: BAND_COLOR[band] }} aria-hidden="true" />
      <strong>{BAND_LABEL[band]}</strong>: {children}
    </li>
  );
}

function Choices({
  params,
  available,
  store,
  change,
}: {
  params: DividedParams;
  available: readonly DividedDataset[];
  store: UndlStore | null;
  change: (c: Partial<DividedParams>) => void;
}) {
  const pack = useStore((s) => {
    const h = datasetState(s, HISTORY);
    return h.status === 'ready' && h.kind === 'record' ? h.pack : null;
  });
  const subjects = useMemo(() => (store ? importSubjects(store) : []), [store]);
  const overYears = params.dataset !== 'day';
  const [first, last] =
    params.dataset === 'history'
      ? [1946, 2019]
      : store && store.decisionCount > 0
        ? [yearOf(store.day[0]), yearOf(store.day[store.decisionCount - 1])]
        : [1946, 2025];
  return (
    <form className="filters alignment-choices" aria-label="Votes to measure" onSubmit={(e) => e.preventDefault()}>
      <label>
        Decisions
        <select
          value={params.dataset}
          onChange={(e) => {
            const dataset = e.target.value as DividedDataset;
            change({
              dataset,
              topic: null,
              subject: null,
              // The curated day is one day: no years to choose.
              ...(dataset === 'day' ? { fromYear: null, toYear: null } : {}),
              body: dataset === 'undl-sc' ? 'SC' : dataset === 'day' ? params.body : 'GA',
            });
          }}
        >
          {available.map((d) => (
            <option key={d} value={d}>
              {DATASET_LABEL[d]}
            </option>
          ))}
        </select>
      </label>
      {params.dataset === 'day' && (
        <label>
          Body
          <select value={params.body} onChange={(e) => change({ body: e.target.value as Body })}>
            <option value="GA">{BODY_LABEL.GA}</option>
            <option value="SC">{BODY_LABEL.SC}</option>
          </select>
        </label>
      )}
      {overYears && <YearRange from={params.fromYear} to={params.toYear} first={first} last={last} onChange={change} />}
      {params.dataset === 'history' && (
        <label>
          Topic
          <select
            value={params.topic ?? ''}
            onChange={(e) =>
              change({ topic: e.target.value === '' ? null : (e.target.value as DividedParams['topic']) })
            }
          >
            <option value="">Any</option>
            {(pack?.topics ?? []).map((t) => (
              <option key={t.code} value={t.code}>
                {t.label}
              </option>
            ))}
          </select>
        </label>
      )}
      {store && (
        <label>
          Subject
          <select
            value={params.subject ?? ''}
            onChange={(e) => change({ subject: e.target.value === '' ? null : e.target.value })}
          >
            <option value="">Any</option>
            {params.subject !== null && !subjects.some((s) => s.subject === params.subject) && (
              <option value={params.subject}>{params.subject} (no vote)</option>
            )}
            {subjects.map((s) => (
              <option key={s.subject} value={s.subject}>
                {s.subject} ({count(s.votes)})
              </option>
            ))}
          </select>
        </label>
      )}
    </form>
  );
}

const yearOf = (day: number) => new Date(day * 86_400_000).getUTCFullYear();

/** A bar's label: "20–30%" (Assembly), "2" or "5 or more" negative votes (Council). */
function binLabel(body: Body, bin: HistogramBin): string {
  if (body === 'GA') return `${bin.from}–${bin.to}%`;
  return bin.to === null ? `${bin.from} or more` : String(bin.from);
}

function Histogram({
  body,
  bins,
  votes,
  what,
  fileName,
  source,
}: {
  body: Body;
  bins: readonly HistogramBin[];
  votes: readonly MeasuredVote[];
  what: string;
  fileName: string;
  /** The source line of its picture. */
  source: string;
}) {
  const bands = bandCounts(votes);
  const bars: BandBar[] = bins.map((b) => ({
    label: binLabel(body, b),
    tick: body === 'SC' && b.to === null ? `${b.from}+` : undefined,
    counts: b.counts,
    total: b.total,
  }));
  // The Assembly's bars are ten equal bins of share: the axis writes their edges, 0 to 100.
  const edges = body === 'GA' ? [...bins.map((b) => b.from), 100] : undefined;
  const total = votes.length;
  const summary = BANDS.map((band) => `${BAND_LABEL[band].toLowerCase()} ${count(bands[band])}`).join(', ');
  const caption =
    body === 'GA'
      ? `How contested: the ${count(total)} votes of ${what} by their margin as a share of those voting yes or no (0% a tie, 100% all one way), coloured by band: ${summary}.`
      : `How contested: the ${count(total)} votes of ${what} by their number of negative votes (${SC_LAST_BIN} or more in the last bar), vetoes apart: ${summary}.`;
  return (
    <section className="panel" aria-labelledby="divided-histogram">
      <h2 id="divided-histogram">How contested the votes were</h2>
      <BandCounts bands={bands} total={total} caption="Votes per band" className="data-table compact band-counts" />
      <BandChart
        bars={bars}
        caption={caption}
        tableCaption={
          body === 'GA'
            ? `Votes by margin as a share of yes and no, in bars of 10 points, by band`
            : `Votes by number of negative votes, by band`
        }
        barHead={body === 'GA' ? 'Margin (share of yes and no)' : 'Negative votes'}
        xLabel={body === 'GA' ? 'Margin, % of those voting yes or no' : 'Negative votes'}
        edges={edges}
        picture={{
          fileName: fileName.replace(/\.csv$/, ''),
          title: 'How contested the votes were',
          subtitle: caption,
          source,
          date: madeOn(),
        }}
      />
      <div className="table-tools">
        <DownloadButton
          fileName={fileName}
          makeCsv={() => toCsv(HISTOGRAM_HEADER, histogramRows(body, bins), { bom: true })}
        >
          Download the histogram (CSV)
        </DownloadButton>
      </div>
    </section>
  );
}

function List({
  votes,
  body,
  what,
  nameOf,
  fileName,
}: {
  votes: readonly MeasuredVote[];
  body: Body;
  what: string;
  nameOf: (key: string) => string;
  fileName: string;
}) {
  const caption = `The ${count(votes.length)} votes of ${what}, the most divided first`;
  return (
    <section className="panel" aria-labelledby="divided-list">
      <h2 id="divided-list">The most divided first</h2>
      <div className="table-tools">
        <p>
          {body === 'GA'
            ? 'Ordered by the margin’s share of those voting yes or no, the narrowest first.'
            : 'Ordered by vetoes, then negative votes, then the fewest in favour.'}
        </p>
        <DownloadButton fileName={fileName} makeCsv={() => toCsv(DIVIDED_HEADER, dividedRows(votes), { bom: true })}>
          Download the list (CSV)
        </DownloadButton>
      </div>
      <VirtualTable
        caption={caption}
        className="record-list divided-list"
        head={['Vote', 'Title', 'Tally', 'Margin']}
        count={votes.length}
        rowHeight={72}
        rowKey={(i) => votes[i].id}
        row={(i) => {
          const v = votes[i];
          const href = v.page === 'record' ? historyDecisionHref(v.id) : decisionHref(v.id);
          return [
            <>
              <span className="muted small">{count(i + 1)}.</span>{' '}
              <a href={href}>{v.symbol || (v.page === 'record' ? v.id.replace('-', ' ') : v.title)}</a>
              <span className="muted small">{formatDate(v.date, v.precision)}</span>
            </>,
            <span className="clamp">{v.title || 'No title'}</span>,
            v.noAtLeast ? (
              <span className="small">
                {v.yes} in favour, at least {v.no} against (the veto); the other counts are not recorded
              </span>
            ) : (
              <MiniTally yes={v.yes} no={v.no} abstain={v.abstain} absent={0} />
            ),
            <>
              <span className="num">
                {v.margin > 0 ? '+' : ''}
                {v.margin}
                {body === 'GA' ? ` (${percent(v.share)})` : ''}
              </span>
              <span className="small band-name">
                <span className="band-swatch" style={{ background: BAND_COLOR[v.band] }} aria-hidden="true" />
                {BAND_LABEL[v.band]}
                {v.vetoedBy.length > 0 ? ` · vetoed by ${v.vetoedBy.map(nameOf).join(', ')}` : ''}
              </span>
            </>,
          ];
        }}
      />
    </section>
  );
}
