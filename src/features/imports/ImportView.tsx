/**
 * Imports of the UN Digital Library's voting files: choose or drop a file,
 * follow its reading (bytes, rows, rate, time left) and cancel it; then what
 * came in, with every row left out and every vote flagged by its line; the
 * imports this browser keeps, each with its votes and a way to remove it.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { UndlReport } from '../../domain/undl/format';
import { UNDL_RECORDS } from '../../domain/undl/dataset';
import type { Imported } from '../../domain/undl/stored';
import { formatProblem } from '../../domain/integrity';
import type { DatasetState, ImportJob } from '../../store/store';
import { datasetState, useStore } from '../../store/store';
import { IMPORT_IDS, cancelFileImport, importFile, removeImport } from '../../store/imports';
import { formatDate } from '../../components/dates';
import { BODY_LABEL } from '../../components/labels';
import { decisionHref } from '../../store/route';
import { formatImportedVoteId } from '../../domain/undl/ids';
import { ImportedVotes } from './ImportedVotes';

const n = (x: number) => x.toLocaleString('en');
const plural = (x: number, one: string, many = `${one}s`) => `${n(x)} ${x === 1 ? one : many}`;

/** Bytes as a reader counts them: kB, MB, GB (powers of 1000, one decimal). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1e6) return `${(bytes / 1e3).toFixed(1)} kB`;
  if (bytes < 1e9) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${(bytes / 1e9).toFixed(2)} GB`;
}

function formatSeconds(s: number): string {
  if (s < 1) return 'under a second';
  if (s < 90) return `${Math.round(s)} s`;
  return `${Math.round(s / 60)} min`;
}

export default function ImportView() {
  const job = useStore((s) => s.importJob);
  const datasets = useStore((s) => s.datasets);
  const headingId = useId();
  return (
    <>
      <nav className="crumbs" aria-label="Breadcrumb">
        <a href="#/">Overview</a> › <span aria-current="page">Import</span>
      </nav>
      <div className="page-head">
        <h1>Import the UN Digital Library's voting data</h1>
        <p className="lede">
          The UN Digital Library publishes every recorded vote on adopted resolutions as two CSV files, one per body:{' '}
          <a href={`https://digitallibrary.un.org/record/${UNDL_RECORDS.GA.record}`}>General Assembly voting data</a>{' '}
          and{' '}
          <a href={`https://digitallibrary.un.org/record/${UNDL_RECORDS.SC.record}`}>Security Council voting data</a>.
          Download a file there and give it here: it is read in this browser and sent nowhere. What came in is kept in
          this browser until you remove it; a newer file of the same body replaces the older one.
        </p>
        <p className="muted">
          The files are “Copyright, United Nations; non-commercial use, with attribution.” They hold adopted resolutions
          only: no failed or vetoed drafts, no amendments, no sponsors.
        </p>
      </div>

      <section className="panel" aria-labelledby={headingId}>
        <h2 id={headingId}>Choose a file</h2>
        <FilePicker disabled={job.status === 'reading'} />
        <JobStatus job={job} />
      </section>

      <section className="panel" aria-labelledby={`${headingId}-kept`}>
        {/* Focus comes here when an import is removed (its buttons are gone). */}
        <h2 id={`${headingId}-kept`} tabIndex={-1}>
          Imports in this browser
        </h2>
        {IMPORT_IDS.every((id) => datasetState({ datasets }, id).status === 'idle') ? (
          <p className="empty">None yet.</p>
        ) : (
          IMPORT_IDS.map((id) => (
            <Kept key={id} id={id} state={datasetState({ datasets }, id)} listHeading={`${headingId}-kept`} />
          ))
        )}
      </section>
    </>
  );
}

function FilePicker({ disabled }: { disabled: boolean }) {
  const inputId = useId();
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  // While a file is read the chooser is disabled (and the cancel button is where focus is); when the reading
  // ends, the cancel button goes: focus comes back to the chooser, unless the reader has moved it elsewhere.
  const wasDisabled = useRef(disabled);
  useEffect(() => {
    if (wasDisabled.current && !disabled && (document.activeElement === document.body || !document.activeElement)) {
      input.current?.focus();
    }
    wasDisabled.current = disabled;
  }, [disabled]);
  const take = (files: FileList | null) => {
    const file = files?.[0];
    if (file) void importFile(file);
  };
  return (
    <div
      className={`drop-zone${over ? ' drop-over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        if (!disabled) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        if (!disabled) take(e.dataTransfer.files);
      }}
    >
      <label htmlFor={inputId}>
        A voting file of the UN Digital Library (CSV, General Assembly or Security Council)
      </label>
      <input
        ref={input}
        id={inputId}
        type="file"
        accept=".csv,text/csv"
        disabled={disabled}
        onChange={(e) => {
          take(e.currentTarget.files);
          e.currentTarget.value = '';
        }}
      />
      <p className="muted small">or drop the file here.</p>
    </div>
  );
}

function JobStatus({ job }: { job: ImportJob }) {
  // Where the outcome shows below the fold (on a phone the chooser fills the screen), it is scrolled into sight;
  // focus stays on the chooser, for the next file.
  const outcome = useRef<HTMLDivElement>(null);
  const ended = job.status === 'failed' || job.status === 'done' || job.status === 'cancelled';
  useEffect(() => {
    if (ended) outcome.current?.firstElementChild?.scrollIntoView?.({ block: 'nearest' });
  }, [ended, job]);
  return (
    <div ref={outcome}>
      <JobOutcome job={job} />
    </div>
  );
}

function JobOutcome({ job }: { job: ImportJob }) {
  switch (job.status) {
    case 'idle':
      return null;
    case 'reading': {
      const p = job.progress;
      const total = p?.total ?? job.file.bytes;
      const read = p?.bytes ?? 0;
      const seconds = (p?.elapsed ?? 0) / 1000;
      const rate = seconds > 0 ? read / seconds : 0;
      const left = rate > 0 ? (total - read) / rate : null;
      const percent = total > 0 ? Math.floor((100 * read) / total) : 0;
      return (
        <div className="import-job">
          <p role="status">
            {job.cancelling ? 'Cancelling the import of ' : 'Reading '}
            <strong>{job.file.name}</strong>…
          </p>
          <progress max={total} value={read} aria-label={`Read of ${job.file.name}`} aria-valuetext={`${percent}%`} />
          <p className="num import-figures">
            {formatBytes(read)} of {formatBytes(total)} ({percent}%) · {plural(p?.rows ?? 0, 'row')}
            {rate > 0 && ` · ${formatBytes(rate)}/s`}
            {left !== null && ` · about ${formatSeconds(left)} left`}
          </p>
          <button type="button" onClick={cancelFileImport} disabled={job.cancelling}>
            Cancel the import
          </button>
        </div>
      );
    }
    case 'cancelled':
      return (
        <p role="status" className="notice">
          The import of <strong>{job.file.name}</strong> was cancelled: nothing from it was kept.
        </p>
      );
    case 'failed':
      return (
        <div role="alert" className="error">
          <p>
            <strong>{job.file.name}</strong> cannot be imported
            {job.line !== null ? `: line ${n(job.line)}: ${job.message}` : `: ${job.message}`}
          </p>
          <p>Nothing from it was kept; what was imported before is as it was.</p>
        </div>
      );
    case 'done':
      return (
        <div className="import-done">
          <p role="status">
            Imported <strong>{job.file.name}</strong>:{' '}
            {job.saved === true
              ? 'kept in this browser.'
              : `shown until the page is closed; the browser did not keep it (${job.saved}).`}
          </p>
          <Report report={job.report} />
        </div>
      );
  }
}

/** The dates of an import's votes: "on 24 Feb 2025", or "from 25 Oct 1971 to 21 Dec 2017". */
function datesOf(report: Pick<UndlReport, 'from' | 'to'>): string {
  return report.from === report.to
    ? `on ${formatDate(report.from, 'day')}`
    : `from ${formatDate(report.from, 'day')} to ${formatDate(report.to, 'day')}`;
}

/** The years with votes: " (1971–1975)" where every year of the span has some, " (in 2 of the years 1971–2017)" else. */
function yearsOf(years: readonly number[]): string {
  if (years.length <= 1) return '';
  const [first, last] = [years[0], years[years.length - 1]];
  return years.length === last - first + 1
    ? ` (${first}–${last})`
    : ` (in ${years.length} of the years ${first}–${last})`;
}

/** What came in: the figures, then the rows left out and the votes flagged, each with its line. */
function Report({ report }: { report: UndlReport }) {
  const years = report.years;
  const LISTED = 100;
  return (
    <>
      <dl className="import-facts">
        <dt>Body</dt>
        <dd>
          {BODY_LABEL[report.body]} (header version {report.headerVersion})
        </dd>
        <dt>Votes</dt>
        <dd>
          {n(report.votes)}, {datesOf(report)}
          {yearsOf(years)}
        </dd>
        <dt>Positions</dt>
        <dd>
          {n(report.positions)}: {n(report.byPosition.Y)} in favour, {n(report.byPosition.N)} against,{' '}
          {n(report.byPosition.A)} abstentions, {n(report.byPosition.X)} non-voting
        </dd>
        <dt>Rows</dt>
        <dd>
          {n(report.rows)} read, {n(report.rejected)} left out
        </dd>
        <dt>Votes flagged</dt>
        <dd>{n(report.flagged.length)}</dd>
        {report.withoutVote > 0 && (
          <>
            <dt>Adopted without a vote</dt>
            <dd>{n(report.withoutVote)}</dd>
          </>
        )}
        {report.withoutPositions > 0 && (
          <>
            <dt>Totals without positions</dt>
            <dd>{n(report.withoutPositions)}</dd>
          </>
        )}
      </dl>
      {report.rejected > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Rows left out">
          <table className="data-table">
            <caption>
              Rows left out: {n(report.rejected)}
              {report.rejectedRows.length < report.rejected || report.rejectedRows.length > LISTED
                ? ` (the first ${n(Math.min(LISTED, report.rejectedRows.length))} listed)`
                : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {report.rejectedRows.slice(0, LISTED).map((r) => (
                <tr key={r.line}>
                  <th scope="row" className="num">
                    {n(r.line)}
                  </th>
                  <td>{r.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {report.flagged.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Votes flagged">
          <table className="data-table">
            <caption>
              Votes flagged: {n(report.flagged.length)}
              {report.flagged.length > LISTED ? ` (the first ${LISTED} listed)` : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Vote</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {report.flagged.slice(0, LISTED).map((f) => (
                <tr key={f.undlId}>
                  <th scope="row" className="num">
                    {n(f.line)}
                  </th>
                  <td>
                    <a href={decisionHref(formatImportedVoteId(UNDL_RECORDS[report.body].id, f.undlId))}>
                      {f.symbol || `record ${f.undlId}`}
                    </a>
                  </td>
                  <td>{f.reasons.join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** One body's kept import: what it is, its votes, and removal. */
function Kept({ id, state, listHeading }: { id: string; state: DatasetState; listHeading: string }) {
  const [removing, setRemoving] = useState<'no' | 'asking' | 'working'>('no');
  const [error, setError] = useState<string | null>(null);
  const name = BODY_LABEL[id === UNDL_RECORDS.GA.id ? 'GA' : 'SC'];
  const trigger = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  // Asking moves focus to the answer; keeping it moves focus back to the question.
  useEffect(() => {
    if (removing === 'asking') confirm.current?.focus();
  }, [removing]);
  if (state.status === 'idle') return null;
  const remove = async () => {
    setRemoving('working');
    const problem = await removeImport(id);
    setError(problem);
    setRemoving('no');
    // The import's buttons are gone with it: focus goes to the list's heading.
    if (problem === null) document.getElementById(listHeading)?.focus();
  };
  const removal = (
    <p className="actions">
      {removing === 'asking' ? (
        <>
          <span>Remove the {name}'s import from this browser?</span>{' '}
          <button type="button" ref={confirm} onClick={() => void remove()}>
            Remove
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              setRemoving('no');
              requestAnimationFrame(() => trigger.current?.focus());
            }}
          >
            Keep it
          </button>
        </>
      ) : (
        <button type="button" ref={trigger} onClick={() => setRemoving('asking')} disabled={removing === 'working'}>
          Remove the {name}'s import
        </button>
      )}
      {error && (
        <span role="alert" className="error">
          It could not be removed: {error}
        </span>
      )}
    </p>
  );
  return (
    <article className="kept" aria-label={`${name}: import`}>
      <h3>{name}</h3>
      {state.status === 'loading' && <p role="status">Reading the import kept in this browser…</p>}
      {state.status === 'failed' && <p role="alert">{state.message}</p>}
      {state.status === 'invalid' && (
        <div role="alert" className="error">
          <p>
            {state.source} does not validate and was not loaded:{' '}
            {state.problems.map((p) => (
              <code key={formatProblem(p)}>{formatProblem(p)}</code>
            ))}
            . Import the file again, or remove it.
          </p>
        </div>
      )}
      {state.status === 'ready' && state.kind === 'import' && <KeptImport imported={state.imported} />}
      {state.status !== 'loading' && removal}
    </article>
  );
}

function KeptImport({ imported }: { imported: Imported }) {
  const { report, file } = imported;
  const importedAt = useMemo(() => new Date(imported.importedAt), [imported.importedAt]);
  return (
    <>
      <p>
        <strong>{file.name}</strong> ({formatBytes(file.bytes)}), imported{' '}
        <time dateTime={imported.importedAt}>
          {importedAt.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}
        </time>
        : {plural(report.votes, 'vote')} {datesOf(report)}, {plural(report.positions, 'position')};{' '}
        {plural(report.rejected, 'row')} left out, {plural(report.flagged.length, 'vote')} flagged.
      </p>
      <ImportedVotes imported={imported} />
    </>
  );
}
