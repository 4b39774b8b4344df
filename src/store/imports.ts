/**
 * The reader's imports of UN Digital Library files: reading one (in the
 * import worker), keeping it in the browser, finding the kept ones again on
 * the next visit, removing one. Each import is a dataset of its own, by its
 * id (`undl-ga`, `undl-sc`); a second import of a body replaces the first.
 * A kept import that does not validate is reported under its id and not
 * loaded; it can still be removed.
 */
import { IMPORT_DATASET_IDS } from '../domain/undl/ids';
import { readStored } from '../domain/undl/stored';
import { cancelImport, startImport } from './importClient';
import { deleteImport, hasStorage, readImports } from './importDb';
import { datasetState, useStore } from './store';

/** The ids of the imports a browser can hold. */
export const IMPORT_IDS: readonly string[] = IMPORT_DATASET_IDS;

/** Where a kept import that fails its check is said to come from. */
export const KEPT_SOURCE = 'The import kept in this browser';

let restoring: Promise<void> | null = null;

/** Reads the imports kept in this browser, once. */
export function restoreImports(): Promise<void> {
  restoring ??= restore();
  return restoring;
}

async function restore(): Promise<void> {
  if (!hasStorage()) return;
  const store = useStore.getState();
  const waiting = IMPORT_IDS.filter((id) => datasetState(store, id).status !== 'ready');
  for (const id of waiting) store.datasetRequested(id);
  let kept: unknown[];
  try {
    kept = await readImports();
  } catch (error) {
    for (const id of waiting) {
      if (datasetState(useStore.getState(), id).status !== 'loading') continue;
      store.datasetFailed(id, `The browser's store could not be read: ${(error as Error).message || String(error)}`);
    }
    return;
  }
  for (const value of kept) {
    const id = (value as { id?: unknown } | null)?.id;
    const key = typeof id === 'string' && IMPORT_IDS.includes(id) ? id : null;
    // An import read in this visit is newer than what the store had when the page opened, and one removed
    // meanwhile is gone: only an id still waiting takes what was read.
    if (key !== null && datasetState(useStore.getState(), key).status !== 'loading') continue;
    const check = readStored(value);
    if (check.ok) store.datasetLoaded(check.imported.id, { kind: 'import', imported: check.imported });
    else if (key !== null) store.datasetRejected(key, KEPT_SOURCE, [check.problem]);
  }
  // The ids the store had nothing for: no import.
  for (const id of waiting) if (datasetState(useStore.getState(), id).status === 'loading') store.datasetRemoved(id);
}

/** Imports a file; the store's `importJob` follows it. */
export async function importFile(file: File): Promise<void> {
  const store = useStore.getState();
  const info = { name: file.name, bytes: file.size };
  if (useStore.getState().importJob.status === 'reading') return;
  store.importJobChanged({ status: 'reading', file: info, progress: null, cancelling: false });
  let outcome: Awaited<ReturnType<typeof startImport>>;
  try {
    outcome = await startImport(file, (progress) => {
      const job = useStore.getState().importJob;
      if (job.status === 'reading') store.importJobChanged({ ...job, progress });
    });
  } catch (error) {
    outcome = { kind: 'failed', message: (error as Error).message || String(error) };
  }
  switch (outcome.kind) {
    case 'done': {
      const check = readStored(outcome.stored);
      if (!check.ok) {
        store.importJobChanged({ status: 'failed', file: info, line: null, message: check.problem.message });
        return;
      }
      const { imported } = check;
      store.datasetLoaded(imported.id, { kind: 'import', imported });
      store.importJobChanged({
        status: 'done',
        file: info,
        id: imported.id,
        report: imported.report,
        saved: outcome.saved,
      });
      return;
    }
    case 'cancelled':
      store.importJobChanged({ status: 'cancelled', file: info });
      return;
    case 'unreadable':
      store.importJobChanged({ status: 'failed', file: info, line: outcome.line, message: outcome.reason });
      return;
    case 'failed':
      store.importJobChanged({ status: 'failed', file: info, line: null, message: outcome.message });
  }
}

/** Stops the import under way; nothing of it is kept. */
export function cancelFileImport(): void {
  const job = useStore.getState().importJob;
  if (job.status !== 'reading') return;
  useStore.getState().importJobChanged({ ...job, cancelling: true });
  cancelImport();
}

/** Removes an import from the page and from the browser's store. Resolves with an error's message, or null. */
export async function removeImport(id: string): Promise<string | null> {
  try {
    if (hasStorage()) await deleteImport(id);
  } catch (error) {
    return (error as Error).message || String(error);
  }
  const store = useStore.getState();
  store.datasetRemoved(id);
  const job = store.importJob;
  if (job.status === 'done' && job.id === id) store.importJobChanged({ status: 'idle' });
  return null;
}

/** Forgets the kept imports read and the imports shown (tests). */
export function resetImports(): void {
  restoring = null;
  useStore.setState((s) => ({
    importJob: { status: 'idle' },
    datasets: Object.fromEntries(Object.entries(s.datasets).filter(([id]) => !IMPORT_IDS.includes(id))),
  }));
}
