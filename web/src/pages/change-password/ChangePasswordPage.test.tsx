// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, renderRoutes } from '../../test-utils';
import ChangePasswordPage from './ChangePasswordPage';

const me = {
  id: 'u1', username: 'newbie', displayName: '新用户',
  unit: { id: 'u', name: '成都市市场监督管理局', kind: 'city_bureau', regionCode: '510100' },
  roles: [], permissions: [], menu: ['workbench'], mustChangePassword: true, csrfToken: 'tok',
};

function fill(current: string, next: string, confirm: string) {
  fireEvent.change(document.getElementById('currentPassword')!, { target: { value: current } });
  fireEvent.change(document.getElementById('newPassword')!, { target: { value: next } });
  fireEvent.change(document.getElementById('confirmPassword')!, { target: { value: confirm } });
  fireEvent.click(screen.getByRole('button', { name: '确认修改' }));
}

function renderPage() {
  return renderRoutes(
    [
      { path: '/change-password', element: <ChangePasswordPage /> },
      { path: '/', element: <div>home</div> },
    ],
    '/change-password',
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('ChangePasswordPage', () => {
  it('refuses a weak password with the rule in Chinese, without calling the server', async () => {
    const fetch = mockFetch((key) => (key === 'GET /api/me' ? jsonResponse(me) : jsonResponse({})));
    renderPage();
    expect(await screen.findByText('首次登录或密码已被重置，请先修改密码后再使用平台。')).toBeTruthy();
    fill('Init#1234', 'abcdefgh', 'abcdefgh');
    // once as the hint above the form, once as the field's error
    await waitFor(() => expect(screen.getAllByText('密码至少8位，且包含大写字母、小写字母、数字、符号中的至少3类')).toHaveLength(2));
    expect(fetch.mock.calls.filter(([, init]) => init?.method === 'POST')).toHaveLength(0);
  });

  it('posts the current and new password and goes to the workbench', async () => {
    const fetch = mockFetch((key) => {
      if (key === 'POST /api/auth/change-password') return jsonResponse(null, 204);
      return jsonResponse({ ...me, mustChangePassword: false });
    });
    renderPage();
    fill('Init#1234', 'Strong#2026', 'Strong#2026');
    expect(await screen.findByText('home')).toBeTruthy();
    const post = fetch.mock.calls.find(([url]) => url === '/api/auth/change-password')!;
    expect(JSON.parse(String(post[1]?.body))).toEqual({ currentPassword: 'Init#1234', newPassword: 'Strong#2026' });
  });

  it('puts the server’s field message on the field', async () => {
    mockFetch((key) =>
      key === 'POST /api/auth/change-password'
        ? jsonResponse({ error: { code: 'VALIDATION', message: '输入有误', details: { currentPassword: '当前密码不正确' } } }, 400)
        : jsonResponse({ ...me, mustChangePassword: false }),
    );
    renderPage();
    fill('Wrong#1234', 'Strong#2026', 'Strong#2026');
    await waitFor(() => expect(screen.getByText('当前密码不正确')).toBeTruthy());
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
