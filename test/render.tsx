/** Renders the whole app at an address, with the dataset from the msw handlers. */
import { StrictMode } from 'react';
import { render } from '@testing-library/react';
import { App } from '../src/app/App';
import { preloadViews } from '../src/app/views';
import { loadData } from '../src/store/data';
import { syncUrl } from '../src/store/url';
import { DAY, useStore } from '../src/store/store';
import { resetHistory } from '../src/store/history';

/*
 * The app loads its decision and comparison views and the dataset validator
 * on first use. In a test run, that first import also compiles them (about
 * half a second alone, several seconds on two busy cores), time that would
 * count against the first test's waits. Loaded here, once per test file,
 * before any test starts.
 */
await Promise.all([preloadViews(), import('../src/domain/load')]);

/** `strict`: inside React's StrictMode, as in development (effects run twice on mount). */
export function renderApp(hash = '#/', { strict = false } = {}) {
  useStore.setState({ datasets: { [DAY]: { status: 'loading' } } });
  resetHistory();
  window.location.hash = hash;
  useStore.getState().locationChanged(hash);
  const stop = syncUrl();
  const result = render(
    strict ? (
      <StrictMode>
        <App />
      </StrictMode>
    ) : (
      <App />
    ),
  );
  const loaded = loadData();
  return { ...result, loaded, stop };
}
