/** Renders the whole app at an address, with the dataset from the msw handlers. */
import { StrictMode } from 'react';
import { render } from '@testing-library/react';
import { App } from '../src/app/App';
import { loadData } from '../src/store/data';
import { syncUrl } from '../src/store/url';
import { useStore } from '../src/store/store';

/** `strict`: inside React's StrictMode, as in development (effects run twice on mount). */
export function renderApp(hash = '#/', { strict = false } = {}) {
  useStore.setState({ data: { status: 'loading' } });
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
