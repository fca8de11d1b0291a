import { describe, expect, it } from 'vitest';
import { fromExcelSerial, parseDate } from './dates.js';

describe('parseDate', () => {
  it.each([
    ['2025-04-12', '2025-04-12'],
    ['2025/4/12', '2025-04-12'],
    ['2025.4.12', '2025-04-12'],
    ['20250412', '2025-04-12'],
    ['2025年4月12日', '2025-04-12'],
    ['购进日期：2025/4/12', '2025-04-12'],
    ['生产日期：2025-04-12', '2025-04-12'],
    ['加工日期2025.4.12', '2025-04-12'],
    ['检疫日期 2025年4月2日', '2025-04-02'],
    ['2024-02-29', '2024-02-29'],
    ['2025/4/12 00:00:00', '2025-04-12'],
  ])('reads %s', (text, date) => {
    expect(parseDate(text)).toEqual({ date, error: null });
  });

  it.each(['2025-02-30', '2025-13-01', '2025年2月30日', '20250230', '2023-02-29'])('reports %s as a date that does not exist', (text) => {
    expect(parseDate(text)).toEqual({ date: null, error: `日期不存在：${text}` });
  });

  it.each(['批号：A20250301', 'A123', '20251301', '见包装', '2025.04'])('leaves batch text %s without a date and without an error', (text) => {
    expect(parseDate(text)).toEqual({ date: null, error: null });
  });

  it('reads a bare number as an Excel serial only when the xlsx cell was numeric', () => {
    expect(parseDate('45759', true).date).toBe('2025-04-12');
    expect(parseDate('45759.5', true).date).toBe('2025-04-12');
    expect(parseDate('45759', false).date).toBeNull();
  });

  it('returns nothing for blank text', () => {
    expect(parseDate('  ')).toEqual({ date: null, error: null });
    expect(parseDate(null)).toEqual({ date: null, error: null });
  });
});

describe('fromExcelSerial', () => {
  it('follows the 1900 date system, including its phantom 1900-02-29', () => {
    expect(fromExcelSerial(1).date).toBe('1900-01-01');
    expect(fromExcelSerial(59).date).toBe('1900-02-28');
    expect(fromExcelSerial(60)).toEqual({ date: null, error: '日期不存在：1900-02-29（Excel 序列号 60）' });
    expect(fromExcelSerial(61).date).toBe('1900-03-01');
    expect(fromExcelSerial(45658).date).toBe('2025-01-01');
  });
});
