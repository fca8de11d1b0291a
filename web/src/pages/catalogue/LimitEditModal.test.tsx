// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, renderPage } from '../../test-utils';
import type { ItemLimit } from './catalogue-api';
import { LimitEditModal } from './LimitEditModal';

const limit: ItemLimit = {
  id: 'l1',
  testItemId: 't1',
  categoryId: 'c1',
  categoryName: '糕点',
  foodKeyword: null,
  standard: 'GB 7099-2015',
  limitType: 'max',
  limitValue: '100000',
  unit: 'CFU/g',
  samplingPlan: { n: 5, c: 2, m: 10000, M: 100000 },
  note: null,
  unverified: false,
  version: 1,
};

afterEach(() => vi.unstubAllGlobals());

describe('LimitEditModal', () => {
  it('shows the plan as the standards write it and sends the plan typed, read by the shared parser', async () => {
    const fetch = mockFetch(() => jsonResponse({ ...limit, version: 2 }));
    renderPage(<LimitEditModal limit={limit} itemName="菌落总数" onClose={() => {}} />);
    const dialog = await screen.findByRole('dialog');
    const plan = within(dialog).getByPlaceholderText('如 n=5,c=2,m=10000,M=100000') as HTMLInputElement;
    expect(plan.value).toBe('n=5, c=2, m=10000, M=100000');

    fireEvent.change(plan, { target: { value: 'n=5,c=2,m=1000,M=100' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('采样方案“n=5,c=2,m=1000,M=100”中 m 不能大于 M（应写作 n=5,c=2,m=100,M=1000）')).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();

    fireEvent.change(plan, { target: { value: 'n=5,c=1,m=10²,M=10³' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(fetch).toHaveBeenCalled());
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('/api/catalogue/limits/l1');
    expect(JSON.parse(String(init!.body))).toMatchObject({ version: 1, samplingPlan: { n: 5, c: 1, m: 100, M: 1000 }, unit: 'CFU/g' });
  });
});
