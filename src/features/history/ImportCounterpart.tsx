/**
 * A vote of the record beside the same vote in the imported General
 * Assembly file: which vote it is, how the two agree state by state (what
 * agrees, where the file's non-voting fills the record's absent or not
 * voting, what is disputed), and the states where they differ. Loaded only
 * when there is an import.
 */
import { useMemo } from 'react';
import type { HistoryPack } from '../../domain/history/pack';
import { decisionOfRcid } from '../../domain/history/pack';
import type { Claim, ClaimValue, MergedState } from '../../domain/merge/positions';
import { counterpartOf, mergeRecordVote, recordAgainstImport } from '../../domain/merge/record';
import type { Imported } from '../../domain/undl/stored';
import { isoDateOfDay, textOf } from '../../domain/undl/format';
import { importedVoteId } from '../../domain/undl/views';
import { ABSENT_OR_NOT_VOTING, DISPUTED, NOT_REPORTED, POSITION_LABEL } from '../../components/labels';
import { formatDate } from '../../components/dates';
import { MergeSummary } from '../../components/MergeSummary';
import { decisionHref, stateHref } from '../../store/route';

const n = (x: number) => x.toLocaleString('en');

const valueLabel = (v: ClaimValue) => (v === 'absentOrNotVoting' ? ABSENT_OR_NOT_VOTING : POSITION_LABEL[v]);
const claimsLabel = (claims: readonly Claim[] | null) =>
  claims === null
    ? 'not listed'
    : claims.length === 0
      ? NOT_REPORTED
      : claims.map((c) => valueLabel(c.value)).join(' and ');

const OUTCOME_LABEL: Record<MergedState['outcome'], string> = {
  agree: 'agree',
  fill: 'filled from the file',
  only: 'one source only',
  disputed: DISPUTED,
  notReported: NOT_REPORTED,
};

export default function ImportCounterpart({
  pack,
  rcid,
  imported,
}: {
  pack: HistoryPack;
  rcid: number;
  imported: Imported;
}) {
  const { store, file } = imported;
  const d = decisionOfRcid(pack, rcid);
  const counterpart = useMemo(() => counterpartOf(recordAgainstImport(pack, store), 'a', d), [pack, store, d]);
  const merged = useMemo(
    () => (counterpart.kind === 'match' ? mergeRecordVote(pack, d, store, counterpart.index) : null),
    [pack, d, store, counterpart],
  );
  const nameOf = (key: string) => {
    const i = pack.stateIndex.get(key);
    return i === undefined ? (store.states[store.stateIndex.get(key) ?? -1]?.name ?? key) : pack.states[i].name;
  };
  const voteLink = (v: number) => (
    <a href={decisionHref(importedVoteId(store, v))}>{textOf(store, store.symbol, v) || `record ${store.undlId[v]}`}</a>
  );

  return (
    <section aria-labelledby="in-import" className="panel">
      <h2 id="in-import">In the imported UN Digital Library file</h2>
      {counterpart.kind === 'none' && (
        <p>
          {file.name} has no vote on this resolution at this date: the record’s vote stands alone (the files hold
          adopted resolutions only, no votes on amendments or paragraphs).
        </p>
      )}
      {counterpart.kind === 'ambiguous' && (
        <>
          <p>
            {counterpart.reason === 'parts'
              ? `The record votes on the parts of this resolution one by one; ${file.name} has the resolution as a whole`
              : `${file.name} has more than one vote on this resolution at this date`}
            . Which is this one cannot be told, so they are not merged:
          </p>
          <ul>
            {counterpart.candidates.map((v) => (
              <li key={v}>
                {voteLink(v)} ({formatDate(isoDateOfDay(store.day[v]), 'day')}, record {store.undlId[v]})
              </li>
            ))}
          </ul>
        </>
      )}
      {counterpart.kind === 'match' && merged && (
        <>
          <p>
            The same vote as {voteLink(counterpart.index)} in {file.name} (record {store.undlId[counterpart.index]}
            {counterpart.on === 'month'
              ? '; matched on the month, as the record dates this vote only to its month'
              : ''}
            ). <MergeSummary summary={merged.summary} />
          </p>
          <DifferingStates states={merged.states.filter((s) => s.outcome !== 'agree')} nameOf={nameOf} />
        </>
      )}
    </section>
  );
}

function DifferingStates({ states, nameOf }: { states: MergedState[]; nameOf: (key: string) => string }) {
  if (states.length === 0) return <p>Every state’s position is the same in both.</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="States where the record and the file differ">
      <table className="data-table">
        <caption>States where the record and the file differ: {n(states.length)}</caption>
        <thead>
          <tr>
            <th scope="col">State</th>
            <th scope="col">Record</th>
            <th scope="col">File</th>
            <th scope="col">Merged</th>
          </tr>
        </thead>
        <tbody>
          {states.map((s) => (
            <tr key={s.key}>
              <th scope="row">
                <a href={stateHref(s.keys.a ?? s.key)}>{nameOf(s.key)}</a>
              </th>
              <td>{claimsLabel(s.a)}</td>
              <td>{claimsLabel(s.b)}</td>
              <td>
                {s.outcome === 'disputed' ? (
                  <strong>{DISPUTED}</strong>
                ) : s.value === null ? (
                  NOT_REPORTED
                ) : (
                  `${valueLabel(s.value)} (${OUTCOME_LABEL[s.outcome]})`
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
