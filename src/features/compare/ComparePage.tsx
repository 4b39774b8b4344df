/**
 * The General Assembly and the Security Council side by side on the same
 * questions: shares of each body, the rule that decided each outcome, what
 * one adopted and the other did not, and the Council members in both.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Dataset, Decision } from '../../domain/model';
import { labelOf, symbolOf } from '../../domain/model';
import {
  adoptedOnlyByAssembly,
  amendmentPairs,
  councilCsv,
  councilRows,
  orderInBody,
  questionPairs,
  textPairs,
} from '../../domain/compare';
import type { Difference } from '../../domain/compare';
import { summarize } from '../../domain/summary';
import { formatTally } from '../../domain/tally';
import { toCsv } from '../../domain/csv';
import { questionPairsTable } from '../../domain/tables';
import { OutcomeBadge, PositionChip } from '../../components/Badges';
import { DownloadButton } from '../../components/DownloadButton';
import { TallyFigure } from '../../components/TallyFigure';
import {
  BODY_LABEL,
  DISPUTED,
  NOT_REPORTED,
  POSITION_LABEL,
  columnHead,
  outcomeWords,
  reasonWords,
  ruleWords,
} from '../../components/labels';
import { decisionHref, stateHref } from '../../store/route';

export function ComparePage({ dataset }: { dataset: Dataset }) {
  const pairs = useMemo(() => questionPairs(dataset), [dataset]);
  const members = useMemo(() => councilRows(dataset), [dataset]);
  const texts = textPairs(pairs);
  const amendments = amendmentPairs(pairs);
  const split = adoptedOnlyByAssembly(pairs);
  const differing = members.filter((m) => m.differs.length > 0);
  const heads = useMemo(() => dataset.decisions.map((d) => columnHead(d.body, orderInBody(dataset, d))), [dataset]);
  return (
    <article>
      <nav className="crumbs" aria-label="Breadcrumb">
        <a href="#/">Overview</a> › GA vs SC
      </nav>
      <header className="page-head">
        <h1>General Assembly and Security Council on the same questions</h1>
        <p className="lede">
          Tallies as shares of each body (193 members in the Assembly, 15 in the Council), the rule that decided each
          outcome, and how the Council's members voted in both. Which Assembly and Council votes concern the same
          question is part of the dataset's curation, with its sources.
        </p>
      </header>

      {texts.map((p) => (
        <section key={p.question.id} className="panel" aria-labelledby={`q-${p.question.id}`}>
          <h2 id={`q-${p.question.id}`}>{p.question.title}</h2>
          <div className="two-col">
            <BodyColumn dataset={dataset} decision={p.ga} label={BODY_LABEL.GA} />
            <BodyColumn dataset={dataset} decision={p.sc} label={BODY_LABEL.SC} />
          </div>
        </section>
      ))}

      <section className="panel" aria-labelledby="split-heading">
        <h2 id="split-heading">What the Assembly adopted and the Council did not</h2>
        <p>
          {split.length} amendment{split.length === 1 ? '' : 's'} adopted in the General Assembly failed or were vetoed
          in the Security Council.
        </p>
        <DownloadButton
          fileName={`amendments-${dataset.decisions[0]?.date ?? 'votes'}-both-bodies.csv`}
          makeCsv={() => {
            const table = questionPairsTable(amendments);
            return toCsv(table.header, table.rows, { bom: true });
          }}
        >
          Download the amendments in both bodies (CSV)
        </DownloadButton>
        <div className="table-scroll" tabIndex={0} role="region" aria-label="The same amendments in both bodies">
          <table className="data-table compact">
            <caption>The same amendments in both bodies</caption>
            <thead>
              <tr>
                <th scope="col">Amendment</th>
                <th scope="col">General Assembly</th>
                <th scope="col">Security Council</th>
              </tr>
            </thead>
            <tbody>
              {amendments.map((p) => (
                <tr key={p.question.id}>
                  <th scope="row">{p.question.title}</th>
                  <OutcomeCell dataset={dataset} decision={p.ga} />
                  <OutcomeCell dataset={dataset} decision={p.sc} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="panel" aria-labelledby="council-heading">
        <h2 id="council-heading">The 15 Council members in every vote of the day</h2>
        <p>
          A column per vote, headed by its body and its place in that body's voting order; the key under the table names
          each. Marked ≠ and highlighted: members whose reported positions differ between the bodies on the same
          question, in the two columns compared. The texts were not identical: the Assembly voted on the United States'
          draft as amended, the Council on it as drafted.
        </p>
        {differing.length > 0 && (
          <ul>
            {differing.flatMap((m) =>
              m.differs.map((d) => (
                <li key={`${m.code}-${d.question.id}`}>
                  {m.name}: {POSITION_LABEL[d.ga]} on {d.gaLabel} in the Assembly ({heads[d.gaIndex]}),{' '}
                  {POSITION_LABEL[d.sc]} on {d.scLabel} in the Council ({heads[d.scIndex]}).
                </li>
              )),
            )}
          </ul>
        )}
        <DownloadButton
          fileName={`security-council-members-${dataset.decisions[0]?.date ?? 'votes'}-both-bodies.csv`}
          makeCsv={() => {
            const table = councilCsv(dataset, members);
            return toCsv(table.header, table.rows, { bom: true });
          }}
        >
          Download the Council members’ positions (CSV)
        </DownloadButton>
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Council members in both bodies">
          <table className="data-table council">
            <caption>Positions of the 2025 Council members; “Not reported” where no source gives one</caption>
            <thead>
              <tr>
                <th scope="col" className="member">
                  Member
                </th>
                {dataset.decisions.map((d, i) => (
                  <VoteHead key={d.id} decision={d} head={heads[i]} />
                ))}
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.code} className={m.differs.length ? 'row-differs' : undefined}>
                  <th scope="row" className="member">
                    <a href={stateHref(m.code)}>{m.name}</a>
                    {m.permanent && <span className="member-note"> permanent</span>}
                  </th>
                  {m.cells.map((c) => (
                    <td key={c.decision.id} className={c.differs ? 'cell-differs' : undefined}>
                      <PositionChip position={c.position} disputed={c.status === 'disputed'} />
                      {c.differs && <DiffersMark difference={c.differs} cell={c.decision.index} heads={heads} />}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <h3 className="key-heading">Key</h3>
        <ul className="matrix-key" aria-label="Key to the columns">
          {dataset.decisions.map((d, i) => (
            <li key={d.id}>
              <strong>{heads[i]}</strong> <a href={decisionHref(d.id)}>{labelOf(d)}</a>
              {symbolOf(d) !== null && <span className="muted">, {d.title}</span>}
            </li>
          ))}
        </ul>
        <ul className="chip-key" aria-label="Key to the positions">
          {(['Y', 'N', 'A', 'X'] as const).map((p) => (
            <li key={p}>
              <PositionChip position={p} /> {POSITION_LABEL[p]}
            </li>
          ))}
          <li>
            <PositionChip position={null} /> {NOT_REPORTED}
          </li>
          <li>
            <PositionChip position={null} disputed /> {DISPUTED}
          </li>
          <li>
            <span className="differs-mark" aria-hidden="true">
              ≠
            </span>{' '}
            voted differently in the other body, in the column named beside it
          </li>
        </ul>
      </section>
    </article>
  );
}

function BodyColumn({ dataset, decision, label }: { dataset: Dataset; decision: Decision | null; label: string }) {
  if (!decision) {
    return (
      <div className="body-col">
        <h3>{label}</h3>
        <p className="muted">Not put to a vote in this body on this day.</p>
      </div>
    );
  }
  const s = summarize(dataset, decision);
  return (
    <div className="body-col">
      <h3>
        {label}: <a href={decisionHref(decision.id)}>{s.label}</a>
      </h3>
      <p>
        <OutcomeBadge result={s.outcome.result} text={outcomeWords(s.outcomeFacts, dataset)} />{' '}
        {s.tally && <span className="num">{formatTally(s.tally)}</span>}
      </p>
      <p className="reason">{reasonWords(s.reason, dataset)}</p>
      <TallyFigure segments={s.segments} recorded={s.recorded} eligible={s.eligible} asShare height={32} />
      <p className="rule">
        <strong>Rule:</strong> {ruleWords(s.rule)}
      </p>
    </div>
  );
}

function OutcomeCell({ dataset, decision }: { dataset: Dataset; decision: Decision | null }) {
  if (!decision) return <td className="muted">not voted</td>;
  const s = summarize(dataset, decision);
  return (
    <td>
      <a href={decisionHref(decision.id)}>
        <OutcomeBadge result={s.outcome.result} text={outcomeWords(s.outcomeFacts, dataset)} />
      </a>{' '}
      <span className="num">{s.tally ? formatTally(s.tally) : 'tally not recorded'}</span>
    </td>
  );
}

/** "General Assembly: A/RES/ES-11/7, Advancing a comprehensive, just and lasting peace in Ukraine". */
function fullName(d: Decision): string {
  const symbol = symbolOf(d);
  return `${BODY_LABEL[d.body]}: ${symbol ? `${symbol}, ${d.title}` : d.title}`;
}

/** The widest a column head's tooltip gets (15rem), to keep it on the screen. */
const TIP_WIDTH = 240;

/** Where a column head's tooltip goes: under the head, within the screen. */
function tipPlace(head: HTMLElement | null): { left: number; top: number } | null {
  const r = head?.getBoundingClientRect();
  return r ? { left: Math.max(8, Math.min(r.left, window.innerWidth - 8 - TIP_WIDTH)), top: r.bottom + 2 } : null;
}

/**
 * A column head: its short name, a link to the decision, and the full name in
 * a tooltip on hover and focus (Escape hides it). The tooltip is placed on the
 * screen, under the head, so that the table's scroll box does not cut it off.
 */
function VoteHead({ decision, head }: { decision: Decision; head: string }) {
  const cell = useRef<HTMLTableCellElement>(null);
  const [at, setAt] = useState<{ left: number; top: number } | null>(null);
  const shown = at !== null;
  // While shown, it follows its head when the page or the table scrolls.
  useEffect(() => {
    if (!shown) return;
    const follow = () => setAt(tipPlace(cell.current));
    window.addEventListener('scroll', follow, true);
    window.addEventListener('resize', follow);
    return () => {
      window.removeEventListener('scroll', follow, true);
      window.removeEventListener('resize', follow);
    };
  }, [shown]);
  const show = () => setAt(tipPlace(cell.current));
  const hide = () => setAt(null);
  const id = `head-${decision.id}`;
  return (
    <th
      ref={cell}
      scope="col"
      className="vote-head"
      onMouseEnter={show}
      onMouseLeave={hide}
      onFocus={show}
      onBlur={hide}
      onKeyDown={(e) => {
        if (e.key === 'Escape') hide();
      }}
    >
      <a href={decisionHref(decision.id)} aria-describedby={id}>
        {head}
      </a>
      <span id={id} hidden>
        {fullName(decision)}
      </span>
      {at && (
        <span className="head-tip" role="tooltip" style={{ left: at.left, top: at.top }}>
          {fullName(decision)}
        </span>
      )}
    </th>
  );
}

/** ≠ and the other column's head, where a member's positions differ between the bodies on one question. */
function DiffersMark({ difference: d, cell, heads }: { difference: Difference; cell: number; heads: string[] }) {
  const inAssembly = cell === d.gaIndex;
  const other = inAssembly ? d.scIndex : d.gaIndex;
  const otherText = inAssembly
    ? `${POSITION_LABEL[d.sc]} on ${d.scLabel} in the Council`
    : `${POSITION_LABEL[d.ga]} on ${d.gaLabel} in the Assembly`;
  return (
    <span className="differs-mark">
      <span aria-hidden="true">≠{heads[other]}</span>
      <span className="visually-hidden">
        {' '}
        voted differently: {otherText} ({heads[other]})
      </span>
    </span>
  );
}
