/** /plans/:id: the plan, its quotas with progress, a chart of quota vs sampled, accepted suggestions. */
import { App, Button, Card, Col, Descriptions, Flex, Progress, Row, Skeleton, Table, Tag } from 'antd';
import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { QueryError } from '../../../components/QueryError';
import { labelOf } from '../../../lib/enums';
import { formatDateTime } from '../../../lib/time';
import { messages } from '../../../messages';
import { plansMessages, suggestionsMessages } from '../messages';
import { usePlan, usePlanMutations } from '../plans-api';
import { quotaLabel, QuotaTable } from './QuotaTable';

const BarChart = lazy(() => import('../../../components/BarChart'));

const m = plansMessages;
const e = messages.enums;
const statusAction: Record<string, { to: 'active' | 'closed'; label: string }> = {
  close: { to: 'closed', label: m.closePlan },
  reopen: { to: 'active', label: m.reopenPlan },
};

export default function PlanDetailPage() {
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const { data: plan, error, refetch } = usePlan(id);
  const { setPlanStatus } = usePlanMutations();
  if (error && !plan) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!plan) return <Skeleton active paragraph={{ rows: 10 }} />;

  const statusButtons = plan.actions.filter((a) => a in statusAction).map((a) => (
    <Button
      key={a}
      loading={setPlanStatus.isPending}
      onClick={() => setPlanStatus.mutateAsync({ plan, status: statusAction[a].to }).then(() => void message.success(messages.common.saved), (err: Error) => void message.error(err.message))}
    >
      {statusAction[a].label}
    </Button>
  ));
  const quotas = plan.quotas;

  return (
    <>
      <PageHeader
        title={plan.name}
        extra={
          <Flex gap={12} align="center">
            <Tag color={plan.status === 'active' ? 'processing' : undefined}>{labelOf(e.planStatus, plan.status)}</Tag>
            {statusButtons}
            <Link to="/plans">{m.detailBack}</Link>
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        <Card>
          <Descriptions
            bordered
            size="small"
            column={{ xs: 1, md: 3 }}
            items={[
              { key: 'year', label: m.year, children: m.yearValue(plan.year) },
              { key: 'type', label: m.samplingType, children: labelOf(e.samplingType, plan.samplingType) },
              { key: 'kind', label: m.planKind, children: labelOf(e.planKind, plan.planKind) },
              { key: 'organiser', label: m.organiser, children: plan.organiserUnitName },
              { key: 'quota', label: m.quotaTotal, children: plan.quotaTotal },
              { key: 'sampled', label: m.sampledTotal, children: <Link to={`/samples?planId=${plan.id}`}>{plan.sampled}</Link> },
              { key: 'progress', label: m.colProgress, span: 'filled', children: <Progress percent={plan.progress} style={{ maxWidth: 480 }} /> },
              { key: 'description', label: m.description, span: 'filled', children: plan.description || messages.common.none },
            ]}
          />
        </Card>
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={quotas.length ? 14 : 24}>
            <Card title={m.quotas} extra={<Link to={`/samples?planId=${plan.id}`}>{m.viewSamples}</Link>} style={{ height: '100%' }}>
              <QuotaTable quotas={quotas} />
            </Card>
          </Col>
          {quotas.length > 0 && (
            <Col xs={24} xl={10}>
              <Card title={m.quotaChart} style={{ height: '100%' }}>
                <Suspense fallback={<div style={{ height: 300 }} />}>
                  <BarChart
                    horizontal
                    height={Math.max(220, quotas.length * 48 + 60)}
                    categories={quotas.map(quotaLabel)}
                    series={[
                      { name: m.seriesQuota, data: quotas.map((q) => q.quota), color: '#91caff' },
                      { name: m.seriesSampled, data: quotas.map((q) => q.sampled), color: '#1659a8' },
                    ]}
                  />
                </Suspense>
              </Card>
            </Col>
          )}
        </Row>
        {plan.suggestions.length > 0 && (
          <Card title={m.suggestionsOfPlan}>
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={plan.suggestions}
              columns={[
                { title: suggestionsMessages.colTitle, dataIndex: 'title' },
                { title: suggestionsMessages.colFrom, dataIndex: 'fromUnitName', width: 260 },
                { title: suggestionsMessages.colDecision, dataIndex: 'decidedAt', width: 160, render: (at: string | null) => formatDateTime(at) },
              ]}
            />
          </Card>
        )}
      </Flex>
    </>
  );
}
