import { describe, expect, it } from 'vitest';
import { parseResult, readMeasurement } from './measured-value.js';

describe('readMeasurement', () => {
  it.each([
    ['0.54mg/100cm²', { kind: 'number', value: 0.54 }, 'mg/100cm²'],
    ['0.54 mg/100cm2', { kind: 'number', value: 0.54 }, 'mg/100cm²'],
    ['0.02mg/dm²', { kind: 'number', value: 0.02 }, 'mg/dm²'],
    ['0.12mg/kg', { kind: 'number', value: 0.12 }, 'mg/kg'],
    ['0.5g/kg', { kind: 'number', value: 0.5 }, 'g/kg'],
    ['0.6g/L', { kind: 'number', value: 0.6 }, 'g/L'],
    ['326μg/kg', { kind: 'number', value: 326 }, 'μg/kg'],
    ['326µg/kg', { kind: 'number', value: 326 }, 'μg/kg'],
    ['326ug/kg', { kind: 'number', value: 326 }, 'μg/kg'],
    ['3μg/L', { kind: 'number', value: 3 }, 'μg/L'],
    ['1.1×10²CFU/g', { kind: 'number', value: 110 }, 'CFU/g'],
    ['45CFU/mL', { kind: 'number', value: 45 }, 'CFU/mL'],
    ['10CFU/25g', { kind: 'number', value: 10 }, 'CFU/25g'],
    ['2.3MPN/g', { kind: 'number', value: 2.3 }, 'MPN/g'],
    ['<3MPN/100mL', { kind: 'below', value: 3 }, 'MPN/100mL'],
    ['检出/25g', { kind: 'positive' }, '/25g'],
    ['未检出/25g', { kind: 'not_detected' }, '/25g'],
    ['0/25g', { kind: 'number', value: 0 }, '/25g'],
    ['检出/50cm²', { kind: 'positive' }, '/50cm²'],
    ['27.5%', { kind: 'number', value: 27.5 }, '%'],
    ['2.8g/100g', { kind: 'number', value: 2.8 }, 'g/100g'],
    ['检出', { kind: 'positive' }, null],
    ['未检出', { kind: 'not_detected' }, null],
    ['ND', { kind: 'not_detected' }, null],
    ['n.d.', { kind: 'not_detected' }, null],
    ['<LOD', { kind: 'not_detected' }, null],
    ['<检出限', { kind: 'not_detected' }, null],
    ['未检出(<0.01mg/kg)', { kind: 'not_detected' }, null],
    ['<0.01', { kind: 'below', value: 0.01 }, null],
    ['＜0.01mg/kg', { kind: 'below', value: 0.01 }, 'mg/kg'],
    ['小于0.01', { kind: 'below', value: 0.01 }, null],
    ['1.2×10³', { kind: 'number', value: 1200 }, null],
    ['1.2x10^3', { kind: 'number', value: 1200 }, null],
    ['1.2E+03', { kind: 'number', value: 1200 }, null],
    ['1.2e3', { kind: 'number', value: 1200 }, null],
    ['4.3×10⁻²', { kind: 'number', value: 0.043 }, null],
    ['10⁵', { kind: 'number', value: 100000 }, null],
    ['10^5', { kind: 'number', value: 100000 }, null],
  ])('reads %s', (raw, value, unit) => {
    expect(readMeasurement(raw)).toMatchObject({ value, unit });
  });

  it('says why a result cannot be read', () => {
    expect(readMeasurement('-0.5').value).toEqual({ kind: 'invalid', reason: '检验结果“-0.5”不能为负数' });
    expect(readMeasurement('0.12（复检）').value).toEqual({ kind: 'invalid', reason: '检验结果“0.12（复检）”不是有效数值' });
    expect(readMeasurement('>1100').value).toEqual({ kind: 'invalid', reason: '检验结果“>1100”只给出下限，无法判定，请填写测定值' });
    expect(readMeasurement('').value).toEqual({ kind: 'invalid', reason: '检验结果为空' });
  });
});

describe('parseResult', () => {
  const values = (raw: string) => parseResult(raw).results.map((r) => r.value);

  it('reads one result with its unit', () => {
    expect(parseResult('0.54mg/100cm²')).toEqual({ results: [{ text: '0.54', value: { kind: 'number', value: 0.54 }, unit: 'mg/100cm²' }], unit: 'mg/100cm²', error: null });
  });

  it.each([
    ['120,80,30,10,5', null],
    ['120，80，30，10，5', null],
    ['120、80、30、10、5', null],
    ['120;80;30;10;5', null],
    ['120/80/30/10/5', null],
    ['120 80 30 10 5', null],
    ['n=5: 120/80/30/10/5', null],
    ['n=5：120,80,30,10,5', null],
    ['120,80,30,10,5CFU/g', 'CFU/g'],
    ['120 80 30 10 5 CFU/g', 'CFU/g'],
    ['120CFU/g,80CFU/g,30CFU/g,10CFU/g,5CFU/g', 'CFU/g'],
  ])('reads the five results of %s', (raw, unit) => {
    const parsed = parseResult(raw);
    expect(parsed.error).toBeNull();
    expect(parsed.unit).toBe(unit);
    expect(parsed.results.map((r) => r.value)).toEqual([120, 80, 30, 10, 5].map((value) => ({ kind: 'number', value })));
  });

  it('keeps each result as reported, in powers of ten and below the limit of quantification', () => {
    const parsed = parseResult('1.2×10³,<10,<10,未检出,4.0×10²CFU/g');
    expect(parsed.results.map((r) => r.text)).toEqual(['1.2×10³', '<10', '<10', '未检出', '4.0×10²']);
    expect(values('1.2×10³,<10,<10,未检出,4.0×10²CFU/g')).toEqual([
      { kind: 'number', value: 1200 },
      { kind: 'below', value: 10 },
      { kind: 'below', value: 10 },
      { kind: 'not_detected' },
      { kind: 'number', value: 400 },
    ]);
  });

  it('does not take a slash before an amount for a list', () => {
    expect(values('0/25g')).toEqual([{ kind: 'number', value: 0 }]);
    expect(values('1.2 ×10³')).toEqual([{ kind: 'number', value: 1200 }]);
  });

  it('says what is wrong with a list', () => {
    expect(parseResult('120,80,abc').error).toBe('检验结果“abc”不是有效数值（在“120,80,abc”中）');
    expect(parseResult('120CFU/g,80CFU/mL').error).toBe('同一项目的检验结果单位不一致：CFU/g、CFU/mL');
    expect(parseResult('n=5: 120,80,30,10').error).toBe('检验结果注明 n=5，但列出了 4 个结果');
    expect(parseResult('120,-8').error).toBe('检验结果“-8”不能为负数（在“120,-8”中）');
  });
});
