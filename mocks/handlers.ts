/**
 * The data endpoint: the bundled dataset file. The same handlers serve the
 * development worker and the tests; the others are for trying the error,
 * slow and invalid states.
 */
import { HttpResponse, delay, http } from 'msw';
import dataset from '../data/un-votes-2025-02-24.json';

/** Matches the dataset's address in development, tests and the build (which adds a hash). */
export const DATASET_PATH = /\/un-votes-2025-02-24[^/]*\.json$/;

/** The General Assembly's record (served from public/ in development and the build). */
export const HISTORY_PATH = /\/data\/history\.pack$/;

export const handlers = [http.get(DATASET_PATH, () => HttpResponse.json(dataset))];

export const scenarios = {
  error: http.get(DATASET_PATH, () => new HttpResponse(null, { status: 500, statusText: 'Internal Server Error' })),
  slow: http.get(DATASET_PATH, async () => {
    await delay(3000);
    return HttpResponse.json(dataset);
  }),
  invalid: http.get(DATASET_PATH, () => {
    const broken = structuredClone(dataset) as { decisions: { id: string; positionLists: { position: string }[] }[] };
    const byId = (id: string) => broken.decisions.find((d) => d.id === id)!;
    byId('ga-l11-am-just-peace').positionLists = [{ ...byId('ga-l10').positionLists[0], position: 'maybe' }];
    return HttpResponse.json(broken);
  }),
  network: http.get(DATASET_PATH, () => HttpResponse.error()),
};
export type Scenario = keyof typeof scenarios;
