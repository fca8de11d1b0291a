/** The plans in the user's scope, each with its progress against its quotas. */
import { Button, Card, Flex, Progress, Select, Table, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useCapability } from '../../auth/session';
import { QueryError } from '../../components/QueryError';
import { labelOf, optionsOf, samplingTypeOptions } from '../../lib/enums';
import { messages } from '../../messages';
import { plansMessages } from './messages';
import { PlanFormDrawer } from './PlanFormDrawer';
import { usePlans, type PlanQuery, type PlanRow } from './plans-api';
import { yearOptions } from './years';
import { tablePagination } from '../../lib/table-pagination';

const m = plansMessages;
const e = messages.enums;

export function PlanList() {
  const [query, setQuery] = useState<PlanQuery>({ page: 1, pageSize: 20 });
  const { data, error, isFetching, refetch } = usePlans(query);
  const [creating, setCreating] = useState(false);
  const canWrite = useCapability('plans.create');

  const columns: TableProps<PlanRow>['columns'] = [
    { title: m.colName, dataIndex: 'name', render: (name: string, p) => <Link to={`/plans/${p.id}`}>{name}</Link> },
    { title: m.colYear, dataIndex: 'year', width: 80 },
    { title: m.colType, dataIndex: 'samplingType', width: 110, render: (t: string) => labelOf(e.samplingType, t) },
    { title: m.colKind, dataIndex: 'planKind', width: 100, render: (k: string) => labelOf(e.planKind, k) },
    { title: m.colOrganiser, dataIndex: 'organiserUnitName', width: 200, ellipsis: true },
    { title: m.colStatus, dataIndex: 'status', width: 90, render: (s: string) => <Tag color={s === 'active' ? 'processing' : undefined}>{labelOf(e.planStatus, s)}</Tag> },
    {
      title: m.colProgress,
      key: 'progress',
      width: 240,
      render: (_, p) => (
        <Flex vertical gap={0}>
          <Progress percent={p.progress} size="small" status={p.progress >= 100 ? 'success' : 'normal'} />
          <span style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)' }}>{m.progressText(p.sampled, p.quotaTotal)}</span>
        </Flex>
      ),
    },
  ];

  const set = (changes: Partial<PlanQuery>) => setQuery((q) => ({ ...q, ...changes, page: 1 }));
  return (
    <Card>
      <Flex justify="space-between" gap={12} wrap style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap>
          <Select allowClear placeholder={m.year} style={{ width: 120 }} options={yearOptions()} value={query.year} onChange={(year?: number) => set({ year })} aria-label={m.year} />
          <Select allowClear placeholder={m.samplingType} style={{ width: 140 }} options={samplingTypeOptions} value={query.samplingType} onChange={(samplingType?: string) => set({ samplingType })} aria-label={m.samplingType} />
          <Select allowClear placeholder={m.planKind} style={{ width: 130 }} options={optionsOf(e.planKind)} value={query.planKind} onChange={(planKind?: string) => set({ planKind })} aria-label={m.planKind} />
        </Flex>
        {canWrite && (
          <Button type="primary" onClick={() => setCreating(true)}>
            {m.create}
          </Button>
        )}
      </Flex>
      {error && !data ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : (
        <Table<PlanRow>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={isFetching}
          scroll={{ x: 1100 }}
          pagination={tablePagination({ page: query.page, pageSize: query.pageSize, total: data?.total ?? 0, onChange: (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })) })}
        />
      )}
      {canWrite && <PlanFormDrawer open={creating} onClose={() => setCreating(false)} />}
    </Card>
  );
}
