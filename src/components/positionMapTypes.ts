/**
 * What the world map of positions takes, apart from the map itself, so that
 * a page can name these types without loading the map's script.
 */
import { CODE } from '../domain/model';
import type { PictureInfo } from './PictureButtons';
import { ABSENT_OR_NOT_VOTING, DISPUTED, NOT_REPORTED, POSITION_LABEL } from './labels';

/** What a member without a position is: not reported (a curated dataset) or absent or not voting (the record). */
export type NoneMeans = 'notReported' | 'absent';

/** How a member is drawn: its position, disputed, or the dataset's kind of no position. */
export type MapMark = 'Y' | 'N' | 'A' | 'X' | 'disputed' | NoneMeans;
export const MARK_ORDER: readonly MapMark[] = ['Y', 'N', 'A', 'X', 'disputed', 'notReported', 'absent'];

/** A member at the decision's date: its key (`FRA`, `SUN`), name and position code (`CODE` of the model). */
export interface MapMember {
  key: string;
  name: string;
  code: number;
}

export interface PositionMapProps {
  /** The members that could vote, each once; every other country is greyed. */
  members: readonly MapMember[];
  noneMeans: NoneMeans;
  /** What the map shows, in words: the decision, its date, its counts. */
  caption: string;
  /** What the countries of no member are called in the key ("Not a member at the date"). */
  otherLabel: string;
  /** Where the map's table alternative is on the page. */
  alternative: string;
  hrefOf: (key: string) => string;
  /** Where given, the map downloads as a picture. */
  picture?: PictureInfo;
}

const MARK_OF_CODE: Readonly<Record<number, MapMark>> = {
  [CODE.Y]: 'Y',
  [CODE.N]: 'N',
  [CODE.A]: 'A',
  [CODE.X]: 'X',
  [CODE.disputed]: 'disputed',
};

/** The mark of a position code (`CODE`; the record's codes have the same values): 0 is the dataset's kind of no position. */
export function markOf(code: number, noneMeans: NoneMeans): MapMark {
  return MARK_OF_CODE[code] ?? noneMeans;
}

export function markLabel(mark: MapMark): string {
  if (mark === 'disputed') return DISPUTED;
  if (mark === 'notReported') return NOT_REPORTED;
  if (mark === 'absent') return ABSENT_OR_NOT_VOTING;
  return POSITION_LABEL[mark];
}
