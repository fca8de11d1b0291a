import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { requiresAccompaniment, toItemInputs, toNewSample, type SampleFormValues } from './sample-form';

const values: SampleFormValues = {
  sampleNo: ' DBJ2651000000001 ',
  samplingType: 'supervisory',
  foodName: '韭菜',
  categoryId: '00000000-0000-4000-8000-000000000001',
  spec: '  ',
  productionDate: dayjs('2026-03-02'),
  shelfLife: ' 12个月 ',
  link: 'distribution',
  sampledParty: { name: '成都市武侯区某某超市', creditCode: '', address: '成都市武侯区某路1号', regionCode: '510107' },
  nominalProducer: { name: '', address: '某地' },
  samplingDate: dayjs('2026-03-05'),
  samplers: ['张三', ' ', '李四 '],
  organisedByMarketRegulation: true,
  importedColdChain: false,
  accompanyingOfficer: ' 王五 ',
  conclusionReceivedOn: dayjs('2026-03-20'),
  items: [{ itemName: '腐霉利', resultText: '0.5', unit: 'mg/kg', limitText: '≤0.2' }, {}],
};

describe('the 新建抽样 form as the API body', () => {
  it('trims text, sends empty fields as null and dates as YYYY-MM-DD', () => {
    const body = toNewSample(values);
    expect(body).toMatchObject({
      sampleNo: 'DBJ2651000000001',
      spec: null,
      productionDate: '2026-03-02',
      conclusionReceivedOn: '2026-03-20',
      shelfLife: '12个月',
      samplingDate: '2026-03-05',
      sampledParty: { name: '成都市武侯区某某超市', creditCode: null, address: '成都市武侯区某路1号', regionCode: '510107', licenceNumber: null },
      samplers: ['张三', '李四'],
      accompanyingOfficer: '王五',
      planId: null,
    });
  });

  it('leaves out an unnamed nominal producer and empty result rows', () => {
    const body = toNewSample(values);
    expect(body.nominalProducer).toBeNull();
    expect(body.items).toEqual([{ itemName: '腐霉利', resultText: '0.5', unit: 'mg/kg', limitText: '≤0.2', standard: null, judgementText: null }]);
    expect(toNewSample({ ...values, items: [{}] })).not.toHaveProperty('items');
  });

  it('keeps a half-filled result row so the server can say what is missing', () => {
    expect(toItemInputs([{ unit: 'mg/kg' }])).toEqual([{ itemName: '', resultText: '', unit: 'mg/kg', limitText: null, standard: null, judgementText: null }]);
  });
});

describe('accompanied sampling (《工作规范》第二十三条)', () => {
  it('is required for 食用农产品 and for imported cold-chain food', () => {
    expect(requiresAccompaniment({ categoryRootName: '食用农产品', importedColdChain: false, organisedByMarketRegulation: true })).toBe(true);
    expect(requiresAccompaniment({ categoryRootName: '乳制品', importedColdChain: true, organisedByMarketRegulation: true })).toBe(true);
  });

  it('is not required for other food, or when market regulation did not organise the sampling', () => {
    expect(requiresAccompaniment({ categoryRootName: '乳制品', importedColdChain: false, organisedByMarketRegulation: true })).toBe(false);
    expect(requiresAccompaniment({ categoryRootName: '食用农产品', importedColdChain: true, organisedByMarketRegulation: false })).toBe(false);
    expect(requiresAccompaniment({ categoryRootName: null, importedColdChain: false, organisedByMarketRegulation: true })).toBe(false);
  });
});
