/** Find an enterprise by name fragment or credit code (GET /api/enterprises?q=), as you type. */
import { useQuery } from '@tanstack/react-query';
import { Select, type SelectProps } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import type { Enterprise } from '../enterprises/enterprises-api';

type Props = Omit<SelectProps<string>, 'options' | 'showSearch' | 'filterOption' | 'loading'>;

export function EnterpriseSearchSelect(props: Props) {
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 300);
    return () => clearTimeout(timer);
  }, [typed]);
  const { data, isFetching } = useQuery({
    queryKey: ['enterprises', 'search', q],
    queryFn: () => api.get<Page<Enterprise>>('/api/enterprises', { q, pageSize: 20 }),
    enabled: q.length >= 2,
  });
  const options = (q.length >= 2 ? (data?.items ?? []) : []).map((e) => ({ value: e.id, label: e.creditCode ? `${e.name}（${e.creditCode}）` : e.name }));
  return <Select<string> {...props} showSearch={{ filterOption: false, onSearch: setTyped }} options={options} loading={isFetching} notFoundContent={null} />;
}
