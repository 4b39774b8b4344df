/** A decision's breadcrumb and heading: body, kind, place in the voting order, date, symbols and what it amends. */
import type { Dataset, Decision } from '../../domain/model';
import { labelOf, symbolOf } from '../../domain/model';
import type { DecisionSummary } from '../../domain/summary';
import { CopySymbol } from '../../components/CopySymbol';
import { BODY_LABEL, KIND_LABEL } from '../../components/labels';
import { formatDate } from '../../components/dates';
import { decisionHref } from '../../store/route';

interface Props {
  dataset: Dataset;
  decision: Decision;
  summary: DecisionSummary;
}

export function DecisionHeader({ dataset, decision, summary }: Props) {
  const symbol = symbolOf(decision);
  const label = labelOf(decision);
  const amended = decision.amends === null ? null : dataset.decisions[decision.amends];
  return (
    <>
      <nav className="crumbs" aria-label="Breadcrumb">
        <a href="#/">Overview</a> › {BODY_LABEL[decision.body]} › {label}
      </nav>
      <header className="page-head">
        <p className="muted">
          {BODY_LABEL[decision.body]} · {KIND_LABEL[decision.kind]}
          {summary.votesInBody > 1 &&
            ` · vote ${summary.order} of ${summary.votesInBody} in the ${BODY_LABEL[decision.body]}`}
          {' · '}
          <time dateTime={decision.date}>{formatDate(decision.date, 'day')}</time>
          {decision.record.meeting && ` · ${decision.record.meeting.value}`}
        </p>
        {symbol !== null ? (
          <>
            <h1>
              <span className="symbol">{symbol}</span>
            </h1>
            <p className="decision-title">{decision.title}</p>
          </>
        ) : (
          <>
            <h1>{decision.title}</h1>
            <p className="muted">No document symbol recorded.</p>
          </>
        )}
        <dl className="symbols">
          {decision.draftSymbol && (
            <div>
              <dt>Draft</dt>
              <dd>
                <CopySymbol symbol={decision.draftSymbol} />
              </dd>
            </div>
          )}
          {decision.resolutionSymbol && (
            <div>
              <dt>Resolution</dt>
              <dd>
                <CopySymbol symbol={decision.resolutionSymbol} />
              </dd>
            </div>
          )}
          {amended && (
            <div>
              <dt>Amends</dt>
              <dd>
                <a href={decisionHref(amended.id)}>{amended.draftSymbol ?? labelOf(amended)}</a> ({amended.title}
                {amended.resolutionSymbol && amended.draftSymbol ? `; adopted as ${amended.resolutionSymbol}` : ''})
              </dd>
            </div>
          )}
        </dl>
      </header>
    </>
  );
}
