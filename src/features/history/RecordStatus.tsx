/** The record while it loads, or why it could not be read. */
import type { DatasetState } from '../../store/store';

export function RecordStatus({ history }: { history: DatasetState }) {
  if (history.status === 'failed' || history.status === 'invalid') {
    return (
      <div role="alert" className="error">
        <h1>The General Assembly's record could not be loaded</h1>
        <p>
          {history.status === 'failed'
            ? history.message
            : `${history.source}: ${history.problems.map((p) => p.message).join('; ')}`}
        </p>
        <p>
          The curated day of 24 February 2025 is not affected: <a href="#/">back to the overview</a>.
        </p>
      </div>
    );
  }
  return (
    <div className="loading">
      <h1>General Assembly record, 1946–2019</h1>
      <p role="status">Loading the record (about 0.5 MB)…</p>
    </div>
  );
}
