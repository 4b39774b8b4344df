/**
 * Topics: the General Assembly record's six topics, and an import's
 * subjects. Per topic, its votes per year (chart and table), their outcomes
 * and how contested they were, and who voted most often against the
 * majority, ranked with the counts. Every choice lives in the address.
 */
import { useEffect, useMemo } from 'react';
import type { HistoryPack } from '../../domain/history/pack';
import { countedTally } from '../../domain/history/pack';
import { filterDecisions } from '../../domain/history/filter';
import { NO_FILTER } from '../../domain/history/vocabulary';
import { countedMajority } from '../../domain/history/views';
import type { UndlStore } from '../../domain/undl/format';
import { UNDL_FLAG } from '../../domain/undl/format';
import { importSubjects, votesWithSubject } from '../../domain/undl/subjects';
import type { PositionMatrix } from '../../domain/topics';
import {
  AGAINST_HEADER,
  PER_YEAR_HEADER,
  againstMajority,
  againstRows,
  perYearRows,
  votesPerYear,
} from '../../domain/topics';
import { bandCounts, importVotes, measureAll, recordVotes } from '../../domain/divided';
import { toCsv } from '../../domain/csv';
import { BandCounts, CountChart } from '../../components/BandChart';
import { ImportStatus, RecordStatus } from '../../components/DatasetStatus';
import { PICTURE_SOURCE, madeOn } from '../../components/pictureLabels';
import { DownloadButton, fileNamePart } from '../../components/DownloadButton';
import { COUNTED_MAJORITY_LABEL } from '../../components/labels';
import type { TopicsDataset, TopicsParams } from '../../store/route';
import { TOPICS_DATASETS, dividedHref, historyHref, stateHref, topicsHref } from '../../store/route';
import { requestHistory } from '../../store/history';
import { HISTORY, datasetState, useStore } from '../../store/store';

const DATASET_LABEL: Record<TopicsDataset, string> = {
  history: 'GA record, 1946–2019',
  'undl-ga': 'Imported: General Assembly (UN Digital Library)',
  'undl-sc': 'Imported: Security Council (UN Digital Library)',
};

const count = (n: number) => n.toLocaleString('en');
const percent = (n: number, of: number) => (of === 0 ? '–' : `${((100 * n) / of).toFixed(1)}%`);

/** One topic's votes, as the view shows them. */
interface TopicVotes {
  name: string;
  /** The topic's votes (indexes in the pack or the store), in date order. */
  decisions: ArrayLike<number>;
  /** Those with positions to count (an import's votes adopted without a vote have none). */
  withPositions: ArrayLike<number>;
  matrix: PositionMatrix;
  outcomes: { label: string; votes: number }[];
  bands: ReturnType<typeof bandCounts>;
  measured: number;
  /** Where the votes are listed, and the most divided of them. */
  listHref: string | null;
  dividedHref: string;
  filePart: string;
  /** The source line of its pictures. */
  source: string;
}

export default function TopicsView({ params }: { params: TopicsParams }) {
  const onRecord = params.dataset === 'history';
  const history = useStore((s) => datasetState(s, HISTORY));
  const imported = useStore((s) => (onRecord ? null : datasetState(s, params.dataset)));
  const datasets = useStore((s) => s.datasets);
  const available = TOPICS_DATASETS.filter(
    (d) => d === 'history' || d === params.dataset || datasetState({ datasets }, d).status === 'ready',
  );
  useEffect(() => {
    if (onRecord) void requestHistory();
  }, [onRecord]);
  const pack = history.status === 'ready' && history.kind === 'record' ? history.pack : null;
  const store = imported?.status === 'ready' && imported.kind === 'import' ? imported.imported.store : null;
  const change = (c: Partial<TopicsParams>) => useStore.getState().topicsChanged({ ...params, ...c });

  const topics = useMemo(() => {
    if (onRecord) {
      return pack
        ? pack.topics.map((t) => ({
            value: t.code,
            label: t.label,
            votes: filterDecisions(pack, { ...NO_FILTER, topics: [t.code] }).length,
          }))
        : [];
    }
    return store ? importSubjects(store).map((s) => ({ value: s.subject, label: s.subject, votes: s.votes })) : [];
  }, [onRecord, pack, store]);
  const chosen = onRecord ? params.topic : params.subject;
  const topic = useMemo<TopicVotes | null>(() => {
    if (chosen === null) return null;
    if (onRecord) return pack ? recordTopic(pack, chosen) : null;
    return store ? importTopic(store, params.dataset, chosen) : null;
  }, [chosen, onRecord, pack, store, params.dataset]);

  return (
    <>
      <nav className="crumbs" aria-label="Breadcrumb">
        <a href="#/">Overview</a> › <span aria-current="page">Topics</span>
      </nav>
      <div className="page-head">
        <h1>{topic ? `Topic: ${topic.name}` : 'Topics'}</h1>
        <p className="lede">
          The General Assembly record’s six topics (as Voeten’s data codes them) and the subjects of an imported file of
          the UN Digital Library: per topic, its votes per year, their outcomes, and who voted most often against the
          majority.
        </p>
      </div>
      <form className="filters alignment-choices" aria-label="Topic" onSubmit={(e) => e.preventDefault()}>
        <label>
          Topics of
          <select
            value={params.dataset}
            onChange={(e) => change({ dataset: e.target.value as TopicsDataset, topic: null, subject: null })}
          >
            {available.map((d) => (
              <option key={d} value={d}>
                {DATASET_LABEL[d]}
              </option>
            ))}
          </select>
        </label>
        {topics.length > 0 && (
          <label>
            {onRecord ? 'Topic' : 'Subject'}
            <select
              value={chosen ?? ''}
              onChange={(e) => {
                const value = e.target.value === '' ? null : e.target.value;
                change(onRecord ? { topic: value as TopicsParams['topic'] } : { subject: value });
              }}
            >
              <option value="">All topics</option>
              {chosen !== null && !topics.some((t) => t.value === chosen) && (
                <option value={chosen}>{chosen} (no vote)</option>
              )}
              {topics.map((t) => (
                <option key={t.value} value={t.value}>
                  {t.label} ({count(t.votes)})
                </option>
              ))}
            </select>
          </label>
        )}
      </form>

      {!onRecord && !store ? (
        <ImportStatus state={imported} body={params.dataset === 'undl-sc' ? 'SC' : 'GA'} />
      ) : onRecord && !pack ? (
        <RecordStatus state={history} />
      ) : topic ? (
        <Topic topic={topic} />
      ) : (
        <TopicList
          topics={topics}
          onRecord={onRecord}
          dataset={params.dataset}
          coded={
            onRecord && pack
              ? { with: pack.topicBits.filter((bits) => bits !== 0).length, of: pack.decisionCount }
              : null
          }
        />
      )}
    </>
  );
}

function recordTopic(pack: HistoryPack, code: string): TopicVotes {
  const label = pack.topics.find((t) => t.code === code)?.label ?? code;
  const decisions = filterDecisions(pack, { ...NO_FILTER, topics: [code] });
  let majority = 0;
  for (const d of decisions) if (countedMajority(countedTally(pack, d)) === 'majority') majority++;
  const measured = measureAll(recordVotes(pack, { fromYear: null, toYear: null, topic: code, subject: null })).votes;
  return {
    name: label,
    source: PICTURE_SOURCE.record,
    decisions,
    withPositions: decisions,
    matrix: pack,
    outcomes: [
      { label: COUNTED_MAJORITY_LABEL.majority, votes: majority },
      { label: COUNTED_MAJORITY_LABEL['no-majority'], votes: decisions.length - majority },
    ],
    bands: bandCounts(measured),
    measured: measured.length,
    listHref: historyHref({ topics: [code] }),
    dividedHref: dividedHref({ dataset: 'history', topic: code as TopicsParams['topic'] }),
    filePart: `history-${code}`,
  };
}

function importTopic(store: UndlStore, dataset: TopicsDataset, subject: string): TopicVotes {
  const decisions = votesWithSubject(store, subject);
  const noCount = UNDL_FLAG.withoutVote | UNDL_FLAG.noPositions;
  const withPositions = decisions.filter((d) => (store.flags[d] & noCount) === 0);
  const withoutVote = decisions.filter((d) => store.flags[d] & UNDL_FLAG.withoutVote).length;
  const measured = measureAll(importVotes(store, { fromYear: null, toYear: null, topic: null, subject }).votes).votes;
  return {
    name: subject,
    source: PICTURE_SOURCE.undl,
    decisions,
    withPositions,
    matrix: store,
    outcomes: [
      { label: 'Adopted by a recorded vote', votes: decisions.length - withoutVote },
      { label: 'Adopted without a vote', votes: withoutVote },
    ],
    bands: bandCounts(measured),
    measured: measured.length,
    listHref: null,
    dividedHref: dividedHref({ dataset: dataset as 'undl-ga' | 'undl-sc', subject, body: store.body }),
    filePart: `${dataset}-${fileNamePart(subject).toLowerCase()}`,
  };
}

function TopicList({
  topics,
  onRecord,
  dataset,
  coded,
}: {
  topics: readonly { value: string; label: string; votes: number }[];
  onRecord: boolean;
  dataset: TopicsDataset;
  /** How many of the record's votes have a topic, of how many. */
  coded: { with: number; of: number } | null;
}) {
  const caption = onRecord ? 'The record’s topics and their votes' : 'The import’s subjects and their votes';
  if (topics.length === 0) return <p className="empty">This file gives no subjects.</p>;
  return (
    <section className="panel" aria-labelledby="topic-list">
      <h2 id="topic-list">{onRecord ? 'The six topics' : 'The subjects'}</h2>
      <p className="muted">
        {onRecord
          ? `A vote may have several topics, or none: ${count(coded?.with ?? 0)} of the record’s ${count(coded?.of ?? 0)} votes have at least one.`
          : 'The first level of the Library’s subject terms; a vote may have several.'}
      </p>
      <div className="table-scroll tall" tabIndex={0} role="region" aria-label={caption}>
        <table className="data-table compact">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{onRecord ? 'Topic' : 'Subject'}</th>
              <th scope="col">Votes</th>
            </tr>
          </thead>
          <tbody>
            {topics.map((t) => (
              <tr key={t.value}>
                <th scope="row">
                  <a
                    href={
                      onRecord
                        ? topicsHref({ topic: t.value as TopicsParams['topic'] })
                        : topicsHref({ dataset, subject: t.value })
                    }
                  >
                    {t.label}
                  </a>
                </th>
                <td className="num">{count(t.votes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Topic({ topic }: { topic: TopicVotes }) {
  const perYear = useMemo(() => votesPerYear(topic.matrix.day, topic.decisions), [topic]);
  const against = useMemo(() => againstMajority(topic.matrix, topic.withPositions), [topic]);
  const total = topic.decisions.length;
  if (total === 0) return <p className="empty">No vote has this topic.</p>;
  const first = perYear[0].year;
  const last = perYear[perYear.length - 1].year;
  const peak = perYear.reduce((a, b) => (b.votes > a.votes ? b : a));
  const rankingCaption = `Who voted most often against the majority, over the ${count(topic.withPositions.length - against.withoutMajority)} votes on ${topic.name} with a majority`;
  return (
    <>
      <p role="status" className="count">
        <strong className="num">{count(total)}</strong> vote{total === 1 ? '' : 's'} on {topic.name},{' '}
        {first === last ? first : `${first}–${last}`}. {topic.listHref && <a href={topic.listHref}>List them</a>}
        {topic.listHref && ' · '}
        <a href={topic.dividedHref}>The most divided of them</a>
      </p>
      <section className="panel" aria-labelledby="topic-years">
        <h2 id="topic-years">Votes per year</h2>
        <CountChart
          rows={perYear}
          caption={`Votes on ${topic.name} per year, ${first}–${last}: the most, ${count(peak.votes)}, in ${peak.year}.`}
          tableCaption={`Votes on ${topic.name} per year`}
          picture={{
            fileName: `un-topic-${topic.filePart}-per-year`,
            title: `Votes on ${topic.name} per year, ${first}–${last}`,
            source: topic.source,
            date: madeOn(),
          }}
        />
        <div className="table-tools">
          <DownloadButton
            fileName={`un-topic-${topic.filePart}-per-year.csv`}
            makeCsv={() => toCsv(PER_YEAR_HEADER, perYearRows(perYear), { bom: true })}
          >
            Download the votes per year (CSV)
          </DownloadButton>
        </div>
      </section>
      <section className="panel" aria-labelledby="topic-outcomes">
        <h2 id="topic-outcomes">Outcomes and how contested</h2>
        <div className="topic-tables">
          <table className="data-table compact">
            <caption>Outcomes of the votes on {topic.name}</caption>
            <thead>
              <tr>
                <th scope="col">Outcome</th>
                <th scope="col">Votes</th>
                <th scope="col">Share</th>
              </tr>
            </thead>
            <tbody>
              {topic.outcomes.map((o) => (
                <tr key={o.label}>
                  <th scope="row">{o.label}</th>
                  <td className="num">{count(o.votes)}</td>
                  <td className="num">{percent(o.votes, total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <BandCounts
            bands={topic.bands}
            total={topic.measured}
            caption={`How contested the ${count(topic.measured)} recorded votes were`}
          />
        </div>
        <p className="muted small">
          The bands and how they are set: <a href={topic.dividedHref}>the most divided votes</a>.
        </p>
      </section>
      <section className="panel" aria-labelledby="topic-against">
        <h2 id="topic-against">Against the majority</h2>
        <p className="method">
          A vote’s majority is the most frequent of yes, no and abstain; where two are equally frequent the vote has
          none ({count(against.withoutMajority)} here). A state counts against it where it took yes, no or abstain, and
          not the majority’s; absent or not voting is no position.
        </p>
        <div className="table-tools">
          <p>{count(against.rows.length)} states took a position.</p>
          <DownloadButton
            fileName={`un-topic-${topic.filePart}-against-majority.csv`}
            makeCsv={() => toCsv(AGAINST_HEADER, againstRows(against.rows), { bom: true })}
          >
            Download the ranking (CSV)
          </DownloadButton>
        </div>
        <div className="table-scroll tall" tabIndex={0} role="region" aria-label={rankingCaption}>
          <table className="data-table ranking sticky-first">
            <caption>{rankingCaption}</caption>
            <thead>
              <tr>
                <th scope="col">State</th>
                <th scope="col">Rank</th>
                <th scope="col">Against the majority</th>
                <th scope="col">Votes with a position</th>
                <th scope="col">Share against</th>
              </tr>
            </thead>
            <tbody>
              {against.rows.map((r, i) => (
                <tr key={r.key}>
                  <th scope="row">
                    <a href={stateHref(r.key)}>{r.name}</a>
                  </th>
                  <td className="num">{i + 1}</td>
                  <td className="num">{count(r.against)}</td>
                  <td className="num">{count(r.withPosition)}</td>
                  <td className="num">{percent(r.against, r.withPosition)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
