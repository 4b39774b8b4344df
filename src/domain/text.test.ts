import { describe, expect, it } from 'vitest';
import { shorten } from './text';

describe('shorten', () => {
  it('keeps short text as it is', () => {
    expect(shorten('ga-l10')).toBe('ga-l10');
    expect(shorten('x'.repeat(32))).toBe('x'.repeat(32));
  });

  it('cuts long text to the maximum, with "…"', () => {
    expect(shorten('OFFICIAL CORRECTION: Russia voted Yes', 20)).toBe('OFFICIAL CORRECTION…');
    expect(Array.from(shorten('x'.repeat(300)))).toHaveLength(32);
  });

  it('never splits a character made of two code units', () => {
    expect(shorten('🇺🇦🇺🇦🇺🇦', 3)).toBe('🇺🇦…');
  });

  it('shows control and invisible formatting characters as "�"', () => {
    expect(shorten('ga\u202El10\u0000')).toBe('ga\uFFFDl10\uFFFD');
  });
});
