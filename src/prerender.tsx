/**
 * The first screen, rendered ahead of time: at build time, vite.config.ts
 * renders the app at its first address (the overview) with the curated day
 * into index.html, so that the page shows the day's decisions and their tally
 * bars before any script has run. src/main.tsx hydrates it.
 */
import { isDeepStrictEqual } from 'node:util';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app/App';
import { formatProblem } from './domain/integrity';
import { loadDatasetText } from './domain/load';
import { buildValidatedText } from './domain/model';
import { DAY, useStore } from './store/store';

export interface Prerendered {
  /** The app's markup at the overview. */
  markup: string;
  /**
   * Whether the model built from the text without a check is the one the
   * check builds: then the page may build it so from these very bytes.
   */
  sameUnchecked: boolean;
}

/** Validates the curated day's file (`source` names it in an error) and renders the overview of it. */
export function renderOverview(datasetText: string, source: string): Prerendered {
  const result = loadDatasetText(datasetText);
  if (!result.ok) {
    const problems = result.problems.map((p) => `  ${formatProblem(p)}`).join('\n');
    throw new Error(`${source} is not valid, so no overview can be built into index.html:\n${problems}`);
  }
  useStore.getState().datasetLoaded(DAY, { kind: 'curated', dataset: result.dataset });
  const markup = renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  return { markup, sameUnchecked: isDeepStrictEqual(buildValidatedText(datasetText), result.dataset) };
}
