import { describe, expect, it } from 'vitest';
import { dishonestListingContent, dishonestRemovalContent, penaltyContent, unqualifiedContent, yuan } from './publication-content.js';

describe('the content of a published unqualified result', () => {
  it('names the food, its batch, the failed items, the producer and the lab', () => {
    expect(
      unqualifiedContent({
        foodName: '芹菜',
        spec: '散装',
        trademark: null,
        productionDate: '2025-03-02',
        batchNo: null,
        failedItems: '毒死蜱 0.12mg/kg（≤0.05）',
        nominalProducerName: '四川某某农业科技有限公司',
        labName: '四川省食品检验研究院',
      }),
    ).toBe('食品安全监督抽检不合格：芹菜（散装，生产日期：2025-03-02）；不合格项目：毒死蜱 0.12mg/kg（≤0.05）；标称生产企业：四川某某农业科技有限公司；检验机构：四川省食品检验研究院');
  });
  it('falls back to the batch number and says where the items are when none are recorded', () => {
    expect(
      unqualifiedContent({ foodName: '白酒', spec: null, trademark: '某某', productionDate: null, batchNo: 'B2025', failedItems: null, nominalProducerName: null, labName: null }),
    ).toBe('食品安全监督抽检不合格：白酒（商标：某某，批号：B2025）；不合格项目：见检验报告');
  });
});

describe('the content of a published penalty', () => {
  it('lists each sanction after the facts', () => {
    expect(
      penaltyContent({ content: '销售农药残留超标的芹菜', fineAmount: 5000, confiscatedIllegalGains: 120.5, confiscatedGoods: '芹菜12千克', licenceAction: 'none' }),
    ).toBe('销售农药残留超标的芹菜；处罚内容：罚款5000元，没收违法所得120.50元，没收芹菜12千克');
  });
  it('names a licence revocation and leaves out sanctions not imposed', () => {
    expect(penaltyContent({ content: '生产不合格食品', fineAmount: 0, confiscatedIllegalGains: 0, confiscatedGoods: null, licenceAction: 'revoke' })).toBe(
      '生产不合格食品；处罚内容：吊销许可证件',
    );
    expect(penaltyContent({ content: '警告', fineAmount: 0, confiscatedIllegalGains: 0, confiscatedGoods: null, licenceAction: 'none' })).toBe('警告');
  });
  it('writes yuan without needless decimals', () => {
    expect(yuan(100000)).toBe('100000元');
    expect(yuan(0.5)).toBe('0.50元');
  });
});

describe('the content of a dishonest-list publication', () => {
  it('says listing or removal with the reason', () => {
    expect(dishonestListingContent({ reason: '一年内三次因同一违法行为受到行政处罚', legalBasis: '《市场监督管理严重违法失信名单管理办法》第九条' })).toBe(
      '列入严重违法失信名单。列入事由：一年内三次因同一违法行为受到行政处罚；依据：《市场监督管理严重违法失信名单管理办法》第九条',
    );
    expect(dishonestRemovalContent({ removalReason: '公示期满，已完成整改' })).toBe('移出严重违法失信名单。移出事由：公示期满，已完成整改');
  });
});
