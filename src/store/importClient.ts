/**
 * Starting and stopping an import from the page: the file goes to the
 * import worker (`import.worker.ts`), progress comes back at most ten
 * times a second, and what came in arrives in one message with its arrays
 * moved. Where the browser has no workers (jsdom), the same reading runs in
 * the page.
 */
import { proxy, wrap } from 'comlink';
import type { Remote } from 'comlink';
import type { StoredImport } from '../domain/undl/stored';
import { toStored } from '../domain/undl/stored';
import { UndlCancelled, UndlError } from '../domain/undl/reader';
import type { ImportProgress } from './importService';

export type { ImportProgress };

/** How an import ended. */
export type ImportOutcome =
  | { kind: 'done'; stored: StoredImport; saved: true | string }
  | { kind: 'cancelled' }
  /** The file cannot be imported: the line and why. */
  | { kind: 'unreadable'; line: number; reason: string }
  | { kind: 'failed'; message: string };

export interface ImportWorker {
  read(file: File, onProgress: (progress: ImportProgress) => void): Promise<ImportOutcome>;
  cancel(): void;
}

let remote: { api: Remote<ImportWorker>; failed: Promise<never> } | null = null;

/** The worker, started once; `failed` rejects if it cannot start or dies (its reads would never answer). */
function worker(): { api: Remote<ImportWorker>; failed: Promise<never> } | null {
  if (remote) return remote;
  if (typeof Worker === 'undefined') return null;
  try {
    const w = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' });
    const failed = new Promise<never>((_, reject) => {
      w.addEventListener('error', (event) => {
        event.preventDefault();
        remote = null;
        reject(new Error(event.message || 'the import worker failed'));
      });
    });
    failed.catch(() => undefined);
    remote = { api: wrap<ImportWorker>(w), failed };
  } catch {
    return null;
  }
  return remote;
}

/** The page's own reading, where there is no worker. */
function inPage(): ImportWorker {
  let signal = { aborted: false };
  return {
    async read(file, onProgress) {
      signal = { aborted: false };
      const { readFile } = await import('./importService');
      try {
        const imported = await readFile(file, signal, onProgress);
        return { kind: 'done', stored: toStored(imported), saved: 'this browser keeps no data (no IndexedDB)' };
      } catch (error) {
        if (error instanceof UndlCancelled) return { kind: 'cancelled' };
        if (error instanceof UndlError) return { kind: 'unreadable', line: error.line, reason: error.reason };
        return { kind: 'failed', message: (error as Error).message };
      }
    },
    cancel() {
      signal.aborted = true;
    },
  };
}

let local: ImportWorker | null = null;

/** Reads a file; `cancel` stops the import under way. */
export async function startImport(file: File, onProgress: (progress: ImportProgress) => void): Promise<ImportOutcome> {
  const w = worker();
  if (w) {
    try {
      return await Promise.race([w.api.read(file, proxy(onProgress)), w.failed]);
    } catch (error) {
      return { kind: 'failed', message: (error as Error).message || String(error) };
    }
  }
  local ??= inPage();
  return local.read(file, onProgress);
}

export function cancelImport(): void {
  if (remote) void remote.api.cancel();
  else local?.cancel();
}
