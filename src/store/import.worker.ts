/**
 * The import worker: reads a UN Digital Library file off the page's thread,
 * keeps what came in in the browser's store, and hands it to the page
 * (its arrays moved, not copied).
 */
import { expose, releaseProxy, transfer } from 'comlink';
import type { Remote } from 'comlink';
import type { ImportOutcome, ImportWorker } from './importClient';
import { putImport } from './importDb';
import { readFile } from './importService';
import { UndlCancelled, UndlError } from '../domain/undl/reader';
import { readStored, toStored } from '../domain/undl/stored';

let current: { aborted: boolean } | null = null;

const worker: ImportWorker = {
  async read(file, onProgress) {
    const signal = { aborted: false };
    current = signal;
    let outcome: ImportOutcome;
    try {
      const imported = await readFile(file, signal, (p) => void onProgress(p));
      const stored = toStored(imported);
      // What is kept is what a later visit will read: checked as it will be, before it replaces the body's last import.
      const check = readStored(stored);
      if (!check.ok) return { kind: 'failed', message: `${check.problem.path}: ${check.problem.message}` };
      if (signal.aborted) return { kind: 'cancelled' };
      let saved: true | string = true;
      try {
        await putImport(stored);
      } catch (error) {
        saved = (error as Error).message || String(error);
      }
      outcome = { kind: 'done', stored, saved };
      const { store } = stored;
      const buffers = Object.values(store)
        .filter((v): v is Uint8Array => ArrayBuffer.isView(v))
        .map((v) => v.buffer as ArrayBuffer);
      return transfer(outcome, [...new Set(buffers)]);
    } catch (error) {
      if (error instanceof UndlCancelled) outcome = { kind: 'cancelled' };
      else if (error instanceof UndlError) outcome = { kind: 'unreadable', line: error.line, reason: error.reason };
      else outcome = { kind: 'failed', message: (error as Error).message || String(error) };
      return outcome;
    } finally {
      if (current === signal) current = null;
      // The page's progress callback came as a proxy: let its channel go.
      (onProgress as unknown as Remote<unknown>)[releaseProxy]?.();
    }
  },
  cancel() {
    if (current) current.aborted = true;
  },
};

expose(worker);
