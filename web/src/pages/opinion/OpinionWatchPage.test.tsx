// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, renderRoutes } from '../../test-utils';
import OpinionWatchPage from './OpinionWatchPage';

const watch = (over: Record<string, unknown> = {}) => ({
  id: 'w1',
  title: '舆情监测：2026年第1期公告',
  status: 'open',
  dueAt: '2026-12-10T02:00:00Z',
  version: 1,
  publication: { id: 'p1', title: '2026年第1期公告', kind: 'announcement', publishAt: '2026-12-03T02:00:00Z' },
  days: ['2026-12-03', '2026-12-04', '2026-12-05'],
  entries: [
    { id: 'e1', day: '2026-12-03', finding: 'none', findingName: '未发现舆情', note: null, event: null, recordedAt: '2026-12-03T10:00:00Z' },
    { id: 'e2', day: '2026-12-04', finding: 'event', findingName: '已登记舆情事件', note: '登记舆情事件：网传谣言', event: { id: 'ev1', title: '网传谣言', levelName: '较大' }, recordedAt: '2026-12-04T10:00:00Z' },
  ],
  actions: ['recordEntry', 'openEvent', 'complete'],
  ...over,
});

function serve(body: ReturnType<typeof watch>) {
  mockFetch((key) => {
    if (key === 'GET /api/opinion-watches/w1') return jsonResponse(body);
    if (key === 'GET /api/org-units') return jsonResponse([]);
    return jsonResponse({ items: [], total: 0 });
  });
}

afterEach(() => vi.unstubAllGlobals());

describe('OpinionWatchPage', () => {
  it('shows each day of the watch with its entry, newest first, and the buttons its actions allow', async () => {
    serve(watch());
    renderRoutes([{ path: '/opinion/watches/:id', element: <OpinionWatchPage /> }], '/opinion/watches/w1');
    const table = await screen.findByTestId('watch-days');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0].textContent)).toEqual(['2026-12-05', '2026-12-04', '2026-12-03']);
    expect(within(rows[0]).getByText('未登记')).toBeTruthy();
    expect(within(rows[1]).getByRole('link', { name: '网传谣言（较大）' })).toBeTruthy();
    expect(within(rows[2]).getByText('未发现舆情')).toBeTruthy();
    expect(screen.getByRole('button', { name: '办结监测' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '2026年第1期公告' }).getAttribute('href')).toBe('/publications/p1');
  });

  it('offers nothing on a completed watch', async () => {
    serve(watch({ status: 'done', actions: [] }));
    renderRoutes([{ path: '/opinion/watches/:id', element: <OpinionWatchPage /> }], '/opinion/watches/w1');
    await screen.findByTestId('watch-days');
    await waitFor(() => expect(screen.getByTestId('watch-status').textContent).toBe('已办结'));
    expect(screen.queryByRole('button', { name: '办结监测' })).toBeNull();
    expect(screen.queryByRole('button', { name: '登记舆情事件' })).toBeNull();
  });
});
