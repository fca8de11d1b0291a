// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, renderPage } from '../test-utils';
import { RemoteSearchSelect } from './RemoteSearchSelect';

afterEach(() => vi.unstubAllGlobals());

type Row = { id: string; name: string; open: boolean };
const rows: Row[] = [
  { id: 'r1', name: '鑫源超市', open: true },
  { id: 'r2', name: '鑫源食品厂', open: false },
];

function typeInto(text: string) {
  const input = screen.getByRole('combobox');
  fireEvent.mouseDown(input);
  fireEvent.change(input, { target: { value: text } });
}

describe('RemoteSearchSelect', () => {
  it('searches the server with the typed text once it has two characters, and offers the rows it keeps', async () => {
    const fetch = mockFetch((key) => (key === 'GET /api/things' ? jsonResponse({ items: rows, total: 2 }) : jsonResponse({}, 404)));
    renderPage(<RemoteSearchSelect<Row> aria-label="查找" path="/api/things" queryKey={['things', 'search']} label={(r) => `${r.name}（${r.id}）`} keep={(r) => r.open} />);
    typeInto('鑫');
    typeInto(' 鑫源 ');
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    const url = new URL(String(fetch.mock.calls[0][0]), 'http://localhost');
    expect(url.searchParams.get('q')).toBe('鑫源');
    expect(url.searchParams.get('pageSize')).toBe('20');
    expect(await screen.findByText('鑫源超市（r1）')).toBeTruthy();
    expect(screen.queryByText('鑫源食品厂（r2）')).toBeNull();
  });

  it('does not ask the server for a single character', async () => {
    const fetch = mockFetch(() => jsonResponse({ items: rows, total: 2 }));
    renderPage(<RemoteSearchSelect<Row> aria-label="查找" path="/api/things" queryKey={['things', 'search']} label={(r) => r.name} />);
    // Fake clocks let the debounce run out for '鑫' on its own, without waiting on real time.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      typeInto('鑫');
      act(() => vi.advanceTimersByTime(300));
      typeInto('鑫源');
      act(() => vi.advanceTimersByTime(300));
    } finally {
      vi.useRealTimers();
    }
    expect(await screen.findByText('鑫源食品厂')).toBeTruthy();
    // Only the two-character search reached the server.
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(new URL(String(fetch.mock.calls[0][0]), 'http://localhost').searchParams.get('q')).toBe('鑫源');
  });
});
