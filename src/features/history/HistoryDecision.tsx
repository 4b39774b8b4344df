/**
 * One vote of the General Assembly's record: what the record knows of it,
 * the tally counted from its positions, and the members at its date with
 * their positions. Nothing is guessed: a member without a recorded position
 * is "absent or not voting".
 */
import { Suspense, lazy, useMemo, useState } from 'react';
import type { Imported } from '../../domain/undl/stored';
import type { HistoryPack } from '../../domain/history/pack';
import {
  countedTally,
  dateOf,
  datePrecisionOf,
  decisionOfRcid,
  decisionsWithSymbol,
  descriptionOf,
  importanceOf,
  kindOf,
  symbolOf,
  titleOf,
  topicsOf,
} from '../../domain/history/pack';
import { POSITION_CODE } from '../../domain/history/format';
import {
  STATE_VOTES_HEADER,
  countedMajority,
  csvPosition,
  historyDecisionId,
  membersWithPositions,
  officialSymbolOf,
  rcidOfId,
} from '../../domain/history/views';
import { recordBreakdown } from '../../domain/history/groups';
import { toCsv } from '../../domain/csv';
import { CopySymbol } from '../../components/CopySymbol';
import type { Shown } from '../../components/RecordPosition';
import { RecordPositionBadge, ShownFilter, shownCode, shownLabel } from '../../components/RecordPosition';
import { DownloadButton, fileNamePart } from '../../components/DownloadButton';
import { GroupBreakdown } from '../../components/GroupBreakdown';
import { LazyPositionMap } from '../../components/LazyPositionMap';
import { NotFound } from '../../components/NotFound';
import { TallyChart } from '../../components/TallyChart';
import type { Segment } from '../../components/TallyChart';
import { ShareCard } from '../../components/ShareCard';
import { PICTURE_SOURCE } from '../../components/pictureLabels';
import { COUNTED_MAJORITY_LABEL, RECORD_KIND_LABEL, downloadTheseLabel } from '../../components/labels';
import { historyDecisionHref, historyHref, stateHref } from '../../store/route';
import { formatDate } from '../../components/dates';
import { useDocumentTitle } from '../../components/documentTitle';

// With an import there, the same vote in its file (the merge's code loads only then).
const ImportCounterpart = lazy(() => import('./ImportCounterpart'));

export function HistoryDecision({ pack, id, imported }: { pack: HistoryPack; id: string; imported: Imported | null }) {
  const rcid = rcidOfId(id);
  const d = rcid === null ? -1 : decisionOfRcid(pack, rcid);
  const [shown, setShown] = useState<Shown>('all');
  const members = useMemo(() => (d < 0 ? [] : membersWithPositions(pack, d)), [pack, d]);
  const mapMembers = useMemo(
    () => members.map(({ state, code }) => ({ key: state.key, name: state.name, code })),
    [members],
  );
  const groups = useMemo(() => (d < 0 ? [] : recordBreakdown(pack, d)), [pack, d]);
  useDocumentTitle(
    d < 0
      ? 'Not found · General Assembly record'
      : `${symbolOf(pack, d) || `rcid ${pack.rcid[d]}`}, ${formatDate(dateOf(pack, d), datePrecisionOf(pack, d))} · General Assembly record`,
  );
  if (d < 0)
    return (
      <NotFound
        what={`There is no vote “${id.slice(0, 60)}${id.length > 60 ? '…' : ''}” in the General Assembly's record.`}
      />
    );

  const t = countedTally(pack, d);
  const symbol = symbolOf(pack, d);
  // The UN's symbol of the resolution, where the record's names one in its own way (R/39/148B: A/RES/39/148 B).
  const official = officialSymbolOf(pack, d);
  const title = titleOf(pack, d);
  const precision = datePrecisionOf(pack, d);
  const important = importanceOf(pack, d);
  const topics = topicsOf(pack, d);
  const sameSymbol = decisionsWithSymbol(pack, d);
  const code = shownCode(shown);
  const rows = code === null ? members : members.filter((m) => m.code === code);
  const heading = title || official || symbol || `Vote ${pack.rcid[d]} of the record`;
  const date = formatDate(dateOf(pack, d), precision);
  const fileKey = `un-ga-record-rcid-${pack.rcid[d]}${symbol ? `-${fileNamePart(symbol)}` : ''}`;
  const segments: Segment[] = [
    { key: 'Y', count: t.Y },
    { key: 'N', count: t.N },
    { key: 'A', count: t.A },
    { key: 'absent', count: t.absentOrNotVoting },
  ];
  const countedWords = `Counted: ${t.Y} in favour, ${t.N} against, ${t.A} abstentions, ${t.absentOrNotVoting} absent or not voting (of ${t.members} members at the date).`;
  const caption = `${rows.length} of the ${t.members} members at ${formatDate(dateOf(pack, d), precision)}${code === null ? '' : `: ${shownLabel(shown)}`}`;

  return (
    <>
      <nav className="crumbs" aria-label="Breadcrumb">
        <a href="#/">Overview</a> › <a href={historyHref()}>General Assembly record</a> ›{' '}
        <span aria-current="page">{official || symbol || heading}</span>
      </nav>
      <div className="page-head">
        <h1>{heading}</h1>
        <dl className="facts">
          <div>
            <dt>Date</dt>
            <dd>
              {formatDate(dateOf(pack, d), precision)}
              {precision === 'month' && <span className="muted"> (the record gives the month only)</span>}
            </dd>
          </div>
          <div>
            <dt>Session</dt>
            <dd>
              <a href={historyHref({ session: pack.session[d] })}>{pack.session[d]}</a>
            </dd>
          </div>
          {official ? (
            <div>
              <dt>Resolution</dt>
              <dd>
                <CopySymbol symbol={official} />
                <span className="record-symbol muted small">
                  record: <code>{symbol}</code>
                </span>
              </dd>
            </div>
          ) : (
            symbol && (
              <div>
                <dt>Resolution (as the record writes it)</dt>
                <dd>
                  <CopySymbol symbol={symbol} />
                </dd>
              </div>
            )
          )}
          <div>
            <dt>Kind</dt>
            <dd>{RECORD_KIND_LABEL[kindOf(pack, d)]}</dd>
          </div>
          <div>
            <dt>Topics</dt>
            <dd>
              {topics.length === 0
                ? 'none tagged'
                : topics.map((x, i) => (
                    <span key={x.code}>
                      {i > 0 && ', '}
                      <a href={historyHref({ topics: [x.code] })}>{x.label}</a>
                    </span>
                  ))}
            </dd>
          </div>
          <div>
            <dt>Important vote</dt>
            <dd>
              {important === null ? 'not coded for this session' : important ? 'yes (US State Department list)' : 'no'}
            </dd>
          </div>
          <div className="wide">
            <dt>Source record</dt>
            <dd>
              rcid {pack.rcid[d]} in {pack.dataset.provenance.source}
            </dd>
          </div>
        </dl>
        {descriptionOf(pack, d) && <p className="description">{descriptionOf(pack, d)}</p>}
      </div>

      <section aria-labelledby="counted" className="panel">
        <h2 id="counted">Counted tally</h2>
        <p>
          <strong>{COUNTED_MAJORITY_LABEL[countedMajority(t)]}</strong>{' '}
          <span className="muted">
            (counted from the record's positions under the simple-majority rule; the record gives neither official
            totals nor which questions needed two thirds)
          </span>
        </p>
        <TallyChart
          segments={segments}
          total={t.members}
          caption={countedWords}
          picture={{
            fileName: `${fileKey}-tally`,
            title: `${symbol || heading}: the counted tally`,
            subtitle: symbol && title ? title : undefined,
            source: PICTURE_SOURCE.record,
            date,
          }}
        />
        <ShareCard
          fileName={`${fileKey}-card`}
          symbol={symbol || `Vote ${pack.rcid[d]} of the record`}
          title={title || heading}
          facts={`General Assembly · ${RECORD_KIND_LABEL[kindOf(pack, d)]} · ${date}`}
          outcome={COUNTED_MAJORITY_LABEL[countedMajority(t)]}
          reason={countedWords}
          segments={segments}
          total={t.members}
          source={PICTURE_SOURCE.record}
          date={date}
        />
      </section>

      {sameSymbol.length > 0 && (
        <section aria-labelledby="same-symbol" className="panel">
          <h2 id="same-symbol">Other votes on {symbol}</h2>
          <p className="muted">Votes on amendments, paragraphs and the whole text share one symbol in the record.</p>
          <ul>
            {sameSymbol.map((e) => (
              <li key={e}>
                <a href={historyDecisionHref(historyDecisionId(pack, e))}>
                  {formatDate(dateOf(pack, e), datePrecisionOf(pack, e))}: {RECORD_KIND_LABEL[kindOf(pack, e)]}
                </a>{' '}
                <span className="muted">(rcid {pack.rcid[e]})</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {imported && (
        <Suspense fallback={<p role="status">Comparing with the imported file…</p>}>
          <ImportCounterpart pack={pack} rcid={pack.rcid[d]} imported={imported} />
        </Suspense>
      )}

      <section aria-labelledby="map-heading" className="panel">
        <h2 id="map-heading">Map of the positions</h2>
        <LazyPositionMap
          members={mapMembers}
          noneMeans="absent"
          caption={`The ${t.members} members at ${formatDate(dateOf(pack, d), precision)} on today's map: ${t.Y} in favour, ${t.N} against, ${t.A} abstentions, ${t.absentOrNotVoting} absent or not voting; the other countries greyed.`}
          otherLabel="Not a member at the date"
          alternative="The table “Members and their positions” below gives every member's position: it is the map's table alternative."
          hrefOf={stateHref}
          picture={{
            fileName: `${fileKey}-map`,
            title: `${symbol || heading}: the positions on the map`,
            subtitle: symbol && title ? title : undefined,
            source: PICTURE_SOURCE.record,
            date,
          }}
        />
      </section>

      <section aria-labelledby="groups-heading" className="panel">
        <h2 id="groups-heading">By regional group</h2>
        <GroupBreakdown
          rows={groups}
          noneMeans="absent"
          date={dateOf(pack, d)}
          historical
          decisionLabel={symbol || heading}
          hrefOf={stateHref}
          fileName={`${fileKey}-groups.csv`}
          pictureSource={PICTURE_SOURCE.record}
        />
      </section>

      <section aria-labelledby="members" className="panel">
        <h2 id="members">Members and their positions</h2>
        <div className="table-tools">
          <ShownFilter shown={shown} onChange={setShown} allLabel="All members" />
          {rows.length > 0 && (
            <DownloadButton
              fileName={`un-ga-record-rcid-${pack.rcid[d]}${symbol ? `-${fileNamePart(symbol)}` : ''}-positions.csv`}
              makeCsv={() =>
                toCsv(
                  STATE_VOTES_HEADER,
                  rows.map((m) => [
                    m.state.key,
                    m.state.key,
                    historyDecisionId(pack, d),
                    String(pack.rcid[d]),
                    dateOf(pack, d),
                    symbol,
                    title,
                    csvPosition(m.code),
                    m.code === POSITION_CODE.absentOrNotVoting ? 'not recorded' : 'reported',
                  ]),
                  { bom: true },
                )
              }
            >
              {downloadTheseLabel(rows.length, 'position')}
            </DownloadButton>
          )}
        </div>
        <div className="table-scroll tall" tabIndex={0} role="region" aria-label={caption}>
          <table className="data-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">State</th>
                <th scope="col">Position</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ state, code: c }) => (
                <tr key={state.key}>
                  <th scope="row">
                    <a href={stateHref(state.former ? state.key : state.seat)}>{state.name}</a>
                  </th>
                  <td>
                    <RecordPositionBadge code={c} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
