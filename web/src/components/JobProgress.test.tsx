// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, renderPage } from '../test-utils';
import { JobProgress } from './JobProgress';

afterEach(() => vi.unstubAllGlobals());

describe('JobProgress', () => {
  it('polls a queued job until it is done, then reports it once', async () => {
    const replies = [
      { status: 'queued', progress: 0 },
      { status: 'running', progress: 40 },
      { status: 'done', progress: 100, summary: { rows: 3 } },
    ];
    let call = 0;
    const fetch = mockFetch(() => jsonResponse(replies[Math.min(call++, replies.length - 1)]));
    const onFinished = vi.fn();
    renderPage(<JobProgress url="/api/imports/j1" intervalMs={10} onFinished={onFinished} />);
    expect(await screen.findByText('排队中')).toBeTruthy();
    await waitFor(() => expect(onFinished).toHaveBeenCalledTimes(1));
    expect(onFinished.mock.calls[0][0]).toMatchObject({ status: 'done', summary: { rows: 3 } });
    expect(await screen.findByText('已完成')).toBeTruthy();
    const polls = fetch.mock.calls.length;
    await new Promise((r) => setTimeout(r, 50));
    expect(fetch.mock.calls.length).toBe(polls); // stopped polling
  });

  it('shows why a failed job failed', async () => {
    mockFetch(() => jsonResponse({ status: 'failed', progress: 30, error: '导入进程中断。' }));
    renderPage(<JobProgress url="/api/imports/j2" />);
    expect(await screen.findByText('导入进程中断。')).toBeTruthy();
  });
});
