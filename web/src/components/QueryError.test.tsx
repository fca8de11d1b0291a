// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { renderRoutes } from '../test-utils';
import { QueryError } from './QueryError';

describe('QueryError', () => {
  it('offers the way back, not a useless retry, for a record the user may not open', async () => {
    const retry = vi.fn();
    renderRoutes(
      [
        { path: '/', element: <div>工作台页面</div> },
        { path: '/enterprises/e1', element: <QueryError error={new ApiError(404, 'NOT_FOUND', '记录不存在')} onRetry={retry} /> },
      ],
      '/enterprises/e1',
    );
    expect(await screen.findByText('记录不存在或无权查看')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '重试' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '返回工作台' }));
    expect(await screen.findByText('工作台页面')).toBeTruthy();
  });

  it('still offers a retry when loading failed for another reason', async () => {
    renderRoutes([{ path: '/', element: <QueryError error={new ApiError(500, 'INTERNAL', '服务器内部错误')} onRetry={() => undefined} /> }], '/');
    expect(await screen.findByRole('button', { name: '重试' })).toBeTruthy();
    expect(screen.getByText('服务器内部错误')).toBeTruthy();
  });
});
