import { createHash } from 'node:crypto';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import dataset from '../../data/un-votes-2025-02-24.json';
import { DATASET_PATH } from '../../mocks/handlers';
import { server } from '../../mocks/server';
import { DATASET_URL, loadData } from './data';
import { DAY, datasetState, useStore } from './store';

/** The dataset with one position that is no position: what the validator rejects. */
const broken = (() => {
  const copy = structuredClone(dataset) as { decisions: { id: string; positionLists: { position: string }[] }[] };
  copy.decisions.find((d) => d.id === 'ga-l10')!.positionLists[0].position = 'maybe';
  return JSON.stringify(copy);
})();
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const day = () => datasetState(useStore.getState(), DAY);

beforeEach(() => {
  useStore.setState({ datasets: { [DAY]: { status: 'loading' } } });
  server.use(
    http.get(DATASET_PATH, () => new HttpResponse(broken, { headers: { 'Content-Type': 'application/json' } })),
  );
});

describe('loading the curated day', () => {
  it('validates a file it is told nothing of', async () => {
    await loadData(DATASET_URL, DAY);
    expect(day()).toMatchObject({ status: 'invalid' });
  });

  it('builds the very bytes the build validated without checking them again', async () => {
    // These bytes are not valid: that they load shows the check was left out for them, as for the build's own.
    await loadData(DATASET_URL, DAY, { validatedSha256: sha256(broken) });
    expect(day()).toMatchObject({ status: 'ready', kind: 'curated' });
  });

  it('validates any other bytes', async () => {
    await loadData(DATASET_URL, DAY, { validatedSha256: sha256(JSON.stringify(dataset)) });
    const state = day();
    expect(state.status).toBe('invalid');
    if (state.status === 'invalid')
      expect(state.problems[0].path).toMatch(/^decisions\[\d+\]\.positionLists\[0\]\.position$/);
  });
});
