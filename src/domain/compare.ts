/**
 * The General Assembly and the Security Council on the same questions.
 */
import type { Dataset, Decision } from './model';
import { positionOf, statusOf, symbolOf } from './model';
import type { Position, Question } from './schema';

export interface QuestionPair {
  question: Question;
  ga: Decision | null;
  sc: Decision | null;
}

export function questionPairs(dataset: Dataset): QuestionPair[] {
  const find = (id: string | null) =>
    id === null ? null : (dataset.decisions[dataset.decisionIndex.get(id) ?? -1] ?? null);
  return dataset.questions.map((question) => ({ question, ga: find(question.ga), sc: find(question.sc) }));
}

/** Shares of a body, in per cent of its members, from a recorded tally. */
export interface Shares {
  Y: number | null;
  N: number | null;
  A: number | null;
  X: number | null;
  notReported: number;
  members: number;
}

/** `shares({yes: 10, no: 0, abstain: 5, nonVoting: 0}, 15)` → Y 66.7, N 0, A 33.3, X 0, not reported 0. */
export function shares(
  tally: { yes: number | null; no: number | null; abstain: number | null; nonVoting: number | null } | null,
  members: number,
): Shares {
  const pct = (n: number | null) => (n === null ? null : (100 * n) / members);
  const known = [tally?.yes, tally?.no, tally?.abstain, tally?.nonVoting].reduce<number>((a, n) => a + (n ?? 0), 0);
  return {
    Y: pct(tally?.yes ?? null),
    N: pct(tally?.no ?? null),
    A: pct(tally?.abstain ?? null),
    X: pct(tally?.nonVoting ?? null),
    notReported: (100 * Math.max(0, members - known)) / members,
    members,
  };
}

export interface CouncilCell {
  decision: Decision;
  position: Position | null;
  status: 'reported' | 'not reported' | 'disputed';
}

export interface CouncilRow {
  code: string;
  name: string;
  permanent: boolean;
  cells: CouncilCell[];
  /** Questions on which this state's reported positions differ between the bodies. */
  differs: { question: Question; ga: Position; sc: Position; gaSymbol: string; scSymbol: string }[];
}

/**
 * The Council members' positions in every decision of the day, in both
 * bodies, and where a member voted differently on the same text.
 * The United States: A on the GA's amended "path to peace", Y on S/RES/2774.
 */
export function councilRows(dataset: Dataset): CouncilRow[] {
  const pairs = questionPairs(dataset);
  const members = [...dataset.council.permanent, ...dataset.council.elected];
  return members.map((code) => {
    const i = dataset.stateIndex.get(code) ?? -1;
    const at = (d: Decision) => ({
      position: positionOf(d.positions[i]),
      status: statusOf(d.positions[i]) ?? 'not reported',
    });
    const cells = dataset.decisions.map((decision) => ({ decision, ...at(decision) }));
    const differs = pairs.flatMap(({ question, ga, sc }) => {
      if (!ga || !sc) return [];
      const a = positionOf(ga.positions[i]);
      const b = positionOf(sc.positions[i]);
      return a && b && a !== b ? [{ question, ga: a, sc: b, gaSymbol: symbolOf(ga), scSymbol: symbolOf(sc) }] : [];
    });
    return {
      code,
      name: dataset.states[i]?.name ?? code,
      permanent: dataset.council.permanent.includes(code),
      cells,
      differs,
    };
  });
}
