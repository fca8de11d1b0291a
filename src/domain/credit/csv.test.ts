import { describe, expect, it } from 'vitest';
import { csvField, toCsv, UTF8_BOM } from './csv.js';

describe('CSV for Excel', () => {
  it('starts with the UTF-8 byte-order mark and ends lines with CRLF', () => {
    const text = toCsv(['企业名称', '日期'], [['成都某某食品有限公司', '2025-03-01']]);
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    expect(text).toBe(`${UTF8_BOM}企业名称,日期\r\n成都某某食品有限公司,2025-03-01\r\n`);
  });
  it('quotes fields with commas, quotes and line breaks', () => {
    expect(csvField('毒死蜱 0.12，克百威')).toBe('毒死蜱 0.12，克百威');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('他说"不"')).toBe('"他说""不"""');
    expect(csvField('第一行\n第二行')).toBe('"第一行\n第二行"');
  });
  it('keeps a typed formula from running when the file is opened', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });
  it('writes numbers as they are and nothing for missing values', () => {
    expect(csvField(-5)).toBe('-5');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });
});
