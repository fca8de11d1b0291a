// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, renderPage } from '../../test-utils';
import SamplesPage from './SamplesPage';

const me = (capabilities: string[]) => ({
  id: 'u',
  username: 'county-510107',
  displayName: '武侯区工作人员',
  unit: { id: 'x', name: '成都市武侯区市场监督管理局', kind: 'county_bureau', regionCode: '510107' },
  roles: [],
  permissions: [],
  menu: ['samples'],
  capabilities,
  mustChangePassword: false,
  csrfToken: 't',
});

const sample = {
  id: 's1',
  sampleNo: 'DBJ2551000028300101',
  samplingType: 'supervisory',
  foodName: '芹菜',
  link: 'distribution',
  categoryRootName: '食用农产品',
  sampledPartyName: '成都市武侯区某某超市',
  regionCode: '510107',
  samplingDate: '2026-03-01',
  conclusion: 'unqualified',
  needsReview: true,
};

function serve(capabilities: string[]) {
  return mockFetch((key) => {
    if (key === 'GET /api/me') return jsonResponse(me(capabilities));
    if (key === 'GET /api/samples') return jsonResponse({ items: [sample], total: 1 });
    if (key === 'GET /api/org-units') {
      return jsonResponse([
        { id: 'c', name: '成都市市场监督管理局', shortName: '成都市', kind: 'city_bureau', kindName: '', regionCode: '510100', parentId: null, slug: null },
        { id: 'w', name: '成都市武侯区市场监督管理局', shortName: '武侯区', kind: 'county_bureau', kindName: '', regionCode: '510107', parentId: 'c', slug: null },
      ]);
    }
    return jsonResponse([]);
  });
}

afterEach(() => vi.unstubAllGlobals());

describe('SamplesPage', () => {
  it('asks the server with the filters from the URL and shows conclusion and review tags', async () => {
    const fetch = serve([]);
    renderPage(<SamplesPage />, '/samples');
    window.history.replaceState(null, '', '/samples');
    const row = (await screen.findByText('DBJ2551000028300101')).closest('tr')!;
    expect(within(row).getByText('不合格')).toBeTruthy();
    expect(within(row).getByText('待核实')).toBeTruthy();
    await waitFor(() => expect(within(row).getByText('成都市武侯区')).toBeTruthy());
    const listCall = fetch.mock.calls.map(([url]) => String(url)).find((u) => u.startsWith('/api/samples'))!;
    expect(listCall).toContain('page=1');
    expect(screen.queryByRole('button', { name: '新建抽样' })).toBeNull();
    expect(screen.queryByRole('button', { name: '导出 Excel' })).toBeNull();
  });

  it('offers export and 新建抽样 to those allowed, and sends URL filters to the list', async () => {
    const fetch = serve(['samples.create', 'samples.export']);
    const { router } = renderPage(<SamplesPage />, '/samples');
    await screen.findByText('DBJ2551000028300101');
    await router.navigate('/samples?conclusion=unqualified&needsReview=true&link=bogus');
    await waitFor(() => {
      const urls = fetch.mock.calls.map(([url]) => String(url)).filter((u) => u.startsWith('/api/samples'));
      expect(urls.some((u) => u.includes('conclusion=unqualified') && u.includes('needsReview=true') && !u.includes('link='))).toBe(true);
    });
    expect(screen.getByRole('button', { name: '新建抽样' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '导出 Excel' })).toBeTruthy();
    expect(screen.getByText('清除筛选')).toBeTruthy();
  });

  it('filters by 待确定, the samples whose link is not known yet, from the URL', async () => {
    const fetch = serve([]);
    const { router } = renderPage(<SamplesPage />, '/samples');
    await screen.findByText('DBJ2551000028300101');
    await router.navigate('/samples?link=unknown');
    await waitFor(() => {
      const urls = fetch.mock.calls.map(([url]) => String(url)).filter((u) => u.startsWith('/api/samples'));
      expect(urls.some((u) => u.includes('link=unknown'))).toBe(true);
    });
    // The link filter shows the option chosen (the sample row's own link is 流通).
    expect(screen.getByText('待确定')).toBeTruthy();
  });
});
