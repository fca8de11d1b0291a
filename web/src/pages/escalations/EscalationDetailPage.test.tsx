// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, renderRoutes } from '../../test-utils';
import EscalationDetailPage from './EscalationDetailPage';

const sample = (no: string, counted: boolean) => ({
  sampleId: `s-${no}`,
  sampleNo: no,
  samplingDate: '2026-06-15',
  counted,
  foodName: '桃酥',
  link: 'distribution',
  conclusion: counted ? 'unqualified' : 'qualified',
  sampledPartyName: '成都市武侯区佳惠便利店',
  nominalProducerName: null,
  failedItems: '脱氢乙酸及其钠盐(以脱氢乙酸计)',
  disposalId: `d-${no}`,
  disposalStatus: counted ? 'open' : 'voided',
});

const detail = (over: Record<string, unknown> = {}) => ({
  id: 'e1',
  rule: 'escalate.specialFood.threeBatches',
  ruleName: '特殊食品生产企业同一年内3批次及以上抽检不合格',
  ruleLevel: 'U',
  ruleLegalBasis: '《食品安全“监检联动”工作规范》第十条第四项（阈值参照第七条，待核实）',
  ruleKind: 'batchesInYear',
  ruleYears: 1,
  year: 2026,
  enterpriseId: 'ent1',
  enterpriseName: '成都市武侯区佳惠便利店',
  enterpriseAddress: '四川省成都市武侯区某某街12号',
  creditCode: '92510107000000002N',
  ownerUnitId: 'div',
  ownerUnitName: '特殊食品安全监督管理处',
  assignedUnitId: 'city',
  assignedUnitName: '成都市市场监督管理局',
  status: 'open',
  countAtFiring: 3,
  currentCount: 1,
  threshold: 3,
  belowThreshold: true,
  matchedByName: false,
  sampleNos: ['P3'],
  firedAt: '2026-11-20T02:00:00Z',
  dueAt: new Date(Date.now() + 40 * 86_400_000).toISOString(),
  overdue: false,
  provisional: false,
  report: null,
  reportedAt: null,
  closingNote: null,
  closedAt: null,
  withdrawReason: null,
  withdrawnAt: null,
  version: 4,
  samples: [sample('P1', false), sample('P2', false), sample('P3', true)],
  inspections: [],
  interviews: [],
  cases: [{ id: 'c1', caseNo: '川市监稽〔2026〕1号', title: '涉嫌经营不合格食品案', stage: 'investigation', filedOn: '2026-11-25' }],
  actions: ['withdraw', 'requestInspection', 'interview'],
  ...over,
});

const me = { id: 'me', username: 'div-special-food', displayName: '李四', unit: { id: 'div', name: '特殊食品处', kind: 'division', regionCode: null }, roles: [], permissions: [], menu: [], mustChangePassword: false, csrfToken: 't' };

function serve(reply: ReturnType<typeof detail>, post?: (url: string, body: unknown) => Response) {
  return mockFetch((key, init, url) => {
    if (key === 'GET /api/escalations/e1') return jsonResponse(reply);
    if (key === 'GET /api/org-units') return jsonResponse([]);
    if (key === 'GET /api/me') return jsonResponse(me);
    if (init?.method === 'POST' && post) return post(url.pathname, JSON.parse(String(init.body)));
    return jsonResponse({});
  });
}

const open = () => renderRoutes([{ path: '/escalations/:id', element: <EscalationDetailPage /> }], '/escalations/e1');

afterEach(() => vi.unstubAllGlobals());

describe('EscalationDetailPage', () => {
  it('explains why: the rule (without the maintainers’ 待核实 mark), the samples with overturned ones struck through, and that it fell below the threshold', async () => {
    serve(detail());
    open();
    await screen.findByText('计数批次已低于阈值');
    expect(screen.queryByText('待核实')).toBeNull();
    const overturned = screen.getByRole('link', { name: 'P1' }).closest('tr')!;
    expect(overturned.style.textDecoration).toBe('line-through');
    expect(within(overturned).getByText('已推翻不计数')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'P3' }).closest('tr')!.style.textDecoration).toBe('');
    expect(screen.getByRole('link', { name: 'P3' }).getAttribute('href')).toBe('/samples/s-P3');
    expect(screen.getByRole('link', { name: '川市监稽〔2026〕1号' }).getAttribute('href')).toBe('/cases/c1');
  });

  it('offers exactly the actions the server lists', async () => {
    serve(detail());
    open();
    await screen.findByRole('button', { name: '撤销督办' });
    expect(screen.getByRole('button', { name: '申请检查' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '登记约谈' })).toBeTruthy();
    for (const name of ['报送办理情况', '结案', '退回补充', '立案查处']) expect(screen.queryByRole('button', { name })).toBeNull();
  });

  it('puts the server’s message on the note, and asks for a refresh on a stale version', async () => {
    const replies = [
      jsonResponse({ error: { code: 'VALIDATION_FAILED', message: '提交的数据有误', details: { note: '请填写撤销理由' } } }, 400),
      jsonResponse({ error: { code: 'VERSION_CONFLICT', message: '数据已被修改' } }, 409),
    ];
    const fetch = serve(detail(), () => replies.shift()!);
    open();
    fireEvent.click(await screen.findByRole('button', { name: '撤销督办' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: '  甲  ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /撤销督办/ }));
    await within(dialog).findByText('请填写撤销理由');
    const post = fetch.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(String(post[0])).toBe('/api/escalations/e1/decision');
    expect(JSON.parse(String(post[1]!.body))).toEqual({ version: 4, decision: 'withdraw', note: '甲' });

    fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: '经复检推翻两批次，已低于阈值' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /撤销督办/ }));
    await within(dialog).findByText('该督办已被他人修改，请刷新后重试');
  });
});
