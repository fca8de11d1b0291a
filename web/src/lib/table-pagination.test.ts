import { describe, expect, it } from 'vitest';
import { tablePagination } from './table-pagination';

describe('tablePagination', () => {
  it('keeps the page when only the page changes, and goes back to page 1 when the size changes', () => {
    const calls: [number, number][] = [];
    const config = tablePagination({ page: 3, pageSize: 20, total: 95, onChange: (page, size) => calls.push([page, size]) });
    expect(config).toMatchObject({ current: 3, pageSize: 20, total: 95, showSizeChanger: true, pageSizeOptions: [10, 20, 50, 100] });
    config.onChange!(4, 20);
    config.onChange!(4, 50);
    expect(calls).toEqual([[4, 20], [1, 50]]);
  });
});
