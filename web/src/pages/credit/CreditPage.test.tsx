// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, renderPage } from '../../test-utils';
import CreditPage from './CreditPage';

const listed = {
  id: 'd1',
  enterpriseId: 'e1',
  enterpriseName: '成都市武侯区失信甲食品店',
  creditCode: '91510107MA6000301X',
  caseId: null,
  caseNo: null,
  reason: '一年内三次受到行政处罚',
  legalBasis: '《市场监督管理严重违法失信名单管理办法》第九条',
  decisionNo: '川市监信〔2025〕7号',
  listedOn: '2025-03-31',
  reviewableOn: '2099-03-31',
  reviewDue: false,
  status: 'listed',
  statusName: '在列',
  removedOn: null,
  removalReason: null,
  listedByUnitName: '信用监督管理处',
  version: 1,
  actions: ['remove'],
};
const reviewRule = { months: 12, level: 'U', legalBasis: '《市场监督管理严重违法失信名单管理办法》第十六条（待核实）', unverified: true };
const due = {
  items: [
    { recordKind: 'unqualified', recordId: 's1', kindName: '抽查检查结果信息（监督抽检不合格）', enterpriseId: 'e1', enterpriseName: '成都市武侯区失信甲食品店', creditCode: '91510107MA6000301X', decisionNo: 'R-A', date: '2026-11-05', content: '食品安全监督抽检不合格：蛋黄酥', authority: '成都市武侯区市场监督管理局', problem: null },
    { recordKind: 'unqualified', recordId: 's2', kindName: '抽查检查结果信息（监督抽检不合格）', enterpriseId: 'e2', enterpriseName: '成都市武侯区无码小店', creditCode: null, decisionNo: 'R-B', date: '2026-11-06', content: '食品安全监督抽检不合格：蛋黄酥', authority: '成都市武侯区市场监督管理局', problem: '被抽样单位无统一社会信用代码' },
  ],
  total: 2,
  summary: { total: 2, ready: 1, blocked: 1, byKind: { unqualified: 2, penalty: 0, dishonest: 0, dishonest_removal: 0 } },
  earlierUnsent: 3,
};
const batch = { id: 'b1', periodFrom: '2026-11-01', periodTo: '2026-11-29', recordCount: 1, byKind: { unqualified: 1 }, createdAt: '2026-11-29T02:00:00.000Z', createdByName: '信用处工作人员' };

afterEach(() => vi.unstubAllGlobals());

describe('CreditPage', () => {
  it('shows others only the dishonest list, without the Credit Division\'s actions, linking only the enterprises they may open', async () => {
    const own = { ...listed, id: 'd2', enterpriseId: 'e2', enterpriseName: '绵阳市涪城区某食品店', enterpriseLink: '/enterprises/e2', actions: [] };
    mockFetch((key) => (key === 'GET /api/credit/dishonest' ? jsonResponse({ items: [{ ...listed, enterpriseLink: null, actions: [] }, own], total: 2, reviewRule, actions: [] }) : jsonResponse({}, 403)));
    renderPage(<CreditPage />);
    expect(await screen.findByText('成都市武侯区失信甲食品店')).toBeTruthy();
    expect(screen.getByText('成都市武侯区失信甲食品店').closest('a')).toBeNull();
    expect(screen.getByRole('link', { name: '绵阳市涪城区某食品店' }).getAttribute('href')).toBe('/enterprises/e2');
    expect(screen.getByRole('tab', { name: '严重违法失信名单' })).toBeTruthy();
    expect(screen.queryByRole('tab', { name: '信用信息归集' })).toBeNull();
    expect(screen.queryByRole('button', { name: '列入名单' })).toBeNull();
    expect(screen.queryByRole('button', { name: '移出' })).toBeNull();
    // The review date follows a rule of level U: 待核实 is for those who maintain the rules, not for this reader.
    expect(screen.queryByText('待核实')).toBeNull();
  });

  it('previews the due records for the Credit Division, exports them after confirmation, and offers the files', async () => {
    const fetch = mockFetch((key) => {
      if (key === 'GET /api/credit/dishonest') return jsonResponse({ items: [listed], total: 1, reviewRule, actions: ['add', 'collect', 'export'] });
      if (key === 'GET /api/credit/due') return jsonResponse(due);
      if (key === 'GET /api/credit/exports') return jsonResponse({ items: [], total: 0 });
      if (key === 'POST /api/credit/exports') return jsonResponse({ ...batch, skipped: 1 }, 201);
      return jsonResponse({}, 404);
    });
    renderPage(<CreditPage />);
    expect(await screen.findByText('R-A')).toBeTruthy();
    expect(screen.getByText('可报送 1 条')).toBeTruthy();
    expect(screen.getByText('缺少统一社会信用代码 1 条（暂不报送）')).toBeTruthy();
    expect(within(screen.getByText('R-B').closest('tr')!).getByText('缺少信用代码')).toBeTruthy();
    expect(screen.getByText(/所选期间之前还有 3 条未报送的记录/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '导出并标记已报送' }));
    const confirm = await screen.findByRole('dialog');
    expect(within(confirm).getByText(/的 1 条记录标记为已报送/)).toBeTruthy();
    fireEvent.click(within(confirm).getByRole('button', { name: '确定' }));
    await waitFor(() => expect(fetch.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(true));
    const [, init] = fetch.mock.calls.find(([, i]) => i?.method === 'POST')!;
    const body = JSON.parse(String(init!.body));
    expect(body.from).toMatch(/^\d{4}-\d{2}-01$/);
    expect(body.to).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await screen.findAllByText('已标记 1 条记录为已报送，请下载文件上传至国家企业信用信息公示系统')).length).toBeGreaterThan(0);
    expect(screen.getAllByRole('button', { name: '下载 xlsx' }).length).toBeGreaterThan(0);
  });

  it('puts the server\'s message on the removal form\'s field', async () => {
    mockFetch((key) => {
      if (key === 'GET /api/credit/dishonest') return jsonResponse({ items: [listed], total: 1, reviewRule, actions: ['add', 'collect', 'export'] });
      if (key === 'POST /api/credit/dishonest/d1/remove') {
        return jsonResponse({ error: { code: 'VALIDATION_FAILED', message: '提交的数据有误，请检查后重试', details: { removalReason: '请填写移出事由（至少2个字）' } } }, 400);
      }
      return jsonResponse({ items: [], total: 0 });
    });
    renderPage(<CreditPage />, '/');
    fireEvent.click(await screen.findByRole('tab', { name: '严重违法失信名单' }));
    fireEvent.click(await screen.findByRole('button', { name: '移出' }));
    const dialog = await screen.findByRole('dialog');
    // Not yet at the review date: the form says so.
    expect(within(dialog).getByText(/尚未到可申请提前移出日期（2099-03-31）/)).toBeTruthy();
    fireEvent.click(within(dialog).getByText('行政处罚决定被撤销、变更或确认违法、无效'));
    fireEvent.change(dialog.querySelector('textarea')!, { target: { value: '撤销' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '移出' }));
    expect(await within(dialog).findByText('请填写移出事由（至少2个字）')).toBeTruthy();
  });
});
