/**
 * / (工作台): the overview of the work in the user's scope (全省概况 for the province), counts, the
 * inbox (mine, or my unit's and below: a leader's default, whose own inbox is mostly empty) and open
 * items by kind.
 */
import { Card, Col, Flex, Radio, Row, Segmented, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useMe } from '../../auth/session';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { workbenchMessages } from './messages';
import { CountCards } from './CountCards';
import { hasOverview, OverviewCard } from './OverviewCard';
import { WorkItemTable } from './WorkItemTable';
import { useOverview, useWorkItems, type WorkItemQuery } from './work-items-api';

// ECharts is big: fetch it only when there is something to draw.
const KindChart = lazy(() => import('./KindChart'));

const m = workbenchMessages;

/** Units whose scope is the province (by their business, or the whole of it). */
const PROVINCE_LEVEL_KINDS = ['province_bureau', 'division', 'affiliated_unit', 'lab'];

export default function WorkbenchPage() {
  const { data: me } = useMe();
  const leader = me?.roles?.includes('leader') ?? false;
  const [chosen, setQuery] = useState<Omit<WorkItemQuery, 'scope'> & { scope?: WorkItemQuery['scope'] }>({ status: 'open', page: 1, pageSize: 20 });
  const query: WorkItemQuery = { ...chosen, scope: chosen.scope ?? (leader ? 'unit' : 'mine') };
  const overview = useOverview(Boolean(me));
  const province = PROVINCE_LEVEL_KINDS.includes(me?.unit?.kind ?? '');
  const { data, error, isPending, isFetching, refetch } = useWorkItems(query);
  const byKind = data?.counts.byKind ?? [];

  return (
    <>
      <PageHeader title={m.title} />
      {hasOverview(overview.data) && <OverviewCard overview={overview.data} province={province} />}
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
            onPageChange={(page, pageSize) => setQuery((q) => ({ ...q, page, pageSize }))}
          />
        )}
      </Card>
    </>
  );
}
