/**
 * Text from outside (an address, a parameter) made safe to repeat on a page:
 * at most `max` characters, "…" where cut, and control or invisible
 * formatting characters (which can reorder or hide text) shown as "�".
 * shorten('OFFICIAL CORRECTION: Russia voted Yes', 20) → 'OFFICIAL CORRECTION…'
 */
export function shorten(text: string, max = 32): string {
  const chars = Array.from(text.replace(/[\p{Cc}\p{Cf}]/gu, '\uFFFD'));
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}
