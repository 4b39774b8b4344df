/**
 * The dataset file's schema: the single source of the types of everything
 * that enters the app from `data/`. A file is parsed once, here, at the
 * boundary; the rest of the code works on the compact model built from it
 * (see `model.ts`).
 */
import { z } from 'zod';
import { BODIES, KINDS, POSITIONS, REGIONAL_GROUPS, RESULTS } from './vocabulary';
import { ENLARGED_COUNCIL_FROM } from './rules';

// No compiled validators: zod's compiler needs eval, which the app's
// Content-Security-Policy forbids (and zod would probe for it with eval).
// Set before any schema below is made, since each reads it then.
z.config({ jitless: true });

export { BODIES, KINDS, POSITIONS, REGIONAL_GROUPS, RESULTS };

/** The version this code writes; version 1 files still load (see `migrate.ts`). */
export const SCHEMA_VERSION = 2;
export const SUPPORTED_SCHEMA_VERSIONS = [1, 2] as const;

/** A member state's position in one decision, as the UN Digital Library codes it. */
export const positionSchema = z.enum(POSITIONS, {
  error: (issue) => `${JSON.stringify(issue.input)} is not a vote (Y, N, A or X)`,
});
export type Position = z.infer<typeof positionSchema>;

export const bodySchema = z.enum(BODIES, {
  error: (issue) => `${JSON.stringify(issue.input)} is not a body (GA or SC)`,
});
export type Body = z.infer<typeof bodySchema>;

export const kindSchema = z.enum(KINDS, {
  error: (issue) => `${JSON.stringify(issue.input)} is not a kind (draft-resolution, amendment or procedural-motion)`,
});
export type Kind = z.infer<typeof kindSchema>;

/**
 * adopted; rejected (GA: not a majority in favour; a motion voted down);
 * vetoed (SC: a permanent member's negative vote); failed (SC: fewer than nine in favour).
 */
export const resultSchema = z.enum(RESULTS, {
  error: (issue) => `${JSON.stringify(issue.input)} is not an outcome (adopted, rejected, vetoed or failed)`,
});
export type Result = z.infer<typeof resultSchema>;

export const regionalGroupSchema = z.enum(REGIONAL_GROUPS, {
  error: (issue) => `${JSON.stringify(issue.input)} is not a UN regional group`,
});
export type RegionalGroup = z.infer<typeof regionalGroupSchema>;

const stateCode = z
  .string({ error: 'must be a three-letter state code' })
  .regex(/^[A-Z]{3}$/, { error: (issue) => `${JSON.stringify(issue.input)} is not a three-letter state code` });
const isoDate = z.iso.date({ error: (issue) => `${JSON.stringify(issue.input)} is not a date (YYYY-MM-DD)` });
const text = z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' });
const count = z
  .int({ error: (issue) => `${JSON.stringify(issue.input)} is not a whole number` })
  .min(0, { error: 'must not be negative' });

/** Where a fact of a curated dataset comes from: a source key and the words that state it. */
export const quoteCitationSchema = z.strictObject({
  source: text,
  quote: text,
});
export type QuoteCitation = z.infer<typeof quoteCitationSchema>;

/**
 * Where a fact of a bulk source comes from: the source and the record in it
 * that states it (`rcid` in the General Assembly's record, `undl_id` in the UN
 * Digital Library's files, a code in the membership table), not a quote.
 */
export const recordCitationSchema = z.strictObject({
  source: text,
  record: text,
});
export type RecordCitation = z.infer<typeof recordCitationSchema>;

export const citationSchema = z.union([quoteCitationSchema, recordCitationSchema], {
  error: 'must be a citation: a source with a quote, or a source with a record',
});
export type Citation = z.infer<typeof citationSchema>;
const citations = z.array(citationSchema).min(1, { error: 'needs at least one citation' });

/** Whether a citation quotes its source (curated) rather than names a record of it (bulk). */
export function isQuote(citation: Citation): citation is QuoteCitation {
  return 'quote' in citation;
}

/** One claim: a value and the sources that give it. */
function fact<T extends z.ZodType>(value: T) {
  return z.strictObject({ value, citations });
}
/** A fact that sources may disagree on: one claim per distinct value; two or more claims = disputed. */
function claims<T extends z.ZodType>(value: T) {
  return z.array(fact(value));
}

export const sourceSchema = z
  .strictObject({
    key: text,
    publisher: text,
    date: isoDate.nullable(),
    title: text,
    /** True where `title` describes the source rather than gives its own title (not at hand). */
    titleIsDescriptive: z.boolean().optional(),
    /** The byline, where the source gives one. */
    authors: text.optional(),
    /** The public address. */
    url: z.url({ error: 'must be an address (URL)' }).optional(),
    /** The file that is the source itself (an article kept beside the project, not published by it). */
    file: text.optional(),
    /**
     * Where the source itself is not at hand: the file whose words its quotes are
     * (the records digest in `data/sources/`, which carries the page's facts).
     */
    quotesFrom: text.optional(),
  })
  .refine((s) => s.url !== undefined || s.file !== undefined || s.quotesFrom !== undefined, {
    error: 'needs an address (url), a file name (file) or the file its quotes come from (quotesFrom)',
  });
export type Source = z.infer<typeof sourceSchema>;

const dateOrOpen = isoDate.nullable();

/**
 * A period in which a state held its seat: from `from` (inclusive) to `to`
 * (exclusive); `to` null while it lasts; `from` null where the dataset does
 * not say since when (a version 1 file knows only who was a member on its day).
 */
export const seatSchema = z
  .strictObject({ from: dateOrOpen, to: dateOrOpen, citations })
  .refine((s) => s.from === null || s.to === null || s.from < s.to, { error: 'a seat must end after it begins' });
export type Seat = z.infer<typeof seatSchema>;

export const memberStateSchema = z
  .strictObject({
    code: stateCode,
    name: text,
    /** The group the state counts in for elections. */
    regionalGroup: regionalGroupSchema,
    /** Every group the UN lists the state in (Türkiye: two). */
    listedIn: z.array(regionalGroupSchema).min(1),
    /** When it held its seat, in order; a gap is an absence (Syria 1958–61, Indonesia 1965–66). */
    seats: z.array(seatSchema).min(1, { error: 'needs at least one seat (from, to)' }),
    /** A former member (the USSR, Czechoslovakia, Yugoslavia, the German Democratic Republic, the two Yemens, Zanzibar). */
    former: z.boolean().optional(),
    /** The code of the member that continued or took in its seat (the Russian Federation for the USSR). */
    continuedBy: stateCode.nullable().optional(),
  })
  .refine(
    (m) =>
      m.seats.every(
        (s, i) => i === 0 || (m.seats[i - 1].to !== null && s.from !== null && m.seats[i - 1].to! <= s.from),
      ),
    { error: 'seats must be in order and must not overlap', path: ['seats'] },
  );
export type MemberState = z.infer<typeof memberStateSchema>;

/**
 * The Security Council in one year: the five permanent members and the
 * elected ones (six in the Council of eleven before 1966, ten since).
 */
export const securityCouncilSchema = z
  .strictObject({
    year: count,
    permanent: z.array(stateCode).length(5, { error: 'must name the 5 permanent members' }),
    elected: z.array(stateCode),
    citations,
  })
  .superRefine((c, ctx) => {
    const seats = `${c.year}-01-01` < ENLARGED_COUNCIL_FROM ? 6 : 10;
    if (c.elected.length !== seats)
      ctx.addIssue({
        code: 'custom',
        path: ['elected'],
        message: `must name the ${seats} elected members of ${c.year} (it names ${c.elected.length})`,
      });
  });
export type SecurityCouncil = z.infer<typeof securityCouncilSchema>;

/** A recorded tally; `null` where no source gives that count. */
export const tallySchema = z.strictObject({
  yes: count.nullable(),
  no: count.nullable(),
  abstain: count.nullable(),
  nonVoting: count.nullable(),
});
export type Tally = z.infer<typeof tallySchema>;

export const outcomeSchema = z.strictObject({
  result: resultSchema,
  /** The permanent members whose negative vote vetoed the decision. */
  vetoedBy: z.array(stateCode),
});
export type Outcome = z.infer<typeof outcomeSchema>;

export const sponsorsSchema = z.strictObject({
  /** The sponsors this source names. */
  states: z.array(stateCode),
  /** How many sponsors this source counts, where it gives a number. */
  count: count.nullable(),
  /** Whether `states` is the whole list. */
  complete: z.boolean(),
  /** The source's own words where it names no states (e.g. "European countries"). */
  description: text.nullable(),
});
export type Sponsors = z.infer<typeof sponsorsSchema>;

/** A list of states that one source says took the same position. */
export const positionListSchema = z.strictObject({
  position: positionSchema,
  states: z.array(stateCode),
  /** True where the source gives every state that took this position. */
  complete: z.boolean(),
  citations,
});
export type PositionList = z.infer<typeof positionListSchema>;

/** What the sources imply for the states no list names (e.g. "abstained or did not vote"). */
export const impliedSchema = z.strictObject({
  positions: z.array(positionSchema).min(2, { error: 'an implication names at least two possible positions' }),
  citations,
});

export const decisionSchema = z.strictObject({
  id: z
    .string({ error: 'must be text' })
    .regex(/^[a-z0-9][a-z0-9-]*$/, { error: (issue) => `${JSON.stringify(issue.input)} is not an id (a-z, 0-9, -)` }),
  body: bodySchema,
  kind: kindSchema,
  title: fact(text),
  draftSymbol: fact(text).nullable(),
  resolutionSymbol: fact(text).nullable(),
  date: fact(isoDate),
  meeting: fact(text).nullable(),
  /** The id of the decision (draft) this amendment amends. */
  amends: fact(text).nullable(),
  sponsors: claims(sponsorsSchema),
  tally: claims(tallySchema),
  outcome: claims(outcomeSchema).min(1, { error: 'needs a recorded outcome' }),
  positionLists: z.array(positionListSchema),
  implied: impliedSchema.nullable(),
  /** Anything a reader should know that the fields do not say (e.g. an unconfirmed order). */
  note: text.nullable(),
  /** The decision's key in its bulk source (`rcid`, `undl_id`); absent in a curated dataset. */
  recordId: text.nullable().optional(),
});
export type DecisionRecord = z.infer<typeof decisionSchema>;

/** The same question put to both bodies: a text, or the same amendment to it. */
export const questionSchema = z.strictObject({
  id: z
    .string({ error: 'must be text' })
    .regex(/^[a-z0-9][a-z0-9-]*$/, { error: (issue) => `${JSON.stringify(issue.input)} is not an id (a-z, 0-9, -)` }),
  title: text,
  /** Decision ids in the General Assembly and the Security Council; null where that body did not vote on it. */
  ga: text.nullable(),
  sc: text.nullable(),
  citations,
});
export type Question = z.infer<typeof questionSchema>;

const id = z
  .string({ error: 'must be text' })
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: (issue) => `${JSON.stringify(issue.input)} is not an id (a-z, 0-9, -)` });

/** Where a dataset comes from and what it covers, for a reader and for a citation. */
export const datasetProvenanceSchema = z.strictObject({
  /** Who made the data and from what. */
  source: text,
  /** The licence, as its SPDX identifier where it has one, or in words. */
  licence: text,
  /** How the dataset was made. */
  howMade: text,
  /** What it covers (bodies, dates), in words; the figures are computed from the decisions. */
  covers: text,
  /** How to cite it. */
  citation: text.optional(),
});
export type DatasetProvenance = z.infer<typeof datasetProvenanceSchema>;

const supportedVersion = (issue: { input: unknown }) =>
  `${JSON.stringify(issue.input)} is not a supported schema version (${SUPPORTED_SCHEMA_VERSIONS.join(' or ')})`;

/** A dataset file, version 2: the form every dataset of the tracker is written in. */
export const datasetSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION, { error: supportedVersion }),
  /** The dataset's id in the tracker (`day`); addresses and exports name it. */
  id,
  title: text,
  provenance: datasetProvenanceSchema,
  sources: z.array(sourceSchema).min(1),
  /** Every state that held a seat in the period the dataset covers, with its seats over time. */
  membership: z.strictObject({
    citations,
    states: z.array(memberStateSchema).min(1, { error: 'needs at least one member state' }),
  }),
  /** The Security Council in each year the dataset has a Council decision; empty where it has none. */
  councils: z.array(securityCouncilSchema),
  decisions: z.array(decisionSchema).min(1, { error: 'needs at least one decision' }),
  /** Questions both bodies voted on, for the comparison; empty where there are none. */
  questions: z.array(questionSchema),
});
export type DatasetFile = z.infer<typeof datasetSchema>;

/** A dataset file of version 1 (one day: members on that day, one Council, quotes only); see `migrate.ts`. */
export const datasetV1Schema = z.strictObject({
  schemaVersion: z.literal(1, { error: supportedVersion }),
  title: text,
  sources: z.array(sourceSchema).min(1),
  membership: z.strictObject({
    citations,
    states: z
      .array(
        z.strictObject({
          code: stateCode,
          name: text,
          regionalGroup: regionalGroupSchema,
          listedIn: z.array(regionalGroupSchema).min(1),
        }),
      )
      .min(1, { error: 'needs at least one member state' }),
  }),
  securityCouncil: securityCouncilSchema,
  decisions: z.array(decisionSchema).min(1, { error: 'needs at least one decision' }),
  questions: z.array(questionSchema),
});
export type DatasetFileV1 = z.infer<typeof datasetV1Schema>;
