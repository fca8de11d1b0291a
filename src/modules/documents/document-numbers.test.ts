import { describe, expect, it } from 'vitest';
import { documentNoPrefix } from './document-numbers.js';

describe('documentNoPrefix names the issuing unit in a document number', () => {
  it.each([
    [{ shortName: '武侯区', regionCode: '510107' }, '武侯市监'],
    [{ shortName: '彭州市', regionCode: '510182' }, '彭州市监'],
    [{ shortName: '成都市', regionCode: '510100' }, '成都市监'],
    [{ shortName: '阿坝藏族羌族自治州', regionCode: '513200' }, '阿坝市监'],
    [{ shortName: '峨边彝族自治县', regionCode: '511132' }, '峨边市监'],
    [{ shortName: '省局', regionCode: '510000' }, '川市监'],
    [{ shortName: '抽检监测处', regionCode: null }, '川市监抽'],
    [{ shortName: '生产处', regionCode: null }, '川市监生'],
  ])('%o → %s', (unit, prefix) => {
    expect(documentNoPrefix(unit)).toBe(prefix);
  });
});
