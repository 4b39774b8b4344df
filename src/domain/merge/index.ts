/**
 * Merging the same votes across datasets: the curated day, the General
 * Assembly's record and imports of the UN Digital Library's files.
 * `symbol.ts` gives each resolution one key, `match.ts` finds the same
 * votes, `positions.ts` merges a vote's positions state by state, and
 * `sources.ts` reads each kind of dataset for them.
 */
export * from './symbol';
export * from './match';
export * from './positions';
export * from './sources';
export * from './record';
