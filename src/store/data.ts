/**
 * Fetches the bundled dataset and validates it where it enters. The URL is
 * a static file in the build (no server needed); msw serves the same path
 * in development and tests.
 */
import datasetUrl from '../../data/un-votes-2025-02-24.json?url';
import { buildValidatedText } from '../domain/model';
import { DAY, useStore } from './store';

export const DATASET_URL = datasetUrl;

export interface LoadOptions {
  /**
   * The SHA-256 (hex) of a file validated before: the build validates the
   * curated day and puts its digest into the page. Text of exactly these
   * bytes is built into the model without the validator; any other is checked.
   */
  validatedSha256?: string;
}

/** The SHA-256 of `bytes` in hex; null where the browser has no digest (`crypto.subtle` needs a secure context). */
async function sha256(bytes: ArrayBuffer): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  // Handed as a view: jsdom's SubtleCrypto (under test) refuses an ArrayBuffer of another realm.
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(bytes)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Loads the curated day (dataset `day`), or another dataset file under its id. */
export async function loadData(
  url: string = DATASET_URL,
  id: string = DAY,
  { validatedSha256 }: LoadOptions = {},
): Promise<void> {
  const store = useStore.getState();
  const datasetFailed = (message: string) => store.datasetFailed(id, message);
  store.datasetRequested(id);
  // Validation (zod) loads beside the fetch, not in the first script; where the bytes may be the validated ones,
  // only once they are not.
  const loadValidator = () => {
    const validator = import('../domain/load');
    validator.catch(() => undefined); // awaited below; this keeps an early failure from going unhandled
    return validator;
  };
  const early = validatedSha256 ? null : loadValidator();
  let bytes: ArrayBuffer;
  try {
    const response = await fetch(url);
    if (!response.ok) {
      datasetFailed(
        `The dataset could not be loaded: the server answered ${response.status}${response.statusText ? ` (${response.statusText})` : ''} for ${url}.`,
      );
      return;
    }
    bytes = await response.arrayBuffer();
  } catch (error) {
    datasetFailed(
      `The dataset could not be loaded from ${url}: ${(error as Error).message}. Check the connection and reload.`,
    );
    return;
  }
  const text = new TextDecoder().decode(bytes);
  if (validatedSha256 && (await sha256(bytes)) === validatedSha256) {
    store.datasetLoaded(id, { kind: 'curated', dataset: buildValidatedText(text) });
    return;
  }
  let loadDatasetText: (typeof import('../domain/load'))['loadDatasetText'];
  try {
    ({ loadDatasetText } = await (early ?? loadValidator()));
  } catch (error) {
    datasetFailed(`The app could not load its validator: ${(error as Error).message}. Reload the page.`);
    return;
  }
  const result = loadDatasetText(text);
  if (result.ok) store.datasetLoaded(id, { kind: 'curated', dataset: result.dataset });
  else store.datasetRejected(id, url, result.problems);
}
