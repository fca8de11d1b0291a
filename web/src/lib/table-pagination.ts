import type { TablePaginationConfig } from 'antd';
import { messages } from '../messages';
import { PAGE_SIZES } from './url-filters';

/**
 * The pagination every list table uses: the page sizes, 共 N 条, and a change of page size going
 * back to page 1 (the old page may no longer exist). `onChange` receives the page to show.
 */
export function tablePagination(p: {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number, pageSize: number) => void;
  showTotal?: (total: number) => string;
}): TablePaginationConfig {
  return {
    current: p.page,
    pageSize: p.pageSize,
    total: p.total,
    showSizeChanger: true,
    pageSizeOptions: [...PAGE_SIZES],
    showTotal: p.showTotal ?? messages.common.total,
    onChange: (page, pageSize) => p.onChange(pageSize === p.pageSize ? page : 1, pageSize),
  };
}
