/** The result: the recorded outcome with its reason, the recorded counts, the rule, and whether the tally bears it out. */
import type { Dataset } from '../../domain/model';
import type { Position } from '../../domain/schema';
import type { DecisionSummary } from '../../domain/summary';
import { deriveTally, formatTally } from '../../domain/tally';
import { OutcomeBadge } from '../../components/Badges';
import { ShareCard } from '../../components/ShareCard';
import { tallyParts } from '../../components/TallyFigure';
import { formatDate } from '../../components/dates';
import { PICTURE_SOURCE } from '../../components/pictureLabels';
import {
  BODY_LABEL,
  KIND_LABEL,
  MISSING_WORDS,
  NOT_RECORDED,
  POSITION_LABEL,
  outcomeWords,
  reasonWords,
  ruleWords,
} from '../../components/labels';

export function ResultPanel({
  dataset,
  summary,
  fileKey,
  pictureSource = PICTURE_SOURCE.day,
}: {
  dataset: Dataset;
  summary: DecisionSummary;
  fileKey: string;
  pictureSource?: string;
}) {
  const { recorded, decision } = summary;
  const reported = deriveTally(decision.positions);
  const date = formatDate(decision.date, 'day');
  return (
    <section aria-labelledby="result-heading" className="panel">
      <h2 id="result-heading">Result</h2>
      <p className="big-outcome">
        <OutcomeBadge result={summary.outcome.result} text={outcomeWords(summary.outcomeFacts, dataset)} />
      </p>
      <p className="reason">{reasonWords(summary.reason, dataset)}</p>
      {summary.otherOutcomes.length > 0 && (
        <p className="badge badge-disputed">
          Disputed: also recorded as {summary.otherOutcomes.map((o) => o.result).join(', ')}
        </p>
      )}
      <dl className="counts">
        {(['Y', 'N', 'A', 'X'] as Position[]).map((p) => (
          <div key={p}>
            <dt>{POSITION_LABEL[p]}</dt>
            <dd className="num">{recorded[p] ?? '—'}</dd>
            {/* A count the tally does not record, beside the states the sources report with that position. */}
            {recorded[p] === null && (
              <dd className="small muted count-note">
                {NOT_RECORDED.toLowerCase()}
                {reported[p] > 0 && `; ${reported[p]} reported`}
              </dd>
            )}
          </div>
        ))}
      </dl>
      {summary.otherTallies.length > 0 && (
        <p className="badge badge-disputed">
          Disputed tally: also reported as {summary.otherTallies.map(formatTally).join(', ')} (see the sources below)
        </p>
      )}
      <p className="rule">
        <strong>Rule:</strong> {ruleWords(summary.rule)}
      </p>
      <p className="check">
        {summary.agrees === true && 'The recorded outcome follows from the recorded tally under this rule.'}
        {summary.agrees === false && (
          <strong className="mismatch">The recorded outcome does not follow from the recorded tally.</strong>
        )}
        {summary.agrees === null &&
          (summary.computed && summary.computed.result === null
            ? `The outcome is as recorded; it cannot be checked against the tally without ${MISSING_WORDS[summary.computed.missing]}.`
            : 'The outcome is as recorded; no tally is recorded to check it against.')}
      </p>
      <ShareCard
        fileName={`${fileKey}-card`}
        symbol={summary.label}
        title={decision.title}
        facts={`${BODY_LABEL[decision.body]} · ${KIND_LABEL[decision.kind]} · ${date}`}
        outcome={outcomeWords(summary.outcomeFacts, dataset)}
        reason={reasonWords(summary.reason, dataset)}
        {...tallyParts(summary.segments, summary.recorded, summary.eligible)}
        source={pictureSource}
        date={date}
      />
    </section>
  );
}
