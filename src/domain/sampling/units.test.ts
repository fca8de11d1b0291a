import { describe, expect, it } from 'vitest';
import { testItemData } from '../../modules/catalogue/test-item-data.js';
import { canonicalUnit, conversionFactor, convertValue, splitTrailingUnit } from './units.js';

describe('canonicalUnit', () => {
  it('knows every unit the catalogue uses', () => {
    const units = new Set(testItemData.flatMap((item) => [item.unit, ...item.limits.map((l) => l.unit ?? null)]).filter((u): u is string => u !== null));
    expect(units.size).toBeGreaterThan(15);
    for (const unit of units) expect(canonicalUnit(unit), unit).toBe(unit);
  });

  it.each([
    ['mg/kg', 'mg/kg'],
    ['MG/KG', 'mg/kg'],
    ['g/kg', 'g/kg'],
    ['mg/L', 'mg/L'],
    ['mg/l', 'mg/L'],
    ['g/L', 'g/L'],
    ['μg/kg', 'μg/kg'],
    ['µg/kg', 'μg/kg'],
    ['ug/kg', 'μg/kg'],
    ['μg/L', 'μg/L'],
    ['ug/l', 'μg/L'],
    ['CFU/g', 'CFU/g'],
    ['cfu/ml', 'CFU/mL'],
    ['CFU/25g', 'CFU/25g'],
    ['MPN/g', 'MPN/g'],
    ['MPN/100mL', 'MPN/100mL'],
    ['mg/100cm²', 'mg/100cm²'],
    ['mg/100cm2', 'mg/100cm²'],
    ['mg/dm²', 'mg/dm²'],
    ['/25g', '/25g'],
    ['/50cm²', '/50cm²'],
    ['%', '%'],
    ['g/100g', 'g/100g'],
    ['(mg/kg)', 'mg/kg'],
    ['（mg/kg）', 'mg/kg'],
    ['ｍｇ／ｋｇ', 'mg/kg'],
    [' mg / kg ', 'mg/kg'],
  ])('reads %s as %s', (raw, unit) => {
    expect(canonicalUnit(raw)).toBe(unit);
  });

  it.each(['', '复检', 'E3mg/kg', 'x10⁴CFU/g', 'mg/kg/d', 'kg²', 'ND', 'mg/kg以Pb计'])('is not a unit: %s', (raw) => {
    expect(canonicalUnit(raw)).toBeNull();
  });
});

describe('splitTrailingUnit', () => {
  it.each([
    ['0.54mg/100cm²', '0.54', 'mg/100cm²'],
    ['1.2E+03mg/kg', '1.2E+03', 'mg/kg'],
    ['1.2E3mg/kg', '1.2E3', 'mg/kg'],
    ['4.3×10⁴CFU/g', '4.3×10⁴', 'CFU/g'],
    ['4.3x10^4 CFU/g', '4.3x10^4', 'CFU/g'],
    ['检出/25g', '检出', '/25g'],
    ['0.12(mg/kg)', '0.12', 'mg/kg'],
  ])('%s → %s + %s', (text, head, unit) => {
    expect(splitTrailingUnit(text)).toEqual({ head, unit });
  });

  it('leaves text without a unit whole', () => {
    expect(splitTrailingUnit('4.3×10⁴')).toEqual({ head: '4.3×10⁴', unit: null });
    expect(splitTrailingUnit('未检出(<0.01mg/kg)')).toEqual({ head: '未检出(<0.01mg/kg)', unit: null });
  });
});

describe('conversion', () => {
  it('converts within mass fraction, concentration and surface units', () => {
    expect(convertValue(0.25, 'g/kg', 'mg/kg')).toBe(250);
    expect(convertValue(326, 'μg/kg', 'mg/kg')).toBe(0.326);
    expect(convertValue(20, 'μg/kg', 'mg/kg')).toBe(0.02);
    expect(convertValue(0.6, 'g/L', 'mg/L')).toBe(600);
    expect(convertValue(3, 'μg/L', 'mg/L')).toBe(0.003);
    expect(convertValue(0.54, 'mg/dm²', 'mg/100cm²')).toBe(0.54);
    expect(convertValue(1.5, 'g/100g', 'g/kg')).toBe(15);
  });

  it('refuses to convert between kinds', () => {
    expect(conversionFactor('mg/kg', 'mg/L')).toBeNull();
    expect(conversionFactor('CFU/g', 'CFU/mL')).toBeNull();
    expect(conversionFactor('CFU/g', 'MPN/g')).toBeNull();
    expect(conversionFactor('/25g', 'CFU/g')).toBeNull();
    expect(conversionFactor('%', 'g/100g')).toBeNull();
    expect(conversionFactor('CFU/g', 'CFU/g')).toBe(1);
  });
});
