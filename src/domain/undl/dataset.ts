/**
 * An imported UN Digital Library file as a dataset file of schema version 2
 * (`../schema.ts`), the form `npm run import:undl` writes and every command
 * and view reads: each vote a decision with `recordId` = its `undl_id`,
 * every fact cited to the Library's record of the vote (`{source: 'UNDL-GA',
 * record: '<undl_id>'}`), position lists complete per position, the
 * official totals as the recorded tally, the outcome adopted (the files
 * cover adopted resolutions only), the members' seats from the membership
 * table, and for a Security Council file the Council of each year, as the
 * rows give its members.
 *
 * Where the file and the membership table or the file's own totals
 * disagree, the dataset says so in the decision's note and records no more
 * than both support: a position whose rows do not match its total is a list
 * not marked complete (and its count is left out of the tally where more
 * rows than the total name it); where the file's number of members differs
 * from the members at the date in the table, the non-voting count is left
 * out of the tally. The note gives the file's figures.
 */
import type {
  Body,
  DatasetFile,
  DecisionRecord,
  MemberState,
  Position,
  RecordCitation,
  RegionalGroup,
  SecurityCouncil,
  Source,
  Tally,
} from '../schema';
import { SCHEMA_VERSION } from '../schema';
import { FORMER_GROUP } from '../groups';
import { ENLARGED_COUNCIL_FROM } from '../rules';
import type { UndlImport, UndlState, UndlStore } from './format';
import { TOTAL, UNDL_CODE, UNDL_FLAG, draftsOf, isoDateOfDay, subjectsOf, textOf, totalsOf } from './format';

export const LICENCE = 'Copyright, United Nations; non-commercial use, with attribution.';

/** The Library's record of each body's voting data. */
export const UNDL_RECORDS: Record<Body, { key: string; record: string; title: string; id: string; name: string }> = {
  GA: {
    key: 'UNDL-GA',
    record: '4060887',
    title: 'General Assembly voting data',
    id: 'undl-ga',
    name: 'General Assembly',
  },
  SC: {
    key: 'UNDL-SC',
    record: '4055387',
    title: 'Security Council voting data',
    id: 'undl-sc',
    name: 'Security Council',
  },
};

export const MEMBERSHIP_SOURCE: Source = {
  key: 'UN-MEMBERSHIP',
  publisher: 'United Nations',
  date: '2006-07-03',
  title:
    'United Nations Member States (press release ORG/1469), with the UN Yearbook rosters and UN pages each membership row names',
  titleIsDescriptive: true,
  url: 'https://fr.m.wikisource.org/wiki/%C3%89tats_Membres_de_l%E2%80%99ONU_(2006)',
  quotesFrom: 'un-membership.csv',
};

export const GROUPS_SOURCE: Source = {
  key: 'UN-GROUPS',
  publisher: 'United Nations, Department for General Assembly and Conference Management',
  date: null,
  title: 'Regional groups of Member States',
  url: 'https://www.un.org/dgacm/en/content/regional-groups',
  quotesFrom: 'un-regional-groups.md',
};

/** A state's regional group: the one it counts in for elections, and every one the UN lists it in. */
export interface GroupOf {
  regionalGroup: RegionalGroup;
  listedIn: RegionalGroup[];
}

export interface DatasetInput {
  /** The file's name, size and SHA-256, for the provenance. */
  file: { name: string; bytes: number; sha256: string };
  /** Regional groups of the current members by code (`un-regional-groups.csv`). */
  groups: ReadonlyMap<string, GroupOf>;
}

const POSITIONS: readonly Position[] = ['Y', 'N', 'A', 'X'];
const CODE_OF: Record<Position, number> = { Y: UNDL_CODE.Y, N: UNDL_CODE.N, A: UNDL_CODE.A, X: UNDL_CODE.X };
const FIELD_OF: Record<Position, keyof Tally> = { Y: 'yes', N: 'no', A: 'abstain', X: 'nonVoting' };
const TOTAL_OF: Record<Position, number> = {
  Y: TOTAL.yes,
  N: TOTAL.no,
  A: TOTAL.abstain,
  X: TOTAL.nonVoting,
};

/** Builds the dataset file. Throws an `Error` naming the state where the membership table lacks a regional group. */
export function undlDataset({ store, report }: UndlImport, input: DatasetInput): DatasetFile {
  const body = store.body;
  const source = UNDL_RECORDS[body];
  const cite = (d: number): RecordCitation[] => [{ source: source.key, record: String(store.undlId[d]) }];
  const fact = <T>(value: T, d: number) => ({ value, citations: cite(d) });
  const D = store.decisionCount;
  const S = store.stateCount;

  // ------------------------------------------------------------ states
  const used = new Uint8Array(S);
  for (let d = 0; d < D; d++) {
    const base = d * S;
    for (let s = 0; s < S; s++) {
      const code = store.positions[base + s];
      if (code !== UNDL_CODE.notEligible) used[s] = 1;
    }
  }
  const chosen = store.states.filter((s) => used[s.index] === 1);
  const keys = new Set(chosen.map((s) => s.key));
  const states: MemberState[] = chosen.map((s) => memberState(s, keys, input.groups));

  // ------------------------------------------------------------ councils
  const councils: SecurityCouncil[] = body === 'SC' ? councilsOf(store, source.key) : [];

  // ------------------------------------------------------------ decisions
  const eligibleOn = (d: number) => {
    let n = 0;
    const base = d * S;
    for (let s = 0; s < S; s++) if (store.positions[base + s] !== UNDL_CODE.notEligible) n++;
    return n;
  };
  const decisions: DecisionRecord[] = [];
  for (let d = 0; d < D; d++) {
    const base = d * S;
    const byPosition = new Map<Position, string[]>();
    for (const p of POSITIONS) byPosition.set(p, []);
    for (let s = 0; s < S; s++) {
      const code = store.positions[base + s];
      const position = POSITIONS.find((p) => CODE_OF[p] === code);
      if (position) byPosition.get(position)!.push(store.states[s].key);
    }
    const totals = totalsOf(store, d);
    const notes: string[] = [];
    let tally: Tally | null = null;
    const complete = new Set<Position>(POSITIONS);
    if (totals !== null) {
      tally = { yes: totals.yes, no: totals.no, abstain: totals.abstain, nonVoting: totals.nonVoting };
      // The voters the dataset will count: the members at the date (GA), the Council's seats (SC).
      const members = body === 'GA' ? eligibleOn(d) : isoDateOfDay(store.day[d]) < ENLARGED_COUNCIL_FROM ? 11 : 15;
      if (totals.members !== members) {
        tally.nonVoting = null;
        notes.push(
          `The file counts ${totals.members} members (${totals.nonVoting} non-voting); the membership table has ${members} at the date: the non-voting count is left out of the tally.`,
        );
      }
      const hasRows = POSITIONS.some((p) => byPosition.get(p)!.length > 0);
      if (hasRows) {
        for (const p of POSITIONS) {
          const rows = byPosition.get(p)!.length;
          const total = store.totals[5 * d + TOTAL_OF[p]];
          if (rows === total) continue;
          complete.delete(p);
          if (rows > total) tally[FIELD_OF[p]] = null;
          notes.push(
            `The file has ${rows} row${rows === 1 ? '' : 's'} ${p} and a total of ${total}${rows > total ? ': the count is left out of the tally' : ''}.`,
          );
        }
      }
      const known = [tally.yes, tally.no, tally.abstain, tally.nonVoting].filter((n): n is number => n !== null);
      if (known.reduce((a, b) => a + b, 0) > members) {
        tally = null;
        notes.push(`The file's totals add up to more than the ${members} members: no tally is recorded.`);
      }
    }
    const flags = store.flags[d];
    if (flags & UNDL_FLAG.withoutVote) {
      notes.unshift('Adopted without a vote: the file records every member present as Y.');
    }
    if (flags & UNDL_FLAG.noPositions)
      notes.unshift('The file gives the totals of this vote but no country’s position.');
    const symbol = textOf(store, store.symbol, d);
    const title = textOf(store, store.title, d).trim() || symbol || `Record ${store.undlId[d]}`;
    const drafts = draftsOf(store, d);
    const meeting = textOf(store, store.meeting, d).trim();
    const details = [
      body === 'GA' && textOf(store, store.session, d) ? `Session ${textOf(store, store.session, d)}.` : '',
      drafts.length > 1 ? `Drafts: ${drafts.join(', ')}.` : '',
      textOf(store, store.committeeReport, d) ? `Committee report: ${textOf(store, store.committeeReport, d)}.` : '',
      textOf(store, store.agenda, d) ? `Agenda: ${textOf(store, store.agenda, d)}.` : '',
      subjectsOf(store, d).length > 0
        ? `Subjects: ${subjectsOf(store, d)
            .map((levels) => levels.join(' — '))
            .join('; ')}.`
        : '',
      textOf(store, store.modality, d) ? `Modality: ${textOf(store, store.modality, d)}.` : '',
      textOf(store, store.voteNote, d) ? `Vote note: ${textOf(store, store.voteNote, d)}.` : '',
    ].filter(Boolean);
    const note = [...notes, ...details].join(' ').trim();
    decisions.push({
      id: `${source.id}-${store.undlId[d]}`,
      body,
      kind: 'draft-resolution',
      title: fact(title, d),
      draftSymbol: drafts.length > 0 ? fact(drafts[0], d) : null,
      resolutionSymbol: symbol ? fact(symbol, d) : null,
      date: fact(isoDateOfDay(store.day[d]), d),
      meeting: meeting ? fact(meeting, d) : null,
      amends: null,
      sponsors: [],
      tally: tally === null ? [] : [fact(tally, d)],
      outcome: [fact({ result: 'adopted' as const, vetoedBy: [] }, d)],
      positionLists: POSITIONS.filter((p) => byPosition.get(p)!.length > 0).map((p) => ({
        position: p,
        states: byPosition.get(p)!,
        complete: complete.has(p),
        citations: cite(d),
      })),
      implied: null,
      note: note === '' ? null : note,
      recordId: String(store.undlId[d]),
    });
  }

  const { file } = input;
  const bodyName = source.name;
  return {
    schemaVersion: SCHEMA_VERSION,
    id: source.id,
    title: `${bodyName} voting data of the UN Digital Library (${file.name})`,
    provenance: {
      source: `United Nations Digital Library (Dag Hammarskjöld Library), ${source.title}, record ${source.record}: the file ${file.name}`,
      licence: LICENCE,
      howMade:
        `Imported by npm run import:undl from ${file.name} (${file.bytes} bytes, SHA-256 ${file.sha256}; header version ${store.headerVersion}): ` +
        `${report.rows} rows, ${report.rejected} left out, ${report.flagged.length} vote${report.flagged.length === 1 ? '' : 's'} flagged. ` +
        'Each vote is a decision cited to its record; the official totals are its recorded tally. ' +
        'Membership from data/sources/un-membership.csv, regional groups from data/sources/un-regional-groups.csv.',
      covers: `${bodyName}, ${report.from} to ${report.to}: ${report.votes} recorded vote${report.votes === 1 ? '' : 's'} on adopted resolutions, ${report.positions} positions`,
      citation: `United Nations Digital Library, ${source.title}, https://digitallibrary.un.org/record/${source.record}`,
    },
    sources: [
      {
        key: source.key,
        publisher: 'United Nations Digital Library (Dag Hammarskjöld Library)',
        date: null,
        title: `${source.title} (${file.name})`,
        titleIsDescriptive: true,
        url: `https://digitallibrary.un.org/record/${source.record}`,
      },
      MEMBERSHIP_SOURCE,
      GROUPS_SOURCE,
    ],
    membership: {
      citations: [
        { source: MEMBERSHIP_SOURCE.key, record: 'un-membership.csv' },
        { source: GROUPS_SOURCE.key, record: 'un-regional-groups.csv' },
      ],
      states,
    },
    councils,
    decisions,
    questions: [],
  };
}

function memberState(s: UndlState, keys: ReadonlySet<string>, groups: ReadonlyMap<string, GroupOf>): MemberState {
  const group =
    groups.get(s.key) ??
    (FORMER_GROUP[s.key] ? { regionalGroup: FORMER_GROUP[s.key], listedIn: [FORMER_GROUP[s.key]] } : null);
  if (group === null) throw new Error(`no regional group is known for ${s.key} (${s.name})`);
  return {
    code: s.key,
    name: s.name,
    regionalGroup: group.regionalGroup,
    listedIn: group.listedIn,
    seats: s.spans.map((span) => ({
      from: span.from,
      to: span.to,
      citations: [{ source: MEMBERSHIP_SOURCE.key, record: s.key }],
    })),
    ...(s.former ? { former: true } : {}),
    ...(s.continuedBy !== null && keys.has(s.continuedBy) ? { continuedBy: s.continuedBy } : {}),
  };
}

/**
 * The Security Council of each year, from the rows: each seat (a
 * membership's seat, see `../membership.ts`) held that year, by its holder at
 * the year's last vote, permanent where the rows say so.
 */
function councilsOf(store: UndlStore, sourceKey: string): SecurityCouncil[] {
  const S = store.stateCount;
  const byYear = new Map<number, { seats: Map<string, { key: string; permanent: boolean }>; first: number }>();
  for (let d = 0; d < store.decisionCount; d++) {
    const year = new Date(store.day[d] * 86_400_000).getUTCFullYear();
    let council = byYear.get(year);
    if (!council) {
      council = { seats: new Map(), first: d };
      byYear.set(year, council);
    }
    const base = d * S;
    for (let s = 0; s < S; s++) {
      if (store.positions[base + s] === UNDL_CODE.notEligible) continue;
      const state = store.states[s];
      council.seats.set(state.seat, { key: state.key, permanent: store.permanent[base + s] === 1 });
    }
  }
  return [...byYear].map(([year, { seats, first }]) => {
    const all = [...seats.values()].sort((a, b) => a.key.localeCompare(b.key));
    return {
      year,
      permanent: all.filter((s) => s.permanent).map((s) => s.key),
      elected: all.filter((s) => !s.permanent).map((s) => s.key),
      citations: [{ source: sourceKey, record: String(store.undlId[first]) }],
    };
  });
}
