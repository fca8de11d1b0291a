// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, renderPage } from '../../../test-utils';
import { ObjectionsCard } from './ObjectionsCard';

const REASON = '复检申请可能逾期，需人工判断：应当自收到检验结论之日（2026-12-28）起7个工作日内提出；2027年的节假日调休安排尚未确认，按法定节假日暂算最后一日为2027-01-07，实际提出日期为2027-01-08。系统不自动不予受理，请核实当年放假安排后决定是否受理';

const application = (over: Record<string, unknown> = {}) => ({
  id: 'a1',
  sampleId: 's1',
  kind: 'retest',
  kindName: '复检',
  ground: null,
  groundName: null,
  applicant: '某某食品店',
  windowStartOn: '2026-12-28',
  appliedOn: '2027-01-08',
  content: '申请复检',
  status: 'pending',
  statusName: '待受理',
  decisionReason: null,
  windowReviewReason: REASON,
  decidedAt: null,
  labDraw: null,
  outcome: null,
  outcomeName: null,
  outcomeText: null,
  concludedAt: null,
  dueAt: '2027-01-15T15:59:59.999Z',
  overdue: false,
  version: 1,
  actions: ['accept', 'reject'],
  ...over,
});

const me = { id: 'me', username: 'county-510107', displayName: '张三', unit: { id: 'u1', name: '武侯区局', kind: 'county_bureau', regionCode: '510107' }, roles: [], permissions: ['objection.write'], menu: [], mustChangePassword: false, csrfToken: 't' };

function serve(items: object[], actions: string[] = []) {
  mockFetch((key) => {
    if (key === 'GET /api/samples/s1/objections') return jsonResponse({ items, actions });
    if (key === 'GET /api/me') return jsonResponse(me);
    return jsonResponse({});
  });
}

afterEach(() => vi.unstubAllGlobals());

describe('ObjectionsCard', () => {
  it('shows why an application late only by a provisional calendar waits for a person, with both decisions offered', async () => {
    serve([application()]);
    renderPage(<ObjectionsCard sampleId="s1" />);
    expect(await screen.findByText('需人工判断是否逾期')).toBeTruthy();
    expect(screen.getByText(REASON)).toBeTruthy();
    expect(screen.getByRole('button', { name: '受理' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '不予受理' })).toBeTruthy();
  });

  it('no longer shows the note once the application is decided', async () => {
    serve([application({ status: 'rejected', statusName: '不予受理', decisionReason: '经核实已逾期', actions: [] })]);
    renderPage(<ObjectionsCard sampleId="s1" />);
    expect(await screen.findByText('经核实已逾期')).toBeTruthy();
    expect(screen.queryByText('需人工判断是否逾期')).toBeNull();
  });

  it('offers filing only as the server lists it', async () => {
    serve([], ['applyRetest']);
    renderPage(<ObjectionsCard sampleId="s1" />);
    expect(await screen.findByRole('button', { name: '登记复检申请' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '登记异议' })).toBeNull();
  });
});
