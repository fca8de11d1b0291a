import { describe, expect, it } from 'vitest';
import { isInternal, workItemTarget } from './work-item-links';

describe('workItemTarget', () => {
  it('is the first link to a page the item is handled on', () => {
    const links = [
      { label: '说明', href: 'https://www.samr.gov.cn/' },
      { label: '核查处置', href: '/disposals/d1' },
      { label: '对账检查', href: '/reconciliations/r1' },
    ];
    expect(workItemTarget({ links })).toBe('/disposals/d1');
    expect(workItemTarget({ links: [{ label: '24小时限时报告', href: '/urgent/u1' }] })).toBe('/urgent/u1');
    // 督办 items (办理, 审核) and the inspection asked of the centre are all handled on the escalation.
    expect(workItemTarget({ links: [{ label: '督办详情', href: '/escalations/e1' }] })).toBe('/escalations/e1');
  });

  it('is the watch page for an opinion watch, whatever its links (its days are recorded there)', () => {
    expect(workItemTarget({ id: 'w1', kind: 'opinion_watch', links: [{ label: '信息公布', href: '/publications/p1' }] })).toBe('/opinion/watches/w1');
  });

  it('is nothing for an item without such a link', () => {
    expect(workItemTarget({ links: [] })).toBeNull();
    expect(workItemTarget({ links: [{ label: '外部', href: 'https://example.org/disposals/x' }] })).toBeNull();
  });
});

describe('isInternal', () => {
  it('tells app paths from other sites', () => {
    expect(isInternal('/urgent/u1')).toBe(true);
    expect(isInternal('//evil.example/x')).toBe(false);
    expect(isInternal('https://www.samr.gov.cn/')).toBe(false);
  });
});
