/** The amendments voted on a draft, in voting order, each with its outcome and tally, and their download. */
import type { Dataset, Decision } from '../../domain/model';
import { toCsv } from '../../domain/csv';
import { summarize } from '../../domain/summary';
import { amendmentsTable } from '../../domain/tables';
import { formatTally } from '../../domain/tally';
import { OutcomeBadge } from '../../components/Badges';
import { DownloadButton } from '../../components/DownloadButton';
import { outcomeWords } from '../../components/labels';
import { decisionHref } from '../../store/route';

/** `fileKey`: the draft's part of a file name (its symbol, else its id). */
export function AmendmentsPanel({
  dataset,
  decision,
  fileKey,
}: {
  dataset: Dataset;
  decision: Decision;
  fileKey: string;
}) {
  return (
    <section aria-labelledby="amendments-heading" className="panel">
      <h2 id="amendments-heading">Amendments voted on this draft</h2>
      <DownloadButton
        fileName={`${fileKey}-amendments.csv`}
        makeCsv={() => {
          const table = amendmentsTable(dataset, decision);
          return toCsv(table.header, table.rows, { bom: true });
        }}
      >
        Download the amendments (CSV)
      </DownloadButton>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Amendments voted on this draft">
        <table className="data-table compact">
          <caption>Voted before the draft, in voting order.</caption>
          <thead>
            <tr>
              <th scope="col">Amendment</th>
              <th scope="col">Outcome</th>
              <th scope="col">Tally (yes–no–abstain)</th>
            </tr>
          </thead>
          <tbody>
            {decision.amendments.map((i) => {
              const a = summarize(dataset, dataset.decisions[i]);
              return (
                <tr key={i}>
                  <th scope="row">
                    <a href={decisionHref(a.decision.id)}>{a.decision.title}</a>
                  </th>
                  <td>
                    <OutcomeBadge result={a.outcome.result} text={outcomeWords(a.outcomeFacts, dataset)} />
                  </td>
                  <td className="num">{a.tally ? formatTally(a.tally) : 'not recorded'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
