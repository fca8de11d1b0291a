/**
 * A Select that searches the server as you type (GET <path>?q=&pageSize=20): waits 300 ms after the
 * last key and needs at least two characters, so each keystroke does not hit the API.
 */
import { useQuery } from '@tanstack/react-query';
import { Select, type SelectProps } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../api/client';
import type { Page } from '../api/types';

export type RemoteSearchSelectProps = Omit<SelectProps<string>, 'options' | 'showSearch' | 'filterOption' | 'loading'>;

type Props<T extends { id: string }> = RemoteSearchSelectProps & {
  /** List endpoint that accepts `q` and `pageSize`, e.g. '/api/cases'. */
  path: string;
  /** React Query key prefix, e.g. ['cases', 'search']; the search text is appended. */
  queryKey: readonly unknown[];
  /** The option's label for one row. */
  label: (row: T) => string;
  /** Keeps only the rows that may be picked (the server search cannot express every condition). */
  keep?: (row: T) => boolean;
};

const MIN_CHARS = 2;
const DEBOUNCE_MS = 300;

export function RemoteSearchSelect<T extends { id: string }>({ path, queryKey, label, keep, ...props }: Props<T>) {
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  const { data, isFetching } = useQuery({
    queryKey: [...queryKey, q],
    queryFn: () => api.get<Page<T>>(path, { q, pageSize: 20 }),
    enabled: q.length >= MIN_CHARS,
  });
  const rows = q.length >= MIN_CHARS ? (data?.items ?? []) : [];
  const options = (keep ? rows.filter(keep) : rows).map((row) => ({ value: row.id, label: label(row) }));
  return <Select<string> {...props} showSearch={{ filterOption: false, onSearch: setTyped }} options={options} loading={isFetching} notFoundContent={null} />;
}
