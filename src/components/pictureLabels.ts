/**
 * The words a picture carries besides its chart: the source line, by the data
 * it draws, and its date.
 *
 * - `day`: the curated day, compiled by hand from the UN's records of the day
 *   (UN Digital Library voting records, press releases) and news articles;
 * - `record`: the General Assembly's record 1946–2019 (Voeten, Strezhnev and Bailey);
 * - `undl`: a voting file of the UN Digital Library imported by the reader;
 * - `all`: a view that may draw on any of them.
 */
import { formatDate } from './dates';

export const PICTURE_SOURCE = {
  day: 'Source: UN Digital Library and UN press releases, with news reports of the day; compiled by the tracker',
  record: 'Source: Voeten, Strezhnev and Bailey, UN General Assembly Voting Data (CC0); compiled by the tracker',
  undl: 'Source: UN Digital Library voting data; compiled by the tracker',
  all: 'Source: UN Digital Library; Voeten et al.; compiled by the tracker',
} as const;

export type PictureSourceKey = keyof typeof PICTURE_SOURCE;

/** The date a picture gives where it shows no single decision: the day it was made. */
export function madeOn(now: Date = new Date()): string {
  return `Made ${formatDate(now.toISOString().slice(0, 10), 'day')}`;
}

export const SHARE_CARD_LABELS = { png: 'Share card (PNG)', svg: 'Share card (SVG)' } as const;
