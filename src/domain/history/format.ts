/**
 * The pack: the General Assembly's record 1946–2019 in one compact binary
 * file, written by `npm run build:history` (`build.ts`) and read by
 * `pack.ts`. Its layout, version 1 (all integers little-endian):
 *
 *   bytes 0–3    the magic `UNVP` (ASCII)
 *   bytes 4–7    uint32, the format version: 1
 *   bytes 8–11   uint32 H, the header's length in bytes
 *   bytes 12–    the header: UTF-8 JSON, `packHeaderSchema` (dataset, provenance, topics, states, counts, sections)
 *   then, from the first multiple of 8 after the header (the *body*), the sections the header lists, in this
 *   order, each at an offset from the body's start that is a multiple of 8 (zero bytes between them):
 *     rcid         uint32 × D   the roll call's id in the record (`rcid`)
 *     day          int32  × D   the date, as days since 1970-01-01
 *     title        uint32 × D   index into the strings of the roll call's `short` title ('' where none)
 *     symbol       uint32 × D   index into the strings of its resolution symbol (`unres`, e.g. `R/44/41C`)
 *     description  uint32 × D   index into the strings of its description (`descr`)
 *     session      uint16 × D   the session's number
 *     flags        uint8  × D   FLAG bits: important vote, amendment, paragraph (each: coded, and its value), date precision
 *     topics       uint8  × D   bit i set: tagged with topic i of the header's `topics`
 *     positions    uint8  × D×S one POSITION_CODE per state per decision, decision after decision:
 *                              decision d's states are bytes d×S … d×S+S−1, in the order of the header's `states`
 *     strings      ASCII        the distinct texts that are all ASCII, each once, joined by U+0000; string 0 is ''
 *     otherStrings UTF-8        the other distinct texts, joined by U+0000 (empty where there are none); their
 *                              indexes follow the ASCII ones. Kept apart because a browser decodes pure ASCII
 *                              several times faster than text with a few non-ASCII characters.
 *   and nothing after the last section: the header's `bytes` is the file's exact length.
 *
 * D decisions are in order of date, then rcid; their index is their place in that order.
 */
import { z } from 'zod';
import { datasetProvenanceSchema } from '../schema';

export const PACK_MAGIC = 'UNVP';
export const PACK_VERSION = 1;
export const PACK_FORMAT = 'un-votes-pack';

/** A state's position in a decision of the pack. The values are those of `CODE` in `../model`. */
export const POSITION_CODE = {
  /** A member at the decision's date with no recorded position: absent or not voting (the record cannot tell which). */
  absentOrNotVoting: 0,
  Y: 1,
  N: 2,
  A: 3,
  /** Not a member at the decision's date. */
  notMember: 6,
} as const;
export type PackPositionCode = (typeof POSITION_CODE)[keyof typeof POSITION_CODE];
export const VALID_POSITION_CODES: readonly number[] = Object.values(POSITION_CODE);

/** The bits of a decision's flags. */
export const FLAG = {
  /** The record says whether it is an important vote (the US State Department's list; from session 39). */
  importantCoded: 1 << 0,
  important: 1 << 1,
  /** The record says whether it was a vote on an amendment (every vote until 1984, some since 1997). */
  amendmentCoded: 1 << 2,
  amendment: 1 << 3,
  /** The record says whether it was a vote on a paragraph (every vote until 1984, some since 1997). */
  paragraphCoded: 1 << 4,
  paragraph: 1 << 5,
  /** The date is known only to its month (sessions before 52): its day is a placeholder. */
  monthPrecision: 1 << 6,
} as const;
export const FLAG_MASK = 0x7f;

/** The sections of the body, in their order, with the size of one element (bytes) and how many there are. */
export const SECTIONS = [
  'rcid',
  'day',
  'title',
  'symbol',
  'description',
  'session',
  'flags',
  'topics',
  'positions',
  'strings',
  'otherStrings',
] as const;
export type SectionName = (typeof SECTIONS)[number];

/** The sections of text, whose length the header gives. */
export type TextSection = 'strings' | 'otherStrings';
export const isTextSection = (name: SectionName): name is TextSection => name === 'strings' || name === 'otherStrings';

/** Bytes a section takes for D decisions and S states. */
export function sectionBytes(name: Exclude<SectionName, TextSection>, decisions: number, states: number): number {
  switch (name) {
    case 'rcid':
    case 'day':
    case 'title':
    case 'symbol':
    case 'description':
      return 4 * decisions;
    case 'session':
      return 2 * decisions;
    case 'flags':
    case 'topics':
      return decisions;
    case 'positions':
      return decisions * states;
  }
}

export const align8 = (n: number) => Math.ceil(n / 8) * 8;

const text = z.string().trim().min(1, { error: 'must not be empty' });
const isoDate = z.iso.date({ error: (issue) => `${JSON.stringify(issue.input)} is not a date (YYYY-MM-DD)` });
const count = z.int().min(0);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, { error: 'is not a SHA-256 (64 hex digits)' });

// Span dates come from the membership table, checked as dates when it is read; here only their form.
const spanDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: (issue) => `${JSON.stringify(issue.input)} is not a date (YYYY-MM-DD)` });
export const packSpanSchema = z.strictObject({ from: spanDate, to: spanDate.nullable() });

/** One column of the positions: a membership (see `../membership.ts`) and the record's names for it. */
export const packStateSchema = z.strictObject({
  /** Unique: ISO 3166-1 alpha-3 for current members; SUN (the USSR), ROC (China represented by the Republic of China), CSK, YUG, SCG, DDR, YAR, YMD, TAN, EAZ. */
  key: z.string().regex(/^[A-Z]{3}$/, { error: (issue) => `${JSON.stringify(issue.input)} is not a state key` }),
  /** The code of `un-membership.csv` (RUS for the USSR too). */
  code: z.string().regex(/^[A-Z]{3}$/),
  name: text,
  former: z.boolean(),
  /** The key of the seat's last holder (RUS for the USSR). */
  seat: z.string().regex(/^[A-Z]{3}$/),
  continuedBy: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable(),
  spans: z.array(packSpanSchema).min(1),
  /** How the record names the state and codes it (`Russia`, `RU`; `Federal Republic of Germany`, ''). */
  record: z.array(z.strictObject({ name: text, code: z.string().regex(/^([A-Z]{2})?$/) })),
});
export type PackState = z.infer<typeof packStateSchema>;

export const packTopicSchema = z.strictObject({
  /** The record's short name: me, nu, di, hr, co, ec. */
  code: z.string().regex(/^[a-z]{2}$/),
  /** The record's own label (`Palestinian conflict`). */
  label: text,
});
export type PackTopic = z.infer<typeof packTopicSchema>;

/**
 * The record's provenance: a dataset's provenance (`../schema.ts`: source, licence, how it was made, how to
 * cite it) with what a published research dataset adds. What it covers is the structured `coverage` below.
 */
export const provenanceSchema = datasetProvenanceSchema.omit({ covers: true, citation: true }).extend({
  /** How to cite it. */
  citation: text,
  /** Persistent identifiers of the data (handle, DOI). */
  identifiers: z.array(text).min(1),
  url: z.url(),
  licenceUrl: z.url(),
  /** The source files the pack was built from. */
  files: z
    .array(z.strictObject({ name: text, bytes: count, sha256, rows: count }))
    .length(3, { error: 'must list the three source files' }),
  /** What a reader must know about the data and how the pack handles it. */
  notes: z.array(text),
});
export type Provenance = z.infer<typeof provenanceSchema>;

export const coverageSchema = z.strictObject({
  body: z.literal('GA'),
  from: isoDate,
  to: isoDate,
  firstSession: count,
  lastSession: count,
  decisions: count,
  /** Recorded positions (yes, no, abstain) in the record. */
  positions: count,
});

export const packHeaderSchema = z
  .strictObject({
    format: z.literal(PACK_FORMAT, { error: 'is not a pack of the UN vote tracker' }),
    version: z.literal(PACK_VERSION, {
      error: (issue) => `${JSON.stringify(issue.input)} is not version ${PACK_VERSION}`,
    }),
    dataset: z.strictObject({
      id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
      title: text,
      provenance: provenanceSchema,
      coverage: coverageSchema,
    }),
    topics: z.array(packTopicSchema).max(8, { error: 'at most 8 topics fit in a byte' }),
    states: z.array(packStateSchema).min(1),
    counts: z.strictObject({
      decisions: count,
      states: count,
      strings: count.min(1),
      /** How many of them are in the ASCII section (the first ones). */
      asciiStrings: count.min(1),
      /** How many positions bytes are Y, N or A: a check on the positions section. */
      recordedPositions: count,
    }),
    sections: z.array(z.strictObject({ name: z.enum(SECTIONS), offset: count, bytes: count })),
    /** The whole file's length in bytes. */
    bytes: count,
  })
  .refine((h) => h.states.length === h.counts.states, { error: 'counts.states differs from the states listed' })
  .refine((h) => new Set(h.states.map((s) => s.key)).size === h.states.length, { error: 'two states share a key' })
  .refine((h) => h.counts.asciiStrings <= h.counts.strings, { error: 'counts.asciiStrings exceeds counts.strings' })
  .refine((h) => h.dataset.coverage.decisions === h.counts.decisions, {
    error: 'coverage.decisions differs from counts.decisions',
  });
export type PackHeader = z.infer<typeof packHeaderSchema>;
