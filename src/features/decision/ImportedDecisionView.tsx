/**
 * A vote of an import (`#/decision/undl-ga-4025240`) on the decision page:
 * the vote as a decision of its own dataset, every fact cited to the
 * Library's record, the official totals checked against the positions.
 */
import { useEffect, useMemo } from 'react';
import type { HistoryPack } from '../../domain/history/pack';
import { counterpartOf, mergeRecordVote, recordAgainstImport } from '../../domain/merge/record';
import { requestHistory } from '../../store/history';
import { HISTORY, datasetState, useStore } from '../../store/store';
import { historyDecisionHref } from '../../store/route';
import { historyDecisionId } from '../../domain/history/views';
import groupsCsv from '../../../data/sources/un-regional-groups.csv?raw';
import { buildDataset } from '../../domain/model';
import type { Dataset } from '../../domain/model';
import { readGroups, undlDataset } from '../../domain/undl/dataset';
import type { Imported } from '../../domain/undl/stored';
import { voteOfUndlId } from '../../domain/undl/views';
import { parseImportedVoteId } from '../../domain/undl/ids';
import type { DatasetState } from '../../store/store';
import type { Route } from '../../store/route';
import { NotFound } from '../../components/NotFound';
import { RECORD_LAST_DATE } from '../../domain/history/vocabulary';
import { isoDateOfDay } from '../../domain/undl/format';
import { MergeSummary } from '../../components/MergeSummary';
import { shorten } from '../../domain/text';
import { BODY_LABEL } from '../../components/labels';
import { PICTURE_SOURCE } from '../../components/pictureLabels';
import { DecisionPage } from './DecisionPage';

let groups: ReturnType<typeof readGroups> | null = null;

/** The one-decision dataset of vote `undlId` of an import; null where the import has no such vote. */
function voteDataset(imported: Imported, undlId: number): Dataset | null {
  const d = voteOfUndlId(imported.store, undlId);
  if (d < 0) return null;
  groups ??= readGroups(groupsCsv);
  const file = undlDataset(imported, {
    file: { name: imported.file.name, bytes: imported.file.bytes, sha256: null },
    groups,
    by: 'the tracker in this browser',
    only: [d],
  });
  return buildDataset(file);
}

export default function ImportedDecisionView({
  state,
  route,
}: {
  state: DatasetState;
  route: Extract<Route, { view: 'decision' }>;
}) {
  const vote = parseImportedVoteId(route.id);
  const imported = state.status === 'ready' && state.kind === 'import' ? state.imported : null;
  const dataset = useMemo(
    () => (imported && vote ? voteDataset(imported, vote.undlId) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the vote is the id's
    [imported, route.id],
  );
  if (state.status === 'loading') {
    return (
      <div role="status" className="loading">
        <h1 data-transient="">Reading the imports kept in this browser…</h1>
      </div>
    );
  }
  if (!imported) {
    const body = BODY_LABEL[vote?.dataset === 'undl-sc' ? 'SC' : 'GA'];
    return (
      <NotFound
        what={`“${shorten(route.id)}” is a vote of an import of the UN Digital Library's ${body} file, and this browser holds no such import${state.status === 'invalid' || state.status === 'failed' ? ' that could be read' : ''}. Import the file first.`}
      />
    );
  }
  if (!dataset) {
    return <NotFound what={`There is no vote “${shorten(route.id)}” in the import of ${imported.file.name}.`} />;
  }
  return (
    <>
      <DecisionPage
        dataset={dataset}
        decision={dataset.decisions[0]}
        filters={route.filters}
        sort={route.sort}
        pictureSource={PICTURE_SOURCE.undl}
      />
      {imported.store.body === 'GA' && vote && <InRecord imported={imported} undlId={vote.undlId} />}
    </>
  );
}

/** The same vote in the General Assembly's record, where the record covers its date. */
function InRecord({ imported, undlId }: { imported: Imported; undlId: number }) {
  const v = voteOfUndlId(imported.store, undlId);
  const covered = v >= 0 && isoDateOfDay(imported.store.day[v]) <= RECORD_LAST_DATE;
  const history = useStore((s) => datasetState(s, HISTORY));
  useEffect(() => {
    if (covered) void requestHistory();
  }, [covered]);
  if (!covered) return null;
  const pack = history.status === 'ready' && history.kind === 'record' ? history.pack : null;
  return (
    <section aria-labelledby="in-record" className="panel">
      <h2 id="in-record">In the General Assembly’s record 1946–2019</h2>
      {pack ? (
        <RecordCounterpart pack={pack} imported={imported} v={v} />
      ) : history.status === 'failed' || history.status === 'invalid' ? (
        <p>The record could not be loaded to compare.</p>
      ) : (
        <p role="status">Loading the record to compare…</p>
      )}
    </section>
  );
}

function RecordCounterpart({ pack, imported, v }: { pack: HistoryPack; imported: Imported; v: number }) {
  const { store } = imported;
  const counterpart = useMemo(() => counterpartOf(recordAgainstImport(pack, store), 'b', v), [pack, store, v]);
  const merged = useMemo(
    () => (counterpart.kind === 'match' ? mergeRecordVote(pack, counterpart.index, store, v) : null),
    [pack, store, v, counterpart],
  );
  const link = (d: number) => <a href={historyDecisionHref(historyDecisionId(pack, d))}>rcid {pack.rcid[d]}</a>;
  if (counterpart.kind === 'none') return <p>The record has no vote on this resolution at this date.</p>;
  if (counterpart.kind === 'ambiguous') {
    return (
      <p>
        The record has {counterpart.candidates.length} votes that could be this one (
        {counterpart.candidates.map((d, i) => (
          <span key={d}>
            {i > 0 && ', '}
            {link(d)}
          </span>
        ))}
        ): which cannot be told, so they are not merged.
      </p>
    );
  }
  return (
    <p>
      The same vote as {link(counterpart.index)} in the record
      {counterpart.on === 'month' ? ' (matched on the month: the record dates it only to its month)' : ''}.{' '}
      {merged && <MergeSummary summary={merged.summary} />} The record’s page lists the states that differ.
    </p>
  );
}
