/** Find a decided case by number, 案由 or party (GET /api/cases?q=), as you type: the penalty decision a listing rests on. */
import { useQuery } from '@tanstack/react-query';
import { Select, type SelectProps } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import type { CaseRow } from '../cases/cases-api';

type Props = Omit<SelectProps<string>, 'options' | 'showSearch' | 'filterOption' | 'loading'>;
const DECIDED = ['decision', 'execution', 'closed'];

export function CaseSearchSelect(props: Props) {
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 300);
    return () => clearTimeout(timer);
  }, [typed]);
  const { data, isFetching } = useQuery({
    queryKey: ['cases', 'search', q],
    queryFn: () => api.get<Page<CaseRow>>('/api/cases', { q, pageSize: 20 }),
    enabled: q.length >= 2,
  });
  const options = (q.length >= 2 ? (data?.items ?? []) : []).filter((c) => DECIDED.includes(c.stage)).map((c) => ({ value: c.id, label: `${c.caseNo}（${c.partyName}）` }));
  return <Select<string> {...props} showSearch={{ filterOption: false, onSearch: setTyped }} options={options} loading={isFetching} notFoundContent={null} />;
}
