// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { sampleFieldPatterns } from '../pages/samples/form/sample-form';
import { detailKeyToNamePath, fieldErrorsFor, matchesField, otherFieldErrors } from './form-errors';

const error = new ApiError(400, 'VALIDATION_FAILED', '提交的数据有误', {
  'sampledParty.creditCode': '统一社会信用代码校验位不正确',
  'items.0.resultText': '请填写检验结果',
  'items.12.unit': '单位过长',
  accompanyingOfficer: '食用农产品、进口冷链食品抽样须有执法人员陪同（《工作规范》第二十三条）',
  _: '请求有误',
});

describe('server error details on form fields', () => {
  it('turns dotted keys into name paths, with list indexes as numbers', () => {
    expect(detailKeyToNamePath('sampledParty.creditCode')).toEqual(['sampledParty', 'creditCode']);
    expect(detailKeyToNamePath('items.0.resultText')).toEqual(['items', 0, 'resultText']);
    expect(detailKeyToNamePath('username')).toBe('username');
  });

  it('matches list fields through a * pattern, and only list indexes', () => {
    expect(matchesField('items.3.resultText', ['items.*.resultText'])).toBe(true);
    expect(matchesField('items.x.resultText', ['items.*.resultText'])).toBe(false);
    expect(matchesField('items.3.resultText.extra', ['items.*.resultText'])).toBe(false);
    expect(matchesField('sampleNo', ['sampleNo'])).toBe(true);
  });

  it('puts each message of the sample form on its nested field', () => {
    expect(fieldErrorsFor(error, sampleFieldPatterns)).toEqual([
      { name: ['sampledParty', 'creditCode'], errors: ['统一社会信用代码校验位不正确'] },
      { name: ['items', 0, 'resultText'], errors: ['请填写检验结果'] },
      { name: ['items', 12, 'unit'], errors: ['单位过长'] },
      { name: 'accompanyingOfficer', errors: ['食用农产品、进口冷链食品抽样须有执法人员陪同（《工作规范》第二十三条）'] },
    ]);
  });

  it('keeps the messages of fields the form lacks for showing elsewhere', () => {
    expect(otherFieldErrors(error, sampleFieldPatterns)).toEqual(['请求有误']);
    expect(otherFieldErrors(new Error('x'), sampleFieldPatterns)).toEqual([]);
  });
});
