/**
 * The imports kept in this browser: IndexedDB (through `idb`), one record
 * per body's import, keyed by its dataset id. What comes back is checked
 * by `readStored` before it is shown (see `imports.ts`).
 */
import { openDB } from 'idb';
import type { DBSchema, IDBPDatabase } from 'idb';
import type { StoredImport } from '../domain/undl/stored';

const NAME = 'un-vote-tracker';
const VERSION = 1;
const IMPORTS = 'imports';

interface TrackerDb extends DBSchema {
  // Read back as `unknown` (see `readImports`): a record of another layout must not pass for this one.
  imports: { key: string; value: StoredImport };
}

let opened: Promise<IDBPDatabase<TrackerDb>> | null = null;

function db(): Promise<IDBPDatabase<TrackerDb>> {
  opened ??= openDB<TrackerDb>(NAME, VERSION, {
    upgrade(database) {
      if (!database.objectStoreNames.contains(IMPORTS)) database.createObjectStore(IMPORTS, { keyPath: 'id' });
    },
  });
  opened.catch(() => (opened = null));
  return opened;
}

/** Whether this browser has IndexedDB at all (jsdom, some private modes do not). */
export const hasStorage = () => typeof indexedDB !== 'undefined';

/** Keeps an import, replacing the body's earlier one. */
export async function putImport(stored: StoredImport): Promise<void> {
  await (await db()).put(IMPORTS, stored);
}

/** Every import kept, as stored (unchecked). */
export async function readImports(): Promise<unknown[]> {
  return (await (await db()).getAll(IMPORTS)) as unknown[];
}

/** Whether the browser keeps any import (without reading them: a page with none loads nothing more). */
export async function hasImports(): Promise<boolean> {
  if (!hasStorage()) return false;
  // Where the browser lists its databases, a first visit creates none by asking.
  if (typeof indexedDB.databases === 'function') {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes(NAME)) return false;
  }
  return (await (await db()).count(IMPORTS)) > 0;
}

export async function deleteImport(id: string): Promise<void> {
  await (await db()).delete(IMPORTS, id);
}
