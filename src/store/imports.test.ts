/**
 * The imports' flow in the store, with the worker and the browser's store
 * replaced: what the page shows when an import ends each way, and what a
 * reload finds, whatever the browser's store holds.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMembership } from '../domain/membership';
import { createUndlReader } from '../domain/undl/reader';
import { toStored } from '../domain/undl/stored';
import type { ImportOutcome } from './importClient';
import { useStore, datasetState } from './store';

const client = vi.hoisted(() => ({ startImport: vi.fn(), cancelImport: vi.fn() }));
const db = vi.hoisted(() => ({
  hasStorage: vi.fn(() => true),
  readImports: vi.fn(),
  deleteImport: vi.fn(async () => undefined),
  putImport: vi.fn(),
  hasImports: vi.fn(),
}));
vi.mock('./importClient', () => client);
vi.mock('./importDb', () => db);

// Read from the project's root, where the tests run (a `new URL(…, import.meta.url)` is a glob to the page's build).
const memberships = parseMembership(readFileSync(join(process.cwd(), 'data/sources/un-membership.csv'), 'utf8'));
function importFixture(name: string) {
  const reader = createUndlReader({ memberships });
  reader.push(new Uint8Array(readFileSync(join(process.cwd(), 'test/fixtures/undl', name))));
  return reader.end();
}
const stored = (name: string) =>
  toStored({
    ...importFixture(name),
    id: name.startsWith('sc') ? 'undl-sc' : 'undl-ga',
    file: { name, bytes: 1, lastModified: 0 },
    importedAt: '2026-12-01T10:00:00.000Z',
  });
const file = (name: string) => new File(['x'], name);
const state = (id: string) => datasetState(useStore.getState(), id);

async function fresh() {
  const imports = await import('./imports');
  imports.resetImports();
  return imports;
}

describe('an import in the store', () => {
  beforeEach(() => {
    vi.clearAllMocks();
  });

  it('done: the dataset is ready and the job says what came in', async () => {
    const { importFile } = await fresh();
    client.startImport.mockResolvedValue({ kind: 'done', stored: stored('sc-2774.csv'), saved: true } as ImportOutcome);
    await importFile(file('sc-2774.csv'));
    expect(state('undl-sc')).toMatchObject({ status: 'ready', kind: 'import' });
    expect(useStore.getState().importJob).toMatchObject({ status: 'done', id: 'undl-sc', saved: true });
  });

  it('a file that cannot be imported, or a worker that fails: the job says why, nothing else changes', async () => {
    const { importFile } = await fresh();
    client.startImport.mockResolvedValue({ kind: 'unreadable', line: 7, reason: 'the file is cut short' });
    await importFile(file('cut.csv'));
    expect(useStore.getState().importJob).toEqual({
      status: 'failed',
      file: { name: 'cut.csv', bytes: 1 },
      line: 7,
      message: 'the file is cut short',
    });
    client.startImport.mockRejectedValue(new Error('the import worker failed'));
    await importFile(file('any.csv'));
    expect(useStore.getState().importJob).toMatchObject({
      status: 'failed',
      line: null,
      message: 'the import worker failed',
    });
    expect(state('undl-sc').status).toBe('idle');
  });

  it('restores what the browser kept: a good import loads, a damaged one is reported with its field', async () => {
    const { restoreImports } = await fresh();
    const damaged = stored('sc-2774.csv') as unknown as { store: { day: unknown } };
    damaged.store.day = [1];
    db.readImports.mockResolvedValue([stored('ga-synthetic.csv'), damaged]);
    await restoreImports();
    expect(state('undl-ga')).toMatchObject({ status: 'ready', kind: 'import' });
    expect(state('undl-sc')).toMatchObject({
      status: 'invalid',
      problems: [{ path: 'import.store.day', message: 'is not an Int32Array' }],
    });
  });

  it('a store that cannot be read fails the ids it was reading for, not an import of this visit', async () => {
    const { importFile, restoreImports } = await fresh();
    client.startImport.mockResolvedValue({ kind: 'done', stored: stored('sc-2774.csv'), saved: true } as ImportOutcome);
    await importFile(file('sc-2774.csv'));
    db.readImports.mockRejectedValue(new Error('quota'));
    await restoreImports();
    expect(state('undl-sc')).toMatchObject({ status: 'ready' });
    expect(state('undl-ga')).toMatchObject({ status: 'failed', message: expect.stringContaining('quota') });
  });

  it('an import removed while the kept ones are read stays removed', async () => {
    const { importFile, restoreImports, removeImport } = await fresh();
    client.startImport.mockResolvedValue({ kind: 'done', stored: stored('sc-2774.csv'), saved: true } as ImportOutcome);
    await importFile(file('sc-2774.csv'));
    let answer: (v: unknown[]) => void = () => {};
    db.readImports.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const restoring = restoreImports();
    expect(await removeImport('undl-sc')).toBeNull();
    answer([stored('sc-2774.csv')]);
    await restoring;
    expect(state('undl-sc').status).toBe('idle');
    expect(db.deleteImport).toHaveBeenCalledWith('undl-sc');
  });
});
