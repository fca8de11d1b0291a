import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { factsOf, stepFieldNames, toStepBody } from './step-form';

const doneOn = dayjs('2026-11-25');

describe('toStepBody', () => {
  it('sends the notice with its date, trimmed text and delivery facts', () => {
    expect(toStepBody('notice', { doneOn, text: ' 已送达 ', details: { deliveredTo: ' 某某超市 ', method: '直接送达' } }, 4)).toEqual({
      kind: 'notice',
      version: 4,
      doneOn: '2026-11-25',
      text: '已送达',
      details: { deliveredTo: '某某超市', method: '直接送达' },
    });
  });

  it('keeps the recall level only with a recall, and leaves out empty quantities', () => {
    const base = { doneOn, text: '已下架封存', details: { measures: ['下架', '封存'], sealedQuantity: 36, recalledQuantity: null, quantityUnit: 'kg', recallLevel: '二级' } };
    expect(toStepBody('riskControl', base, 1).details).toEqual({ measures: ['下架', '封存'], sealedQuantity: 36, quantityUnit: 'kg' });
    const recall = { ...base, details: { ...base.details, measures: ['召回'] } };
    expect(toStepBody('riskControl', recall, 1).details).toEqual({ measures: ['召回'], sealedQuantity: 36, quantityUnit: 'kg', recallLevel: '二级' });
  });

  it('sends the recall announcement day as a date, with a recall only', () => {
    const details = { measures: ['召回'], recallLevel: '一级', recallAnnouncedOn: dayjs('2026-11-26') };
    expect(toStepBody('riskControl', { doneOn, text: '已召回', details }, 1).details).toEqual({ measures: ['召回'], recallLevel: '一级', recallAnnouncedOn: '2026-11-26' });
    expect(toStepBody('riskControl', { doneOn, text: '已下架', details: { ...details, measures: ['下架'] } }, 1).details).toEqual({ measures: ['下架'] });
  });

  it('sends either the case number (with the amount) or the reason no case was filed', () => {
    const details = { caseNo: '武市监罚〔2026〕12号', noCaseReason: '情节轻微', amount: 5000 };
    expect(toStepBody('penalty', { doneOn, text: '已立案', caseFiled: 'filed', details }, 1).details).toEqual({ caseNo: '武市监罚〔2026〕12号', amount: 5000 });
    expect(toStepBody('penalty', { doneOn, text: '不予立案', caseFiled: 'notFiled', details }, 1).details).toEqual({ noCaseReason: '情节轻微' });
  });

  it('always says whether the rectification was verified', () => {
    expect(toStepBody('rectification', { doneOn, text: '已整改', details: { measures: '更换供货商' } }, 1).details).toEqual({ measures: '更换供货商', verified: false });
  });

  it('leaves an optional url out when blank', () => {
    expect(toStepBody('disclosure', { doneOn, text: '已公开', details: { channel: '门户网站', url: '  ' } }, 1).details).toEqual({ channel: '门户网站' });
  });
});

describe('stepFieldNames', () => {
  it('names the facts as the server reports their errors', () => {
    expect(stepFieldNames('riskControl')).toContain('details.recallLevel');
    expect(stepFieldNames('penalty')).toEqual(['doneOn', 'text', 'details.caseNo', 'details.noCaseReason', 'details.amount']);
  });
});

describe('factsOf', () => {
  it('reads risk control with quantities in their unit', () => {
    expect(factsOf('riskControl', { measures: ['下架', '召回'], sealedQuantity: 36, quantityUnit: 'kg', recallLevel: '三级' })).toEqual([
      { key: 'measures', label: '措施', value: '下架、召回' },
      { key: 'sealedQuantity', label: '封存', value: '36kg' },
      { key: 'recallLevel', label: '召回级别', value: '三级' },
    ]);
  });

  it('reads the recall announcement and by when the recall must be complete', () => {
    const facts = factsOf('riskControl', { measures: ['召回'], recallLevel: '一级', recallAnnouncedOn: '2026-11-26', recallCompleteBy: '2026-12-10', recallCompleteProvisional: false });
    expect(facts.slice(-3)).toEqual([
      { key: 'recallLevel', label: '召回级别', value: '一级' },
      { key: 'recallAnnouncedOn', label: '召回公告发布', value: '2026-11-26' },
      { key: 'recallCompleteBy', label: '应完成召回', value: '2026-12-10' },
    ]);
  });

  it('reads a penalty amount in yuan and a rectification check', () => {
    expect(factsOf('penalty', { caseNo: 'X号', amount: 5000 }).map((f) => f.value)).toEqual(['X号', '5,000 元']);
    expect(factsOf('rectification', { measures: '培训', verified: true }).map((f) => f.value)).toEqual(['培训', '已核查']);
  });
});
