/**
 * The dataset file's schema: the single source of the types of everything
 * that enters the app from `data/`. A file is parsed once, here, at the
 * boundary; the rest of the code works on the compact model built from it
 * (see `model.ts`).
 */
import { z } from 'zod';
import { BODIES, KINDS, POSITIONS, REGIONAL_GROUPS, RESULTS } from './vocabulary';

// No compiled validators: zod's compiler needs eval, which the app's
// Content-Security-Policy forbids (and zod would probe for it with eval).
// Set before any schema below is made, since each reads it then.
z.config({ jitless: true });

export { BODIES, KINDS, POSITIONS, REGIONAL_GROUPS, RESULTS };

export const SCHEMA_VERSION = 1;

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

/** Where a fact comes from: a source key and the words that state it. */
export const citationSchema = z.strictObject({
  source: text,
  quote: text,
});
export type Citation = z.infer<typeof citationSchema>;
const citations = z.array(citationSchema).min(1, { error: 'needs at least one citation' });

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

export const memberStateSchema = z.strictObject({
  code: stateCode,
  name: text,
  /** The group the state counts in for elections. */
  regionalGroup: regionalGroupSchema,
  /** Every group the UN lists the state in (Türkiye: two). */
  listedIn: z.array(regionalGroupSchema).min(1),
});
export type MemberState = z.infer<typeof memberStateSchema>;

export const securityCouncilSchema = z.strictObject({
  year: count,
  permanent: z.array(stateCode).length(5, { error: 'must name the 5 permanent members' }),
  elected: z.array(stateCode).length(10, { error: 'must name the 10 elected members' }),
  citations,
});

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

export const datasetSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION, {
    error: (issue) => `${JSON.stringify(issue.input)} is not a supported schema version (${SCHEMA_VERSION})`,
  }),
  title: text,
  sources: z.array(sourceSchema).min(1),
  membership: z.strictObject({
    citations,
    states: z.array(memberStateSchema).min(1, { error: 'needs at least one member state' }),
  }),
  securityCouncil: securityCouncilSchema,
  decisions: z.array(decisionSchema).min(1, { error: 'needs at least one decision' }),
  /** Questions both bodies voted on, for the comparison; empty where there are none. */
  questions: z.array(questionSchema),
});
export type DatasetFile = z.infer<typeof datasetSchema>;
