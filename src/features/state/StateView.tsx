/**
 * A state's page: its membership, its regional group, its Council seat and
 * positions on the curated day, and its positions across the General
 * Assembly's record (per year, and vote by vote). The record is fetched when
 * the page opens; the curated day shows at once.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Dataset } from '../../domain/model';
import { councilOn, labelOf, positionOf, statusOf } from '../../domain/model';
import type { HistoryPack, HistoryState } from '../../domain/history/pack';
import { dateOf, datePrecisionOf, symbolOf, titleOf } from '../../domain/history/pack';
import {
  STATE_VOTES_HEADER,
  decisionsWhileMember,
  historyDecisionId,
  positionsForState,
  stateVoteRows,
  yearlyPositions,
} from '../../domain/history/views';
import { toCsv } from '../../domain/csv';
import type { Shown } from '../../components/RecordPosition';
import { RecordPositionBadge, ShownFilter, shownCode } from '../../components/RecordPosition';
import { DownloadButton } from '../../components/DownloadButton';
import { PICTURE_SOURCE, madeOn } from '../../components/pictureLabels';
import { NotFound } from '../../components/NotFound';
import { PositionBadge, DisputedBadge } from '../../components/Badges';
import { VirtualTable } from '../../components/VirtualTable';
import { YearlyChart } from '../../components/YearlyChart';
import { BODY_LABEL, NOT_REPORTED, downloadTheseLabel } from '../../components/labels';
import { alignmentHref, decisionHref, historyDecisionHref, historyHref, stateHref } from '../../store/route';
import { requestHistory } from '../../store/history';
import { HISTORY, datasetState, useStore } from '../../store/store';
import { formatDate } from '../../components/dates';
import { useDocumentTitle } from '../../components/documentTitle';
import type { Imported } from '../../domain/undl/stored';
import { IMPORT_DATASET_IDS } from '../../domain/undl/ids';
import { importSeatPositions, importStateVoteRows } from '../../domain/undl/views';

export default function StateView({ dataset, stateKey }: { dataset: Dataset; stateKey: string }) {
  const history = useStore((s) => datasetState(s, HISTORY));
  useEffect(() => {
    void requestHistory();
  }, []);
  const pack = history.status === 'ready' && history.kind === 'record' ? history.pack : null;
  const ga = useStore((s) => datasetState(s, IMPORT_DATASET_IDS[0]));
  const sc = useStore((s) => datasetState(s, IMPORT_DATASET_IDS[1]));
  const imports = [ga, sc].flatMap((i) => (i.status === 'ready' && i.kind === 'import' ? [i.imported] : []));
  const dayIndex = dataset.stateIndex.get(stateKey);
  const packState = pack ? pack.states[pack.stateIndex.get(stateKey) ?? -1] : undefined;
  const unknown = dayIndex === undefined && pack !== null && !packState;
  const name = dayIndex !== undefined ? dataset.states[dayIndex].name : (packState?.name ?? stateKey);
  useDocumentTitle(unknown ? 'Not found' : name);
  if (unknown) {
    return <NotFound what={`There is no state “${stateKey.slice(0, 12)}” in the tracker's data.`} />;
  }
  const group = dayIndex !== undefined ? dataset.states[dayIndex].regionalGroup : null;
  return (
    <>
      <nav className="crumbs" aria-label="Breadcrumb">
        <a href="#/">Overview</a> › <span aria-current="page">{name}</span>
      </nav>
      <div className="page-head">
        <h1>{name}</h1>
        <dl className="facts">
          <div>
            <dt>Code</dt>
            <dd>{stateKey}</dd>
          </div>
          <div>
            <dt>Regional group</dt>
            <dd>{group ?? (packState?.former ? 'none (a former member)' : 'not in the curated day')}</dd>
          </div>
          {packState && pack && <Membership pack={pack} state={packState} />}
        </dl>
        <WhoVotedWith name={name} stateKey={stateKey} pack={pack} state={packState} />
      </div>
      {dayIndex !== undefined && <CuratedDay dataset={dataset} stateIndex={dayIndex} />}
      {imports.map((imported) => (
        <ImportedPositions key={imported.id} imported={imported} stateKey={stateKey} name={name} />
      ))}
      <section aria-labelledby="record" className="panel">
        <h2 id="record">In the General Assembly's record, 1946–2019</h2>
        {history.status === 'failed' ? (
          <p role="alert">{history.message}</p>
        ) : !pack ? (
          <p role="status">Loading the record…</p>
        ) : !packState ? (
          <p>The record has no positions of {name}.</p>
        ) : (
          <RecordPositions pack={pack} state={packState} />
        )}
      </section>
    </>
  );
}

/**
 * The alignment view's ranking of this state. A former state whose seat a
 * member continued (the USSR) counts in that seat there: the link asks for
 * the seat up to the state's last year.
 */
function WhoVotedWith({
  name,
  stateKey,
  pack,
  state,
}: {
  name: string;
  stateKey: string;
  pack: HistoryPack | null;
  state: HistoryState | undefined;
}) {
  const seat =
    state && state.former && state.seat !== state.key ? pack?.states[pack.stateIndex.get(state.seat) ?? -1] : undefined;
  if (!seat) {
    return (
      <p>
        <a href={alignmentHref({ state: stateKey })}>Who voted with {name}</a>
      </p>
    );
  }
  const to = state!.spans.at(-1)!.to;
  const toYear = to ? Number(to.slice(0, 4)) : null;
  return (
    <p>
      <a href={alignmentHref({ state: seat.key, toYear })}>Who voted with {name}</a>{' '}
      <span className="muted">
        (its positions count in the seat of {seat.name}
        {toYear ? `, up to ${toYear}` : ''})
      </span>
    </p>
  );
}

function Membership({ pack, state }: { pack: HistoryPack; state: HistoryState }) {
  const spans = state.spans
    .map((s) => `${formatDate(s.from, 'day')} – ${s.to ? formatDate(s.to, 'day') : 'today'}`)
    .join('; ');
  const predecessors = state.former ? [] : pack.states.filter((s) => s.seat === state.key && s.key !== state.key);
  const successor = state.continuedBy ? pack.states[pack.stateIndex.get(state.continuedBy) ?? -1] : undefined;
  return (
    <>
      <div>
        <dt>Member</dt>
        <dd>{spans}</dd>
      </div>
      {predecessors.length > 0 && (
        <div>
          <dt>Seat held before by</dt>
          <dd>
            {predecessors.map((p, i) => (
              <span key={p.key}>
                {i > 0 && ', '}
                <a href={stateHref(p.key)}>{p.name}</a>
              </span>
            ))}{' '}
            <span className="muted">(their positions count here)</span>
          </dd>
        </div>
      )}
      {successor && (
        <div>
          <dt>Continued by</dt>
          <dd>
            <a href={stateHref(successor.former ? successor.key : successor.seat)}>{successor.name}</a>
          </dd>
        </div>
      )}
    </>
  );
}

function CuratedDay({ dataset, stateIndex }: { dataset: Dataset; stateIndex: number }) {
  const code = dataset.states[stateIndex].code;
  const date = dataset.decisions[0].date;
  const council = councilOn(dataset, date);
  const year = date.slice(0, 4);
  const permanent = council?.permanent ?? [];
  const elected = council?.elected ?? [];
  const seat = permanent.includes(code)
    ? `a permanent member of the Security Council`
    : elected.includes(code)
      ? `an elected member of the Security Council in ${year}`
      : `not a member of the Security Council in ${year}`;
  const caption = `Positions of ${dataset.states[stateIndex].name} in the decisions of the curated day`;
  return (
    <section aria-labelledby="curated" className="panel">
      <h2 id="curated">{dataset.title}</h2>
      <p>
        {dataset.states[stateIndex].name} was {seat}.
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table className="data-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Decision</th>
              <th scope="col">Body</th>
              <th scope="col">Position</th>
            </tr>
          </thead>
          <tbody>
            {dataset.decisions
              .filter((d) => statusOf(d.positions[stateIndex]) !== null)
              .map((d) => {
                const status = statusOf(d.positions[stateIndex]);
                return (
                  <tr key={d.id}>
                    <th scope="row">
                      <a href={decisionHref(d.id)}>{labelOf(d)}</a>
                    </th>
                    <td>{BODY_LABEL[d.body]}</td>
                    <td>
                      {status === 'disputed' ? (
                        <DisputedBadge />
                      ) : status === 'not reported' ? (
                        <span className="pos pos-none">{NOT_REPORTED}</span>
                      ) : (
                        <PositionBadge position={positionOf(d.positions[stateIndex])} />
                      )}
                    </td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function RecordPositions({ pack, state }: { pack: HistoryPack; state: HistoryState }) {
  const positions = useMemo(() => positionsForState(pack, state), [pack, state]);
  const years = useMemo(() => yearlyPositions(pack, positions.codes), [pack, positions]);
  const all = useMemo(() => decisionsWhileMember(positions.codes), [positions]);
  const [shown, setShown] = useState<Shown>('all');
  const code = shownCode(shown);
  const rows = useMemo(
    () => (code === null ? all : all.filter((d) => positions.codes[d] === code)),
    [all, code, positions],
  );
  if (all.length === 0) return <p>The record has no vote while {state.name} was a member.</p>;
  const first = years[0].year;
  const last = years[years.length - 1].year;
  const caption = `${rows.length.toLocaleString('en')} of ${all.length.toLocaleString('en')} votes of ${state.name} in the record`;
  return (
    <>
      <YearlyChart
        rows={years}
        caption={`Positions of ${state.name} per year, ${first}–${last}, as shares of the votes it could take part in (${all.length.toLocaleString('en')} votes).`}
        tableCaption={`Positions of ${state.name} per year`}
        picture={{
          fileName: `un-ga-record-${state.key}-per-year`,
          title: `Positions of ${state.name} per year, ${first}–${last}`,
          subtitle: `As shares of the ${all.length.toLocaleString('en')} votes of the General Assembly it could take part in.`,
          source: PICTURE_SOURCE.record,
          date: madeOn(),
        }}
      />
      <h3>Decision by decision</h3>
      <div className="table-tools">
        <ShownFilter shown={shown} onChange={setShown} allLabel="All" />
        {rows.length > 0 && (
          <DownloadButton
            fileName={`un-ga-record-${state.key}-${shown}-${rows.length}-votes.csv`}
            makeCsv={() => toCsv(STATE_VOTES_HEADER, stateVoteRows(pack, state, positions, rows), { bom: true })}
          >
            {downloadTheseLabel(rows.length, 'vote')}
          </DownloadButton>
        )}
      </div>
      {rows.length === 0 ? (
        <p className="empty">No vote with this position.</p>
      ) : (
        <VirtualTable
          caption={caption}
          className="record-list"
          head={['Decision', 'Title', 'Position']}
          count={rows.length}
          rowHeight={72}
          rowKey={(i) => pack.rcid[rows[i]]}
          row={(i) => {
            const d = rows[i];
            const c = positions.codes[d];
            const holder = positions.holder[d];
            return [
              <>
                {/* Named with its symbol too: the list has many votes of one month. */}
                <a
                  href={historyDecisionHref(historyDecisionId(pack, d))}
                  aria-label={`${formatDate(dateOf(pack, d), datePrecisionOf(pack, d))}, ${symbolOf(pack, d) || `rcid ${pack.rcid[d]}`}`}
                >
                  {formatDate(dateOf(pack, d), datePrecisionOf(pack, d))}
                </a>
                <span className="muted small">{symbolOf(pack, d) || `rcid ${pack.rcid[d]}`}</span>
              </>,
              <span className="clamp">{titleOf(pack, d) || 'No title in the record'}</span>,
              <>
                <RecordPositionBadge code={c} />
                {holder >= 0 && holder !== state.index && (
                  <span className="muted small">as {pack.states[holder].name}</span>
                )}
              </>,
            ];
          }}
        />
      )}
      <p className="muted">
        <a href={historyHref()}>All votes of the record</a>
      </p>
    </>
  );
}

/** A state's positions in an imported file, by its seat: per year, with the table alternative, and as CSV. */
function ImportedPositions({ imported, stateKey, name }: { imported: Imported; stateKey: string; name: string }) {
  const { store, file } = imported;
  const positions = useMemo(() => importSeatPositions(store, stateKey), [store, stateKey]);
  const years = useMemo(() => (positions ? yearlyPositions(store, positions.codes) : []), [store, positions]);
  const votes = useMemo(() => (positions ? decisionsWhileMember(positions.codes) : new Uint32Array()), [positions]);
  const body = BODY_LABEL[store.body];
  const id = `import-${imported.id}`;
  return (
    <section aria-labelledby={id} className="panel">
      <h2 id={id}>
        In the imported {body} file ({file.name})
      </h2>
      {!positions || votes.length === 0 ? (
        <p>
          The file has no vote in which {name} {store.body === 'SC' ? 'sat on the Council' : 'was a member'}.
        </p>
      ) : (
        <>
          <YearlyChart
            rows={years}
            caption={`Positions of ${name} per year in the imported ${body} file, ${years[0].year}–${years.at(-1)!.year}, as shares of the ${votes.length.toLocaleString('en')} votes it could take part in (non-voting counts as absent or not voting).`}
            tableCaption={`Positions of ${name} per year in the imported ${body} file`}
            picture={{
              fileName: `un-${imported.id}-${stateKey}-per-year`,
              title: `Positions of ${name} per year in the ${body}, ${years[0].year}–${years.at(-1)!.year}`,
              subtitle: `As shares of the ${votes.length.toLocaleString('en')} votes it could take part in (non-voting counts as absent or not voting).`,
              source: PICTURE_SOURCE.undl,
              date: madeOn(),
            }}
          />
          <div className="table-tools">
            <DownloadButton
              fileName={`un-${imported.id}-${stateKey}-${votes.length}-votes.csv`}
              makeCsv={() =>
                toCsv(STATE_VOTES_HEADER, importStateVoteRows(store, stateKey, positions, votes), { bom: true })
              }
            >
              Download its {votes.length.toLocaleString('en')} imported {votes.length === 1 ? 'vote' : 'votes'} (CSV)
            </DownloadButton>{' '}
            <a href="#/import">The imported votes</a>
          </div>
        </>
      )}
    </section>
  );
}
