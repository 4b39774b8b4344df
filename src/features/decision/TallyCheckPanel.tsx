/** The recorded tally against the reported positions, a row per position, with its download. */
import { useMemo } from 'react';
import type { Decision } from '../../domain/model';
import { toCsv } from '../../domain/csv';
import { tallyCheckTable } from '../../domain/tables';
import { checkTally, recordedText } from '../../domain/tally';
import { DownloadButton } from '../../components/DownloadButton';
import { POSITION_LABEL, TALLY_CHECK_LABEL } from '../../components/labels';

/** `fileKey`: the decision's part of a file name (its symbol, else its id). */
export function TallyCheckPanel({ decision, fileKey }: { decision: Decision; fileKey: string }) {
  const checks = useMemo(() => checkTally(decision), [decision]);
  return (
    <section aria-labelledby="check-heading" className="panel">
      <h2 id="check-heading">Recorded tally and reported positions</h2>
      <DownloadButton
        fileName={`${fileKey}-tally-check.csv`}
        makeCsv={() => {
          const table = tallyCheckTable(checks);
          return toCsv(table.header, table.rows, { bom: true });
        }}
      >
        Download the tally check (CSV)
      </DownloadButton>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Tally check">
        <table className="data-table compact">
          <caption>
            Each position: the count the sources record, the states they name (counted here from the positions), and
            whether the two agree: a complete list names as many states as recorded, a partial one no more. Where no
            count is recorded, or no state is named, there is nothing to compare.
          </caption>
          <thead>
            <tr>
              <th scope="col">Position</th>
              <th scope="col">Recorded</th>
              <th scope="col">Reported states</th>
              <th scope="col">Disputed states claiming it</th>
              <th scope="col">List</th>
              <th scope="col">Check</th>
            </tr>
          </thead>
          <tbody>
            {checks.map((c) => (
              <tr key={c.position}>
                <th scope="row">{POSITION_LABEL[c.position]}</th>
                <td className="num">{recordedText(c)}</td>
                <td className="num">{c.reported}</td>
                <td className="num">{c.disputed}</td>
                <td>{c.complete ? 'complete' : 'partial'}</td>
                <td>
                  {c.status === 'disagrees' ? (
                    <strong className="mismatch">
                      {TALLY_CHECK_LABEL.disagrees}: {c.problems.map((p) => p.message).join('; ')}
                    </strong>
                  ) : (
                    TALLY_CHECK_LABEL[c.status]
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
