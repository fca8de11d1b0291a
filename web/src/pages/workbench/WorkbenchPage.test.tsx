// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, renderPage } from '../../test-utils';
import WorkbenchPage from './WorkbenchPage';

// jsdom has no canvas: the chart is checked in Chromium, here only that it is asked for.
vi.mock('./KindChart', () => ({
  default: ({ data }: { data: { kindName: string }[] }) => <div data-testid="kind-chart">{data.map((d) => d.kindName).join(',')}</div>,
}));

const hour = 3600_000;
const item = (over: Record<string, unknown>) => ({
  id: 'w1',
  kind: 'risk_meeting',
  kindName: '召开风险研判会',
  title: '召开月度风险研判会',
  subjectType: null,
  subjectId: null,
  ownerUnitId: 'u',
  ownerUnitName: '成都市市场监督管理局',
  assigneeUserId: null,
  assigneeName: null,
  dueAt: new Date(Date.now() + 10 * 24 * hour).toISOString(),
  status: 'open',
  overdue: false,
  links: [],
  version: 3,
  actions: [],
  ...over,
});

const reply = {
  items: [
    item({ id: 'late', title: '逾期的事项', dueAt: new Date(Date.now() - 50 * hour).toISOString(), overdue: true, actions: ['complete'] }),
    item({ id: 'soon', title: '快到期的事项', dueAt: new Date(Date.now() + 5 * hour + 60_000).toISOString() }),
    item({ id: 'later', title: '不急的事项', kindName: '阅知通报', kind: 'notice' }),
  ],
  total: 3,
  counts: { open: 3, overdue: 1, dueToday: 1, byKind: [{ kind: 'risk_meeting', kindName: '召开风险研判会', count: 2 }] },
};

afterEach(() => vi.unstubAllGlobals());

describe('WorkbenchPage', () => {
  it('shows the counts, the deadline tags and the chart of open items by kind', async () => {
    mockFetch(() => jsonResponse(reply));
    renderPage(<WorkbenchPage />);
    const late = (await screen.findByText('逾期的事项')).closest('tr')!;
    expect(within(late).getByText('已逾期')).toBeTruthy();
    expect(within(late).getByText('逾期2天')).toBeTruthy();
    const soon = screen.getByText('快到期的事项').closest('tr')!;
    expect(within(soon).getByText('24小时内到期')).toBeTruthy();
    expect(within(soon).getByText('剩余5小时')).toBeTruthy();
    expect(within(screen.getByText('不急的事项').closest('tr')!).getByText('阅知通报')).toBeTruthy();
    expect(within(screen.getByTestId('count-overdue')).getByText('1')).toBeTruthy();
    expect((await screen.findByTestId('kind-chart')).textContent).toBe('召开风险研判会');
  });

  it('offers 办结 only where the server allows it, and sends the version', async () => {
    const fetch = mockFetch((key) => (key === 'POST /api/work-items/late/complete' ? jsonResponse({}) : jsonResponse(reply)));
    renderPage(<WorkbenchPage />);
    await screen.findByText('逾期的事项');
    const buttons = screen.getAllByRole('button', { name: '办结' });
    expect(buttons).toHaveLength(1);
    fireEvent.click(buttons[0]);
    fireEvent.click(await screen.findByRole('button', { name: '确定' }));
    await waitFor(() => expect(fetch.mock.calls.some(([url]) => url === '/api/work-items/late/complete')).toBe(true));
    const call = fetch.mock.calls.find(([url]) => url === '/api/work-items/late/complete')!;
    expect(JSON.parse(String(call[1]?.body))).toEqual({ version: 3 });
  });

  it('asks the server for my unit’s items when switched', async () => {
    const fetch = mockFetch(() => jsonResponse({ ...reply, counts: { ...reply.counts, byKind: [] } }));
    renderPage(<WorkbenchPage />);
    await screen.findByText('逾期的事项');
    expect(String(fetch.mock.calls.find(([url]) => String(url).startsWith('/api/work-items'))![0])).toContain('scope=mine');
    fireEvent.click(screen.getByText('本单位及下级待办'));
    await waitFor(() => expect(fetch.mock.calls.some(([url]) => String(url).includes('scope=unit'))).toBe(true));
    expect(screen.queryByTestId('kind-chart')).toBeNull();
  });

  it('links an item to the page it is handled on, with 去办理 where the inbox cannot complete it', async () => {
    const notice = item({ id: 'n1', title: '送达检验结果通知书（芹菜，DBJ1）', kind: 'disposal_notice', links: [{ label: '核查处置', href: '/disposals/d1' }] });
    const meeting = item({ id: 'm1', title: '召开月度风险研判会', actions: ['complete'] });
    mockFetch(() => jsonResponse({ ...reply, items: [notice, meeting], total: 2 }));
    renderPage(<WorkbenchPage />);
    const title = await screen.findByRole('link', { name: '送达检验结果通知书（芹菜，DBJ1）' });
    expect(title.getAttribute('href')).toBe('/disposals/d1');
    const row = title.closest('tr')!;
    expect(within(row).getByRole('link', { name: '去办理' }).getAttribute('href')).toBe('/disposals/d1');
    expect(within(row).queryByRole('button', { name: '办结' })).toBeNull();
    const meetingRow = screen.getByText('召开月度风险研判会').closest('tr')!;
    expect(within(meetingRow).getByRole('button', { name: '办结' })).toBeTruthy();
    expect(within(meetingRow).queryByRole('link', { name: '去办理' })).toBeNull();
  });

  it('sends the later modules’ items to their pages with 去办理: a rectification, a 会审, a notice to read, a 321 period', async () => {
    const items = [
      item({ id: 'r1', title: '整改：交叉检查', kind: 'assessment_rectification', kindName: '考核整改', links: [{ label: '考核检查', href: '/assessment/checks/c1' }] }),
      item({ id: 'p1', title: '会审：第1期公告', kind: 'publication_review', kindName: '信息公布会审', links: [{ label: '会审', href: '/publications/p1' }] }),
      item({ id: 'n1', title: '阅办：省局风险预警提示', kind: 'notice_read', kindName: '阅办信息通报', links: [{ label: '查看通报', href: '/notices/n1' }] }),
      item({ id: 'a1', title: '发送风险研判通报：提示问题', kind: 'risk_notice', kindName: '发送研判通报', links: [{ label: '风险研判活动', href: '/risk-meetings/m1' }, { label: '起草通报', href: '/notices?compose=1&meetingId=m1&actionId=a1' }] }),
      item({ id: 'q1', title: '召开12月风险研判会', kind: 'risk_meeting', links: [{ label: '登记研判活动', href: '/risk-meetings?record=1&period=2026-12-01' }] }),
    ];
    mockFetch(() => jsonResponse({ ...reply, items, total: items.length }));
    renderPage(<WorkbenchPage />);
    for (const [title, href] of [
      ['整改：交叉检查', '/assessment/checks/c1'],
      ['会审：第1期公告', '/publications/p1'],
      ['阅办：省局风险预警提示', '/notices/n1'],
      ['召开12月风险研判会', '/risk-meetings?record=1&period=2026-12-01'],
      // A meeting's notice follow-up is done in the compose drawer, not on the meeting it links first.
      ['发送风险研判通报：提示问题', '/notices?compose=1&meetingId=m1&actionId=a1'],
    ]) {
      const row = (await screen.findByText(title)).closest('tr')!;
      expect(within(row).getByRole('link', { name: '去办理' }).getAttribute('href'), title).toBe(href);
    }
  });

  it('lands a leader on the unit’s work with the province’s summary, each figure a link to its list', async () => {
    const me = { id: 'l', username: 'leader', displayName: '省局领导', unit: { id: 'p', name: '四川省市场监督管理局', kind: 'province_bureau', regionCode: '510000' }, roles: ['leader'], permissions: [], menu: [], mustChangePassword: false, csrfToken: 't' };
    const overview = {
      year: 2026,
      openDisposals: 41,
      overdueDisposals: 7,
      openUrgentReports: 2,
      openEscalations: 5,
      unqualifiedThisYear: 88,
      unqualifiedByCity: [{ regionCode: '510100', name: '成都市', count: 30 }, { regionCode: '510700', name: '绵阳市', count: 9 }],
    };
    const fetch = mockFetch((key) => (key === 'GET /api/me' ? jsonResponse(me) : key === 'GET /api/overview' ? jsonResponse(overview) : jsonResponse(reply)));
    renderPage(<WorkbenchPage />);
    const card = await screen.findByTestId('overview');
    expect(within(card).getByText('全省概况')).toBeTruthy();
    expect(within(card).getByText('2026年各市（州）抽检不合格批次')).toBeTruthy();
    expect(screen.getByTestId('overview-overdueDisposals').getAttribute('href')).toBe('/disposals?overdue=true');
    expect(within(screen.getByTestId('overview-overdueDisposals')).getByText('7')).toBeTruthy();
    expect(screen.getByTestId('overview-unqualifiedThisYear').getAttribute('href')).toBe('/samples?conclusion=unqualified&dateFrom=2026-01-01&dateTo=2026-12-31');
    await waitFor(() => expect(fetch.mock.calls.some(([url]) => String(url).includes('scope=unit'))).toBe(true));
  });

  it('shows no figure the user cannot open', async () => {
    const overview = { year: 2026, openDisposals: null, overdueDisposals: null, openUrgentReports: null, openEscalations: null, unqualifiedThisYear: 3, unqualifiedByCity: [] };
    mockFetch((key) => (key === 'GET /api/overview' ? jsonResponse(overview) : jsonResponse(reply)));
    renderPage(<WorkbenchPage />);
    await screen.findByTestId('overview');
    expect(screen.queryByTestId('overview-openDisposals')).toBeNull();
    expect(screen.getByTestId('overview-unqualifiedThisYear')).toBeTruthy();
    expect(screen.getByText('辖区概况')).toBeTruthy();
  });
});
