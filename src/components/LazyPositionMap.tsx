/**
 * The world map of positions, loaded when a page first shows it: d3-geo and
 * the atlas are a script of their own, never part of the first screen's.
 * Where that script cannot be loaded, the page says so and stays usable.
 */
import { Component, Suspense, lazy } from 'react';
import type { ReactNode } from 'react';
import type { PositionMapProps } from './positionMapTypes';

const PositionMap = lazy(() => import('./PositionMap'));

class MapFailed extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (this.state.failed)
      return <p className="muted">The map could not be loaded; the table of positions gives every position.</p>;
    return this.props.children;
  }
}

export function LazyPositionMap(props: PositionMapProps) {
  return (
    <MapFailed>
      <Suspense fallback={<p className="muted map-waiting">Drawing the map…</p>}>
        <PositionMap {...props} />
      </Suspense>
    </MapFailed>
  );
}
