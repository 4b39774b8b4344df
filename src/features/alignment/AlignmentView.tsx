/**
 * Who voted with whom: agreement between states over a chosen set of
 * decisions (the curated day, or the General Assembly's record by years and
 * topic), as a ranking of every state with one, a pair per year, and a
 * group's matrix, each with the number of common decisions beside its
 * figures and each downloadable. The method is stated on the page. The
 * measure runs in a worker (see client.ts); the address holds every choice.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import type { AbstainRule, Party, RecordPositions, RecordSelection } from '../../domain/alignment';
import {
  RANKING_HEADER,
  YEARLY_HEADER,
  dayAlignment,
  rankingRows,
  recordParties,
  yearlyRows,
} from '../../domain/alignment';
import type { AlignmentGroup } from '../../domain/alignmentGroups';
import { ABSTAIN_RULES, ALIGNMENT_GROUPS, FORMER_STATE_GROUPS, groupKeys } from '../../domain/alignmentGroups';
import { toCsv } from '../../domain/csv';
import type { Dataset } from '../../domain/model';
import { TOPIC_CODES } from '../../domain/history/vocabulary';
import { DownloadButton } from '../../components/DownloadButton';
import { PICTURE_SOURCE } from '../../components/pictureLabels';
import { YearRange } from '../../components/YearInput';
import { ImportStatus, RecordStatus } from '../../components/DatasetStatus';
import { ABSTAIN_RULE_LABEL } from '../../components/labels';
import type { AlignmentDataset, AlignmentParams } from '../../store/route';
import { ALIGNMENT_DATASETS, stateHref } from '../../store/route';
import { importPositions } from '../../domain/undl/views';
import { requestHistory } from '../../store/history';
import { HISTORY, datasetState, useStore } from '../../store/store';
import type { AlignmentAnswer, AlignmentQuery, AlignmentSource } from './service';
import { alignmentClient, recordSource } from './client';
import { GroupMatrix } from './GroupMatrix';
import { PairOverTime } from './PairOverTime';
import { HeldBefore, StateSelect } from './controls';
import { agreementText, count } from './format';

const DATASET_LABEL: Record<AlignmentDataset, string> = {
  history: 'GA record, 1946–2019',
  day: 'The curated day, 24 Feb 2025',
  'undl-ga': 'Imported: General Assembly (UN Digital Library)',
  'undl-sc': 'Imported: Security Council (UN Digital Library)',
};

/** What the count line calls the decisions it is over. */
const DATASET_NOUN: Record<AlignmentDataset, string> = {
  history: 'the record',
  day: 'the curated day',
  'undl-ga': 'the imported General Assembly file',
  'undl-sc': 'the imported Security Council file',
};

/** Over which decisions the figures are: "Over 6,203 decisions of the General Assembly's record, 1946–2019". */
function scopeOf(answer: AlignmentAnswer, params: AlignmentParams): string {
  const years = answer.years;
  return `Over ${count(answer.decisionCount)} decision${answer.decisionCount === 1 ? '' : 's'} of ${DATASET_NOUN[params.dataset]}${years && years.first !== years.last ? `, ${years.first}–${years.last}` : years ? `, ${years.first}` : ''}`;
}

/** The source line of the view's pictures, by the dataset it measures over. */
const pictureSourceOf = (dataset: AlignmentParams['dataset']) =>
  dataset === 'day' ? PICTURE_SOURCE.day : dataset === 'history' ? PICTURE_SOURCE.record : PICTURE_SOURCE.undl;

export default function AlignmentView({ dataset, params }: { dataset: Dataset; params: AlignmentParams }) {
  const history = useStore((s) => datasetState(s, HISTORY));
  const onRecord = params.dataset === 'history';
  // The record and an import are read alike: roll calls with positions as bytes, seats, years.
  const overVotes = params.dataset !== 'day';
  const imported = useStore((s) => (onRecord || !overVotes ? null : datasetState(s, params.dataset)));
  const datasets = useStore((s) => s.datasets);
  const available = ALIGNMENT_DATASETS.filter(
    (d) => d === 'history' || d === 'day' || d === params.dataset || datasetState({ datasets }, d).status === 'ready',
  );
  useEffect(() => {
    if (onRecord) void requestHistory();
  }, [onRecord]);
  const pack = history.status === 'ready' && history.kind === 'record' ? history.pack : null;
  const change = (c: Partial<AlignmentParams>) => useStore.getState().alignmentChanged({ ...params, ...c });

  const daySource = useMemo<AlignmentSource>(() => ({ kind: 'input', input: dayAlignment(dataset) }), [dataset]);
  const importStore = imported?.status === 'ready' && imported.kind === 'import' ? imported.imported.store : null;
  const votes = useMemo<RecordPositions | null>(
    () => (onRecord ? pack : importStore ? importPositions(importStore) : null),
    [onRecord, pack, importStore],
  );
  const votesSource = useMemo(() => (votes ? recordSource(votes) : null), [votes]);
  const source = overVotes ? votesSource : daySource;
  const parties = useMemo<readonly Party[] | null>(
    () =>
      overVotes
        ? votes
          ? recordParties(votes).parties
          : null
        : daySource.kind === 'input'
          ? daySource.input.parties
          : null,
    [overVotes, votes, daySource],
  );

  const council = dataset.councils.at(-1) ?? null;
  // The Council in its order (the permanent five first); the EU and a regional group by name. Former states only
  // in the record.
  const members = useMemo(() => {
    const keys = groupKeys(params.group, { states: dataset.states, council }).filter(
      (key) => overVotes || !(key in FORMER_STATE_GROUPS),
    );
    if (params.group === 'p5' || params.group === 'council' || !parties) return keys;
    const names = new Map(parties.map((p) => [p.key, p.name]));
    return keys.sort((a, b) => (names.get(a) ?? a).localeCompare(names.get(b) ?? b, 'en'));
  }, [params.group, dataset.states, council, overVotes, parties]);
  const { fromYear, toYear, topic, abstain: rule, state, with: other } = params;
  const query = useMemo<AlignmentQuery>(
    () => ({
      source: params.dataset,
      selection: overVotes
        ? { fromYear, toYear, topic: onRecord ? topic : null }
        : { fromYear: null, toYear: null, topic: null },
      rule,
      state,
      with: other,
      group: members,
    }),
    [params.dataset, overVotes, onRecord, fromYear, toYear, topic, rule, state, other, members],
  );

  const [result, setResult] = useState<{ query: AlignmentQuery; answer: AlignmentAnswer } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    if (!source) return;
    let current = true;
    alignmentClient()
      .answer(query, () => source)
      .then(
        (answer) => {
          if (!current) return;
          setResult({ query, answer });
          setFailure(null);
        },
        (error: Error) => current && setFailure(error.message),
      );
    return () => {
      current = false;
    };
  }, [query, source]);

  // An answer for another dataset is no answer; one for other choices shows while the new one comes.
  const answer = result && result.query.source === query.source ? result.answer : null;
  const busy = result?.query !== query;
  const names = new Map((parties ?? []).map((p) => [p.key, p.name]));
  const nameOf = (key: string) => names.get(key) ?? key;

  return (
    <>
      <nav className="crumbs" aria-label="Breadcrumb">
        <a href="#/">Overview</a> › <span aria-current="page">Who voted with whom</span>
      </nav>
      <div className="page-head">
        <h1>Who voted with whom</h1>
        <p className="lede">
          How often two states took the same position, over the decisions of the curated day, of the General Assembly’s
          record or of a file imported from the UN Digital Library: every state ranked by its agreement with one, a pair
          year by year, and a group side by side.
        </p>
      </div>
      <Method rule={rule} overVotes={overVotes} />
      <Choices params={params} votes={votes} available={available} change={change} />

      {overVotes && !onRecord && !votes ? (
        <ImportStatus state={imported} body={params.dataset === 'undl-sc' ? 'SC' : 'GA'} />
      ) : onRecord && !pack ? (
        <RecordStatus state={history} />
      ) : failure ? (
        <p role="alert" className="error">
          The agreement could not be computed: {failure}
        </p>
      ) : !answer || !parties ? (
        <p role="status">Computing the agreement…</p>
      ) : (
        <div aria-busy={busy || undefined}>
          <p role="status" className="count">
            {busy
              ? 'Computing…'
              : answer.decisionCount === 0
                ? 'No decision matches these choices.'
                : `${scopeOf(answer, params)}.`}
          </p>
          <Ranking answer={answer} parties={parties} params={params} change={change} votes={votes} />
          <PairOverTime
            answer={answer}
            parties={parties}
            params={params}
            change={change}
            overVotes={overVotes}
            picture={{ source: pictureSourceOf(params.dataset), scope: scopeOf(answer, params) }}
            download={() => ({
              fileName: `un-alignment-${params.dataset}-${selectionPart(query.selection)}${params.state}-${params.with}-per-year-${rule}.csv`,
              csv: () =>
                toCsv(YEARLY_HEADER, yearlyRows(answer.parties, answer.state, answer.with, answer.pairYears), {
                  bom: true,
                }),
            })}
          />
          <GroupMatrix
            answer={answer}
            group={params.group}
            groupLabel={groupLabel(params.group, council?.year ?? null)}
            missing={members.filter((key) => !answer.parties.some((p) => p.key === key)).map(nameOf)}
            rule={rule}
            onGroup={(group) => change({ group })}
            picture={{ source: pictureSourceOf(params.dataset), scope: scopeOf(answer, params) }}
            fileName={`un-alignment-${params.dataset}-${selectionPart(query.selection)}${groupFilePart(params.group)}-${rule}.csv`}
            allPairs={{
              fileName: `un-alignment-${params.dataset}-${selectionPart(query.selection)}all-pairs-${rule}.csv`,
              csv: () => alignmentClient().pairsCsv(query, () => source!),
            }}
            groups={ALIGNMENT_GROUPS.map((g) => ({ value: g, label: groupLabel(g, council?.year ?? null) }))}
          />
        </div>
      )}
    </>
  );
}

/** `1971-1990-co-` for a selection of the record; '' for all of it. */
function selectionPart(s: RecordSelection): string {
  return [s.fromYear ?? (s.toYear !== null ? 'start' : null), s.toYear ?? (s.fromYear !== null ? 'end' : null), s.topic]
    .filter((x) => x !== null)
    .map((x) => `${x}-`)
    .join('');
}

function groupFilePart(group: AlignmentGroup): string {
  return group.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

export function groupLabel(group: AlignmentGroup, councilYear: number | null): string {
  switch (group) {
    case 'p5':
      return 'The five permanent members of the Security Council';
    case 'council':
      return `The Security Council of ${councilYear ?? 'the curated day'} (15 members)`;
    case 'eu':
      return 'The European Union (its 27 members today)';
    default:
      return `${group} (UN regional group)`;
  }
}

function Method({ rule, overVotes }: { rule: AbstainRule; overVotes: boolean }) {
  return (
    <section className="panel method" aria-labelledby="method">
      <h2 id="method">How agreement is measured</h2>
      <p>
        For two states, the <strong>common decisions</strong> are those where both took a position: yes, no or abstain.
        Their <strong>agreement</strong> is the share of those where they took the same position. An abstention against
        a yes or a no counts {ABSTAIN_RULE_LABEL[rule]}
        {rule === 'half'
          ? ', as in the agreement index of Erik Voeten’s data and the research that uses it.'
          : ' (it counts as half agreement in Voeten’s index).'}{' '}
        A decision where either state was absent, did not vote, was not a member, or whose position is not reported or
        disputed, does not count. Beside every figure stands the number of common decisions it rests on: a share of a
        few decisions says little.
      </p>
      {overVotes ? (
        <p>
          In the record and in an import, a state counts with its seat: the Russian Federation with the USSR’s positions
          before 24 December 1991, China with the Republic of China’s before 25 October 1971, Yemen with the Yemen Arab
          Republic’s, Tanzania with Tanganyika’s, Serbia with Serbia and Montenegro’s. Czechoslovakia, Yugoslavia
          (SFRY), the German Democratic Republic, Democratic Yemen and Zanzibar count as states of their own.
        </p>
      ) : (
        <p>
          On the curated day, the Security Council’s decisions count for its 15 members only, and most positions on the
          amendments are not reported: a ranking there rests on one to three decisions.
        </p>
      )}
    </section>
  );
}

function Choices({
  params,
  votes,
  available,
  change,
}: {
  params: AlignmentParams;
  votes: RecordPositions | null;
  available: readonly AlignmentDataset[];
  change: (c: Partial<AlignmentParams>) => void;
}) {
  const onRecord = params.dataset === 'history';
  const overVotes = params.dataset !== 'day';
  const hasVotes = votes !== null && votes.decisionCount > 0;
  const first = hasVotes ? new Date(votes.day[0] * 86_400_000).getUTCFullYear() : 1946;
  const last = hasVotes ? new Date(votes.day[votes.decisionCount - 1] * 86_400_000).getUTCFullYear() : 2020;
  const topics = votes && onRecord ? votes.topics : TOPIC_CODES.map((code) => ({ code, label: code }));
  const id = useId();
  return (
    <form
      className="filters alignment-choices"
      aria-label="Decisions to compare over"
      onSubmit={(e) => e.preventDefault()}
    >
      <label>
        Decisions
        <select value={params.dataset} onChange={(e) => change({ dataset: e.target.value as AlignmentDataset })}>
          {available.map((d) => (
            <option key={d} value={d}>
              {DATASET_LABEL[d]}
            </option>
          ))}
        </select>
      </label>
      {overVotes && <YearRange from={params.fromYear} to={params.toYear} first={first} last={last} onChange={change} />}
      {onRecord && (
        <>
          <label>
            Topic
            <select
              value={params.topic ?? ''}
              onChange={(e) =>
                change({ topic: e.target.value === '' ? null : (e.target.value as AlignmentParams['topic']) })
              }
            >
              <option value="">Any</option>
              {topics.map((t) => (
                <option key={t.code} value={t.code}>
                  {t.label}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      <fieldset>
        <legend id={`${id}-rule`}>An abstention against a yes or a no counts</legend>
        {ABSTAIN_RULES.map((r) => (
          <label key={r} className="check">
            <input
              type="radio"
              name={`${id}-rule`}
              value={r}
              checked={params.abstain === r}
              onChange={() => change({ abstain: r })}
            />
            {ABSTAIN_RULE_LABEL[r]}
          </label>
        ))}
      </fieldset>
    </form>
  );
}

function Ranking({
  answer,
  parties,
  params,
  change,
  votes,
}: {
  answer: AlignmentAnswer;
  parties: readonly Party[];
  params: AlignmentParams;
  change: (c: Partial<AlignmentParams>) => void;
  votes: RecordPositions | null;
}) {
  const a = answer.state;
  const name = a >= 0 ? answer.parties[a].name : params.state;
  const withCommon = answer.ranking.filter((r) => r.common > 0).length;
  const caption = `Agreement of every state with ${name}, highest first (abstention ${ABSTAIN_RULE_LABEL[params.abstain]})`;
  return (
    <section className="panel" aria-labelledby="ranking">
      <h2 id="ranking">Who voted with {name}</h2>
      <div className="filters">
        <StateSelect label="State" value={params.state} parties={parties} onChange={(state) => change({ state })} />
      </div>
      {a < 0 ? (
        <p className="notice">There is no state “{params.state}” in these decisions: choose one.</p>
      ) : (
        <>
          <div className="table-tools">
            <p>
              {withCommon === 0
                ? `No state shares a decision with ${name} here.`
                : `${count(withCommon)} state${withCommon === 1 ? '' : 's'} share at least one decision with ${name}; the others are listed last.`}
            </p>
            <DownloadButton
              fileName={`un-alignment-${params.dataset}-${params.state}-ranking-${params.abstain}.csv`}
              makeCsv={() => toCsv(RANKING_HEADER, rankingRows(answer.parties, a, answer.ranking), { bom: true })}
            >
              Download the ranking (CSV)
            </DownloadButton>
          </div>
          <div className="table-scroll tall" tabIndex={0} role="region" aria-label={caption}>
            <table className="data-table ranking sticky-first">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">State</th>
                  <th scope="col">Rank</th>
                  <th scope="col">Agreement</th>
                  <th scope="col">Common decisions</th>
                  <th scope="col">Same position</th>
                  <th scope="col">One abstained</th>
                </tr>
              </thead>
              <tbody>
                {answer.ranking.map((r, i) => {
                  const p = answer.parties[r.party];
                  return (
                    <tr key={p.key}>
                      <th scope="row">
                        <a href={stateHref(p.key)}>{p.name}</a>
                        <HeldBefore party={p} pack={votes} />
                      </th>
                      <td className="num">{r.common > 0 ? i + 1 : '–'}</td>
                      <td className="num">{agreementText(r.agreement)}</td>
                      <td className="num">{count(r.common)}</td>
                      <td className="num">{count(r.same)}</td>
                      <td className="num">{count(r.oneAbstained)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
