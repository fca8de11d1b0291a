/** /admin/audit (审计日志): the append-only change log, filterable, with before/after and chain check. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Col, Flex, Row, Select, Table, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import type { AuditEntry, AuditVerifyReply, Page } from '../../api/types';
import { auditActionNames, auditEntityNames } from '../../../../src/domain/audit-actions';
import { useCapability } from '../../auth/session';
import { CodeTip } from '../../components/CodeTip';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { formatDateTimeSeconds } from '../../lib/time';
import { auditMessages } from './messages';
import { VerifyChainButton, VerifyChainResult } from './VerifyChain';
import { tablePagination } from '../../lib/table-pagination';

const m = auditMessages;

interface AuditQuery {
  action?: string;
  entityType?: string;
  page: number;
  pageSize: number;
}

function Json({ title, value }: { title: string; value: unknown }) {
  return (
    <div>
      <Typography.Text strong>{title}</Typography.Text>
      <pre style={{ margin: '4px 0 0', padding: 8, background: '#fafafa', border: '1px solid #f0f0f0', borderRadius: 4, maxHeight: 320, overflow: 'auto', fontSize: 12 }}>
        {value === null || value === undefined ? m.nothing : JSON.stringify(value, null, 2)}
      </pre>
    </div>
  );
}

const columns: TableProps<AuditEntry>['columns'] = [
  { title: m.seq, dataIndex: 'seq', width: 80 },
  { title: m.at, dataIndex: 'at', width: 170, render: (at: string) => formatDateTimeSeconds(at) },
  { title: m.actor, key: 'actor', width: 160, render: (_, e) => <CodeTip code={e.actorUsername}>{e.actorName ?? m.system}</CodeTip> },
  { title: m.action, key: 'action', width: 200, render: (_, e) => <CodeTip code={e.action}>{e.actionName}</CodeTip> },
  { title: m.entityType, key: 'entityType', width: 140, render: (_, e) => <CodeTip code={e.entityType}>{e.entityTypeName}</CodeTip> },
  { title: m.entityId, dataIndex: 'entityId', ellipsis: true },
  { title: m.ip, dataIndex: 'ip', width: 130 },
  {
    title: m.hash,
    dataIndex: 'hash',
    width: 120,
    render: (hash: string) => <Typography.Text code copyable={{ text: hash }}>{hash.slice(0, 8)}</Typography.Text>,
  },
];

const actionOptions = Object.entries(auditActionNames).map(([value, label]) => ({ value, label }));
const entityOptions = Object.entries(auditEntityNames).map(([value, label]) => ({ value, label }));

export default function AuditPage() {
  const [query, setQuery] = useState<AuditQuery>({ page: 1, pageSize: 20 });
  const [verified, setVerified] = useState<AuditVerifyReply | Error | null>(null);
  const { data, error, isFetching, refetch } = useQuery({
    queryKey: ['audit-logs', query],
    queryFn: () => api.get<Page<AuditEntry>>('/api/audit-logs', { ...query }),
    placeholderData: keepPreviousData,
  });
  const canVerify = useCapability('audit.verify');

  return (
    <>
      <PageHeader title={m.title} extra={canVerify && <VerifyChainButton onResult={setVerified} />} />
      {verified && <VerifyChainResult result={verified} onClose={() => setVerified(null)} />}
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={m.actionFilter}
            aria-label={m.actionFilter}
            style={{ width: 260 }}
            options={actionOptions}
            value={query.action}
            onChange={(action?: string) => setQuery((q) => ({ ...q, action, page: 1 }))}
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={m.entityTypeFilter}
            aria-label={m.entityTypeFilter}
            style={{ width: 220 }}
            options={entityOptions}
            value={query.entityType}
            onChange={(entityType?: string) => setQuery((q) => ({ ...q, entityType, page: 1 }))}
          />
        </Flex>
        {error && !data ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : (
          <Table<AuditEntry>
            rowKey="seq"
            size="middle"
            columns={columns}
            dataSource={data?.items ?? []}
            loading={isFetching}
            scroll={{ x: 1100 }}
            expandable={{
              expandedRowRender: (e) => (
                <Row gutter={16}>
                  <Col xs={24} md={12}><Json title={m.before} value={e.before} /></Col>
                  <Col xs={24} md={12}><Json title={m.after} value={e.after} /></Col>
                </Row>
              ),
            }}
            pagination={tablePagination({ page: query.page, pageSize: query.pageSize, total: data?.total ?? 0, onChange: (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })) })}
          />
        )}
      </Card>
    </>
  );
}
