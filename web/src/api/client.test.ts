// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch } from '../test-utils';
import { api, ApiError, fileNameFromDisposition, setCsrfToken, setNavigator, withQuery } from './client';

const navigate = vi.fn();

beforeEach(() => {
  navigate.mockReset();
  setNavigator(navigate);
  setCsrfToken(null);
});
afterEach(() => vi.unstubAllGlobals());

describe('api client', () => {
  it('sends the CSRF token and JSON on state-changing requests only', async () => {
    const fetch = mockFetch(() => jsonResponse({ ok: true }));
    setCsrfToken('t0k');
    await api.post('/api/x', { a: 1 });
    await api.get('/api/y');
    const post = fetch.mock.calls[0][1]!;
    expect(post.headers).toMatchObject({ 'x-csrf-token': 't0k', 'content-type': 'application/json' });
    expect(post.credentials).toBe('same-origin');
    expect(fetch.mock.calls[1][1]!.headers).not.toHaveProperty('x-csrf-token');
  });

  it('turns an error reply into an ApiError with field details', async () => {
    mockFetch(() => jsonResponse({ error: { code: 'VALIDATION', message: '输入有误', details: { username: '用户名已存在' } } }, 400));
    const error = await api.post('/api/users', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION', message: '输入有误' });
    expect((error as ApiError).fieldErrors).toEqual({ username: '用户名已存在' });
  });

  it('never takes a refusal’s codes for messages to show', async () => {
    mockFetch(() => jsonResponse({ error: { code: 'FORBIDDEN', message: '信用信息报送由省局信用监督管理处审核办理', details: { permission: 'credit.manage', business: 'credit', status: 'closed', reason: '只有组织单位及其上级单位可以修改计划' } } }, 403));
    const error = (await api.post('/api/credit/exports', {}).catch((e: unknown) => e)) as ApiError;
    expect(error.fieldErrors).toEqual({ reason: '只有组织单位及其上级单位可以修改计划' });
  });

  it('sends the user to /login on 401, except for the login call itself', async () => {
    mockFetch(() => jsonResponse({ error: { code: 'UNAUTHENTICATED', message: '请先登录' } }, 401));
    await expect(api.get('/api/me')).rejects.toBeInstanceOf(ApiError);
    expect(navigate).toHaveBeenCalledWith('/login');
    navigate.mockReset();
    await expect(api.post('/api/auth/login', {})).rejects.toBeInstanceOf(ApiError);
    expect(navigate).not.toHaveBeenCalled();
  });

  it('sends the user to /change-password when the server demands it', async () => {
    mockFetch(() => jsonResponse({ error: { code: 'PASSWORD_CHANGE_REQUIRED', message: '请先修改密码' } }, 403));
    await expect(api.get('/api/work-items')).rejects.toMatchObject({ status: 403 });
    expect(navigate).toHaveBeenCalledWith('/change-password');
  });

  it('accepts 204 replies', async () => {
    mockFetch(() => jsonResponse(null, 204));
    await expect(api.post('/api/auth/logout')).resolves.toBeUndefined();
  });

  it('reads a bare-array list with its total from x-total-count', async () => {
    const fetch = mockFetch(() => new Response(JSON.stringify([{ id: 'a' }]), { status: 200, headers: { 'content-type': 'application/json', 'x-total-count': '41' } }));
    await expect(api.getList('/api/escalations', { page: 3, q: '' })).resolves.toEqual({ items: [{ id: 'a' }], total: 41 });
    expect(String(fetch.mock.calls[0][0])).toBe('/api/escalations?page=3');
    mockFetch(() => jsonResponse([{ id: 'a' }, { id: 'b' }]));
    await expect(api.getList('/api/escalations')).resolves.toEqual({ items: [{ id: 'a' }, { id: 'b' }], total: 2 });
  });

  it('drops empty query parameters', () => {
    expect(withQuery('/api/users', { q: '', page: 2, unitId: undefined })).toBe('/api/users?page=2');
  });
});

describe('uploads and downloads', () => {
  it('posts FormData with the CSRF token and lets the browser set the multipart type', async () => {
    const fetch = mockFetch(() => jsonResponse({ id: 'job-1' }, 202));
    setCsrfToken('t0k');
    const form = new FormData();
    form.append('file', new File(['a,b'], 'x.csv'));
    await expect(api.upload('/api/imports/samples', form)).resolves.toEqual({ id: 'job-1' });
    const init = fetch.mock.calls[0][1]!;
    expect(init.body).toBe(form);
    expect(init.headers).toMatchObject({ 'x-csrf-token': 't0k' });
    expect(init.headers).not.toHaveProperty('content-type');
  });

  it('reads the file name the server gives a download', () => {
    expect(fileNameFromDisposition(`attachment; filename*=UTF-8''${encodeURIComponent('抽检数据.xlsx')}`, 'x.xlsx')).toBe('抽检数据.xlsx');
    expect(fileNameFromDisposition('attachment; filename="report.xlsx"', 'x.xlsx')).toBe('report.xlsx');
    expect(fileNameFromDisposition(null, 'x.xlsx')).toBe('x.xlsx');
  });

  it('shows the server’s refusal of a download as an ApiError', async () => {
    mockFetch(() => jsonResponse({ error: { code: 'FORBIDDEN', message: '您没有执行此操作的权限' } }, 403));
    await expect(api.download('/api/samples/export.xlsx', { conclusion: 'qualified' }, 'x.xlsx')).rejects.toMatchObject({ status: 403, message: '您没有执行此操作的权限' });
  });
});
