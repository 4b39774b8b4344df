/**
 * The in-memory model: states, sources and decisions in arrays with stable
 * indexes, one compact array of positions per decision, and claims attached
 * only to the states that have them. Built once from a parsed dataset file.
 */
import type {
  Body,
  Citation,
  DatasetFile,
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
  schemaVersion: number;
  title: string;
  sources: Source[];
  sourceIndex: ReadonlyMap<string, number>;
  states: MemberState[];
  stateIndex: ReadonlyMap<string, number>;
  council: { year: number; permanent: string[]; elected: string[]; citations: Citation[] };
  decisions: Decision[];
  decisionIndex: ReadonlyMap<string, number>;
  /** Questions both bodies voted on. */
  questions: Question[];
}

/** The eligible voters of a decision: every member in the GA, the Council members in the SC. */
export function eligibleCodes(dataset: Pick<Dataset, 'states' | 'council'>, body: Body): Set<string> {
  return body === 'GA'
    ? new Set(dataset.states.map((s) => s.code))
    : new Set([...dataset.council.permanent, ...dataset.council.elected]);
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
export function buildDataset(file: DatasetFile): Dataset {
  const states = file.membership.states;
  const stateIndex = new Map(states.map((s, i) => [s.code, i]));
  const sourceIndex = new Map(file.sources.map((s, i) => [s.key, i]));
  const decisionIndex = new Map(file.decisions.map((d, i) => [d.id, i]));
  const council = {
    year: file.securityCouncil.year,
    permanent: file.securityCouncil.permanent,
    elected: file.securityCouncil.elected,
    citations: file.securityCouncil.citations,
  };

  const decisions = file.decisions.map((record, index): Decision => {
    const eligible = eligibleCodes({ states, council }, record.body);
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
    schemaVersion: file.schemaVersion,
    title: file.title,
    sources: file.sources,
    sourceIndex,
    states,
    stateIndex,
    council,
    decisions,
    decisionIndex,
    questions: file.questions,
  };
}
