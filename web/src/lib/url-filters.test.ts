import { describe, expect, it } from 'vitest';
import { disposalFilters } from '../pages/disposals/disposal-filters';
import { ledgerFilters } from '../pages/ledger/ledger-filters';
import { sampleFilters } from '../pages/samples/sample-filters';

const parse = (qs: string) => sampleFilters.parse(new URLSearchParams(qs));

describe('sample filters in the URL', () => {
  it('reads every filter and the paging from the search params', () => {
    const state = parse(
      'q=韭菜&regionCode=510107&link=distribution&categoryRootId=c71f4463-09e9-5af1-b66d-23cb19b2fafa&dateFrom=2026-01-01&dateTo=2026-03-31&conclusion=unqualified&samplingType=risk_monitoring&needsReview=true&page=3&pageSize=50',
    );
    expect(state).toEqual({
      q: '韭菜',
      regionCode: '510107',
      link: 'distribution',
      categoryRootId: 'c71f4463-09e9-5af1-b66d-23cb19b2fafa',
      dateFrom: '2026-01-01',
      dateTo: '2026-03-31',
      conclusion: 'unqualified',
      samplingType: 'risk_monitoring',
      needsReview: 'true',
      page: 3,
      pageSize: 50,
    });
  });

  it('drops values the server would refuse rather than sending them', () => {
    const state = parse('link=market&regionCode=5101&dateFrom=2026/01/01&conclusion=bad&enterpriseId=42&needsReview=false&page=-2&pageSize=7');
    expect(state).toEqual({ page: 1, pageSize: 20 });
  });

  it('writes only what is set, leaving out page 1 and the default page size', () => {
    const params = sampleFilters.toParams({ q: ' 猪肝 ', link: undefined, conclusion: 'issue', page: 1, pageSize: 20 });
    expect(params.toString()).toBe(`q=${encodeURIComponent('猪肝')}&conclusion=issue`);
    expect(sampleFilters.toParams({ page: 2, pageSize: 100 }).toString()).toBe('page=2&pageSize=100');
  });

  it('round-trips a state through the URL', () => {
    const state = { regionCode: '510100', enterpriseId: '1cef4c39-2bf8-41fe-9afd-89bb412bb49c', needsReview: 'true', page: 4, pageSize: 10 };
    expect(sampleFilters.parse(sampleFilters.toParams(state))).toEqual(state);
  });

  it('round-trips the link 待确定 (unknown) in the sample, disposal and ledger lists', () => {
    for (const filters of [sampleFilters, disposalFilters, ledgerFilters]) {
      const state = filters.parse(new URLSearchParams('link=unknown'));
      expect(state).toMatchObject({ link: 'unknown' });
      expect(filters.toParams(state).toString()).toBe('link=unknown');
    }
  });

  it('gives the export the filters without the paging', () => {
    expect(sampleFilters.filtersOnly({ ...parse('conclusion=qualified&page=5'), q: undefined })).toEqual({ conclusion: 'qualified' });
    expect(sampleFilters.anySet(parse('page=5'))).toBe(false);
    expect(sampleFilters.anySet(parse('link=online'))).toBe(true);
  });
});
