/**
 * Today's countries as SVG paths, once, from the world atlas (world-atlas
 * 2.0.2, `countries-110m.json`: Natural Earth at 1:110 million, TopoJSON
 * keyed by ISO 3166-1 numeric code) in the Equal Earth projection, 960 wide.
 * Only the lazy-loaded map imports this module, so d3-geo and the atlas
 * stay out of every other script.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlasJson from 'world-atlas/countries-110m.json';

export const MAP_WIDTH = 960;
/**
 * A country drawn smaller than this (square units of the 960-wide map:
 * Luxembourg 2, Lebanon 8, Slovenia 15, Belgium 24) is too small to find
 * on the map, the more so on a phone, and is listed beside it as well.
 */
export const SMALL_AREA = 16;

/** Shapes the atlas gives no id, that UN members count as their own territory. */
const PART_OF: Readonly<Record<string, string>> = { 'N. Cyprus': '196', Somaliland: '706' };
/** Antarctica: no member's, and a third of the map's height. */
const LEFT_OUT = new Set(['010']);

export interface WorldShape {
  /** ISO 3166-1 numeric (`'250'`), or '' where the atlas gives none (Kosovo). */
  id: string;
  /** The atlas's name (`France`, `W. Sahara`). */
  name: string;
  /** The SVG path of all its parts. */
  d: string;
  /** Area drawn, in square units of the map. */
  area: number;
  /** The centre of its largest part (France's is in France, not between it and French Guiana). */
  cx: number;
  cy: number;
}

type Countries = GeometryCollection<{ name: string }>;

function largestPart(f: Feature<Geometry, { name: string }>, area: (g: Feature) => number): Feature {
  if (f.geometry.type !== 'MultiPolygon') return f;
  const parts = (f.geometry as MultiPolygon).coordinates.map((coordinates): Feature => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates },
  }));
  return parts.reduce((best, p) => (area(p) > area(best) ? p : best));
}

function draw(): { shapes: WorldShape[]; height: number } {
  const topology = atlasJson as unknown as Topology<{ countries: Countries }>;
  const all = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const features = all.features.filter((f) => !LEFT_OUT.has(String(f.id ?? '')));
  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  const path = geoPath(geoEqualEarth().fitWidth(MAP_WIDTH, collection));
  const byId = new Map<string, WorldShape>();
  const shapes: WorldShape[] = [];
  // Shapes with an id first, so that a part without one joins its member's shape.
  for (const f of [...features].sort((a, b) => Number(a.id === undefined) - Number(b.id === undefined))) {
    const id = f.id === undefined ? (PART_OF[f.properties.name] ?? '') : String(f.id);
    const d = path(f) ?? '';
    const [cx, cy] = path.centroid(largestPart(f, (g) => path.area(g)));
    const known = id === '' ? undefined : byId.get(id);
    if (known) {
      // A part drawn apart (Northern Cyprus): one shape with its member.
      known.d += d;
      known.area += path.area(f);
      continue;
    }
    const shape = { id, name: f.properties.name, d, area: path.area(f), cx, cy };
    if (id !== '') byId.set(id, shape);
    shapes.push(shape);
  }
  const [, [, bottom]] = path.bounds(collection);
  return { shapes, height: Math.ceil(bottom) };
}

const drawn = draw();
export const WORLD_SHAPES: readonly WorldShape[] = drawn.shapes;
export const MAP_HEIGHT = drawn.height;
export const SHAPE_BY_ID: ReadonlyMap<string, WorldShape> = new Map(
  WORLD_SHAPES.filter((s) => s.id !== '').map((s) => [s.id, s]),
);
