/**
 * The day's decisions per body, in voting order, amendments nested under the
 * draft they amend, each with its tally and outcome.
 */
import { Suspense, memo, useMemo } from 'react';
import type { Dataset, Decision } from '../../domain/model';
import { labelOf } from '../../domain/model';
import type { Body } from '../../domain/schema';
import { BODIES } from '../../domain/vocabulary';
import { bodyDay, summarize } from '../../domain/summary';
import { formatTally } from '../../domain/tally';
import { toCsv } from '../../domain/csv';
import { EXPORT_COLUMNS, exportRows } from '../../domain/export';
import { OutcomeBadge } from '../../components/Badges';
import { DownloadButton, fileNamePart } from '../../components/DownloadButton';
import { formatDate } from '../../components/dates';
import { PICTURE_SOURCE } from '../../components/pictureLabels';
import { TallyFigure } from '../../components/TallyFigure';
import { BODY_LABEL, KIND_LABEL, RESULT_LABEL, outcomeWords, reasonWords } from '../../components/labels';
import { decisionHref } from '../../store/route';

export function Overview({ dataset }: { dataset: Dataset }) {
  const days = [...new Set(dataset.decisions.map((d) => d.date))];
  const dates = days.join(', ');
  return (
    <>
      <div className="page-head">
        <h1>{dataset.title}</h1>
        <p className="lede">
          {dataset.decisions.length} recorded decisions of {days.map((d) => formatDate(d, 'day')).join(', ')} in the
          General Assembly and the Security Council, in voting order. Each decision's page gives the source of every
          count; positions no source gives are shown as <em>not reported</em>.
        </p>
        <DownloadButton
          fileName={`un-votes-${dates.replace(/, /g, '_')}-all-decisions.csv`}
          makeCsv={() => toCsv(EXPORT_COLUMNS, exportRows(dataset), { bom: true })}
        >
          Download all decisions (CSV)
        </DownloadButton>
      </div>
      <div className="bodies">
        {BODIES.map((body) => (
          <BodySection key={body} dataset={dataset} body={body} />
        ))}
      </div>
      <About dataset={dataset} />
    </>
  );
}

/** The dataset's provenance: where it comes from, its licence, how it was made, what it covers, how to cite it. */
function About({ dataset }: { dataset: Dataset }) {
  const { source, licence, howMade, covers, citation } = dataset.provenance;
  return (
    <section className="panel about" aria-labelledby="about-dataset">
      <h2 id="about-dataset">About this dataset</h2>
      <dl className="facts">
        <div>
          <dt>Covers</dt>
          <dd>{covers}</dd>
        </div>
        <div>
          <dt>Source</dt>
          <dd>{source}</dd>
        </div>
        <div>
          <dt>How it was made</dt>
          <dd>{howMade}</dd>
        </div>
        <div>
          <dt>Licence</dt>
          <dd>{licence}</dd>
        </div>
        {citation && (
          <div>
            <dt>Cite as</dt>
            <dd>{citation}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}

function BodySection({ dataset, body }: { dataset: Dataset; body: Body }) {
  const decisions = dataset.decisions.filter((d) => d.body === body);
  const top = decisions.filter((d) => d.amends === null);
  return (
    <section className="body-section" aria-labelledby={`body-${body}`}>
      <h2 id={`body-${body}`}>{BODY_LABEL[body]}</h2>
      <p className="muted">
        {decisions.length} decisions. Amendments are listed under the draft they amend; they were voted on before it.
      </p>
      <ul className="day" aria-label={`${BODY_LABEL[body]} in short`}>
        {bodyDay(decisions).map((e) => (
          <li key={`${e.kind}-${e.result}`}>
            <strong className="num">{e.count}</strong> {KIND_LABEL[e.kind].toLowerCase()}
            {e.count === 1 ? '' : 's'} {RESULT_LABEL[e.result].toLowerCase()}
          </li>
        ))}
      </ul>
      <ol className="decision-list">
        {top.map((d) => (
          <li key={d.id}>
            <Card dataset={dataset} decision={d} />
            {d.amendments.length > 0 && (
              <ol className="amendment-list" aria-label={`Amendments to ${d.draftSymbol ?? labelOf(d)}`}>
                {d.amendments.map((i) => (
                  <li key={i}>
                    <Card dataset={dataset} decision={dataset.decisions[i]} />
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * A decision's card in a boundary of its own. Where the app takes over the
 * overview built ahead of time (hydrates it), it makes the page's head, with
 * its download, work first, and the cards after, each at once where a reader
 * clicks it meanwhile (React's selective hydration). A memo: a render of the
 * overview meanwhile does not reach the cards.
 */
const Card = memo(function Card({ dataset, decision }: { dataset: Dataset; decision: Decision }) {
  return (
    <Suspense>
      <DecisionCard dataset={dataset} decision={decision} />
    </Suspense>
  );
});

function DecisionCard({ dataset, decision }: { dataset: Dataset; decision: Decision }) {
  const s = useMemo(() => summarize(dataset, decision), [dataset, decision]);
  const headingId = `card-${decision.id}`;
  return (
    <article className={`card card-${decision.kind}`} aria-labelledby={headingId}>
      <div className="card-head">
        <span className="muted">
          Decision {s.order} · {KIND_LABEL[decision.kind]}
        </span>
        <h3 id={headingId}>
          <a href={decisionHref(decision.id)}>{s.label}</a>
        </h3>
        {decision.resolutionSymbol && decision.draftSymbol && (
          <span className="muted">draft {decision.draftSymbol}</span>
        )}
      </div>
      {s.symbol !== null ? (
        <p className="card-title">{decision.title}</p>
      ) : (
        <p className="muted small">No document symbol recorded</p>
      )}
      <p className="card-outcome">
        <OutcomeBadge result={s.outcome.result} text={outcomeWords(s.outcomeFacts, dataset)} />{' '}
        {s.tally && (
          <>
            <span className="num tally-text">{formatTally(s.tally)}</span>
            <span className="visually-hidden"> (yes–no–abstain)</span>
          </>
        )}
        {s.otherTallies.length > 0 && (
          <span className="badge badge-disputed">
            Disputed: also reported as {s.otherTallies.map(formatTally).join(', ')}
          </span>
        )}
      </p>
      <p className="reason small">{reasonWords(s.reason, dataset)}</p>
      <TallyFigure
        segments={s.segments}
        recorded={s.recorded}
        eligible={s.eligible}
        height={28}
        picture={{
          fileName: `${fileNamePart(s.symbol ?? decision.id)}-tally`,
          title: `${s.label}: the recorded tally`,
          subtitle: s.symbol === null ? undefined : decision.title,
          source: PICTURE_SOURCE.day,
          date: formatDate(decision.date, 'day'),
        }}
      />
    </article>
  );
}
