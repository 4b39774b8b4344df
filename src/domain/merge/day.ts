/**
 * The curated day with the votes of the imports that are the same votes (the
 * same body, resolution and date: `match.ts`): each such decision keeps its
 * facts, position lists, tallies and outcome as the day's sources give them,
 * and gains the imported file's as claims of one more source. The dataset
 * model then shows what agrees once with both sources, fills what the day
 * does not report with the file's positions (its non-voting too), and
 * marks a contradiction *disputed* with each source's claim. Decisions of
 * the day with no resolution (amendments, motions, failed and vetoed
 * drafts) have no counterpart in the files and stay as they are; a vote
 * that matches ambiguously is left unmerged and said so.
 *
 * The imported file is a source of its own (`UNDL-GA-FILE`,
 * `UNDL-SC-FILE`), apart from the Library's record of a vote that the day
 * may already quote (`UNDL-SC`).
 */
import type { Citation, DatasetFile, DecisionRecord, Source } from '../schema';
import { SCHEMA_VERSION } from '../schema';
import type { Dataset } from '../model';
import { buildDataset } from '../model';
import type { UndlStore } from '../undl/format';
import { UNDL_RECORDS, voteRecord } from '../undl/dataset';
import { formatImportedVoteId } from '../undl/ids';
import { importVotes, datasetVotes } from './sources';
import { matchVotes } from './match';

/** An import as the merge reads it: its store and the file it came from. */
export interface ImportToMerge {
  /** The dataset's id (`undl-ga`). */
  id: string;
  store: UndlStore;
  file: { name: string };
}

/** A decision of the day that gained an imported vote. */
export interface MergedVote {
  /** The day's decision id. */
  decision: string;
  /** The import's dataset id and the vote's id in it (`undl-sc-4077450`). */
  dataset: string;
  vote: string;
  /** Whether the dates matched to the day or only to the month. */
  on: 'day' | 'month';
}

export interface DayWithImports {
  dataset: Dataset;
  merged: MergedVote[];
  /** Decisions of the day that more than one imported vote could be (not merged). */
  ambiguous: { decision: string; dataset: string; votes: string[] }[];
}

/** The source key an imported file's claims are cited to in the merged day. */
export const fileSourceKey = (store: Pick<UndlStore, 'body'>) => `${UNDL_RECORDS[store.body].key}-FILE`;

function fileSource(imp: ImportToMerge): Source {
  const record = UNDL_RECORDS[imp.store.body];
  return {
    key: fileSourceKey(imp.store),
    publisher: 'United Nations Digital Library (Dag Hammarskjöld Library)',
    date: null,
    title: `${record.title} (${imp.file.name}, imported in this browser)`,
    titleIsDescriptive: true,
    url: `https://digitallibrary.un.org/record/${record.record}`,
  };
}

const voteId = (imp: ImportToMerge, d: number) => formatImportedVoteId(imp.id, imp.store.undlId[d]);

/** The day's decision with the imported vote's claims added, cited to the file. */
function withVote(
  record: DecisionRecord,
  vote: DecisionRecord,
  key: string,
  states: ReadonlySet<string>,
): DecisionRecord {
  const recite = (citations: readonly Citation[]): Citation[] =>
    citations.map((c) => ('record' in c ? { source: key, record: c.record } : c));
  type Fact = { value: string; citations: Citation[] } | null;
  const differences: string[] = [];
  /** The day's fact, cited to the file too where it says the same; the file's where the day has none; a different value noted. */
  const withFile = (name: string, fact: Fact, other: Fact): Fact => {
    if (other === null) return fact;
    if (fact === null) return { ...other, citations: recite(other.citations) };
    if (fact.value === other.value) return { ...fact, citations: [...fact.citations, ...recite(other.citations)] };
    differences.push(`its ${name} as ${JSON.stringify(other.value)}`);
    return fact;
  };
  const date = withFile('date', record.date, vote.date)!;
  const meeting = withFile('meeting', record.meeting, vote.meeting);
  const draftSymbol = withFile('draft', record.draftSymbol, vote.draftSymbol);
  const fileNote = [
    differences.length > 0 ? `The imported file (${key}) gives ${differences.join(' and ')}.` : null,
    vote.note ? `The imported file (${key}): ${vote.note}` : null,
  ];
  return {
    ...record,
    date: date as DecisionRecord['date'],
    meeting,
    draftSymbol,
    // The same resolution, however each source spells its symbol.
    resolutionSymbol:
      record.resolutionSymbol && vote.resolutionSymbol
        ? {
            ...record.resolutionSymbol,
            citations: [...record.resolutionSymbol.citations, ...recite(vote.resolutionSymbol.citations)],
          }
        : record.resolutionSymbol,
    tally: [...record.tally, ...vote.tally.map((t) => ({ ...t, citations: recite(t.citations) }))],
    outcome: [...record.outcome, ...vote.outcome.map((o) => ({ ...o, citations: recite(o.citations) }))],
    positionLists: [
      ...record.positionLists,
      ...vote.positionLists.map((l) => ({
        ...l,
        // States the day does not hold (none, for a vote of its own date) are left out, and the list with them.
        states: l.states.filter((s) => states.has(s)),
        complete: l.complete && l.states.every((s) => states.has(s)),
        citations: recite(l.citations),
      })),
    ],
    note: [record.note, ...fileNote].filter(Boolean).join(' ') || null,
  };
}

/** The day with every import's matching votes merged in. */
export function mergeImportsIntoDay(day: Dataset, imports: readonly ImportToMerge[]): DayWithImports {
  const merged: MergedVote[] = [];
  const ambiguous: DayWithImports['ambiguous'] = [];
  if (imports.length === 0) return { dataset: day, merged, ambiguous };
  const records = day.decisions.map((d) => d.record);
  const sources = [...day.sources];
  const states = new Set(day.states.map((s) => s.code));
  const dayVotes = datasetVotes(day);
  for (const imp of imports) {
    const result = matchVotes(dayVotes, importVotes(imp.store));
    for (const a of result.ambiguous) {
      for (const i of a.a) {
        ambiguous.push({ decision: day.decisions[i].id, dataset: imp.id, votes: a.b.map((d) => voteId(imp, d)) });
      }
    }
    if (result.matches.length === 0) continue;
    const key = fileSourceKey(imp.store);
    if (!sources.some((s) => s.key === key)) sources.push(fileSource(imp));
    for (const m of result.matches) {
      records[m.a] = withVote(records[m.a], voteRecord(imp.store, m.b), key, states);
      merged.push({ decision: day.decisions[m.a].id, dataset: imp.id, vote: voteId(imp, m.b), on: m.on });
    }
  }
  if (merged.length === 0) return { dataset: day, merged, ambiguous };
  const file: DatasetFile = {
    schemaVersion: SCHEMA_VERSION,
    id: day.id,
    title: day.title,
    provenance: day.provenance,
    sources,
    membership: { citations: day.membershipCitations, states: day.states },
    councils: day.councils,
    decisions: records,
    questions: day.questions,
  };
  return { dataset: buildDataset(file, day.schemaVersion), merged, ambiguous };
}
