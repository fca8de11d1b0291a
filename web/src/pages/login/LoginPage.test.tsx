// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, renderRoutes } from '../../test-utils';
import LoginPage from './LoginPage';

const me = {
  id: 'u1',
  username: 'admin',
  displayName: '系统管理员',
  unit: { id: 'p', name: '四川省市场监督管理局', kind: 'province', regionCode: '510000' },
  roles: ['admin'],
  permissions: [],
  menu: ['workbench'],
  mustChangePassword: false,
  csrfToken: 'tok',
};

function renderLogin() {
  return renderRoutes(
    [
      { path: '/login', element: <LoginPage /> },
      { path: '/', element: <div>home</div> },
      { path: '/change-password', element: <div>change-password</div> },
    ],
    '/login',
  );
}

function fillAndSubmit(username: string, password: string) {
  fireEvent.change(document.getElementById('username')!, { target: { value: username } });
  fireEvent.change(document.getElementById('password')!, { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: '登录' }));
}

afterEach(() => vi.unstubAllGlobals());

describe('LoginPage', () => {
  it('shows the product, the bureau and the two fields with ids the browser tests use', () => {
    renderLogin();
    expect(screen.getByText('食品安全监检联动平台')).toBeTruthy();
    expect(screen.getByText('四川省市场监督管理局')).toBeTruthy();
    expect(document.getElementById('username')).toBeTruthy();
    expect((document.getElementById('password') as HTMLInputElement).type).toBe('password');
    expect(screen.getByRole('button', { name: '登录' })).toBeTruthy();
  });

  it('asks for both fields in Chinese before calling the server', async () => {
    const fetch = mockFetch(() => jsonResponse({}));
    renderLogin();
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('请输入用户名')).toBeTruthy();
    expect(await screen.findByText('请输入密码')).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });

  it("shows the server's message when the login is refused", async () => {
    mockFetch(() => jsonResponse({ error: { code: 'INVALID_CREDENTIALS', message: '用户名或密码错误' } }, 401));
    const { router } = renderLogin();
    fillAndSubmit('admin', 'wrong');
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', '用户名或密码错误');
    expect(router.state.location.pathname).toBe('/login');
  });

  it('posts the credentials and goes to the workbench', async () => {
    const fetch = mockFetch(() => jsonResponse({ user: me, csrfToken: 'tok' }));
    renderLogin();
    fillAndSubmit(' admin ', 'Demo#2026');
    expect(await screen.findByText('home')).toBeTruthy();
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('/api/auth/login');
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body))).toEqual({ username: 'admin', password: 'Demo#2026' });
  });

  it('goes to the password change when the server requires it', async () => {
    mockFetch(() => jsonResponse({ user: { ...me, mustChangePassword: true }, csrfToken: 'tok' }));
    const { router } = renderLogin();
    fillAndSubmit('newbie', 'Init#1234');
    await waitFor(() => expect(router.state.location.pathname).toBe('/change-password'));
  });
});
