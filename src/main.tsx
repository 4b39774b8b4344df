import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadData } from './store/data';
import { requestHistory } from './store/history';
import { syncUrl } from './store/url';
import { checkSearch, needsImports } from './store/route';
import { useStore } from './store/store';
import { IMPORT_DATASET_IDS } from './domain/undl/ids';
import './styles.css';

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
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  await loadData();
  const { restoreImports } = await import('./store/imports');
  await restoreImports();
}

void start();
