/**
 * The value lists of the schema, apart from zod so that the first screen's
 * script does not carry the validator. `schema.ts` builds its enums from
 * these and is the source of the types.
 */
export const POSITIONS = ['Y', 'N', 'A', 'X'] as const;

/** Whether a value is one of the four positions. */
export function isPosition(value: unknown): value is (typeof POSITIONS)[number] {
  return (POSITIONS as readonly unknown[]).includes(value);
}
export const BODIES = ['GA', 'SC'] as const;
export const KINDS = ['draft-resolution', 'amendment', 'procedural-motion'] as const;
export const RESULTS = ['adopted', 'rejected', 'vetoed', 'failed'] as const;
export const REGIONAL_GROUPS = [
  'African States',
  'Asia-Pacific States',
  'Eastern European States',
  'Latin American and Caribbean States',
  'Western European and other States',
] as const;
