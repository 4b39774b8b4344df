/**
 * A decision's positions by UN regional group and by the EU as a bloc: the
 * count of each position in each group, the group's majority position, and
 * the states that took another position than their group's majority.
 *
 * Words:
 * - A *bloc* is one of the five UN regional groups (in the group a state
 *   counts in for elections: `data/sources/un-regional-groups.csv`) or the
 *   EU, with its members at the decision's date (`EU_ENLARGEMENTS`).
 * - The *majority position* of a bloc is the most frequent of Y, N and A
 *   among its members that took one of them; where two of them are equally
 *   frequent (or none was taken) the bloc has no majority. Non-voting (X),
 *   not reported, disputed, and absent or not voting are no position here:
 *   they are counted, never part of the majority, never against it. It is a
 *   plurality, not an absolute majority: 10 Y, 8 N, 7 A has the majority Y.
 * - A member *against its bloc's majority* took Y, N or A, and not the
 *   majority's.
 * - The majority is *settled* where the positions nobody knows (not
 *   reported, disputed) could not change it, whatever they were: the
 *   majority's count exceeds the next count plus the unknown ones. A record
 *   whose missing positions are absences, not gaps in the sources, has none
 *   unknown.
 *
 * For the General Assembly's record (1946–2019) a state counts in its group
 * of today; a former state in the group of its region (`FORMER_GROUP`).
 */
import type { Dataset, Decision } from './model';
import { CODE } from './model';
import type { RegionalGroup } from './schema';
import { REGIONAL_GROUPS } from './vocabulary';

export type Bloc = RegionalGroup | 'EU';
/** The five groups in the UN's order, then the EU. */
export const BLOCS: readonly Bloc[] = [...REGIONAL_GROUPS, 'EU'];

/**
 * The group each member state counts in for elections, as
 * `data/sources/un-regional-groups.csv` lists them (2025; the United
 * States and Türkiye in the Western European and other States). A test
 * keeps this table equal to the file and to the curated day.
 */
const GROUP_MEMBERS: Readonly<Record<RegionalGroup, string>> = {
  'African States':
    'AGO BDI BEN BFA BWA CAF CIV CMR COD COG COM CPV DJI DZA EGY ERI ETH GAB GHA GIN GMB GNB GNQ KEN LBR LBY LSO ' +
    'MAR MDG MLI MOZ MRT MUS MWI NAM NER NGA RWA SDN SEN SLE SOM SSD STP SWZ SYC TCD TGO TUN TZA UGA ZAF ZMB ZWE',
  'Asia-Pacific States':
    'AFG ARE BGD BHR BRN BTN CHN CYP FJI FSM IDN IND IRN IRQ JOR JPN KAZ KGZ KHM KIR KOR KWT LAO LBN LKA MDV MHL ' +
    'MMR MNG MYS NPL NRU OMN PAK PHL PLW PNG PRK QAT SAU SGP SLB SYR THA TJK TKM TLS TON TUV UZB VNM VUT WSM YEM',
  'Eastern European States':
    'ALB ARM AZE BGR BIH BLR CZE EST GEO HRV HUN LTU LVA MDA MKD MNE POL ROU RUS SRB SVK SVN UKR',
  'Latin American and Caribbean States':
    'ARG ATG BHS BLZ BOL BRA BRB CHL COL CRI CUB DMA DOM ECU GRD GTM GUY HND HTI JAM KNA LCA MEX NIC PAN PER PRY ' +
    'SLV SUR TTO URY VCT VEN',
  'Western European and other States':
    'AND AUS AUT BEL CAN CHE DEU DNK ESP FIN FRA GBR GRC IRL ISL ISR ITA LIE LUX MCO MLT NLD NOR NZL PRT SMR SWE ' +
    'TUR USA',
};

/**
 * Former members, in the group of their region: the USSR, Czechoslovakia,
 * Yugoslavia (the SFRY, and Serbia and Montenegro) and the German Democratic
 * Republic in the Eastern European States; the two Yemens and China as the
 * Republic of China represented it in the Asia-Pacific States; Tanganyika
 * and Zanzibar in the African States. (The Federal Republic of Germany is
 * Germany's own membership, `DEU`: Western European and other States.)
 */
export const FORMER_GROUP: Readonly<Record<string, RegionalGroup>> = {
  SUN: 'Eastern European States',
  CSK: 'Eastern European States',
  YUG: 'Eastern European States',
  SCG: 'Eastern European States',
  DDR: 'Eastern European States',
  YAR: 'Asia-Pacific States',
  YMD: 'Asia-Pacific States',
  ROC: 'Asia-Pacific States',
  TAN: 'African States',
  EAZ: 'African States',
};

const GROUP_OF: ReadonlyMap<string, RegionalGroup> = new Map([
  ...REGIONAL_GROUPS.flatMap((g) => GROUP_MEMBERS[g].split(' ').map((key) => [key, g] as const)),
  ...Object.entries(FORMER_GROUP),
]);

/**
 * The group a state counts in today, by its key (ISO 3166-1 alpha-3, or a
 * former state's key); null for a key it does not know.
 * `groupOfToday('TUR')` → 'Western European and other States'; `groupOfToday('SUN')` → 'Eastern European States'.
 */
export function groupOfToday(key: string): RegionalGroup | null {
  return GROUP_OF.get(key) ?? null;
}

/**
 * The EU's member states by the date they joined: the six founders of the
 * European Economic Community, whose treaty (Rome, 25 March 1957) entered
 * into force on 1 January 1958 (the Federal Republic of Germany: `DEU`),
 * then each enlargement on the day its treaty of accession entered into
 * force. Source: the European Union, "EU countries",
 * https://european-union.europa.eu/principles-countries-history/eu-countries_en
 * (the year each joined), and the treaties of accession for the day
 * (data/README.md lists them). Before 1958 there is no bloc. The territory of
 * the German Democratic Republic joined with German unity on 3 October 1990,
 * as part of `DEU`; the GDR itself never was a member.
 */
export const EU_ENLARGEMENTS: readonly { from: string; states: readonly string[] }[] = [
  { from: '1958-01-01', states: ['BEL', 'DEU', 'FRA', 'ITA', 'LUX', 'NLD'] },
  { from: '1973-01-01', states: ['DNK', 'GBR', 'IRL'] },
  { from: '1981-01-01', states: ['GRC'] },
  { from: '1986-01-01', states: ['ESP', 'PRT'] },
  { from: '1995-01-01', states: ['AUT', 'FIN', 'SWE'] },
  { from: '2004-05-01', states: ['CYP', 'CZE', 'EST', 'HUN', 'LTU', 'LVA', 'MLT', 'POL', 'SVK', 'SVN'] },
  { from: '2007-01-01', states: ['BGR', 'ROU'] },
  { from: '2013-07-01', states: ['HRV'] },
];
/** Members that left, and the first day they were no longer members: the United Kingdom left on 31 January 2020. */
export const EU_WITHDRAWALS: Readonly<Record<string, string>> = { GBR: '2020-02-01' };
/** The first day of the bloc (the EEC's treaty in force). */
export const EU_FROM = EU_ENLARGEMENTS[0].from;
/** The day the European Union took over from the European Communities (the Maastricht treaty in force). */
export const EU_UNION_FROM = '1993-11-01';

/** Whether a state was a member of the EU (the EEC before) on a date (`YYYY-MM-DD`). `inEuOn('GBR', '2019-12-18')` → true. */
export function inEuOn(key: string, date: string): boolean {
  const joined = EU_ENLARGEMENTS.find((e) => e.states.includes(key))?.from;
  if (joined === undefined || date < joined) return false;
  const left = EU_WITHDRAWALS[key];
  return left === undefined || date < left;
}

/** Whether the bloc existed on a date. */
export const euExistsOn = (date: string) => date >= EU_FROM;

/**
 * One member at a decision's date, with its position code (`CODE` of the
 * model; the record's `POSITION_CODE` has the same values, its 0 meaning
 * absent or not voting).
 */
export interface BlocMember {
  key: string;
  name: string;
  code: number;
  group: RegionalGroup | null;
  eu: boolean;
}

export type MajorityPosition = 'Y' | 'N' | 'A';
const MAJORITY_CODES: readonly [MajorityPosition, number][] = [
  ['Y', CODE.Y],
  ['N', CODE.N],
  ['A', CODE.A],
];

export interface BlocCounts {
  Y: number;
  N: number;
  A: number;
  X: number;
  disputed: number;
  /** Code 0: not reported (a curated dataset), or absent or not voting (the record). */
  none: number;
}

export interface BlocRow extends BlocCounts {
  bloc: Bloc;
  /** Its members at the decision's date that could vote in it. */
  members: number;
  majority: MajorityPosition | null;
  /** Whether the positions nobody knows could not change the majority (false where there is none). */
  settled: boolean;
  /** Members with Y, N or A other than the majority's, by name. */
  against: BlocMember[];
}

export interface BreakdownOptions {
  /** Whether code 0 is a position nobody knows (not reported) rather than no position taken (absent). */
  noneIsUnknown: boolean;
  /** Whether to give the EU's row (false before 1958). */
  eu: boolean;
}

/**
 * The breakdown of one decision's positions, a row per bloc (the five
 * groups in order, then the EU where `options.eu`). Members not eligible
 * (code 6) are left out; a member with no group counts in the EU only.
 *
 * Example: members of one group with Y, Y, N, A, not reported (unknown) →
 * Y 2, N 1, A 1, none 1; majority Y, not settled (2 ≤ 1 + 1); against: the
 * N and the A.
 */
export function groupBreakdown(members: readonly BlocMember[], options: BreakdownOptions): BlocRow[] {
  const blocs = options.eu ? BLOCS : REGIONAL_GROUPS;
  return blocs.map((bloc) => {
    const inBloc = members.filter((m) => m.code !== CODE.notEligible && (bloc === 'EU' ? m.eu : m.group === bloc));
    const counts: BlocCounts = { Y: 0, N: 0, A: 0, X: 0, disputed: 0, none: 0 };
    for (const m of inBloc) {
      if (m.code === CODE.Y) counts.Y++;
      else if (m.code === CODE.N) counts.N++;
      else if (m.code === CODE.A) counts.A++;
      else if (m.code === CODE.X) counts.X++;
      else if (m.code === CODE.disputed) counts.disputed++;
      else counts.none++;
    }
    const majority = majorityOf(counts);
    const unknown = counts.disputed + (options.noneIsUnknown ? counts.none : 0);
    const taken = MAJORITY_CODES.map(([p]) => counts[p]).sort((a, b) => b - a);
    const majorityCode = MAJORITY_CODES.find(([p]) => p === majority)?.[1];
    const against =
      majority === null
        ? []
        : inBloc
            .filter((m) => m.code !== majorityCode && MAJORITY_CODES.some(([, c]) => c === m.code))
            .sort((a, b) => a.name.localeCompare(b.name, 'en'));
    return {
      bloc,
      members: inBloc.length,
      ...counts,
      majority,
      settled: majority !== null && taken[0] > taken[1] + unknown,
      against,
    };
  });
}

/** The most frequent of Y, N and A; null on a tie for the most, or where none was taken. */
export function majorityOf(counts: Pick<BlocCounts, MajorityPosition>): MajorityPosition | null {
  const sorted = MAJORITY_CODES.map(([p]) => p).sort((a, b) => counts[b] - counts[a]);
  const [first, second] = sorted;
  if (counts[first] === 0 || counts[first] === counts[second]) return null;
  return first;
}

/** The members of a curated dataset's decision, each in the group its dataset gives it. */
export function dayBlocMembers(
  dataset: Pick<Dataset, 'states'>,
  decision: Pick<Decision, 'positions' | 'date'>,
): BlocMember[] {
  return dataset.states.map((s, i) => ({
    key: s.code,
    name: s.name,
    code: decision.positions[i],
    group: s.regionalGroup,
    eu: inEuOn(s.code, decision.date),
  }));
}

/** The breakdown of a curated dataset's decision (not reported is a position nobody knows). */
export function dayBreakdown(
  dataset: Pick<Dataset, 'states'>,
  decision: Pick<Decision, 'positions' | 'date'>,
): BlocRow[] {
  return groupBreakdown(dayBlocMembers(dataset, decision), { noneIsUnknown: true, eu: euExistsOn(decision.date) });
}

/** The breakdown as CSV: header and rows. The column of code 0 is named for what it means in the dataset. */
export function breakdownTable(
  rows: readonly BlocRow[],
  noneColumn: 'not_reported' | 'absent_or_not_voting',
): { header: string[]; rows: (string | number)[][] } {
  return {
    header: [
      'group',
      'members',
      'Y',
      'N',
      'A',
      'X',
      'disputed',
      noneColumn,
      'majority',
      'majority_settled',
      'against_majority',
    ],
    rows: rows.map((r) => [
      r.bloc,
      r.members,
      r.Y,
      r.N,
      r.A,
      r.X,
      r.disputed,
      r.none,
      r.majority ?? '',
      r.majority === null ? '' : r.settled ? 'yes' : 'no',
      r.against.map((m) => `${m.key}:${MAJORITY_CODES.find(([, c]) => c === m.code)![0]}`).join(' '),
    ]),
  };
}
