/**
 * The General Assembly and the Security Council on the same questions.
 */
import type { Dataset, Decision } from './model';
import { councilOn, labelOf, positionOf, stateName, statusOf } from './model';
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
 * A decision's place in its body's voting order, which with the body tells it
 * apart from every other decision of the day (the reader's column head):
 * the first General Assembly vote (ga-l10) → 1; the last Council vote → 6.
 */
export function orderInBody(dataset: Pick<Dataset, 'decisions'>, decision: Decision): number {
  return dataset.decisions.filter((d) => d.body === decision.body && d.index <= decision.index).length;
}

export interface Difference {
  question: Question;
  ga: Position;
  sc: Position;
  /** The decisions as a reader calls them (`labelOf`). */
  gaLabel: string;
  scLabel: string;
  /** The two decisions compared (indexes in `Dataset.decisions`). */
  gaIndex: number;
  scIndex: number;
}

export interface CouncilCell {
  decision: Decision;
  position: Position | null;
  status: 'reported' | 'not reported' | 'disputed';
  /** Where this cell is one of two positions that differ between the bodies on the same question. */
  differs: Difference | null;
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
  // The Council that sat on the day's Council decisions (the dataset may hold other years' too).
  const council = councilOn(dataset, dataset.decisions.find((d) => d.body === 'SC')?.date ?? '');
  const members = council ? [...council.permanent, ...council.elected] : [];
  return members.map((code) => {
    const i = dataset.stateIndex.get(code) ?? -1;
    const differs = pairs.flatMap(({ question, ga, sc }): Difference[] => {
      if (!ga || !sc) return [];
      const a = positionOf(ga.positions[i]);
      const b = positionOf(sc.positions[i]);
      return a && b && a !== b
        ? [
            {
              question,
              ga: a,
              sc: b,
              gaLabel: labelOf(ga),
              scLabel: labelOf(sc),
              gaIndex: ga.index,
              scIndex: sc.index,
            },
          ]
        : [];
    });
    const cells = dataset.decisions.map((decision): CouncilCell => ({
      decision,
      position: positionOf(decision.positions[i]),
      status: statusOf(decision.positions[i]) ?? 'not reported',
      differs: differs.find((d) => d.gaIndex === decision.index || d.scIndex === decision.index) ?? null,
    }));
    return {
      code,
      name: stateName(dataset, code),
      permanent: council?.permanent.includes(code) ?? false,
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
