/** /urgent (24小时限时报告): a board of live clocks, by state; 发起报告 for labs and 抽检监测处. */
import { Button, Col, Empty, Row, Spin, Tabs } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCapability } from '../../auth/session';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { urgentMessages } from './messages';
import { RaiseUrgentDrawer } from './RaiseUrgentDrawer';
import { useUrgentReports, type UrgentStatus } from './urgent-api';
import { UrgentCard } from './UrgentCard';

const m = urgentMessages;
const tabs: { key: UrgentStatus; label: string }[] = [
  { key: 'open', label: m.tabOpen },
  { key: 'handled', label: m.tabHandled },
  { key: 'closed', label: m.tabClosed },
];

export default function UrgentBoardPage() {
  const [params, setParams] = useSearchParams();
  const status = (tabs.find((t) => t.key === params.get('status'))?.key ?? 'open') as UrgentStatus;
  const { data, error, isPending, refetch } = useUrgentReports(status);
  const [raising, setRaising] = useState(false);
  const mayRaise = useCapability('urgent.raise');
  const items = data?.items ?? [];

  return (
    <>
      <PageHeader
        title={m.title}
        extra={
          mayRaise && (
            <Button type="primary" danger onClick={() => setRaising(true)}>
              {m.raise}
            </Button>
          )
        }
      />
      <Tabs activeKey={status} onChange={(key) => setParams(key === 'open' ? {} : { status: key })} items={tabs.map((t) => ({ key: t.key, label: t.label }))} />
      {error && !data ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : isPending ? (
        <Spin />
      ) : items.length === 0 ? (
        <Empty description={m.empty} />
      ) : (
        <Row gutter={[16, 16]}>
          {items.map((r) => (
            <Col key={r.id} xs={24} md={12} xl={8} xxl={6}>
              <UrgentCard report={r} />
            </Col>
          ))}
        </Row>
      )}
      {mayRaise && <RaiseUrgentDrawer open={raising} onClose={() => setRaising(false)} />}
    </>
  );
}
