// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, renderRoutes } from '../../../test-utils';
import DisposalDetailPage from './DisposalDetailPage';

const step = (kind: string, name: string, done = false) => ({
  id: `st-${kind}`,
  kind,
  name,
  status: done ? 'done' : 'pending',
  doneOn: done ? '2026-11-25' : null,
  text: done ? '已向被抽样单位直接送达' : null,
  details: done ? { deliveredTo: '某某超市', method: '直接送达' } : {},
  version: 1,
  attachments: [],
});

const detail = (over: Record<string, unknown> = {}) => ({
  id: 'd1',
  sampleId: 's1',
  sampleNo: 'DBJ2551000028300101',
  kind: 'disposal',
  ownerUnitId: 'u1',
  ownerUnitName: '成都市武侯区市场监督管理局',
  link: 'distribution',
  status: 'open',
  statusName: '待处置',
  openedAt: '2026-11-20T02:00:00Z',
  clockStart: { from: 'recordCreated', conclusionReceivedOn: null, recordedAt: '2026-11-20T02:00:00Z', lagDays: 0 },
  dueAt: new Date(Date.now() + 40 * 86_400_000).toISOString(),
  originalDueAt: new Date(Date.now() + 40 * 86_400_000).toISOString(),
  provisional: true,
  extension: null,
  closedAt: null,
  voidReason: null,
  overdue: false,
  remainingMs: 40 * 86_400_000,
  version: 7,
  sample: {
    id: 's1',
    sampleNo: 'DBJ2551000028300101',
    foodName: '芹菜',
    samplingType: 'supervisory',
    link: 'distribution',
    sampledPartyName: '成都市武侯区某某超市有限公司',
    sampledPartyAddress: null,
    nominalProducerName: null,
    nominalProducerAddress: null,
    samplingDate: '2026-11-10',
    labName: '四川省食品检验研究院',
    reportNo: null,
    conclusion: 'unqualified',
    items: [{ id: 'i1', itemName: '毒死蜱', resultText: '0.12', unit: 'mg/kg', limitText: '≤0.02', standard: 'GB 2763-2021', judgement: 'unqualified' }],
  },
  steps: [step('notice', '检验结果通知书送达'), step('riskControl', '风险控制到位'), step('causeInvestigation', '原因排查到位')],
  assists: [],
  history: [],
  actions: ['recordStep', 'attach', 'requestClosing'],
  ...over,
});

const me = { id: 'me', username: 'county-510107', displayName: '张三', unit: { id: 'u1', name: '武侯区局', kind: 'county_bureau', regionCode: '510107' }, roles: [], permissions: ['disposal.work'], menu: [], mustChangePassword: false, csrfToken: 't' };

function serve(reply: ReturnType<typeof detail>, post?: (url: string, body: unknown) => Response) {
  return mockFetch((key, init, url) => {
    if (key === 'GET /api/disposals/d1') return jsonResponse(reply);
    if (key === 'GET /api/disposals/d1/documents') return jsonResponse({ items: [] });
    if (key === 'GET /api/samples/s1/objections') return jsonResponse({ items: [] });
    if (key === 'GET /api/me') return jsonResponse(me);
    if (init?.method === 'POST' && post) return post(url.pathname, JSON.parse(String(init.body)));
    return jsonResponse({});
  });
}

const open = () => renderRoutes([{ path: '/disposals/:id', element: <DisposalDetailPage /> }], '/disposals/d1');

afterEach(() => vi.unstubAllGlobals());

describe('DisposalDetailPage', () => {
  it('shows exactly the actions the server lists, and holds the five in place until the notice', async () => {
    serve(detail());
    open();
    await screen.findByText('风险控制到位');
    expect(screen.getByRole('button', { name: '申请结案' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '审批结案' })).toBeNull();
    expect(screen.queryByRole('button', { name: '延期' })).toBeNull();
    expect(screen.getByText('暂定')).toBeTruthy();
    const notice = screen.getByTestId('step-notice');
    expect((within(notice).getByRole('button', { name: '登记' }) as HTMLButtonElement).disabled).toBe(false);
    expect((within(screen.getByTestId('step-riskControl')).getByRole('button', { name: '登记' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows a leader 审批结案 and 退回, and a recorded step with its facts', async () => {
    serve(detail({ status: 'pending_approval', steps: [step('notice', '检验结果通知书送达', true)], actions: ['approveClosing', 'rejectClosing', 'extend'] }));
    open();
    expect(await screen.findByRole('button', { name: '审批结案' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '退回' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '延期' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '登记' })).toBeNull();
    expect(within(screen.getByTestId('step-notice')).getByText('某某超市')).toBeTruthy();
  });

  it('sends the notice with its facts and the version seen, and says so when someone saved first', async () => {
    const fetch = serve(detail(), () => jsonResponse({ error: { code: 'VERSION_CONFLICT', message: '数据已被修改' } }, 409));
    open();
    fireEvent.click(within(await screen.findByTestId('step-notice')).getByRole('button', { name: '登记' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('情况说明'), { target: { value: '已直接送达' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('该记录已被他人修改，请刷新后重试')).toBeTruthy();
    await waitFor(() => expect(fetch.mock.calls.some(([url, init]) => url === '/api/disposals/d1/steps' && init?.method === 'POST')).toBe(true));
    const post = fetch.mock.calls.find(([url, init]) => url === '/api/disposals/d1/steps' && init?.method === 'POST')!;
    expect(JSON.parse(String(post[1]!.body))).toMatchObject({
      kind: 'notice',
      version: 7,
      text: '已直接送达',
      details: { deliveredTo: '成都市武侯区某某超市有限公司', method: '直接送达' },
    });
  });

  it('puts the server’s step-fact messages on their fields', async () => {
    serve(detail({ steps: [step('notice', '检验结果通知书送达', true), step('disclosure', '信息公开到位')] }), () =>
      jsonResponse({ error: { code: 'VALIDATION_FAILED', message: '提交的数据有误', details: { 'details.channel': '请填写公开渠道' } } }, 400),
    );
    open();
    fireEvent.click(within(await screen.findByTestId('step-disclosure')).getByRole('button', { name: '登记' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('公开渠道'), { target: { value: '门户网站' } });
    fireEvent.change(within(dialog).getByLabelText('情况说明'), { target: { value: '已公开' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('请填写公开渠道')).toBeTruthy();
  });

  it('says how much later the record came than the conclusion its periods count from', async () => {
    serve(detail({ openedAt: '2026-11-01T16:00:00Z', clockStart: { from: 'conclusionReceived', conclusionReceivedOn: '2026-11-02', recordedAt: '2026-11-20T02:00:00Z', lagDays: 18 } }));
    open();
    expect((await screen.findByTestId('import-lag')).textContent).toBe('导入时间晚于检验结论 18 天');
    expect(screen.getByText('2026-11-02')).toBeTruthy();
  });

  it('without the date, says the count runs from the record and offers to enter it', async () => {
    serve(detail({ actions: ['recordStep', 'attach', 'setConclusionReceived'] }));
    open();
    expect(await screen.findByText('未登记收到检验结论的日期，期限暂自录入平台之时起算')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '登记收到结论日期' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/自收到检验结论之日起重新计算/)).toBeTruthy();
  });
});
