/** /reconciliations (对账检查): the checks run by this unit or on units in its scope; 新建对账. */
import { Button, Card, Progress, Table, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useCapability } from '../../auth/session';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../lib/time';
import { DEFAULT_PAGE_SIZE } from '../../lib/url-filters';
import { reconciliationsMessages } from './messages';
import { NewReconciliationModal } from './NewReconciliationModal';
import { useReconciliations, type ReconciliationRow } from './reconciliations-api';
import { tablePagination } from '../../lib/table-pagination';

const m = reconciliationsMessages;

export default function ReconciliationsPage() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = Number(params.get('pageSize')) || DEFAULT_PAGE_SIZE;
  const { data, error, isFetching, refetch } = useReconciliations(page, pageSize);
  const [creating, setCreating] = useState(false);
  const mayCreate = useCapability('reconciliations.create');

  const columns: TableProps<ReconciliationRow>['columns'] = [
    { title: m.colUnit, dataIndex: 'unitName', render: (name: string, r) => <Link to={`/reconciliations/${r.id}`}>{name}</Link> },
    { title: m.colPeriod, key: 'period', width: 220, render: (_, r) => `${r.periodFrom} ~ ${r.periodTo}` },
    { title: m.colMode, dataIndex: 'mode', width: 130, render: (mode: string, r) => m.modeText(mode, r.sampleSize) },
    { title: m.colCreatedBy, dataIndex: 'createdByUnitName', width: 200, ellipsis: true },
    { title: m.colStatus, dataIndex: 'status', width: 90, render: (s: string) => (s === 'finished' ? <Tag color="green">{m.statusFinished}</Tag> : <Tag color="processing">{m.statusOpen}</Tag>) },
    {
      title: m.colProgress,
      key: 'progress',
      width: 170,
      render: (_, r) => <Progress size="small" percent={r.checks ? Math.round((r.checked / r.checks) * 100) : 100} format={() => m.progressText(r.checked, r.checks)} />,
    },
    { title: m.colNotInPlace, dataIndex: 'notInPlace', width: 90, render: (n: number) => (n > 0 ? <Tag color="red">{n}</Tag> : n) },
    { title: m.colCreatedAt, dataIndex: 'createdAt', width: 150, render: (at: string) => formatDateTime(at) },
  ];

  return (
    <>
      <PageHeader
        title={m.title}
        extra={
          mayCreate && (
            <Button type="primary" onClick={() => setCreating(true)}>
              {m.create}
            </Button>
          )
        }
      />
      <Card>
        {error && !data ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : (
          <Table<ReconciliationRow>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={data?.items ?? []}
            loading={isFetching}
            scroll={{ x: 1100 }}
            pagination={tablePagination({ page, pageSize, total: data?.total ?? 0, onChange: (p, size) => setParams({ page: String(p), pageSize: String(size) }) })}
          />
        )}
      </Card>
      {mayCreate && <NewReconciliationModal open={creating} onClose={() => setCreating(false)} />}
    </>
  );
}
