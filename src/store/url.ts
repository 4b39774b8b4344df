/** Keeps the address and the store's route in step, both ways. */
import { formatHash } from './route';
import { useStore } from './store';

export function syncUrl(): () => void {
  const onHashChange = () => useStore.getState().locationChanged(location.hash);
  window.addEventListener('hashchange', onHashChange);
  const unsubscribe = useStore.subscribe((state, previous) => {
    if (state.route === previous.route) return;
    const hash = formatHash(state.route);
    // Links change the hash themselves (a history entry each); filter and sort changes replace it.
    if (hash !== location.hash && !(location.hash === '' && hash === '#/')) history.replaceState(null, '', hash);
  });
  return () => {
    window.removeEventListener('hashchange', onHashChange);
    unsubscribe();
  };
}
