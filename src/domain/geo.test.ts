import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import countries from 'world-countries';
import { describe, expect, it } from 'vitest';
import { committedPack } from '../../test/history';
import { DRAWN_AS, ISO_NUMERIC, atlasIdOf, shapeOf } from './geo';
import { loadDatasetText } from './load';
import { SUCCESSIONS } from './membership';

const text = readFileSync(new URL('../../data/un-votes-2025-02-24.json', import.meta.url), 'utf8');
const loaded = loadDatasetText(text);
if (!loaded.ok) throw new Error('the bundled dataset must load');
const day = loaded.dataset;
const pack = committedPack();

interface Atlas {
  objects: { countries: { geometries: { id?: string; properties: { name: string } }[] } };
}
const atlasFile = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
const atlas = JSON.parse(readFileSync(atlasFile, 'utf8')) as Atlas;
const atlasIds = new Set(atlas.objects.countries.geometries.map((g) => g.id));

/** The former states that have no shape on today's map, drawn nowhere. */
const NOWHERE = ['CSK', 'DDR', 'EAZ', 'YAR', 'YMD', 'YUG'];

describe('state codes on the world map', () => {
  it('has the numeric code of world-countries for every member state of the curated day', () => {
    expect(ISO_NUMERIC.size).toBe(193);
    for (const s of day.states) {
      const c = countries.find((x) => x.cca3 === s.code);
      expect([s.code, ISO_NUMERIC.get(s.code)]).toEqual([s.code, c?.ccn3]);
    }
  });

  it('maps every state of the record, except the former states with no shape today', () => {
    const unmapped = pack.states.filter((s) => atlasIdOf(s.key) === null).map((s) => s.key);
    expect(unmapped.sort()).toEqual(NOWHERE);
    expect(day.states.filter((s) => atlasIdOf(s.code) === null)).toEqual([]);
  });

  it('draws a former state on its successor only where the seat is the same (continued or represented anew)', () => {
    for (const s of pack.states.filter((x) => x.former)) {
      const same = SUCCESSIONS[s.key] === 'continuation' || SUCCESSIONS[s.key] === 'representation';
      expect([s.key, shapeOf(s.key)]).toEqual([s.key, same ? s.continuedBy : null]);
    }
    expect(DRAWN_AS).toEqual({ SUN: 'RUS', ROC: 'CHN', TAN: 'TZA', SCG: 'SRB' });
  });

  it('knows which member states the 1:110m atlas has no shape for (the small ones, listed beside the map)', () => {
    const missing = [...ISO_NUMERIC].filter(([, id]) => !atlasIds.has(id)).map(([key]) => key);
    expect(missing).toEqual(
      // prettier-ignore
      ['AND', 'ATG', 'BHR', 'BRB', 'COM', 'CPV', 'DMA', 'FSM', 'GRD', 'KIR', 'KNA', 'LCA', 'LIE', 'MCO', 'MDV', 'MHL',
       'MLT', 'MUS', 'NRU', 'PLW', 'SGP', 'SMR', 'STP', 'SYC', 'TON', 'TUV', 'VCT', 'WSM'],
    );
  });
});
