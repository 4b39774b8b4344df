/**
 * The in-memory model: states, sources and decisions in arrays with stable
 * indexes, one compact array of positions per decision, and claims attached
 * only to the states that have them. Built once from a parsed dataset file.
 */
import type {
  Body,
  Citation,
  DatasetFile,
  DatasetProvenance,
  SecurityCouncil,
  DecisionRecord,
  Kind,
  MemberState,
  Position,
  Question,
  Source,
} from './schema';
import { POSITIONS } from './vocabulary';

/** A state's position code in `Decision.positions`. */
export const CODE = {
  notReported: 0,
  Y: 1,
  N: 2,
  A: 3,
  X: 4,
  disputed: 5,
  notEligible: 6,
} as const;
export type PositionCode = (typeof CODE)[keyof typeof CODE];

export type Status = 'reported' | 'not reported' | 'disputed';

export function codeOf(position: Position): PositionCode {
  return CODE[position];
}
export function positionOf(code: number): Position | null {
  return code >= CODE.Y && code <= CODE.X ? POSITIONS[code - 1] : null;
}
export function statusOf(code: number): Status | null {
  if (code === CODE.notEligible) return null;
  if (code === CODE.disputed) return 'disputed';
  return code === CODE.notReported ? 'not reported' : 'reported';
}

/** One source's claim of one state's position. */
export interface PositionClaim {
  position: Position;
  citations: Citation[];
  /** Whether the claim comes from a list the source gives as complete. */
  complete: boolean;
}

export interface Decision {
  index: number;
  id: string;
  body: Body;
  kind: Kind;
  title: string;
  draftSymbol: string | null;
  resolutionSymbol: string | null;
  date: string;
  /** Index of the decision this amendment amends. */
  amends: number | null;
  /** Indexes of the amendments to this draft, in voting order. */
  amendments: number[];
  /** Position code per state index (`CODE`). */
  positions: Uint8Array;
  /** Claims per state index, only for states that some source names. */
  claims: Map<number, PositionClaim[]>;
  /** Positions for which some source gives a complete list. */
  completeLists: ReadonlySet<Position>;
  /** What the sources imply for the states no list names. */
  implied: Position[] | null;
  /** The record as parsed, with every fact's citations. */
  record: DecisionRecord;
}

export interface Dataset {
  /** The schema version of the file it was read from (a version 1 file is migrated). */
  schemaVersion: number;
  /** The dataset's id in the tracker (`day`). */
  id: string;
  title: string;
  provenance: DatasetProvenance;
  sources: Source[];
  sourceIndex: ReadonlyMap<string, number>;
  /** Every state that held a seat in the dataset's period, with its seats. */
  states: MemberState[];
  /** Where the membership comes from. */
  membershipCitations: Citation[];
  stateIndex: ReadonlyMap<string, number>;
  /** The Security Council of each year the dataset has, in order of year. */
  councils: SecurityCouncil[];
  decisions: Decision[];
  decisionIndex: ReadonlyMap<string, number>;
  /** Questions both bodies voted on. */
  questions: Question[];
}

/** Whether a state held its seat on a date (a seat open at its start began before anything the dataset holds). */
export function isMemberOn(state: Pick<MemberState, 'seats'>, date: string): boolean {
  return state.seats.some((s) => (s.from === null || s.from <= date) && (s.to === null || date < s.to));
}

/** The Security Council of a date's year, if the dataset has it. */
export function councilOn(dataset: Pick<Dataset, 'councils'>, date: string): SecurityCouncil | null {
  const year = Number(date.slice(0, 4));
  return dataset.councils.find((c) => c.year === year) ?? null;
}

/**
 * A Council member's code as it sat on a date: the year's Council names each
 * seat by the state that held it at the year's end; earlier in the year the
 * seat may have been held by the membership that state continues (China's
 * seat by the Republic of China's representation until 25 Oct 1971).
 */
function holderOn(states: readonly MemberState[], code: string, date: string): string {
  const state = states.find((s) => s.code === code);
  if (state === undefined || isMemberOn(state, date)) return code;
  return states.find((s) => s.continuedBy === code && isMemberOn(s, date))?.code ?? code;
}

/** The permanent members at a date (empty where the dataset has no Council for its year). */
export function permanentOn(dataset: Pick<Dataset, 'councils' | 'states'>, date: string): readonly string[] {
  return (councilOn(dataset, date)?.permanent ?? []).map((code) => holderOn(dataset.states, code, date));
}

/**
 * Who could vote in a decision, read at its date: in the GA every state that
 * held its seat that day, in the SC the Council of that year (each seat by
 * its holder that day).
 */
export function eligibleCodes(dataset: Pick<Dataset, 'states' | 'councils'>, body: Body, date: string): Set<string> {
  if (body === 'GA') return new Set(dataset.states.filter((s) => isMemberOn(s, date)).map((s) => s.code));
  const council = councilOn(dataset, date);
  return new Set(
    council ? [...council.permanent, ...council.elected].map((code) => holderOn(dataset.states, code, date)) : [],
  );
}

/** A state's name by its code; the code itself where the dataset has no such state. */
export function stateName(dataset: Pick<Dataset, 'states' | 'stateIndex'>, code: string): string {
  const i = dataset.stateIndex.get(code);
  return i === undefined ? code : dataset.states[i].name;
}

/** A decision's document symbol: the resolution's where adopted, else the draft's; null where none is recorded. */
export function symbolOf(decision: Pick<Decision, 'resolutionSymbol' | 'draftSymbol'>): string | null {
  return decision.resolutionSymbol ?? decision.draftSymbol ?? null;
}

/** What a reader calls a decision: its document symbol, or its title where it has none. Never the internal id. */
export function labelOf(decision: Pick<Decision, 'resolutionSymbol' | 'draftSymbol' | 'title'>): string {
  return symbolOf(decision) ?? decision.title;
}

/**
 * Builds the model. References that do not resolve (unknown state, decision)
 * are skipped here; `checkIntegrity` reports them with their paths.
 */
export function buildDataset(file: DatasetFile, schemaVersion: number = file.schemaVersion): Dataset {
  const states = file.membership.states;
  const stateIndex = new Map(states.map((s, i) => [s.code, i]));
  const sourceIndex = new Map(file.sources.map((s, i) => [s.key, i]));
  const decisionIndex = new Map(file.decisions.map((d, i) => [d.id, i]));
  const councils = [...file.councils].sort((a, b) => a.year - b.year);

  const decisions = file.decisions.map((record, index): Decision => {
    const eligible = eligibleCodes({ states, councils }, record.body, record.date.value);
    const positions = new Uint8Array(states.length);
    const claims = new Map<number, PositionClaim[]>();
    states.forEach((s, i) => {
      if (!eligible.has(s.code)) positions[i] = CODE.notEligible;
    });
    const completeLists = new Set<Position>();
    for (const list of record.positionLists) {
      if (list.complete) completeLists.add(list.position);
      for (const code of list.states) {
        const i = stateIndex.get(code);
        if (i === undefined || positions[i] === CODE.notEligible) continue;
        const stateClaims = claims.get(i) ?? [];
        stateClaims.push({ position: list.position, citations: list.citations, complete: list.complete });
        claims.set(i, stateClaims);
      }
    }
    for (const [i, stateClaims] of claims) {
      const distinct = new Set(stateClaims.map((c) => c.position));
      positions[i] = distinct.size === 1 ? codeOf(stateClaims[0].position) : CODE.disputed;
    }
    return {
      index,
      id: record.id,
      body: record.body,
      kind: record.kind,
      title: record.title.value,
      draftSymbol: record.draftSymbol?.value ?? null,
      resolutionSymbol: record.resolutionSymbol?.value ?? null,
      date: record.date.value,
      amends: record.amends ? (decisionIndex.get(record.amends.value) ?? null) : null,
      amendments: [],
      positions,
      claims,
      completeLists,
      implied: record.implied?.positions ?? null,
      record,
    };
  });
  for (const d of decisions) {
    if (d.amends !== null) decisions[d.amends].amendments.push(d.index);
  }

  return {
    schemaVersion,
    id: file.id,
    title: file.title,
    provenance: file.provenance,
    sources: file.sources,
    sourceIndex,
    states,
    membershipCitations: file.membership.citations,
    stateIndex,
    councils,
    decisions,
    decisionIndex,
    questions: file.questions,
  };
}

/**
 * The model of a dataset file's text that has been validated before, as
 * these very bytes: the curated day, by the build (the caller compares the
 * text's SHA-256 with the build's). Nothing is checked again; any other text
 * goes through `loadDatasetText` (load.ts), which checks it all.
 */
export function buildValidatedText(text: string): Dataset {
  return buildDataset(JSON.parse(text) as DatasetFile);
}
