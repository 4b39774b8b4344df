/** Sponsors and every citation of a decision, fact by fact. */
import type { Dataset, Decision } from '../../domain/model';
import type { Citation } from '../../domain/schema';
import { Citations } from '../../components/Citations';
import { POSITION_LABEL, capitalise, outcomeWords, statesInSentence } from '../../components/labels';
import { formatTally } from '../../domain/tally';
import { outcomeFacts } from '../../domain/outcome';
import { stateName } from '../../domain/model';
import { sponsorCountDisputed } from '../../domain/summary';

export function DecisionSources({ dataset, decision }: { dataset: Dataset; decision: Decision }) {
  const r = decision.record;
  const name = (code: string) => stateName(dataset, code);
  const cite = (citations: readonly Citation[]) => (
    <Citations citations={citations} sources={dataset.sources} sourceIndex={dataset.sourceIndex} />
  );
  const facts: { label: string; value: string; citations: readonly Citation[] }[] = [
    { label: 'Title', value: r.title.value, citations: r.title.citations },
    ...(r.draftSymbol ? [{ label: 'Draft', value: r.draftSymbol.value, citations: r.draftSymbol.citations }] : []),
    ...(r.resolutionSymbol
      ? [{ label: 'Resolution', value: r.resolutionSymbol.value, citations: r.resolutionSymbol.citations }]
      : []),
    { label: 'Date', value: r.date.value, citations: r.date.citations },
    ...(r.meeting ? [{ label: 'Meeting', value: r.meeting.value, citations: r.meeting.citations }] : []),
    ...r.tally.map((t) => ({ label: 'Tally', value: formatTally(t.value), citations: t.citations })),
    ...r.outcome.map((o) => ({
      label: 'Outcome',
      value: outcomeWords(outcomeFacts(o.value, null, decision.date), dataset),
      citations: o.citations,
    })),
    ...r.positionLists.map((l) => ({
      label: `${POSITION_LABEL[l.position]} list (${l.complete ? 'complete' : 'partial'}, ${l.states.length} ${l.states.length === 1 ? 'state' : 'states'})`,
      value: l.states.map(name).join(', ') || 'none',
      citations: l.citations,
    })),
    ...(r.implied
      ? [
          {
            label: 'Implied',
            value: `States not named in any list: ${r.implied.positions.map((p) => POSITION_LABEL[p]).join(' or ')}`,
            citations: r.implied.citations,
          },
        ]
      : []),
  ];
  return (
    <>
      <section aria-labelledby="sponsors-heading" className="panel">
        <h2 id="sponsors-heading">Sponsors</h2>
        {r.sponsors.length === 0 && <p>No source names the sponsors.</p>}
        {sponsorCountDisputed(decision) && (
          <p className="badge badge-disputed">Disputed: the sources give different numbers of sponsors.</p>
        )}
        <ul className="sponsors">
          {r.sponsors.map((s, i) => (
            <li key={i}>
              <strong>
                {s.value.description ?? capitalise(statesInSentence(dataset, s.value.states))}
                {s.value.count !== null && ` (${s.value.count} ${s.value.count === 1 ? 'sponsor' : 'sponsors'})`}
              </strong>
              {s.value.description &&
                s.value.states.length > 0 &&
                ` — named: ${statesInSentence(dataset, s.value.states)}`}
              {!s.value.complete && <span className="muted"> — not a complete list</span>}
              {cite(s.citations)}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="sources-heading" className="panel">
        <h2 id="sources-heading">Sources of each fact</h2>
        <dl className="facts">
          {facts.map((f, i) => (
            <div key={i}>
              <dt>{f.label}</dt>
              <dd>
                <p className="fact-value">{f.value}</p>
                {cite(f.citations)}
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}
