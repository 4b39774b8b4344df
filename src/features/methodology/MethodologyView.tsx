/**
 * The methodology page: what each dataset is, where it comes from, its licence
 * and coverage, and what it lacks, with figures counted from the data loaded
 * now; how tallies, outcomes, agreement and group majorities are computed;
 * the words the tracker uses; the curation rules of the curated day; how to
 * cite. `data/README.md` holds the same knowledge for those who read the code.
 */
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import type { Dataset } from '../../domain/model';
import type { Body } from '../../domain/schema';
import type { HistoryPack } from '../../domain/history/pack';
import type { Imported } from '../../domain/undl/stored';
import { dayFacts, importFacts, recordFacts } from '../../domain/methodology';
import type { PositionCounts } from '../../domain/methodology';
import type { DatePrecision } from '../../domain/membership';
import { ENLARGED_COUNCIL_FROM, councilAt } from '../../domain/rules';
import { LICENCE as UNDL_LICENCE, UNDL_RECORDS } from '../../domain/undl/dataset';
import { IMPORT_DATASET_IDS } from '../../domain/undl/ids';
import {
  ABSENT_OR_NOT_VOTING,
  ABSTAIN_RULE_LABEL,
  BAND_LABEL,
  BODY_LABEL,
  DISPUTED,
  NOT_REPORTED,
  POSITION_LABEL,
} from '../../components/labels';
import { formatDate } from '../../components/dates';
import { RecordStatus } from '../../components/DatasetStatus';
import { HISTORY, datasetState, useStore } from '../../store/store';
import { alignmentHref, dividedHref, historyHref } from '../../store/route';
import { GA_BAND_FROM, SC_DIVIDED_FROM } from '../../domain/divided';

const n = (x: number) => x.toLocaleString('en');
const pct = (fraction: number) => `${Math.round(fraction * 100)}%`;
const share = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)}%` : '—');

export default function MethodologyView({ dataset }: { dataset: Dataset }) {
  const history = useStore((s) => datasetState(s, HISTORY));
  const ga = useStore((s) => datasetState(s, IMPORT_DATASET_IDS[0]));
  const sc = useStore((s) => datasetState(s, IMPORT_DATASET_IDS[1]));
  const pack = history.status === 'ready' && history.kind === 'record' ? history.pack : null;
  const day = useMemo(() => dayFacts(dataset), [dataset]);
  const record = useMemo(() => (pack ? recordFacts(pack) : null), [pack]);
  const imported = useMemo(
    () =>
      [ga, sc].flatMap((s) =>
        s.status === 'ready' && s.kind === 'import'
          ? [{ imported: s.imported, facts: importFacts(s.imported.store, s.imported.report) }]
          : [],
      ),
    [ga, sc],
  );

  return (
    <>
      <h1>Methodology</h1>
      <p className="lede">
        What each dataset is, where it comes from, what it covers and what it lacks, and how the tracker computes what
        it shows. The figures on this page are counted from the data loaded in this browser now.
      </p>

      <section className="panel" aria-labelledby="method-datasets">
        <h2 id="method-datasets">The datasets in figures</h2>
        <div className="table-scroll" tabIndex={0} role="region" aria-label="The datasets in figures">
          <table className="data-table">
            <caption>
              The datasets in figures: decisions, and positions by kind, over every member that could vote
            </caption>
            <thead>
              <tr>
                <th scope="col">Dataset</th>
                <th scope="col">Body</th>
                <th scope="col">From</th>
                <th scope="col">To</th>
                <th scope="col">Decisions</th>
                <th scope="col">{POSITION_LABEL.Y}</th>
                <th scope="col">{POSITION_LABEL.N}</th>
                <th scope="col">{POSITION_LABEL.A}</th>
                <th scope="col">{POSITION_LABEL.X}</th>
                <th scope="col">No position given</th>
                <th scope="col">{DISPUTED}</th>
              </tr>
            </thead>
            <tbody>
              <FigureRow
                name="The curated day"
                body="GA and SC"
                from={day.from}
                to={day.to}
                decisions={day.decisions.GA + day.decisions.SC}
                positions={day.reported}
                none={`${n(day.notReported)} ${NOT_REPORTED.toLowerCase()}`}
                disputed={n(day.disputed)}
              />
              {record ? (
                <FigureRow
                  name="The General Assembly’s record"
                  body="GA"
                  from={record.from}
                  to={record.to}
                  fromPrecision={record.fromPrecision}
                  toPrecision={record.toPrecision}
                  decisions={record.decisions}
                  positions={{ ...record.positions, X: null }}
                  none={`${n(record.absentOrNotVoting)} ${ABSENT_OR_NOT_VOTING.toLowerCase()}`}
                  disputed="—"
                />
              ) : (
                <tr>
                  <th scope="row">The General Assembly&rsquo;s record</th>
                  <td colSpan={10}>
                    {history.status === 'failed' || history.status === 'invalid' ? 'Could not be loaded.' : 'Loading…'}
                  </td>
                </tr>
              )}
              {imported.map(({ imported, facts }) => (
                <FigureRow
                  key={imported.id}
                  name={`Imported: ${imported.file.name}`}
                  body={facts.body}
                  from={facts.from}
                  to={facts.to}
                  decisions={facts.votes}
                  positions={facts.positions}
                  none={`${n(facts.notReported)} ${NOT_REPORTED.toLowerCase()}`}
                  disputed="—"
                />
              ))}
            </tbody>
          </table>
        </div>
        <p className="muted">
          “No position given” counts members that could vote and have no position in the dataset: in the curated day
          they are <em>not reported</em> by any source, in the record <em>absent or not voting</em>, in an import
          members the file has no row for.
        </p>
      </section>

      <section className="panel" aria-labelledby="method-day">
        <h2 id="method-day">The curated day: 24 February 2025</h2>
        <Facts
          items={[
            ['Covers', dataset.provenance.covers],
            ['Source', dataset.provenance.source],
            ['How it was made', dataset.provenance.howMade],
            ['Licence', dataset.provenance.licence],
          ]}
        />
        <ul>
          <li>
            {n(day.decisions.GA)} decisions of the General Assembly and {n(day.decisions.SC)} of the Security Council,{' '}
            {n(day.states)} member states, {n(day.sources)} sources and {n(day.citations)} citations, each with the
            source&rsquo;s words quoted verbatim.
          </li>
          <li>
            Of {n(day.eligible)} positions (each decision times each member that could vote in it),{' '}
            {n(day.reported.Y + day.reported.N + day.reported.A + day.reported.X)} are reported by a source (
            {share(day.reported.Y + day.reported.N + day.reported.A + day.reported.X, day.eligible)}),{' '}
            {n(day.notReported)} are not reported ({n(day.implied)} of them implied by a complete list of the other
            positions) and {n(day.disputed)} are disputed.
          </li>
          <li>
            Each decision&rsquo;s positions are counted and compared with its recorded tally, position by position:{' '}
            {n(day.tallyChecks.agrees)} counts agree, {n(day.tallyChecks.disagrees)} disagree, and{' '}
            {n(day.tallyChecks['nothing to compare'])} have nothing to compare (no count recorded, or no state named).
          </li>
        </ul>
      </section>

      <section className="panel" aria-labelledby="method-record">
        <h2 id="method-record">The General Assembly&rsquo;s record, 1946–2019</h2>
        {pack && record ? <RecordSection pack={pack} record={record} /> : <RecordStatus state={history} />}
      </section>

      <section className="panel" aria-labelledby="method-imports">
        <h2 id="method-imports">Official files of the UN Digital Library</h2>
        <p>
          The Dag Hammarskjöld Library publishes the recorded votes on adopted resolutions as two files, one for the
          General Assembly (record {UNDL_RECORDS.GA.record}) and one for the Security Council (record{' '}
          {UNDL_RECORDS.SC.record}), a row per member state per resolution. A reader downloads them by hand and imports
          them; nothing is sent anywhere. Licence: {UNDL_LICENCE} They cover adopted resolutions only: no failed or
          vetoed drafts, no votes on amendments or paragraphs, no sponsors. The tracker keeps the file&rsquo;s totals,
          checks the positions against them, and flags a vote where they disagree; a row it cannot read is left out and
          listed with its line.
        </p>
        {imported.length === 0 ? (
          <p>
            None is imported in this browser. <a href="#/import">Import a file</a>.
          </p>
        ) : (
          imported.map(({ imported, facts }) => <ImportFacts key={imported.id} imported={imported} facts={facts} />)
        )}
      </section>

      <section className="panel" aria-labelledby="method-computed">
        <h2 id="method-computed">How the figures are computed</h2>
        <Facts
          items={[
            [
              'Tallies',
              <>
                Counted from the positions, never typed in. In the curated day they are compared with the tally the
                sources record, position by position (agrees, disagrees, nothing to compare), and a disagreement is
                shown, not hidden. The record has no official totals: its tallies are counted and labelled so. An import
                keeps the file&rsquo;s totals and flags a vote whose positions disagree with them.
              </>,
            ],
            [
              'Outcomes in the General Assembly',
              <>
                A majority of the members present and voting: more in favour than against. Abstentions and non-votes do
                not count. Important questions need two thirds of those present and voting (Charter, Article 18).
              </>,
            ],
            [
              'Outcomes in the Security Council',
              <>
                {councilAt(ENLARGED_COUNCIL_FROM)!.votesNeeded} votes in favour of its{' '}
                {councilAt(ENLARGED_COUNCIL_FROM)!.members} members ({councilAt('1965-12-31')!.votesNeeded} of{' '}
                {councilAt('1965-12-31')!.members} before {formatDate(ENLARGED_COUNCIL_FROM, 'day')}), and on substance
                no negative vote of a permanent member: a permanent member&rsquo;s vote against is a veto, its
                abstention is not (Charter, Article 27). Procedural decisions need the same number of votes, and no veto
                applies.
              </>,
            ],
            [
              'Agreement between two states',
              <>
                Over the decisions where both took a position (yes, no or abstain), the share where they took the same
                one; an abstention against a yes or a no counts {ABSTAIN_RULE_LABEL.half}, or, switched,{' '}
                {ABSTAIN_RULE_LABEL.disagree}. A position not reported, disputed, non-voting, absent or not voting, or
                of a state that was not a member takes no part. The number of common decisions stands beside every
                figure. In the record a member counts with its seat: the Russian Federation with the USSR&rsquo;s
                positions before 24 Dec 1991. <a href={alignmentHref()}>Who voted with whom</a>.
              </>,
            ],
            [
              'Regional groups and the EU',
              <>
                A group&rsquo;s majority is its most frequent position among yes, no and abstain (a plurality);
                non-voting members are counted but never part of it. A member against its group&rsquo;s majority took
                another of the three. For past decisions a state counts in its group of today; former states in the
                group of their region.
              </>,
            ],
            [
              'How contested a vote was',
              <>
                In the General Assembly, by its margin (yes minus no) as a share of those voting yes or no:{' '}
                {BAND_LABEL['near-unanimous'].toLowerCase()} from {pct(GA_BAND_FROM['near-unanimous'])},{' '}
                {BAND_LABEL.clear.toLowerCase()} from {pct(GA_BAND_FROM.clear)}, {BAND_LABEL.divided.toLowerCase()} from{' '}
                {pct(GA_BAND_FROM.divided)}, and {BAND_LABEL['highly-divided'].toLowerCase()} below; the most divided
                have the narrowest margin. In the Security Council, by its negative votes: none is{' '}
                {BAND_LABEL['near-unanimous'].toLowerCase()}, fewer than {SC_DIVIDED_FROM}{' '}
                {BAND_LABEL.clear.toLowerCase()}, {SC_DIVIDED_FROM} or more {BAND_LABEL.divided.toLowerCase()}, and a
                veto {BAND_LABEL['highly-divided'].toLowerCase()}. <a href={dividedHref()}>The most divided votes</a>.
              </>,
            ],
            [
              'The same vote in two datasets',
              <>
                Where an import has a decision of another dataset (the same body, the same resolution on the same date),
                it is shown once with both sources: positions that agree once with both; an official non-voting fills
                the record&rsquo;s absent or not voting; a real contradiction is disputed, with each source&rsquo;s
                claim. Nothing is resolved silently.
              </>,
            ],
          ]}
        />
      </section>

      <section className="panel" aria-labelledby="method-words">
        <h2 id="method-words">The words</h2>
        <Facts
          items={[
            [
              `${POSITION_LABEL.Y}, ${POSITION_LABEL.N}, ${POSITION_LABEL.A}`,
              'The positions a member took in the vote.',
            ],
            [POSITION_LABEL.X, 'Present but not voting, as the official record writes it (X).'],
            [
              NOT_REPORTED,
              'No source at hand gives the position. It is never guessed, and never counted as a position.',
            ],
            [
              ABSENT_OR_NOT_VOTING,
              'A member at the decision’s date with no recorded position in the record, which cannot tell absence from not voting.',
            ],
            [DISPUTED, 'Sources disagree. Each claim is kept and shown with its sources; none is picked.'],
            [
              'Not a member',
              'The state was not a member of the United Nations (or of the Council) at the decision’s date.',
            ],
          ]}
        />
      </section>

      <section className="panel" aria-labelledby="method-curation">
        <h2 id="method-curation">How the curated day is curated</h2>
        <ol>
          <li>A position that no source gives is not reported, never guessed.</li>
          <li>
            Where sources disagree, every claim is kept: a state named with two positions is disputed, and so is a tally
            with two values.
          </li>
          <li>
            What the sources imply is recorded as such: where a source lists every state with a position, the other
            states are not reported, with what the list implies.
          </li>
          <li>
            Tallies are recorded as the sources give them; the tracker counts its own and checks them, and checks each
            recorded outcome against the body&rsquo;s rule. A mismatch fails validation.
          </li>
          <li>Claims from a single unconfirmed source not at hand are left out, and listed as left out.</li>
          <li>
            Every quote stands verbatim in its source, and a test checks each one; a summary in the tracker&rsquo;s own
            words is never a quote.
          </li>
        </ol>
      </section>

      <section className="panel" aria-labelledby="method-cite">
        <h2 id="method-cite">How to cite</h2>
        <p>
          Cite the tracker with the page&rsquo;s address and the day you read it, and the dataset a figure comes from:
        </p>
        <ul className="citations">
          <li>
            <cite>UN vote tracker</cite>, {pageAddress()}, read {formatDate(today(), 'day')}.
          </li>
          {dataset.provenance.citation && <li>{dataset.provenance.citation}</li>}
          {pack && <li>{pack.dataset.provenance.citation}</li>}
          {(['GA', 'SC'] as const).map((body) => (
            <li key={body}>
              United Nations Digital Library, {UNDL_RECORDS[body].title}, https://digitallibrary.un.org/record/
              {UNDL_RECORDS[body].record}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function RecordSection({ pack, record }: { pack: HistoryPack; record: NonNullable<ReturnType<typeof recordFacts>> }) {
  const { provenance } = pack.dataset;
  const members = record.positions.Y + record.positions.N + record.positions.A + record.absentOrNotVoting;
  return (
    <>
      <Facts
        items={[
          ['Source', provenance.source],
          [
            'Licence',
            <a key="l" href={provenance.licenceUrl}>
              {provenance.licence}
            </a>,
          ],
          ['How it was made', provenance.howMade],
          ['Identifiers', provenance.identifiers.join('; ')],
        ]}
      />
      <ul>
        <li>
          {n(record.decisions)} roll calls of the General Assembly&rsquo;s plenary, sessions {record.firstSession} to{' '}
          {record.lastSession}, {formatDate(record.from, record.fromPrecision)} to{' '}
          {formatDate(record.to, record.toPrecision)}; {n(record.states)} memberships ({n(record.formerStates)} of
          former states). <a href={historyHref()}>The record&rsquo;s list</a>.
        </li>
        <li>
          {n(record.positions.Y + record.positions.N + record.positions.A)} positions: only yes, no and abstain are
          recorded. {n(record.absentOrNotVoting)} times a member at the date has no position (
          {share(record.absentOrNotVoting, members)}): it is <em>absent or not voting</em>, the record cannot tell
          which. Membership comes from the UN&rsquo;s membership table, not from the positions.
        </li>
        <li>
          {n(record.monthPrecision)} votes, up to {formatDate(record.lastMonthPrecision ?? record.from, 'month')}, are
          dated to their month only: their day is a placeholder, and they show as a month.
        </li>
        <li>
          Whether a vote is an important vote is coded for {n(record.importanceCoded)} votes ({n(record.important)}{' '}
          important), from session 39. Whether it was on an amendment or a paragraph is coded for every vote up to{' '}
          {record.kindCodedThrough ?? '—'} and for {n(record.kindCodedLater)} votes since.
        </li>
        <li>
          {n(record.withTopic)} votes carry one or more of the record&rsquo;s six topics:{' '}
          {pack.topics.map((t, i) => `${t.label} ${n(record.byTopic[i])}`).join(', ')}.
        </li>
        <li>The record has no Security Council, and no official totals.</li>
      </ul>
      {provenance.notes.length > 0 && (
        <>
          <h3>What a reader must know about the record</h3>
          <ul>
            {provenance.notes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function ImportFacts({ imported, facts }: { imported: Imported; facts: ReturnType<typeof importFacts> }) {
  const positions = facts.positions.Y + facts.positions.N + facts.positions.A + facts.positions.X;
  return (
    <>
      <h3>
        {BODY_LABEL[facts.body]}: {imported.file.name}
      </h3>
      <ul>
        <li>
          Imported {formatDate(imported.importedAt.slice(0, 10), 'day')}: {n(facts.votes)} votes from{' '}
          {formatDate(facts.from, 'day')} to {formatDate(facts.to, 'day')}, {n(positions)} positions.
        </li>
        <li>
          {n(facts.withoutVote)} adopted without a vote (every member recorded in favour), {n(facts.withoutPositions)}{' '}
          with totals but no positions.
        </li>
        <li>
          {n(facts.rejected)} rows left out, {n(facts.flagged)} votes flagged. <a href="#/import">The import</a> lists
          each with its line.
        </li>
      </ul>
    </>
  );
}

function FigureRow(props: {
  name: string;
  body: Body | string;
  from: string;
  to: string;
  /** Where the first or last date is known to its month only. */
  fromPrecision?: DatePrecision;
  toPrecision?: DatePrecision;
  decisions: number;
  positions: PositionCounts | (Omit<PositionCounts, 'X'> & { X: null });
  none: string;
  disputed: string;
}) {
  const { positions } = props;
  return (
    <tr>
      <th scope="row">{props.name}</th>
      <td>{props.body === 'GA' || props.body === 'SC' ? BODY_LABEL[props.body] : props.body}</td>
      <td>{props.from ? formatDate(props.from, props.fromPrecision ?? 'day') : '—'}</td>
      <td>{props.to ? formatDate(props.to, props.toPrecision ?? 'day') : '—'}</td>
      <td className="num">{n(props.decisions)}</td>
      <td className="num">{n(positions.Y)}</td>
      <td className="num">{n(positions.N)}</td>
      <td className="num">{n(positions.A)}</td>
      <td className="num">{positions.X === null ? 'not recorded' : n(positions.X)}</td>
      <td className="num">{props.none}</td>
      <td className="num">{props.disputed}</td>
    </tr>
  );
}

function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="facts">
      {items.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function pageAddress(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
