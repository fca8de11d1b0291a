import { describe, expect, it } from 'vitest';
import { organisationRows, unitIdForRegion, unitIdForSlug } from '../org/seed-organisation.js';
import { caseNoPrefix, caseNoPrefixes } from './case-number.js';

describe('the issuing part of a case number', () => {
  it('is the documents\' prefix for most units', () => {
    expect(caseNoPrefix(unitIdForRegion('510100'))).toBe('成都市监');
    expect(caseNoPrefix(unitIdForRegion('510107'))).toBe('武侯市监');
    expect(caseNoPrefix(unitIdForSlug('enforcement'))).toBe('川市监稽');
  });

  it('tells apart the units whose document prefixes coincide', () => {
    expect(caseNoPrefix(unitIdForRegion('511002'))).toBe('内江市中区市监');
    expect(caseNoPrefix(unitIdForRegion('511102'))).toBe('乐山市中区市监');
    expect(caseNoPrefix(unitIdForRegion('511600'))).toBe('广安市监');
    expect(caseNoPrefix(unitIdForRegion('511602'))).toBe('广安广安区市监');
    expect(caseNoPrefix(unitIdForRegion('513231'))).toBe('阿坝阿坝县市监');
  });

  it('is unique for every unit of the province', () => {
    const all = [...caseNoPrefixes(organisationRows()).values()];
    expect(new Set(all).size).toBe(all.length);
  });
});
