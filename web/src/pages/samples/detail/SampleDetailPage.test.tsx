// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, renderRoutes } from '../../../test-utils';
import SampleDetailPage from './SampleDetailPage';

const items = [{ id: 'i1', itemName: '恩诺沙星', resultText: '326', unit: 'μg/kg', limitText: '≤100', standard: 'GB 31650-2019', judgement: 'unqualified', microbiological: false }];

const detail = {
  id: 's1',
  sampleNo: 'DBJ2551000028300103',
  samplingType: 'supervisory',
  foodName: '猪肝',
  link: 'distribution',
  categoryName: '猪肝',
  categoryRootName: '食用农产品',
  sampledPartyId: 'e1',
  sampledPartyName: '内江市市中区某某菜市场李某某',
  nominalProducerId: null,
  nominalProducerName: null,
  regionCode: '511002',
  ownerUnitName: '内江市市中区市场监督管理局',
  samplingDate: '2026-03-01',
  shelfLife: '18个月',
  samplers: [],
  importedColdChain: false,
  conclusion: 'unqualified',
  needsReview: true,
  reviewReasons: ['未记录陪同执法人员（食用农产品、进口冷链食品须陪同抽样）'],
  inferred: { 环节: '被抽样单位名称为经营单位' },
  source: 'import',
  version: 3,
  items,
  resultSets: [{ kind: 'initial', effective: true, objectionId: null, retestLab: null, concludedAt: null, items }],
  history: [{ seq: 9, at: '2026-03-01T02:00:00Z', action: 'sample.import', actionName: '导入抽样', actorUsername: 'div-sampling', actorName: '抽检监测处工作人员' }],
  actions: ['recordResults'],
};

afterEach(() => vi.unstubAllGlobals());

describe('SampleDetailPage', () => {
  it('shows the results, what was inferred, why it needs review, and the history', async () => {
    mockFetch((key) => (key === 'GET /api/samples/s1' ? jsonResponse(detail) : jsonResponse([])));
    renderRoutes([{ path: '/samples/:id', element: <SampleDetailPage /> }], '/samples/s1');
    const item = (await screen.findByText('恩诺沙星')).closest('tr')!;
    expect(within(item).getByText('不合格')).toBeTruthy();
    expect(screen.getByText('未记录陪同执法人员（食用农产品、进口冷链食品须陪同抽样）')).toBeTruthy();
    expect(screen.getByText('被抽样单位名称为经营单位')).toBeTruthy();
    expect(screen.getByText('18个月')).toBeTruthy();
    expect(screen.getByText('导入抽样')).toBeTruthy();
    expect(screen.getByText('抽检监测处工作人员')).toBeTruthy();
    expect(screen.getAllByText('待核实').length).toBeGreaterThan(0);
  });

  it('sends the version it saw and says so when someone else saved first', async () => {
    const fetch = mockFetch((key) => {
      if (key === 'POST /api/samples/s1/results') return jsonResponse({ error: { code: 'VERSION_CONFLICT', message: '该记录已被他人修改，请刷新后重试' } }, 409);
      return key === 'GET /api/samples/s1' ? jsonResponse(detail) : jsonResponse([]);
    });
    renderRoutes([{ path: '/samples/:id', element: <SampleDetailPage /> }], '/samples/s1');
    fireEvent.click(await screen.findByRole('button', { name: '更正检验结果' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('该记录已被他人修改，已刷新为最新内容，请核对后重新提交')).toBeTruthy();
    const post = fetch.mock.calls.find(([url, init]) => url === '/api/samples/s1/results' && init?.method === 'POST')!;
    expect(JSON.parse(String(post[1]!.body))).toMatchObject({ version: 3, items: [{ itemName: '恩诺沙星', resultText: '326', unit: 'μg/kg', limitText: '≤100' }] });
  });

  it('shows the refusal itself, not a version conflict, when the state refuses the correction', async () => {
    mockFetch((key) => {
      if (key === 'POST /api/samples/s1/results') return jsonResponse({ error: { code: 'RESULTS_FINAL_AFTER_RETEST', message: '复检结论为最终结论，不能再更正检验结果', details: null } }, 409);
      return key === 'GET /api/samples/s1' ? jsonResponse(detail) : jsonResponse([]);
    });
    renderRoutes([{ path: '/samples/:id', element: <SampleDetailPage /> }], '/samples/s1');
    fireEvent.click(await screen.findByRole('button', { name: '更正检验结果' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('复检结论为最终结论，不能再更正检验结果')).toBeTruthy();
    expect(within(dialog).queryByText('该记录已被他人修改，已刷新为最新内容，请核对后重新提交')).toBeNull();
  });

  it('records a missing accompanying officer when the sample offers it, with the version it saw', async () => {
    const fetch = mockFetch((key) => {
      if (key === 'POST /api/samples/s1/accompanying-officer') return jsonResponse({ ...detail, accompanyingOfficer: '王某某', version: 4 });
      return key === 'GET /api/samples/s1' ? jsonResponse({ ...detail, actions: ['recordResults', 'recordOfficer'] }) : jsonResponse([]);
    });
    renderRoutes([{ path: '/samples/:id', element: <SampleDetailPage /> }], '/samples/s1');
    fireEvent.click(await screen.findByRole('button', { name: '补录陪同执法人员' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByPlaceholderText('陪同抽样的执法人员姓名'), { target: { value: ' 王某某 ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(fetch.mock.calls.some(([url, init]) => url === '/api/samples/s1/accompanying-officer' && init?.method === 'POST')).toBe(true));
    const post = fetch.mock.calls.find(([url, init]) => url === '/api/samples/s1/accompanying-officer' && init?.method === 'POST')!;
    expect(JSON.parse(String(post[1]!.body))).toEqual({ version: 3, accompanyingOfficer: '王某某' });
  });

  it('offers no 补录陪同执法人员 when the sample does not need it', async () => {
    mockFetch((key) => (key === 'GET /api/samples/s1' ? jsonResponse(detail) : jsonResponse([])));
    renderRoutes([{ path: '/samples/:id', element: <SampleDetailPage /> }], '/samples/s1');
    await screen.findByText('恩诺沙星');
    expect(screen.queryByRole('button', { name: '补录陪同执法人员' })).toBeNull();
  });

  it('links the sample to its disposal, 24-hour report, objections and case, and lists what the user may not open without a link', async () => {
    const related = [
      { kind: 'disposal', id: 'd1', title: '核查处置（DBJ2551000028300103）', statusName: '处置中', href: '/disposals/d1' },
      { kind: 'urgentReport', id: 'u1', title: '猪肝恩诺沙星超标', statusName: '待处置', href: '/urgent/u1' },
      { kind: 'objection', id: 'o1', title: '异议申请（某某菜市场，2026-03-05）', statusName: '待审核', href: '/disposals/d1' },
      { kind: 'case', id: 'c1', title: '稽查案件 川市监罚〔2026〕1号', statusName: '调查取证', href: null },
    ];
    mockFetch((key) => (key === 'GET /api/samples/s1' ? jsonResponse({ ...detail, related }) : jsonResponse([])));
    renderRoutes([{ path: '/samples/:id', element: <SampleDetailPage /> }], '/samples/s1');
    const card = await screen.findByTestId('related-records');
    expect(within(card).getByRole('link', { name: '核查处置（DBJ2551000028300103）' }).getAttribute('href')).toBe('/disposals/d1');
    expect(within(card).getByRole('link', { name: '猪肝恩诺沙星超标' }).getAttribute('href')).toBe('/urgent/u1');
    expect(within(card).getByRole('link', { name: '异议申请（某某菜市场，2026-03-05）' }).getAttribute('href')).toBe('/disposals/d1');
    expect(within(card).getByText('稽查案件 川市监罚〔2026〕1号').closest('a')).toBeNull();
  });
});
