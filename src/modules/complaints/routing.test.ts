import { describe, expect, it } from 'vitest';
import { regionIndex } from '../sampling/region-index.js';
import { routeComplaint } from '../../domain/complaints/routing.js';

const route = (address: string, city?: string) => routeComplaint(regionIndex.resolve(address), city);

describe('routing a complaint by its address', () => {
  it('goes to the county bureau when the address names the county', () => {
    expect(route('四川省成都市武侯区人民南路四段1号')).toMatchObject({ level: 'county', regionCode: '510107' });
  });

  it('settles 市中区 by the city the address names', () => {
    expect(route('四川省乐山市市中区嘉州大道3号')).toMatchObject({ level: 'county', regionCode: '511102' });
    expect(route('四川省内江市市中区玉溪路12号')).toMatchObject({ level: 'county', regionCode: '511002' });
  });

  it('sends 市中区 without its city to 投诉举报中心, unless the complainant chose the city', () => {
    const ambiguous = route('市中区某街道8号');
    expect(ambiguous.level).toBe('center');
    expect(ambiguous.note).toContain('市中区');
    expect(route('市中区某街道8号', '511100')).toMatchObject({ level: 'county', regionCode: '511102' });
    expect(route('市中区某街道8号', '511000')).toMatchObject({ level: 'county', regionCode: '511002' });
  });

  it('goes to the city bureau when only the city is known, and to the center when nothing is', () => {
    expect(route('四川省成都市某某路1号')).toMatchObject({ level: 'city', regionCode: '510100' });
    expect(route('某小区门口')).toMatchObject({ level: 'center', regionCode: null });
    expect(route('某小区门口', '510100')).toMatchObject({ level: 'city', regionCode: '510100' });
  });

  it('sends an address outside Sichuan, or one that contradicts the chosen city, to the center', () => {
    expect(route('重庆市渝中区解放碑')).toMatchObject({ level: 'center' });
    expect(route('四川省成都市武侯区人民南路', '511100')).toMatchObject({ level: 'center' });
  });
});
