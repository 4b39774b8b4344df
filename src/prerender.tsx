/**
 * The first screen, rendered ahead of time: at build time, vite.config.ts
 * renders the app at its first address (the overview) with the curated day
 * into index.html, so that the page shows the day's decisions and their tally
 * bars before any script has run. src/main.tsx hydrates it.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app/App';
import { formatProblem } from './domain/integrity';
import { loadDatasetText } from './domain/load';
import { DAY, useStore } from './store/store';

/** The app's markup at the overview, from the curated day's file (`source` names it in an error). */
export function renderOverview(datasetText: string, source: string): string {
  const result = loadDatasetText(datasetText);
  if (!result.ok) {
    const problems = result.problems.map((p) => `  ${formatProblem(p)}`).join('\n');
    throw new Error(`${source} is not valid, so no overview can be built into index.html:\n${problems}`);
  }
  useStore.getState().datasetLoaded(DAY, { kind: 'curated', dataset: result.dataset });
  return renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
