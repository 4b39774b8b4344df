/** Renders the whole app at an address, with the dataset from the msw handlers. */
import { render } from '@testing-library/react';
import { App } from '../src/app/App';
import { loadData } from '../src/store/data';
import { syncUrl } from '../src/store/url';
import { useStore } from '../src/store/store';
import { resetHistory } from '../src/store/history';

export function renderApp(hash = '#/') {
  useStore.setState({ data: { status: 'loading' } });
  resetHistory();
  window.location.hash = hash;
  useStore.getState().locationChanged(hash);
  const stop = syncUrl();
  const result = render(<App />);
  const loaded = loadData();
  return { ...result, loaded, stop };
}
