import { describe, expect, it } from 'vitest';
import { chineseDate, textDate } from './chinese-date.js';

describe('chineseDate writes the signature date in Chinese numerals', () => {
  it.each([
    ['2026-11-29', '二〇二六年十一月二十九日'],
    ['2026-01-01', '二〇二六年一月一日'],
    ['2026-10-10', '二〇二六年十月十日'],
    ['2026-12-20', '二〇二六年十二月二十日'],
    ['2027-03-31', '二〇二七年三月三十一日'],
    ['2030-02-09', '二〇三〇年二月九日'],
    ['2000-07-15', '二〇〇〇年七月十五日'],
  ])('%s → %s', (iso, expected) => {
    expect(chineseDate(iso)).toBe(expected);
  });

  it('refuses anything but YYYY-MM-DD', () => {
    expect(() => chineseDate('2026-1-1')).toThrow();
    expect(() => chineseDate('2026-11-29T00:00:00Z')).toThrow();
  });

  it('writes running-text dates with Arabic numerals, without leading zeros', () => {
    expect(textDate('2026-01-05')).toBe('2026年1月5日');
  });
});
