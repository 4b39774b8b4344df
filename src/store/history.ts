/**
 * Fetches the General Assembly's record (the pack built by
 * `npm run build:history`) the first time a view needs it, and checks it
 * where it enters. A pack that fails to load or to read leaves the curated
 * day working and says why on the record's pages.
 */
import { HISTORY, datasetState, useStore } from './store';

/** The pack's address, beside the app (it works under a sub-path too). */
export const HISTORY_URL = `${import.meta.env.BASE_URL}data/history.pack`;

let pending: Promise<void> | null = null;

/** Starts loading the record once; later calls return the same promise. */
export function requestHistory(url: string = HISTORY_URL): Promise<void> {
  const history = datasetState(useStore.getState(), HISTORY);
  if (history.status === 'ready') return Promise.resolve();
  if (pending && history.status === 'loading') return pending;
  pending = load(url);
  return pending;
}

async function load(url: string): Promise<void> {
  const store = useStore.getState();
  const historyFailed = (message: string) => store.datasetFailed(HISTORY, message);
  store.datasetRequested(HISTORY);
  const reader = import('../domain/history/pack');
  reader.catch(() => undefined); // awaited below
  let bytes: ArrayBuffer;
  try {
    const response = await fetch(url);
    if (!response.ok) {
      historyFailed(
        `The record could not be loaded: the server answered ${response.status}${response.statusText ? ` (${response.statusText})` : ''} for ${url}.`,
      );
      return;
    }
    bytes = await response.arrayBuffer();
  } catch (error) {
    historyFailed(
      `The record could not be loaded from ${url}: ${(error as Error).message}. Check the connection and reload.`,
    );
    return;
  }
  try {
    const { decodePack } = await reader;
    store.datasetLoaded(HISTORY, { kind: 'record', pack: decodePack(bytes) });
  } catch (error) {
    historyFailed(`${(error as Error).message} (${url})`);
  }
}

/** Forgets a failed or finished load (tests). */
export function resetHistory(): void {
  pending = null;
  useStore.setState((s) => ({
    datasets: Object.fromEntries(Object.entries(s.datasets).filter(([id]) => id !== HISTORY)),
  }));
}
