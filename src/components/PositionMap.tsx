/**
 * A decision's positions on today's world map: each member coloured by its
 * position (the tally chart's colours; not reported hatched, absent or not
 * voting dark grey), every other country greyed. Hovering a country, or
 * moving to it by keyboard (one Tab stop, then the arrow keys), shows its
 * name and position; a click or Enter opens the state's page. States with no
 * shape on the map, or too small to find on it, are listed beside it.
 *
 * Loaded on its own (see `LazyPositionMap`), with d3-geo and the atlas.
 */
import './PositionMap.css';
import { useId, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';
import { atlasIdOf, shapeOf } from '../domain/geo';
import type { MapMark, PositionMapProps } from './positionMapTypes';
import { MARK_ORDER, markLabel, markOf } from './positionMapTypes';
import { ABSENT_COLOR, POSITION_COLOR, POSITION_MARK } from './labels';
import { PictureButtons } from './PictureButtons';
import type { WorldShape } from './worldShapes';
import { MAP_HEIGHT, MAP_WIDTH, SHAPE_BY_ID, SMALL_AREA, WORLD_SHAPES } from './worldShapes';

interface Drawn {
  key: string;
  name: string;
  mark: MapMark;
  shape: WorldShape;
  /** The name of today's state whose shape shows a former one (the Russian Federation for the USSR). */
  drawnOn: string | null;
}

interface Listed {
  key: string;
  name: string;
  mark: MapMark;
  why: 'former' | 'small';
  drawnOn: string | null;
}

interface Tip {
  key: string;
  x: number;
  y: number;
  /** On the right half of the map: the tip shows to the left of the point. */
  flip: boolean;
}

export default function PositionMap({
  members,
  noneMeans,
  caption,
  otherLabel,
  alternative,
  hrefOf,
  picture,
}: PositionMapProps) {
  const uid = useId().replace(/:/g, '');
  const box = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const [tip, setTip] = useState<Tip | null>(null);
  const [current, setCurrent] = useState<string | null>(null);

  const { drawn, listed, counts } = useMemo(() => {
    const byShape = new Map<string, Drawn>();
    const listed: Listed[] = [];
    const counts = new Map<MapMark, number>();
    // Members with a shape of their own first, so that a former state never takes a shape from a member.
    const ordered = [...members].sort((a, b) => Number(shapeOf(a.key) !== a.key) - Number(shapeOf(b.key) !== b.key));
    for (const m of ordered) {
      const mark = markOf(m.code, noneMeans);
      counts.set(mark, (counts.get(mark) ?? 0) + 1);
      const id = atlasIdOf(m.key);
      const shape = id === null ? undefined : SHAPE_BY_ID.get(id);
      const own = shapeOf(m.key) === m.key;
      if (shape && !byShape.has(shape.id))
        byShape.set(shape.id, { key: m.key, name: m.name, mark, shape, drawnOn: own ? null : shape.name });
      const isDrawn = shape !== undefined && byShape.get(shape.id)?.key === m.key;
      if (!own) listed.push({ key: m.key, name: m.name, mark, why: 'former', drawnOn: isDrawn ? shape.name : null });
      else if (!isDrawn || shape.area < SMALL_AREA)
        listed.push({ key: m.key, name: m.name, mark, why: 'small', drawnOn: null });
    }
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en');
    return { drawn: [...byShape.values()].sort(byName), listed: listed.sort(byName), counts };
  }, [members, noneMeans]);

  const drawnIds = useMemo(() => new Set(drawn.map((m) => m.shape.id)), [drawn]);
  const focusKey = current !== null && drawn.some((m) => m.key === current) ? current : (drawn[0]?.key ?? null);
  const shown = tip === null ? null : (drawn.find((m) => m.key === tip.key) ?? null);

  const fill = (mark: MapMark | 'other') =>
    mark === 'other'
      ? '#ececec'
      : mark === 'notReported'
        ? `url(#${uid}-hatch)`
        : mark === 'disputed'
          ? `url(#${uid}-disputed)`
          : mark === 'absent'
            ? ABSENT_COLOR
            : POSITION_COLOR[mark];
  const label = (m: { name: string; mark: MapMark }) => `${m.name}: ${markLabel(m.mark)}`;

  /** Where the centre of a shape is on the screen, relative to the map's box. */
  const centreOf = (shape: WorldShape) => {
    const scale = (svg.current?.getBoundingClientRect().width ?? MAP_WIDTH) / MAP_WIDTH;
    return { x: shape.cx * scale, y: shape.cy * scale };
  };
  const tipAt = (key: string, x: number, y: number) =>
    setTip({ key, x, y, flip: x > (box.current?.clientWidth ?? 0) / 2 });
  const pointerAt = (key: string) => (e: PointerEvent) => {
    const rect = box.current?.getBoundingClientRect();
    tipAt(key, e.clientX - (rect?.left ?? 0), e.clientY - (rect?.top ?? 0));
  };
  const focused = (m: Drawn) => () => {
    const { x, y } = centreOf(m.shape);
    setCurrent(m.key);
    tipAt(m.key, x, y);
  };

  /** The arrow keys move to the nearest country in their direction; Home and End to the first and last by name. */
  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const from = drawn.find((m) => m.key === focusKey);
    if (!from) return;
    let next: Drawn | undefined;
    if (e.key === 'Home') next = drawn[0];
    else if (e.key === 'End') next = drawn[drawn.length - 1];
    else {
      const dir = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] }[e.key];
      if (!dir) return;
      let best = Infinity;
      for (const m of drawn) {
        if (m === from) continue;
        const dx = m.shape.cx - from.shape.cx;
        const dy = m.shape.cy - from.shape.cy;
        const along = dx * dir[0] + dy * dir[1];
        if (along <= 0) continue;
        const across = Math.abs(dx * dir[1] - dy * dir[0]);
        const score = along + 2.5 * across;
        if (score < best) [best, next] = [score, m];
      }
    }
    e.preventDefault();
    if (!next) return;
    setCurrent(next.key);
    svg.current?.querySelector<SVGElement>(`[data-key="${next.key}"]`)?.focus();
  };

  const marks = MARK_ORDER.filter((m) => (counts.get(m) ?? 0) > 0);
  const swatch = (mark: MapMark | 'other') => (
    <svg className="map-swatch" width="18" height="14" aria-hidden="true" focusable="false">
      <rect x="0.5" y="0.5" width="17" height="13" fill={fill(mark)} stroke="#777" />
    </svg>
  );

  return (
    <figure className="position-map">
      <div className="position-map-layout">
        <div className="map-column">
          <div className="map-box" ref={box} onPointerLeave={() => setTip(null)}>
            <svg
              ref={svg}
              viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
              className="map-svg"
              role="group"
              aria-label="World map of the positions"
              aria-describedby={`${uid}-hint`}
              onKeyDown={onKeyDown}
            >
              <defs>
                <pattern
                  id={`${uid}-hatch`}
                  width="6"
                  height="6"
                  patternUnits="userSpaceOnUse"
                  patternTransform="rotate(45)"
                >
                  <rect width="6" height="6" fill={POSITION_COLOR.notRecorded} />
                  <line x1="0" y1="0" x2="0" y2="6" stroke="#9a9a9a" strokeWidth="2" />
                </pattern>
                <pattern
                  id={`${uid}-disputed`}
                  width="6"
                  height="6"
                  patternUnits="userSpaceOnUse"
                  patternTransform="rotate(-45)"
                >
                  <rect width="6" height="6" fill="#fff8ef" />
                  <line x1="0" y1="0" x2="0" y2="6" stroke="#c98a4b" strokeWidth="1.5" />
                </pattern>
              </defs>
              <g className="map-others" aria-hidden="true">
                {WORLD_SHAPES.filter((s) => !drawnIds.has(s.id)).map((s, i) => (
                  <path key={`${s.id}-${i}`} d={s.d} fill={fill('other')} />
                ))}
              </g>
              <g className="map-members">
                {drawn.map((m) => (
                  <a
                    key={m.key}
                    href={hrefOf(m.key)}
                    data-key={m.key}
                    aria-label={label(m)}
                    tabIndex={m.key === focusKey ? 0 : -1}
                    onPointerEnter={pointerAt(m.key)}
                    onPointerMove={pointerAt(m.key)}
                    onFocus={focused(m)}
                    onBlur={() => setTip(null)}
                  >
                    <path d={m.shape.d} fill={fill(m.mark)} />
                  </a>
                ))}
              </g>
              {shown && <path className="map-active" d={shown.shape.d} aria-hidden="true" />}
            </svg>
            {shown && tip && (
              <div
                className={`map-tip${tip.flip ? ' map-tip-left' : ''}`}
                style={{ left: `${tip.x}px`, top: `${tip.y}px` }}
                role="tooltip"
              >
                <strong>{shown.name}</strong>: {markLabel(shown.mark)}
                {shown.drawnOn && <span className="map-tip-note">shown on today’s {shown.drawnOn}</span>}
              </div>
            )}
          </div>
          <ul className="legend" aria-label="Map key">
            {marks.map((mark) => (
              <li key={mark}>
                {swatch(mark)}
                <span>{markLabel(mark)}</span> <strong className="num">{counts.get(mark)}</strong>
              </li>
            ))}
            <li>
              {swatch('other')}
              <span>{otherLabel}</span>
            </li>
          </ul>
        </div>
        {listed.length > 0 && (
          <div className="map-listed-box">
            <div className="map-listed" tabIndex={0} role="region" aria-labelledby={`${uid}-listed`}>
              <p id={`${uid}-listed`} className="map-listed-title">
                Not on the map, or too small to find on it ({listed.length})
              </p>
              <ul>
                {listed.map((m) => (
                  <li key={m.key}>
                    <span className={`map-chip chip-${m.mark}`} aria-hidden="true">
                      {m.mark === 'Y' || m.mark === 'N' || m.mark === 'A' || m.mark === 'X'
                        ? POSITION_MARK[m.mark]
                        : ''}
                    </span>
                    <a href={hrefOf(m.key)}>{m.name}</a>: {markLabel(m.mark)}
                    {m.why === 'former' && (
                      <span className="muted small">
                        {m.drawnOn
                          ? ` (former state, shown on today’s ${m.drawnOn})`
                          : ' (former state, no shape today)'}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          </div>
        )}
      </div>
      {picture && (
        <PictureButtons
          fileName={picture.fileName}
          what="of the map"
          picture={() => ({
            kind: 'chart',
            ...picture,
            chart: svg.current,
            key: [
              ...marks.map((mark) => ({
                label: markLabel(mark),
                fill: mark === 'disputed' ? '#fff8ef' : fill(mark),
                hatch: mark === 'notReported',
                mark: mark === 'Y' || mark === 'N' || mark === 'A' || mark === 'X' ? POSITION_MARK[mark] : undefined,
                value: String(counts.get(mark)),
              })),
              { label: otherLabel, fill: fill('other') },
            ],
          })}
        />
      )}
      <figcaption>
        {caption}{' '}
        <span id={`${uid}-hint`}>
          Point at a country, or reach the map with Tab and move with the arrow keys, to see its position; select it to
          open its page.
        </span>{' '}
        {alternative}
      </figcaption>
    </figure>
  );
}
