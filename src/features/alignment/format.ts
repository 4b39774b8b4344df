/** How the alignment view writes its figures. */

/** A count with thousands separators: 6,119. */
export const count = (n: number) => n.toLocaleString('en');

/** An agreement as a percentage to one decimal (36.4%), or a dash where there is no common decision. */
export const agreementText = (agreement: number | null) =>
  agreement === null ? '–' : `${(100 * agreement).toFixed(1)}%`;

/** The same, to the whole percent, for the matrix's cells. */
export const agreementShort = (agreement: number | null) =>
  agreement === null ? '–' : `${Math.round(100 * agreement)}%`;

/** The five shades of the matrix, 20 points each: 0 for 0–20%, … 4 for 80–100%. */
export const SHADES = [0, 1, 2, 3, 4] as const;
export const shadeOf = (agreement: number) => Math.min(4, Math.floor(agreement * 5));
export const shadeLabel = (shade: number) => `${shade * 20}–${shade * 20 + 20}%`;
