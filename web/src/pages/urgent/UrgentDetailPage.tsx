/** /urgent/:id: the clock, what was found and its hazard, who has acknowledged, the handling, the history. */
import { App, Button, Card, Col, Descriptions, Flex, Row, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { HistoryTimeline } from '../../components/HistoryTimeline';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { useRegionName } from '../../components/RegionSelect';
import { linkLabel } from '../../lib/enums';
import { formatDateTime } from '../../lib/time';
import { messages } from '../../messages';
import { disposalDetailMessages } from '../disposals/messages';
import { urgentMessages } from './messages';
import { RecipientChips } from './RecipientChips';
import { UrgentActionModal, type FormAction } from './UrgentActionModal';
import { useUrgentMutations, useUrgentReport } from './urgent-api';
import { UrgentClock } from './UrgentClock';

const m = urgentMessages;
const none = messages.common.none;

export default function UrgentDetailPage() {
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const { data: r, error, refetch } = useUrgentReport(id);
  const { acknowledge } = useUrgentMutations();
  const regionName = useRegionName();
  const [action, setAction] = useState<FormAction | null>(null);

  if (error && !r) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!r) return <Skeleton active paragraph={{ rows: 12 }} />;
  const can = (a: (typeof r.actions)[number]) => r.actions.includes(a);

  const buttons = (
    <Flex gap={8} wrap>
      {can('acknowledge') && (
        <Button type="primary" loading={acknowledge.isPending} onClick={() => acknowledge.mutateAsync(r).then(() => void message.success(m.acknowledgedDone), (e: Error) => void message.error(e.message))}>
          {m.acknowledge}
        </Button>
      )}
      {can('fileHandling') && <Button type="primary" onClick={() => setAction('fileHandling')}>{m.fileHandling}</Button>}
      {can('return') && <Button danger onClick={() => setAction('return')}>{m.return}</Button>}
      {can('close') && <Button type="primary" onClick={() => setAction('close')}>{m.close}</Button>}
    </Flex>
  );

  return (
    <>
      <PageHeader
        title={r.title}
        extra={
          <Flex gap={12} align="center" wrap>
            <Tag color={r.status === 'open' ? 'red' : r.status === 'handled' ? 'blue' : 'green'}>{r.statusName}</Tag>
            {buttons}
            <Link to="/urgent">{m.back}</Link>
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        <Card>
          <Row gutter={[24, 16]} align="middle">
            <Col xs={24} lg={8}>
              <UrgentClock report={r} size={44} />
            </Col>
            <Col xs={24} lg={16}>
              <Descriptions
                size="small"
                column={{ xs: 1, md: 2 }}
                items={[
                  { key: 'food', label: m.food, children: r.foodName },
                  { key: 'enterprise', label: m.enterprise, children: r.enterpriseName },
                  { key: 'link', label: m.link, children: linkLabel(r.link) },
                  { key: 'region', label: m.region, children: regionName(r.regionCode) || none },
                  { key: 'sampleNo', label: m.sampleNo, children: r.sampleId ? <Link to={`/samples/${r.sampleId}`}>{r.sampleNo}</Link> : none },
                  { key: 'owner', label: m.ownerUnit, children: r.ownerUnitName },
                  { key: 'raisedBy', label: m.raisedBy, children: r.raisedByUnitName },
                  { key: 'foundAt', label: m.foundAt, children: formatDateTime(r.foundAt) },
                  { key: 'raisedAt', label: m.raisedAt, children: formatDateTime(r.raisedAt) },
                  { key: 'dueAt', label: m.dueAt, children: formatDateTime(r.dueAt) },
                ]}
              />
            </Col>
          </Row>
        </Card>
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={15}>
            <Flex vertical gap={16}>
              <Card title={m.hazard}>
                <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{r.hazard}</Typography.Paragraph>
              </Card>
              <Card title={m.recipients}>
                <RecipientChips recipients={r.recipients} />
              </Card>
              <Card title={m.handling} extra={r.handledAt && <Typography.Text type="secondary">{`${m.handledAt} ${formatDateTime(r.handledAt)}`}</Typography.Text>}>
                {r.handlingReport ? (
                  <Flex vertical gap={8}>
                    <Flex gap={4} wrap>
                      {r.measures.map((x) => (
                        <Tag key={x} color="blue">{x}</Tag>
                      ))}
                    </Flex>
                    <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{r.handlingReport}</Typography.Paragraph>
                  </Flex>
                ) : (
                  <Typography.Text type="secondary">{m.noHandling}</Typography.Text>
                )}
              </Card>
            </Flex>
          </Col>
          <Col xs={24} xl={9}>
            <Card title={m.history} style={{ height: '100%' }}>
              <HistoryTimeline history={r.history} empty={disposalDetailMessages.noHistory} />
            </Card>
          </Col>
        </Row>
      </Flex>
      <UrgentActionModal report={r} action={action} onClose={() => setAction(null)} />
    </>
  );
}
