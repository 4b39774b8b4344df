/**
 * A vote of an import (`#/decision/undl-ga-4025240`) on the decision page:
 * the vote as a decision of its own dataset, every fact cited to the
 * Library's record, the official totals checked against the positions.
 */
import { useMemo } from 'react';
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
import { shorten } from '../../domain/text';
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
    const body = vote?.dataset === 'undl-sc' ? 'Security Council' : 'General Assembly';
    return (
      <NotFound
        what={`“${shorten(route.id)}” is a vote of an import of the UN Digital Library's ${body} file, and this browser holds no such import${state.status === 'invalid' || state.status === 'failed' ? ' that could be read' : ''}. Import the file first.`}
      />
    );
  }
  if (!dataset) {
    return <NotFound what={`There is no vote “${shorten(route.id)}” in the import of ${imported.file.name}.`} />;
  }
  return <DecisionPage dataset={dataset} decision={dataset.decisions[0]} filters={route.filters} sort={route.sort} />;
}
