import { describe, expect, it } from 'vitest';
import { retestExclusion } from './retest-exclusion.js';

const additive = { itemName: '脱氢乙酸及其钠盐(以脱氢乙酸计)', judgement: 'unqualified', microbiological: false };
const microbe = { itemName: '菌落总数', judgement: 'unqualified', microbiological: true };
const passedMicrobe = { itemName: '大肠菌群', judgement: 'qualified', microbiological: true };

describe('retest exclusions (办法; SAMR 2018)', () => {
  it('allows a retest of a failed chemical item, in time, with a valid backup sample', () => {
    expect(retestExclusion({ items: [additive, passedMicrobe], backupSampleExpired: false, late: false })).toBeNull();
  });

  it('excludes a failed microbiological item, naming it', () => {
    expect(retestExclusion({ items: [additive, microbe], backupSampleExpired: false, late: false })).toBe('不合格项目“菌落总数”为微生物指标，不予复检');
  });

  it('excludes an expired backup sample', () => {
    expect(retestExclusion({ items: [additive], backupSampleExpired: true, late: false })).toBe('备份样品已超过保质期，不予复检');
  });

  it('excludes a late application, with the window reason when given', () => {
    expect(retestExclusion({ items: [additive], backupSampleExpired: false, late: true })).toBe('逾期提出复检申请，不予复检');
    expect(retestExclusion({ items: [additive], backupSampleExpired: false, late: '复检申请逾期提出：……' })).toBe('复检申请逾期提出：……，不予复检');
  });

  it('gives every reason that applies', () => {
    expect(retestExclusion({ items: [microbe], backupSampleExpired: true, late: true })?.split('；')).toHaveLength(3);
  });
});
