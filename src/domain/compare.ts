/**
 * The General Assembly and the Security Council on the same questions.
 */
import type { Dataset, Decision } from './model';
import { labelOf, positionOf, stateName, statusOf, symbolOf } from './model';
import type { Position, Question } from './schema';
import type { Cell } from './csv';

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

/** Questions on a whole text (a draft resolution in either body). */
export function textPairs(pairs: readonly QuestionPair[]): QuestionPair[] {
  return pairs.filter((p) => p.ga?.kind === 'draft-resolution' || p.sc?.kind === 'draft-resolution');
}

/** Questions on an amendment. */
export function amendmentPairs(pairs: readonly QuestionPair[]): QuestionPair[] {
  return pairs.filter((p) => p.ga?.kind === 'amendment' || p.sc?.kind === 'amendment');
}

/** Amendments the GA adopted and the SC did not (failed, vetoed or rejected there). */
export function adoptedOnlyByAssembly(pairs: readonly QuestionPair[]): QuestionPair[] {
  const result = (d: Decision | null) => d?.record.outcome[0].value.result;
  return amendmentPairs(pairs).filter((p) => result(p.ga) === 'adopted' && p.sc !== null && result(p.sc) !== 'adopted');
}

/**
 * A short label for a decision among the others of the day: its symbol, or
 * where it has none the first part of its title ("Russian amendment").
 */
export function shortLabel(decision: Decision): string {
  return symbolOf(decision) ?? decision.title.split(':')[0];
}

export interface CouncilCell {
  decision: Decision;
  position: Position | null;
  status: 'reported' | 'not reported' | 'disputed';
}

export interface Difference {
  question: Question;
  ga: Position;
  sc: Position;
  /** The decisions as a reader calls them (`labelOf`). */
  gaLabel: string;
  scLabel: string;
}

export interface CouncilRow {
  code: string;
  name: string;
  permanent: boolean;
  cells: CouncilCell[];
  /** Questions on which this state's reported positions differ between the bodies. */
  differs: Difference[];
}

/**
 * The Council members' positions in every decision of the day, in both
 * bodies, and where a member voted differently on the same question.
 * The United States: A on the GA's amended "path to peace", Y on S/RES/2774.
 */
export function councilRows(dataset: Dataset): CouncilRow[] {
  const pairs = questionPairs(dataset);
  const members = [...dataset.council.permanent, ...dataset.council.elected];
  return members.map((code) => {
    const i = dataset.stateIndex.get(code) ?? -1;
    const cells = dataset.decisions.map((decision) => ({
      decision,
      position: positionOf(decision.positions[i]),
      status: statusOf(decision.positions[i]) ?? 'not reported',
    }));
    const differs = pairs.flatMap(({ question, ga, sc }) => {
      if (!ga || !sc) return [];
      const a = positionOf(ga.positions[i]);
      const b = positionOf(sc.positions[i]);
      return a && b && a !== b ? [{ question, ga: a, sc: b, gaLabel: labelOf(ga), scLabel: labelOf(sc) }] : [];
    });
    return {
      code,
      name: stateName(dataset, code),
      permanent: dataset.council.permanent.includes(code),
      cells,
      differs,
    };
  });
}

/** The Council table as CSV: a column per decision of the day, positions as Y/N/A/X or the status. */
export function councilCsv(dataset: Dataset, rows: readonly CouncilRow[]): { header: string[]; rows: Cell[][] } {
  return {
    header: ['ms_code', 'ms_name', 'permanent', ...dataset.decisions.map((d) => `${d.body} ${labelOf(d)}`), 'differs'],
    rows: rows.map((m) => [
      m.code,
      m.name,
      m.permanent ? 'yes' : 'no',
      ...m.cells.map((c) => c.position ?? c.status),
      m.differs.map((d) => `${d.gaLabel} ${d.ga}, ${d.scLabel} ${d.sc}`).join('; '),
    ]),
  };
}
