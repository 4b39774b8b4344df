/** How the alignment view writes its figures. */

/** A count with thousands separators: 6,119. */
export const count = (n: number) => n.toLocaleString('en');

/**
 * An agreement is a ratio of counts, (2 same + one abstained) / (2 common):
 * its decimals lie at least 1/(2 × common) apart, far more than the error of
 * a floating-point product, so a nudge of 1e-6 rounds exact halves up
 * (46/160 → 28.8%, not the 28.7% that 0.2875 × 1000 would give).
 */
const rounded = (agreement: number, places: number) => Math.round(agreement * 10 ** (places + 2) + 1e-6) / 10 ** places;

/** An agreement as a percentage to one decimal (36.4%), or a dash where there is no common decision. */
export const agreementText = (agreement: number | null) =>
  agreement === null ? '–' : `${rounded(agreement, 1).toFixed(1)}%`;

/** The same, to the whole percent, for the matrix's cells. */
export const agreementShort = (agreement: number | null) => (agreement === null ? '–' : `${rounded(agreement, 0)}%`);

/** The five shades of the matrix, 20 points each: 0 for 0–20%, … 4 for 80–100%. */
export const SHADES = [0, 1, 2, 3, 4] as const;
export const shadeOf = (agreement: number) => Math.min(4, Math.floor(agreement * 5));
export const shadeLabel = (shade: number) => `${shade * 20}–${shade * 20 + 20}%`;
