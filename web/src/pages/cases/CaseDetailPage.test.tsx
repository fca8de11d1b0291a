// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, renderRoutes } from '../../test-utils';
import CaseDetailPage from './CaseDetailPage';

const stage = (s: string, name: string, doneOn: string, more: Record<string, unknown> = {}) => ({ id: `cs-${s}`, stage: s, name, doneOn, text: `${name}情况`, documentNo: null, details: {}, attachments: [], ...more });

const detail = (over: Record<string, unknown> = {}) => ({
  id: 'c1',
  caseNo: '武侯市监立〔2026〕3号',
  title: '经营超范围使用食品添加剂的食品',
  partyName: '成都市武侯区某某食品店',
  enterpriseId: 'e1',
  source: 'disposal',
  sourceName: '核查处置',
  disposalId: 'd1',
  escalationId: null,
  complaintRef: null,
  stage: 'notice',
  stageName: '处罚告知',
  major: false,
  crossRegion: false,
  ownerUnitId: 'u1',
  ownerUnitName: '成都市武侯区市场监督管理局',
  filedByUnitId: 'u1',
  filedByUnitName: '成都市武侯区市场监督管理局',
  filedOn: '2026-11-10',
  dueAt: new Date(Date.now() + 60 * 86_400_000).toISOString(),
  provisional: false,
  fineAmount: null,
  facts: '监督抽检蛋黄酥脱氢乙酸不合格',
  legalReview: null,
  decision: null,
  judicialTransfer: null,
  closedOn: null,
  overdue: false,
  remainingMs: 60 * 86_400_000,
  version: 3,
  enterprise: { id: 'e1', name: '成都市武侯区某某食品店', creditCode: null },
  disposal: { id: 'd1', sampleNo: 'CASE-0001', status: 'in_progress', statusName: '处置中' },
  escalation: null,
  stages: [stage('filing', '立案', '2026-11-10', { documentNo: '武侯市监立〔2026〕3号' }), stage('investigation', '调查取证', '2026-11-15'), stage('notice', '处罚告知', '2026-11-18', { documentNo: '武侯市监罚告〔2026〕7号' })],
  nextStages: [
    { stage: 'hearing', name: '听证' },
    { stage: 'decision', name: '处罚决定' },
  ],
  legalReviewRule: { value: 0, unit: '元', name: '本地规定：罚没金额达到该数额的处罚决定也须法制审核（0为不适用）', legalBasis: '待核实', level: 'U' },
  legalReviewGrounds: { publicInterest: false, hearingHeld: false, complex: false, requiredBy: null },
  legalReviewReasons: [],
  legalReviewRequired: false,
  reviewerUnitName: '成都市武侯区市场监督管理局',
  publicInterest: false,
  complex: false,
  reviewRequiredBy: null,
  linkUnitName: '食品经营安全监督管理处',
  takeOver: null,
  takeOverFromUnitName: null,
  clockSuspended: false,
  timeLimits: {
    discoveredOn: '2026-11-03',
    filingDueOn: '2026-11-24',
    filedLate: false,
    filingApproval: { approvedOn: '2026-11-10', approver: '张局长' },
    filingExtension: null,
    decisionExtensions: [],
    pauses: [{ id: 'p1', phase: 'decision', kind: 'testing', kindName: '检测、检验、检疫、鉴定', from: '2026-11-12', to: '2026-11-16', reason: '样品送检' }],
    excludedDays: 5,
    clockSuspended: false,
  },
  history: [],
  actions: ['recordStage', 'attach', 'requestLegalReview', 'setReviewGrounds', 'transfer', 'extendDecision', 'pause'],
  ...over,
});

function serve(reply: ReturnType<typeof detail>, post?: (url: string, body: unknown) => Response) {
  return mockFetch((key, init, url) => {
    if (key === 'GET /api/cases/c1') return jsonResponse(reply);
    if (init?.method === 'POST' && post) return post(url.pathname, JSON.parse(String(init.body)));
    return jsonResponse({});
  });
}

const open = () => renderRoutes([{ path: '/cases/:id', element: <CaseDetailPage /> }], '/cases/c1');

afterEach(() => vi.unstubAllGlobals());

describe('CaseDetailPage', () => {
  it('shows the stages in order, links to the source, and exactly the actions the server lists', async () => {
    serve(detail());
    open();
    expect(await screen.findByText('稽查案件 武侯市监立〔2026〕3号')).toBeTruthy();
    expect(within(screen.getByTestId('case-stage-notice')).getByText('已完成')).toBeTruthy();
    expect(within(screen.getByTestId('case-stage-decision')).getByText('待办理')).toBeTruthy();
    expect(screen.getByRole('link', { name: '核查处置 CASE-0001（处置中）' }).getAttribute('href')).toBe('/disposals/d1');
    expect(screen.getByRole('link', { name: '成都市武侯区某某食品店' }).getAttribute('href')).toBe('/enterprises/e1');
    expect(screen.getByRole('button', { name: '登记下一阶段' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '提交法制审核' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '移送司法机关' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '审核' })).toBeNull();
    expect(screen.queryByRole('button', { name: '登记回执' })).toBeNull();
    // The time limits: 立案 within its period, the testing time not counted, and who reviews.
    expect(screen.getByText('在期限内立案')).toBeTruthy();
    expect(screen.getByText('不计入期限 5 天')).toBeTruthy();
    expect(screen.getByText('检测、检验、检疫、鉴定：2026-11-12 至 2026-11-16（样品送检）')).toBeTruthy();
    expect(screen.getByRole('button', { name: '延长期限' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '登记审核情形' })).toBeTruthy();
    expect(screen.getByText('食品经营安全监督管理处')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '接管案件' })).toBeNull();
  });

  it('offers 稽查局 the take-over of a bureau\'s case, sending the reason and the version seen', async () => {
    const fetch = serve(detail({ actions: ['takeOver'] }), () => jsonResponse(detail({ actions: [] })));
    open();
    fireEvent.click(await screen.findByRole('button', { name: '接管案件' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('接管理由'), { target: { value: '涉案产品销往多个市（州）' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '接管案件' }));
    await waitFor(() => expect(fetch.mock.calls.some(([url, init]) => url === '/api/cases/c1/take-over' && init?.method === 'POST')).toBe(true));
    const post = fetch.mock.calls.find(([url]) => url === '/api/cases/c1/take-over')!;
    expect(JSON.parse(String(post[1]!.body))).toEqual({ version: 3, reason: '涉案产品销往多个市（州）' });
  });

  it('shows a reader no buttons, and the bureau\'s legal staff only 审核', async () => {
    serve(detail({ actions: ['decideLegalReview'], legalReview: { status: 'pending', requestedAt: '2026-11-20T02:00:00Z', proposal: '拟罚款12万元', proposedFine: 120000, proposedConfiscation: 0, proposedLicenceAction: 'none', opinion: null, reviewedAt: null, dueAt: '2026-12-04T15:59:59.999Z' }, legalReviewReasons: ['直接关系当事人重大权益并经过听证程序'] }));
    open();
    expect(await screen.findByRole('button', { name: '审核' })).toBeTruthy();
    expect(screen.getByText('本案须经法制审核：直接关系当事人重大权益并经过听证程序')).toBeTruthy();
    expect(screen.getByText('法制审核中')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '登记下一阶段' })).toBeNull();
    expect(screen.queryByRole('button', { name: '上传材料' })).toBeNull();
  });

  it('sends the decision with its penalty and the version seen, and puts the server\u2019s messages on their fields', async () => {
    const fetch = serve(detail(), () => jsonResponse({ error: { code: 'VALIDATION_FAILED', message: '提交的数据有误', details: { documentNo: '请填写行政处罚决定书文号', 'decision.fineAmount': '金额过大' } } }, 400));
    open();
    fireEvent.click(await screen.findByRole('button', { name: '登记下一阶段' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByText('处罚决定'));
    fireEvent.change(await within(dialog).findByLabelText('罚款（元）'), { target: { value: '5000' } });
    fireEvent.change(within(dialog).getByLabelText('文书文号'), { target: { value: '武侯市监罚〔2026〕9号' } });
    fireEvent.change(within(dialog).getByLabelText('情况说明'), { target: { value: '处以罚款5000元' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('金额过大')).toBeTruthy();
    expect(within(dialog).getByText('请填写行政处罚决定书文号')).toBeTruthy();
    await waitFor(() => expect(fetch.mock.calls.some(([url, init]) => url === '/api/cases/c1/stages' && init?.method === 'POST')).toBe(true));
    const post = fetch.mock.calls.find(([url, init]) => url === '/api/cases/c1/stages' && init?.method === 'POST')!;
    expect(JSON.parse(String(post[1]!.body))).toMatchObject({ version: 3, stage: 'decision', documentNo: '武侯市监罚〔2026〕9号', text: '处以罚款5000元', decision: { fineAmount: 5000, licenceAction: 'none' } });
  });
});
