import { setupWorker } from 'msw/browser';
import type { Scenario } from './handlers';
import { handlers, scenarios } from './handlers';

/** Starts the worker, with the scenario named (if it is one); returns the names of the scenarios. */
export async function startWorker(scenario: string | null): Promise<readonly string[]> {
  const extra = scenario && scenario in scenarios ? [scenarios[scenario as Scenario]] : [];
  const worker = setupWorker(...extra, ...handlers);
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  return Object.keys(scenarios);
}
