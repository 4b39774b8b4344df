/**
 * What a view says while the dataset it shows is not there: the record still
 * loading or not loadable, an import still being read from the browser's
 * store, not readable, or not there at all.
 */
import type { Body } from '../domain/schema';
import { BODY_LABEL } from './labels';

/** A dataset's state as the store holds it (`DatasetState`), as far as these messages need it. */
export type DatasetStatusOf =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready' }
  | { status: 'invalid'; problems: readonly { message: string }[] }
  | { status: 'failed'; message: string };

/** The General Assembly's record, not (yet) there. */
export function RecordStatus({ state }: { state: DatasetStatusOf }) {
  if (state.status === 'failed' || state.status === 'invalid')
    return (
      <p role="alert" className="error">
        {state.status === 'failed'
          ? state.message
          : `The General Assembly’s record could not be read: ${state.problems.map((p) => p.message).join('; ')}`}
      </p>
    );
  return <p role="status">Loading the record (about 0.5 MB)…</p>;
}

/**
 * A body's import, not (yet) there. Only while the kept imports are being read is it "reading": a store with no
 * import of the body leaves its state idle, and the view says there is none.
 */
export function ImportStatus({ state, body }: { state: DatasetStatusOf | null; body: Body }) {
  if (state?.status === 'loading') return <p role="status">Reading the import kept in this browser…</p>;
  return (
    <p role="alert" className="error">
      {state?.status === 'failed'
        ? state.message
        : state?.status === 'invalid'
          ? `The import kept in this browser could not be read: ${state.problems.map((p) => p.message).join('; ')}`
          : `This browser holds no import of the UN Digital Library’s ${BODY_LABEL[body]} file.`}{' '}
      <a href="#/import">Import a file</a>
    </p>
  );
}
