/**
 * An import as the browser keeps it (IndexedDB): the compact store of an
 * imported file with its report and where it came from. What is read back
 * is checked where it enters, as any other data: a stored import that does
 * not validate (an older layout, a damaged store) is reported with the
 * field that is wrong, and not loaded.
 */
import { z } from 'zod';
import type { Body } from '../schema';
import type { Problem } from '../integrity';
import { BODIES } from '../vocabulary';
import type { UndlImport, UndlReport, UndlState, UndlStore } from './format';
import { TEXT_FIELDS, UNDL_CODE } from './format';
import { UNDL_RECORDS } from './dataset';
import { packStateSchema } from '../history/format';

/** The layout of a stored import; a store written in another is not read. */
export const STORED_IMPORT_VERSION = 1;

/** The file an import was read from. */
export interface ImportedFile {
  name: string;
  bytes: number;
  /** The file's last change, ms since 1970 (as the browser gives it). */
  lastModified: number;
}

/** One body's import: a second import of the same body replaces the first. */
export interface StoredImport {
  version: typeof STORED_IMPORT_VERSION;
  /** `undl-ga` or `undl-sc`: the dataset's id. */
  id: string;
  file: ImportedFile;
  /** When it was imported (ISO 8601). */
  importedAt: string;
  /** The store without its index map (rebuilt on reading). */
  store: Omit<UndlStore, 'stateIndex'>;
  report: UndlReport;
}

/** An import ready to show: the store and its report, and where it came from. */
export interface Imported extends UndlImport {
  id: string;
  file: ImportedFile;
  importedAt: string;
}

/** The dataset id of a body's import. */
export function importId(body: Body): string {
  return UNDL_RECORDS[body].id;
}

export function toStored(imported: Imported): StoredImport {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- left out: rebuilt on reading
  const { stateIndex, ...store } = imported.store;
  return {
    version: STORED_IMPORT_VERSION,
    id: imported.id,
    file: imported.file,
    importedAt: imported.importedAt,
    store,
    report: imported.report,
  };
}

const count = z.int().min(0);
const text = z.string();
const typed = <T extends Uint8Array | Uint32Array | Int32Array>(type: new (n: number) => T, name: string) =>
  z.custom<T>((v) => v instanceof type, { error: `is not ${name.startsWith('I') ? 'an' : 'a'} ${name}` });
const u32 = typed(Uint32Array, 'Uint32Array');
const i32 = typed(Int32Array, 'Int32Array');
const u8 = typed(Uint8Array, 'Uint8Array');

// A state of an import is a state of the record's pack with its index, and the file's own names and codes for it.
const stateSchema = packStateSchema.extend({
  index: count,
  record: z.array(z.strictObject({ name: text, code: text })),
});

const storeSchema = z.strictObject({
  body: z.enum(BODIES),
  headerVersion: z.union([z.literal(1), z.literal(2)]),
  states: z.array(stateSchema).min(1),
  decisionCount: count,
  stateCount: count,
  undlId: u32,
  day: i32,
  line: u32,
  flags: u8,
  totals: i32,
  ...Object.fromEntries(TEXT_FIELDS.map((f) => [f, u32])),
  positions: u8,
  permanent: u8,
  strings: z.array(z.string()).min(1),
}) as unknown as z.ZodType<Omit<UndlStore, 'stateIndex'>>;

const reportSchema = z.strictObject({
  body: z.enum(BODIES),
  headerVersion: z.union([z.literal(1), z.literal(2)]),
  bytes: count,
  rows: count,
  votes: count,
  positions: count,
  byPosition: z.strictObject({ Y: count, N: count, A: count, X: count }),
  from: text,
  to: text,
  years: z.array(z.int()),
  withoutVote: count,
  withoutPositions: count,
  rejected: count,
  rejectedRows: z.array(z.strictObject({ line: count, reason: text })),
  flagged: z.array(z.strictObject({ undlId: count, line: count, symbol: text, reasons: z.array(text) })),
});

const storedSchema = z.strictObject({
  version: z.literal(STORED_IMPORT_VERSION, {
    error: (issue) => `${JSON.stringify(issue.input)} is not layout ${STORED_IMPORT_VERSION}`,
  }),
  id: z.enum([UNDL_RECORDS.GA.id, UNDL_RECORDS.SC.id]),
  file: z.strictObject({ name: text, bytes: count, lastModified: z.number() }),
  importedAt: z.iso.datetime(),
  store: storeSchema,
  report: reportSchema,
});

export type StoredCheck = { ok: true; imported: Imported } | { ok: false; problem: Problem };

const VALID_CODES = new Set<number>(Object.values(UNDL_CODE));

/** Checks a stored import read back from the browser's store, and rebuilds its index. */
export function readStored(value: unknown): StoredCheck {
  const parsed = storedSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
    return { ok: false, problem: { path: `import${path}`, message: issue.message } };
  }
  const stored = parsed.data;
  const store = stored.store as Omit<UndlStore, 'stateIndex'>;
  const D = store.decisionCount;
  const S = store.stateCount;
  const fail = (at: string, message: string): StoredCheck => ({
    ok: false,
    problem: { path: `import.store.${at}`, message },
  });
  if (stored.id !== importId(store.body)) return fail(`body`, `${store.body} is not the body of ${stored.id}`);
  if (store.states.length !== S) return fail(`states`, `${store.states.length} states, stateCount ${S}`);
  if (store.states.some((s, i) => s.index !== i)) return fail('states', 'an index is out of order');
  const lengths: [string, { length: number }, number][] = [
    ['undlId', store.undlId, D],
    ['day', store.day, D],
    ['line', store.line, D],
    ['flags', store.flags, D],
    ['totals', store.totals, 5 * D],
    ...TEXT_FIELDS.map((f): [string, { length: number }, number] => [f, store[f], D]),
    ['positions', store.positions, D * S],
    ['permanent', store.permanent, store.body === 'SC' ? D * S : 0],
  ];
  for (const [name, array, expected] of lengths) {
    if (array.length !== expected) return fail(`${name}`, `${array.length} elements, ${expected} expected`);
  }
  const keys = new Set<string>();
  for (const [i, state] of store.states.entries()) {
    if (keys.has(state.key)) return fail(`states[${i}].key`, `${state.key} is there twice`);
    keys.add(state.key);
  }
  for (const [i, state] of store.states.entries()) {
    if (!keys.has(state.seat)) return fail(`states[${i}].seat`, `${state.seat} is not a state of the import`);
  }
  const ids = new Set<number>();
  for (let d = 0; d < D; d++) {
    if (ids.has(store.undlId[d])) return fail(`undlId[${d}]`, `${store.undlId[d]} is there twice`);
    ids.add(store.undlId[d]);
  }
  for (let i = 0; i < store.permanent.length; i++) {
    if (store.permanent[i] > 1) return fail(`permanent[${i}]`, `${store.permanent[i]} is neither 0 nor 1`);
  }
  const strings = store.strings.length;
  for (const f of TEXT_FIELDS) {
    const field = store[f];
    for (let d = 0; d < D; d++) {
      if (field[d] >= strings) return fail(`${f}[${d}]`, `text ${field[d]} of ${strings}`);
    }
  }
  for (let d = 1; d < D; d++) {
    if (store.day[d] < store.day[d - 1]) return fail(`day[${d}]`, `the votes are not in order of date`);
  }
  for (let i = 0; i < store.positions.length; i++) {
    if (!VALID_CODES.has(store.positions[i])) {
      return fail(`positions[${i}]`, `${store.positions[i]} is not a position code`);
    }
  }
  if (stored.report.votes !== D) return fail(`decisionCount`, `${D} votes, the report says ${stored.report.votes}`);
  const stateIndex = new Map(store.states.map((s: UndlState) => [s.key, s.index]));
  return {
    ok: true,
    imported: {
      id: stored.id,
      file: stored.file,
      importedAt: stored.importedAt,
      store: { ...store, stateIndex },
      report: stored.report,
    },
  };
}
