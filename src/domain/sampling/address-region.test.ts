import { describe, expect, it } from 'vitest';
import divisions from '../../db/seed/data/sichuan-divisions.json' with { type: 'json' };
import { buildRegionIndex } from './address-region.js';

const index = buildRegionIndex(divisions);
const code = (address: string) => {
  const r = index.resolve(address);
  return 'regionCode' in r ? r.regionCode : r.level;
};

describe('address → region code', () => {
  it.each([
    ['四川省成都市武侯区武侯祠大街231号', '510107'],
    ['成都市锦江区春熙路18号', '510104'],
    ['四川省内江市市中区玉溪路12号', '511002'],
    ['四川省乐山市市中区嘉州大道3号', '511102'],
    ['自贡市自流井区五星街', '510302'],
    ['四川省凉山州西昌市航天大道', '513401'],
    ['凉山彝族自治州会理市城北街道', '513402'],
    ['阿坝州马尔康市达萨街', '513201'],
    ['四川省双流县东升镇', '510116'],
    ['成都市郫县犀浦镇', '510117'],
    ['攀枝花市东区炳草岗大街', '510402'],
    ['四川 省 成都市 青羊区　西御街', '510105'],
    ['四川省眉山市东坡区', '511402'],
  ])('%s → %s', (address, expected) => {
    expect(code(address)).toBe(expected);
  });

  it('stops at the city when no county is named (e.g. a development zone)', () => {
    expect(index.resolve('四川省成都市高新区天府大道北段')).toMatchObject({ level: 'city', regionCode: '510100' });
    expect(index.resolve('成都市高新西区合作路')).toMatchObject({ level: 'city', regionCode: '510100' });
  });

  it('refuses to guess between same-named counties when the city is missing', () => {
    expect(index.resolve('四川省市中区某街道8号')).toMatchObject({ level: 'ambiguous', candidates: ['511002', '511102'] });
  });

  it('recognises out-of-province addresses', () => {
    expect(index.resolve('广东省广州市白云区')).toEqual({ level: 'outside', province: '广东' });
    expect(index.resolve('重庆市渝北区')).toEqual({ level: 'outside', province: '重庆' });
  });

  it('says when nothing can be recognised', () => {
    expect(index.resolve('某某路8号')).toMatchObject({ level: 'unknown' });
    expect(index.resolve('')).toMatchObject({ level: 'unknown' });
  });
});
