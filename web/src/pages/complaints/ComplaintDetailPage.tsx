/** /complaints/:id: the complaint (complainant masked; 查看完整信息 is audited), its deadlines, outcome, files and history; buttons from `actions`. */
import { App, Button, Card, Descriptions, Flex, List, Popconfirm, Skeleton, Tag, Timeline, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../lib/time';
import { ComplaintActionModals, type ComplaintModal } from './ComplaintActionModals';
import { statusColors } from './ComplaintsPage';
import { useComplaint, useComplaintMutations } from './complaints-api';
import { complaintsMessages } from './messages';

const m = complaintsMessages;

export default function ComplaintDetailPage() {
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const { data: c, error, refetch } = useComplaint(id);
  const { reveal, upload } = useComplaintMutations();
  const [modal, setModal] = useState<ComplaintModal>(null);
  const [revealed, setRevealed] = useState<{ name: string | null; phone: string | null } | null>(null);

  if (error && !c) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!c) return <Skeleton active paragraph={{ rows: 10 }} />;
  const can = (a: string) => c.actions.includes(a);
  const button = (action: Exclude<ComplaintModal, null>, label: string, primary = false, danger = false) =>
    can(action) && (
      <Button type={primary ? 'primary' : 'default'} danger={danger} onClick={() => setModal(action)}>
        {label}
      </Button>
    );
  const who = revealed ?? c.complainant;

  return (
    <>
      <PageHeader
        title={`${c.kindName} ${c.trackingNo}`}
        extra={
          <Flex gap={8} align="center" wrap>
            <Tag color={statusColors[c.status]}>{c.statusName}</Tag>
            {button('accept', c.kind === 'report' ? m.acceptReport : m.accept, true)}
            {button('reject', m.reject, false, true)}
            {button('reassign', m.reassign)}
            {button('openCase', m.openCase, true)}
            {button('close', m.close)}
            {button('reply', m.reply)}
            <Link to="/complaints">{m.back}</Link>
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        <Card title={m.basics}>
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={m.trackingNo}>{c.trackingNo}</Descriptions.Item>
            <Descriptions.Item label={m.channel}>{c.channelName}</Descriptions.Item>
            <Descriptions.Item label={m.intake}>{m.intakes[c.intake] ?? c.intake}</Descriptions.Item>
            <Descriptions.Item label={m.complainant}>
              <Flex gap={8} align="center" wrap>
                <span data-testid="complainant">{who ? [who.name, who.phone].filter(Boolean).join(' ') : m.anonymous}</span>
                {can('reveal') && !revealed && (
                  <Popconfirm title={m.revealConfirm} onConfirm={() => reveal.mutateAsync(c.id).then(setRevealed, (e: Error) => void message.error(e.message))}>
                    <Button size="small" type="link">
                      {m.reveal}
                    </Button>
                  </Popconfirm>
                )}
                {revealed && <Typography.Text type="secondary">{m.revealed}</Typography.Text>}
              </Flex>
            </Descriptions.Item>
            <Descriptions.Item label={m.enterpriseName}>
              {c.enterpriseId ? <Link to={`/enterprises/${c.enterpriseId}`}>{c.enterpriseName}</Link> : (c.enterpriseName ?? m.none)}
              {c.enterpriseNeedsReview && <Tag color="orange" style={{ marginLeft: 6 }}>{m.needsReview}</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label={m.foodName}>{c.foodName ?? m.none}</Descriptions.Item>
            <Descriptions.Item label={m.address} span={2}>{c.address ?? m.none}</Descriptions.Item>
            <Descriptions.Item label={m.received}>{formatDateTime(c.receivedAt)}</Descriptions.Item>
            <Descriptions.Item label={m.handler}>{c.handlerUnit.name}</Descriptions.Item>
            <Descriptions.Item label={m.division}>{c.divisionUnit?.name ?? m.none}</Descriptions.Item>
            {c.routingNote && <Descriptions.Item label={m.routingNote}>{c.routingNote}</Descriptions.Item>}
            {c.hotlineNo && <Descriptions.Item label={m.hotlineNo}>{c.hotlineNo}</Descriptions.Item>}
            {c.hotlineDueAt && <Descriptions.Item label={m.hotlineDue}>{formatDateTime(c.hotlineDueAt)}</Descriptions.Item>}
            {c.acceptDueAt && <Descriptions.Item label={m.acceptDue}>{formatDateTime(c.acceptDueAt)}</Descriptions.Item>}
            {c.dueAt && <Descriptions.Item label={m.handleDue}>{formatDateTime(c.dueAt)}</Descriptions.Item>}
            {c.mergedIntoId && (
              <Descriptions.Item label={m.mergedInto}>
                <Link to={`/complaints/${c.mergedIntoId}`}>{m.mergedInto}</Link>
              </Descriptions.Item>
            )}
          </Descriptions>
          <Typography.Title level={5}>{m.description}</Typography.Title>
          {/* Text, never markup: whatever the public typed is shown as typed. */}
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="complaint-description">
            {c.description}
          </Typography.Paragraph>
        </Card>
        {(c.outcomeName || c.replyText) && (
          <Card title={m.outcome}>
            <Descriptions size="small" column={1}>
              {c.outcomeName && <Descriptions.Item label={m.outcome}>{c.outcomeName}</Descriptions.Item>}
              {c.outcomeNote && <Descriptions.Item label={m.outcomeNote}>{c.outcomeNote}</Descriptions.Item>}
              {c.case && (
                <Descriptions.Item label={m.caseLink}>
                  <Link to={`/cases/${c.case.id}`}>{c.case.caseNo}</Link>
                </Descriptions.Item>
              )}
              {c.suggestionId && <Descriptions.Item label={m.outcome}>{m.suggestionSent}</Descriptions.Item>}
              {c.replyText && <Descriptions.Item label={m.replyText}>{c.replyText}</Descriptions.Item>}
              {c.repliedAt && <Descriptions.Item label={m.repliedAt}>{formatDateTime(c.repliedAt)}</Descriptions.Item>}
            </Descriptions>
          </Card>
        )}
        {c.opinionEvents.length > 0 && (
          <Card title={m.opinionEventsTitle}>
            <List
              size="small"
              dataSource={c.opinionEvents}
              data-testid="complaint-opinion-events"
              renderItem={(e) => (
                <List.Item>
                  <Link to={e.href}>{e.title}</Link> {e.levelName} · {e.statusName} · {formatDateTime(e.firstSeenAt)}
                </List.Item>
              )}
            />
          </Card>
        )}
        {c.duplicates.length > 0 && (
          <Card title={m.duplicatesTitle}>
            <List size="small" dataSource={c.duplicates} renderItem={(d) => <List.Item><Link to={`/complaints/${d.id}`}>{d.trackingNo}</Link> {formatDateTime(d.receivedAt)}</List.Item>} />
          </Card>
        )}
        <Card
          title={m.attachments}
          extra={
            can('attach') && (
              <Upload showUploadList={false} beforeUpload={(file) => { void upload.mutateAsync({ id: c.id, file }).catch((e: Error) => void message.error(e.message)); return false; }}>
                <Button size="small" loading={upload.isPending}>{m.upload}</Button>
              </Upload>
            )
          }
        >
          {c.attachments.length ? (
            <List size="small" dataSource={c.attachments} renderItem={(a) => <List.Item><a href={a.href}>{a.fileName}</a></List.Item>} />
          ) : (
            <Typography.Text type="secondary">{m.none}</Typography.Text>
          )}
        </Card>
        <Card title={m.history}>
          <Timeline items={c.history.map((h) => ({ key: h.seq, children: `${formatDateTime(h.at)} ${h.actorName} ${h.actionName}` }))} />
        </Card>
      </Flex>
      <ComplaintActionModals c={c} open={modal} onClose={() => setModal(null)} />
    </>
  );
}
