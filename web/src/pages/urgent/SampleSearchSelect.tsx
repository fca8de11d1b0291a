/** Find a sample by number, food or enterprise (GET /api/samples?q=), as you type. */
import { useQuery } from '@tanstack/react-query';
import { Select, type SelectProps } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import type { SampleRow } from '../samples/samples-api';

type Props = Omit<SelectProps<string>, 'options' | 'showSearch' | 'filterOption' | 'loading'>;

export function SampleSearchSelect(props: Props) {
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 300);
    return () => clearTimeout(timer);
  }, [typed]);
  const { data, isFetching } = useQuery({
    queryKey: ['samples', 'search', q],
    queryFn: () => api.get<Page<SampleRow>>('/api/samples', { q, pageSize: 20 }),
    enabled: q.length >= 2,
  });
  const options = (q.length >= 2 ? (data?.items ?? []) : []).map((s) => ({
    value: s.id,
    label: `${s.sampleNo} ${s.foodName}（${s.sampledPartyName}）`,
  }));
  return <Select<string> {...props} showSearch={{ filterOption: false, onSearch: setTyped }} options={options} loading={isFetching} notFoundContent={null} />;
}
