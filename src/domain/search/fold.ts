/**
 * Text as the search compares it: case, accents and punctuation folded away,
 * so that "Türkiye", "TURKIYE" and "turkiye" are one word, and a symbol is
 * the same in all its spellings ("A/RES/ES-11/7", "es 11/7", "ES-11/7").
 */

const ASCII = /^[\x20-\x5f\x61-\x7e]*$/;

/** Lower case, without accents; `ß` as `ss`, `œ`/`æ` as `oe`/`ae`, curly quotes as straight ones. */
export function fold(text: string): string {
  // Most of the data is ASCII: lower case is all it needs.
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/ı/g, 'i')
    .replace(/[’‘`´]/g, "'");
}

/** The words of a text, folded: runs of letters and digits ("Côte d'Ivoire" → cote, d, ivoire). */
export function wordsOf(text: string): string[] {
  const folded = fold(text);
  return (ASCII.test(folded) ? folded.match(/[a-z0-9]+/g) : folded.match(/[\p{L}\p{N}]+/gu)) ?? [];
}

/** A text's words joined by one space: the form names are compared in. */
export function foldWords(text: string): string {
  return wordsOf(text).join(' ');
}

/**
 * A symbol as tokens: letters and digits apart, everything else a break
 * ("A/RES/ES-11/7" → "a res es 11 7", "R/44/41C" → "r 44 41 c", "L.11" → "l 11",
 * "S/RES/2774 (2025)" → "s res 2774 2025").
 */
export function symbolTokens(symbol: string): string {
  const folded = fold(symbol);
  const tokens = (ASCII.test(folded) ? folded.match(/[a-z]+|[0-9]+/g) : folded.match(/\p{L}+|\p{N}+/gu)) ?? [];
  // Leading zeros are no part of a number: "L.011" is "L.11".
  return tokens.map((t) => (t.charCodeAt(0) === 48 ? t.replace(/^0+(?=\d)/, '') : t)).join(' ');
}

/**
 * The spellings a symbol is found by: its tokens, and without what stands in
 * brackets (a year, a session in roman numerals), as most readers leave it out:
 * "S/RES/2774 (2025)" → "s res 2774 2025" and "s res 2774".
 */
export function symbolSpellings(symbol: string): string[] {
  const all = symbolTokens(symbol);
  const bare = symbolTokens(symbol.replace(/\([^)]*\)|\[[^\]]*\]/g, ' '));
  if (all === '') return [];
  return bare === all || bare === '' ? [all] : [all, bare];
}

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** A number in roman numerals (26 → XXVI), as the Assembly's first sessions are written beside their resolutions. */
export function roman(n: number): string {
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}
