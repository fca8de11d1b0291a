/** /risk-meetings/:id: one 研判活动 — facts, risks, conclusions, follow-ups with their work, the minutes as Word. */
import { App, Button, Card, Descriptions, Flex, List, Space, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../../lib/time';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { FullPageSpin } from '../../components/FullPageSpin';
import { MeetingFiles } from './MeetingFiles';
import { methodNames, statusColors, statusNames } from '../signals/messages';
import { riskMeetingsMessages } from './messages';
import { downloadMinutes, useMeeting } from './risk-meetings-api';

const m = riskMeetingsMessages;
const riskColors: Record<string, string> = { high: 'red', medium: 'orange', low: 'default' };
const workStatus: Record<string, string> = { open: m.workOpen, done: m.workDone, cancelled: m.workCancelled };

export default function RiskMeetingDetailPage() {
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const { data, error, refetch, isPending } = useMeeting(id);
  if (isPending) return <FullPageSpin />;
  if (error || !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const participants = [...data.participants.units.map((u) => u.name), ...data.participants.people].join('、') || '—';
  return (
    <>
      <PageHeader
        title={data.title}
        extra={
          data.actions.includes('downloadMinutes') && (
            <Button onClick={() => downloadMinutes(data.id).catch((e: Error) => message.error(e.message))}>{m.minutes}</Button>
          )
        }
      />
      <Flex vertical gap={16}>
        <Card>
          <Space style={{ marginBottom: 8 }}>
            {data.leadingGroup && <Tag color="purple">{m.groupTag}</Tag>}
            {data.late && <Tag color="gold">{m.lateTag}</Tag>}
          </Space>
          <Descriptions
            size="small"
            column={2}
            items={[
              { key: 'unit', label: m.colUnit, children: data.unitName },
              { key: 'period', label: m.colPeriod, children: `${data.periodLabel}（${data.levelName}）` },
              { key: 'heldOn', label: m.colHeldOn, children: data.heldOn },
              { key: 'form', label: m.colForm, children: data.formName },
              { key: 'sources', label: m.fieldSources, children: data.sources.map((s) => s.name).join('、') || '—' },
              { key: 'participants', label: m.participants, children: participants },
              { key: 'summary', label: m.summary, span: 2, children: <Typography.Paragraph style={{ marginBottom: 0 }}>{data.summary}</Typography.Paragraph> },
              { key: 'conclusions', label: m.conclusions, span: 2, children: data.conclusions ?? '—' },
            ]}
          />
        </Card>
        <Card title={m.risks}>
          {data.risks.length === 0 ? (
            <Typography.Text type="secondary">{m.noRisks}</Typography.Text>
          ) : (
            <List
              dataSource={data.risks}
              renderItem={(r) => (
                <List.Item>
                  <Space wrap>
                    <Tag color={riskColors[r.level]}>{r.levelName}</Tag>
                    <span>{r.description}</span>
                    <Typography.Text type="secondary">{[r.categoryName, r.regionName, r.link ? m.links[r.link] : null].filter(Boolean).join(' · ')}</Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          )}
        </Card>
        <Card title={m.followUps}>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={data.followUps}
            locale={{ emptyText: m.noFollowUps }}
            columns={[
              { title: m.followKind, dataIndex: 'kindName', width: 120 },
              { title: m.followDescription, dataIndex: 'description', render: (d: string, f) => (<>{d}{f.items.length > 0 && <Typography.Text type="secondary">（{f.items.join('、')}）</Typography.Text>}</>) },
              { title: m.followOwner, dataIndex: 'ownerUnitName', width: 200 },
              { title: m.followDue, dataIndex: 'dueOn', width: 110 },
              {
                key: 'work',
                width: 200,
                render: (_: unknown, f) => (
                  <Space size={4} wrap>
                    {f.suggestionId ? <Tag color="blue">{m.suggestionFiled}</Tag> : f.workItemStatus ? <Tag>{workStatus[f.workItemStatus] ?? ''}</Tag> : null}
                    {f.composeNotice && <Link to={`/notices?compose=1&meetingId=${data.id}&actionId=${f.id}`}>{m.composeNotice}</Link>}
                  </Space>
                ),
              },
            ]}
          />
        </Card>
        {data.notices.length > 0 && (
          <Card title={m.notices}>
            <List
              dataSource={data.notices}
              renderItem={(n) => (
                <List.Item>
                  <Space wrap>
                    <Tag>{n.kindName}</Tag>
                    <Link to={`/notices/${n.id}`}>{n.title}</Link>
                    <Typography.Text type="secondary">{`${n.senderUnitName} · ${formatDateTime(n.sentAt ?? n.createdAt)} · ${n.statusName}`}</Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          </Card>
        )}
        {data.signals.length > 0 && (
          <Card title={m.signalsDiscussed}>
            <List
              dataSource={data.signals}
              renderItem={(s) => (
                <List.Item>
                  <Space wrap>
                    <Link to={`/signals/${s.signalId}`}>{s.title}</Link>
                    <Tag>{methodNames[s.method]}</Tag>
                    <Tag color={statusColors[s.status]}>{statusNames[s.status]}</Tag>
                  </Space>
                </List.Item>
              )}
            />
          </Card>
        )}
        <MeetingFiles meeting={data} />
        {data.minutes && (
          <Card title={m.fieldMinutes}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{data.minutes}</Typography.Paragraph>
          </Card>
        )}
      </Flex>
    </>
  );
}
