/** / (工作台): counts, the inbox (mine or my unit's, open or done) and open items by kind. */
import { Card, Col, Flex, Radio, Row, Segmented, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { messages } from '../../messages';
import { CountCards } from './CountCards';
import { WorkItemTable } from './WorkItemTable';
import { useWorkItems, type WorkItemQuery } from './work-items-api';

// ECharts is big: fetch it only when there is something to draw.
const KindChart = lazy(() => import('./KindChart'));

const m = messages.workbench;

export default function WorkbenchPage() {
  const [query, setQuery] = useState<WorkItemQuery>({ scope: 'mine', status: 'open', page: 1, pageSize: 20 });
  const { data, error, isPending, isFetching, refetch } = useWorkItems(query);
  const byKind = data?.counts.byKind ?? [];

  return (
    <>
      <PageHeader title={m.title} />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <CountCards counts={data?.counts} loading={isPending} col={{ xs: 24, sm: 8, xl: byKind.length > 0 ? 6 : 8 }} />
        {byKind.length > 0 && (
          <Col xs={24} xl={6}>
            <Card style={{ height: '100%' }} styles={{ body: { padding: '16px 16px 8px 24px' } }}>
              <Typography.Text type="secondary">{m.byKindTitle}</Typography.Text>
              <Suspense fallback={<div style={{ height: 90 }} />}>
                <KindChart data={byKind} height={90} />
              </Suspense>
            </Card>
          </Col>
        )}
      </Row>
      <Card>
        <Flex justify="space-between" wrap gap={12} style={{ marginBottom: 16 }}>
          <Segmented
            value={query.scope}
            options={[
              { value: 'mine', label: m.scopeMine },
              { value: 'unit', label: m.scopeUnit },
            ]}
            onChange={(scope) => setQuery((q) => ({ ...q, scope: scope as WorkItemQuery['scope'], page: 1 }))}
          />
          <Radio.Group
            optionType="button"
            value={query.status}
            options={[
              { value: 'open', label: m.statusOpen },
              { value: 'done', label: m.statusDone },
            ]}
            onChange={(e) => setQuery((q) => ({ ...q, status: e.target.value as WorkItemQuery['status'], page: 1 }))}
          />
        </Flex>
        {error && !data ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : (
          <WorkItemTable
            items={data?.items ?? []}
            total={data?.total ?? 0}
            loading={isFetching}
            page={query.page}
            pageSize={query.pageSize}
            done={query.status === 'done'}
            kindNames={data?.kindNames}
            onPageChange={(page, pageSize) => setQuery((q) => ({ ...q, page, pageSize }))}
          />
        )}
      </Card>
    </>
  );
}
