/**
 * A list page: its header, the filter bar, and the server-paged table, with the filters and the
 * page kept in the URL (lib/url-filters). `useUrlList` reads them; a change of filter goes back
 * to page 1, 清除筛选 empties the URL. A list that fails to load before it ever loaded says so
 * with a retry in place of the table.
 */
import { Card, Empty, Table, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import type { Page } from '../api/types';
import { tablePagination } from '../lib/table-pagination';
import type { defineUrlFilters, FieldKind, FilterValues } from '../lib/url-filters';
import { PageHeader } from './PageHeader';
import { QueryError } from './QueryError';

type UrlFilters<S extends Record<string, FieldKind>> = ReturnType<typeof defineUrlFilters<S>>;

export function useUrlList<S extends Record<string, FieldKind>>(filters: UrlFilters<S>) {
  const [params, setParams] = useSearchParams();
  const state = filters.parse(params);
  return {
    state,
    update: (changes: FilterValues<S>) => setParams(filters.toParams({ ...state, ...changes, page: 1 })),
    clear: () => setParams(new URLSearchParams()),
    setPage: (page: number, pageSize: number) => setParams(filters.toParams({ ...state, page, pageSize })),
  };
}

/** What the page's list query gives (a react-query result of a `Page`). */
export interface ListQuery<T> {
  data?: Page<T>;
  error: Error | null;
  isFetching: boolean;
  refetch: () => unknown;
}

/** The rows as a page's own table component takes them. */
export interface ListRows<T> {
  items: T[];
  total: number;
  totalCapped: boolean;
  loading: boolean;
}

interface Props<T> {
  title: string;
  extra?: ReactNode;
  filterBar?: ReactNode;
  list: ListQuery<T>;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
  /** The plain table: its columns and options. */
  table?: Pick<TableProps<T>, 'columns' | 'rowKey' | 'scroll' | 'rowClassName'> & { emptyText?: string };
  /** Or the page's own table component. */
  children?: (rows: ListRows<T>) => ReactNode;
}

export function ListPage<T extends object>({ title, extra, filterBar, list, page, pageSize, onPage, table, children }: Props<T>) {
  const { data, error, isFetching, refetch } = list;
  const { emptyText, ...tableProps } = table ?? {};
  const rows: ListRows<T> = { items: data?.items ?? [], total: data?.total ?? 0, totalCapped: data?.totalCapped ?? false, loading: isFetching };
  return (
    <>
      <PageHeader title={title} extra={extra} />
      <Card>
        {filterBar}
        {error && !data ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : children ? (
          children(rows)
        ) : (
          <Table<T>
            rowKey="id"
            size="middle"
            {...tableProps}
            dataSource={rows.items}
            loading={rows.loading}
            locale={emptyText ? { emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> } : undefined}
            pagination={tablePagination({ page, pageSize, total: rows.total, onChange: onPage })}
          />
        )}
      </Card>
    </>
  );
}
