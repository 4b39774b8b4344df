import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../integrity';
import { parseMembership } from '../membership';
import { createUndlReader } from './reader';
import type { Imported } from './stored';
import { importId, readStored, toStored } from './stored';

const memberships = parseMembership(
  readFileSync(new URL('../../../data/sources/un-membership.csv', import.meta.url), 'utf8'),
);

function imported(name: string): Imported {
  const bytes = new Uint8Array(readFileSync(new URL(`../../../test/fixtures/undl/${name}`, import.meta.url)));
  const reader = createUndlReader({ memberships });
  reader.push(bytes);
  const result = reader.end();
  return {
    ...result,
    id: importId(result.store.body),
    file: { name, bytes: bytes.length, lastModified: 0 },
    importedAt: '2026-12-01T10:00:00.000Z',
  };
}

/** As IndexedDB gives it back: a structured clone. */
const roundTrip = (value: unknown) => structuredClone(value);

describe('a stored import', () => {
  it('reads back what was stored, with its index rebuilt', () => {
    for (const name of ['sc-2774.csv', 'ga-synthetic.csv', 'ga-v1.csv']) {
      const original = imported(name);
      const check = readStored(roundTrip(toStored(original)));
      expect(check.ok, name).toBe(true);
      if (!check.ok) continue;
      expect(check.imported.store.positions).toEqual(original.store.positions);
      expect(check.imported.store.strings).toEqual(original.store.strings);
      expect([...check.imported.store.stateIndex]).toEqual([...original.store.stateIndex]);
      expect(check.imported.report).toEqual(original.report);
      expect(check.imported.id).toBe(name.startsWith('sc') ? 'undl-sc' : 'undl-ga');
    }
  });

  it('names the field of a store that does not validate', () => {
    const stored = roundTrip(toStored(imported('sc-2774.csv'))) as ReturnType<typeof toStored>;
    const cases: [string, (s: typeof stored) => void, RegExp][] = [
      ['another layout', (s) => ((s as { version: number }).version = 2), /^import\.version: 2 is not layout 1/],
      [
        'a plain array',
        (s) => ((s.store as { day: unknown }).day = [1, 2]),
        /^import\.store\.day: is not an Int32Array/,
      ],
      ['a short array', (s) => (s.store.undlId = new Uint32Array(0)), /^import\.store\.undlId: 0 elements, 1 expected/],
      ['a bad code', (s) => (s.store.positions[3] = 9), /^import\.store\.positions\[3\]: 9 is not a position code/],
      ['a text out of range', (s) => (s.store.title[0] = 1e6), /^import\.store\.title\[0\]: text 1000000 of/],
      ['another body', (s) => ((s as { id: string }).id = 'undl-ga'), /^import\.store\.body: SC is not the body of/],
      ['no report', (s) => delete (s as Partial<typeof s>).report, /^import\.report: /],
      [
        'a key twice',
        (s) => (s.store.states[1].key = s.store.states[0].key),
        /^import\.store\.states\[1\]\.key: .* is there twice/,
      ],
      [
        'a seat of no state',
        (s) => (s.store.states[0].seat = 'ZZZ'),
        /^import\.store\.states\[0\]\.seat: ZZZ is not a state/,
      ],
      [
        'a bad permanent mark',
        (s) => (s.store.permanent[0] = 2),
        /^import\.store\.permanent\[0\]: 2 is neither 0 nor 1/,
      ],
    ];
    for (const [what, damage, message] of cases) {
      const copy = roundTrip(stored) as typeof stored;
      damage(copy);
      const check = readStored(copy);
      expect(check.ok, what).toBe(false);
      if (!check.ok) expect(formatProblem(check.problem), what).toMatch(message);
    }
  });

  it('is not something else', () => {
    expect(readStored(null)).toMatchObject({ ok: false, problem: { path: 'import' } });
    expect(readStored('text')).toMatchObject({ ok: false });
  });
});
