import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { App } from './app/App';
import { DATASET_URL, loadData } from './store/data';
import { requestHistory } from './store/history';
import { syncUrl } from './store/url';
import { checkSearch, needsImports } from './store/route';
import { DAY, useStore } from './store/store';
import { IMPORT_DATASET_IDS } from './domain/undl/ids';
import './styles.css';

/** Set on <html> by the build's first script where the address names another view than the overview. */
const OTHER_VIEW = 'other-view';

async function start() {
  // In development the data endpoint is served by msw (mocks/), so its
  // other answers can be tried: ?mock=error, ?mock=slow, ?mock=invalid, ?mock=network.
  let mockScenarios: readonly string[] | null = null;
  if (import.meta.env.DEV) {
    const { startWorker } = await import('../mocks/browser');
    mockScenarios = await startWorker(new URLSearchParams(location.search).get('mock'));
  }
  useStore.getState().searchChecked(checkSearch(location.search, mockScenarios));
  syncUrl();
  // A link straight to the record (or a state's page) asks for the record before the first render.
  const { route } = useStore.getState();
  if (route.view === 'history' || route.view === 'history-decision' || route.view === 'state') void requestHistory();
  // The imports kept in this browser are read once the first view is there; a view that shows one waits for them.
  if (needsImports(route) && typeof indexedDB !== 'undefined') {
    for (const id of IMPORT_DATASET_IDS) useStore.getState().datasetRequested(id);
  }

  const container = document.getElementById('root')!;
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  // The build puts the overview into the page (src/prerender.tsx). React takes it over where it stands if the
  // address is the overview's as it was rendered: hydration renders from the store's first state, and a notice
  // of an ignored part of the hash would not match it. Any other view replaces it at once.
  const first = useStore.getInitialState();
  const prerendered = container.hasAttribute('data-prerendered');
  if (prerendered && first.route.view === 'overview' && first.ignored.length === 0 && route.view === 'overview') {
    hydrateRoot(container, app);
  } else if (prerendered) {
    const root = createRoot(container);
    flushSync(() => root.render(app));
  } else {
    createRoot(container).render(app);
  }
  document.documentElement.classList.remove(OTHER_VIEW);
  // The build validated the day it put into the page, and says so by the file's digest.
  await loadData(DATASET_URL, DAY, { validatedSha256: container.dataset.datasetSha256 });
  // The imports kept in this browser, if any: their reader and validator load only then.
  const { hasImports } = await import('./store/importDb');
  if (needsImports(useStore.getState().route) || (await hasImports().catch(() => false))) {
    const { restoreImports } = await import('./store/imports');
    await restoreImports();
  }
}

void start();
