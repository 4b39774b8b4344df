/**
 * Reading a UN Digital Library file in the browser: the file's bytes as
 * they come (`Blob.stream()`), through the domain's reader, with progress
 * and a way to stop. Runs in the import worker (`import.worker.ts`).
 */
import membershipCsv from '../../data/sources/un-membership.csv?raw';
import { parseMembership } from '../domain/membership';
import type { Membership } from '../domain/membership';
import { UndlCancelled, createUndlReader } from '../domain/undl/reader';
import type { Imported } from '../domain/undl/stored';
import { importId } from '../domain/undl/stored';

/** How far an import has come. */
export interface ImportProgress {
  /** Bytes read of `total`. */
  bytes: number;
  total: number;
  rows: number;
  /** Milliseconds since the reading started. */
  elapsed: number;
}

/** How often progress is reported at most (ms): four times a second at least, and no more than needed. */
export const PROGRESS_EVERY = 100;
/** How long the reader works before it lets a message (a cancel) through (ms). */
const YIELD_EVERY = 50;

let memberships: readonly Membership[] | null = null;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Reads `file`; resolves with what came in, or rejects with an `UndlError`
 * (a file that cannot be imported, with its line) or `UndlCancelled`.
 */
export async function readFile(
  file: Blob & { name: string; lastModified?: number },
  signal: { readonly aborted: boolean },
  onProgress: (progress: ImportProgress) => void,
  now: () => number = () => performance.now(),
): Promise<Imported> {
  memberships ??= parseMembership(membershipCsv);
  const reader = createUndlReader({ memberships });
  const started = now();
  let reported = started;
  let yielded = started;
  const stream = file.stream().getReader();
  const report = () => onProgress({ ...reader.progress, total: file.size, elapsed: now() - started });
  try {
    for (;;) {
      if (signal.aborted) throw new UndlCancelled();
      const { done, value } = await stream.read();
      if (done) break;
      reader.push(value);
      const t = now();
      if (t - reported >= PROGRESS_EVERY) {
        reported = t;
        report();
      }
      if (t - yielded >= YIELD_EVERY) {
        yielded = t;
        await nextTask();
      }
    }
    if (signal.aborted) throw new UndlCancelled();
    report();
    const result = reader.end();
    return {
      ...result,
      id: importId(result.store.body),
      file: { name: file.name, bytes: file.size, lastModified: file.lastModified ?? 0 },
      importedAt: new Date().toISOString(),
    };
  } catch (error) {
    reader.cancel();
    void stream.cancel().catch(() => undefined);
    throw error;
  }
}
