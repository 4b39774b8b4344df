/**
 * Fetches the bundled dataset and validates it where it enters. The URL is
 * a static file in the build (no server needed); msw serves the same path
 * in development and tests.
 */
import datasetUrl from '../../data/un-votes-2025-02-24.json?url';
import { DAY, useStore } from './store';

export const DATASET_URL = datasetUrl;

/** Loads the curated day (dataset `day`), or another dataset file under its id. */
export async function loadData(url: string = DATASET_URL, id: string = DAY): Promise<void> {
  const store = useStore.getState();
  const datasetFailed = (message: string) => store.datasetFailed(id, message);
  store.datasetRequested(id);
  // Validation (zod) loads beside the fetch, not in the first script.
  const validator = import('../domain/load');
  validator.catch(() => undefined); // awaited below; this keeps an early failure from going unhandled
  let text: string;
  try {
    const response = await fetch(url);
    if (!response.ok) {
      datasetFailed(
        `The dataset could not be loaded: the server answered ${response.status}${response.statusText ? ` (${response.statusText})` : ''} for ${url}.`,
      );
      return;
    }
    text = await response.text();
  } catch (error) {
    datasetFailed(
      `The dataset could not be loaded from ${url}: ${(error as Error).message}. Check the connection and reload.`,
    );
    return;
  }
  let loadDatasetText: (typeof import('../domain/load'))['loadDatasetText'];
  try {
    ({ loadDatasetText } = await validator);
  } catch (error) {
    datasetFailed(`The app could not load its validator: ${(error as Error).message}. Reload the page.`);
    return;
  }
  const result = loadDatasetText(text);
  if (result.ok) store.datasetLoaded(id, { kind: 'curated', dataset: result.dataset });
  else store.datasetRejected(id, url, result.problems);
}
