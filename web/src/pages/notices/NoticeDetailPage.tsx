/** /notices/:id: the notice; for the sender every recipient's receipt (未读/已读/已反馈/逾期) and 催办; for a recipient 签收 and 反馈. */
import { App, Button, Card, Descriptions, Empty, Flex, Form, Input, Popconfirm, Skeleton, Table, Tag, Timeline, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../lib/time';
import { messages } from '../../messages';
import { noticesMessages, stateColors } from './messages';
import { KindTag } from './KindTag';
import { NoticeFiles } from './NoticeFiles';
import { useNotice, useNoticeMutations, type NoticeReceipt } from './notices-api';

const m = noticesMessages;
const none = messages.common.none;

export default function NoticeDetailPage() {
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const { data: n, error, refetch } = useNotice(id);
  const { reply, acknowledge, remind, withdraw, approve } = useNoticeMutations();
  const [form] = Form.useForm<{ body: string }>();

  if (error && !n) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!n) return <Skeleton active paragraph={{ rows: 10 }} />;
  const can = (a: string) => n.actions.includes(a);
  const fail = (e: Error) => void message.error(e.message);

  const buttons = (
    <Flex gap={8} wrap>
      {can('approve') && (
        <Button type="primary" loading={approve.isPending} onClick={() => approve.mutateAsync(n.id).then(() => void message.success(m.approveDone), fail)}>
          {m.approve}
        </Button>
      )}
      {can('acknowledge') && (
        <Button loading={acknowledge.isPending} onClick={() => acknowledge.mutateAsync(n.id).then(() => void message.success(m.acknowledgeDone), fail)}>
          {m.acknowledge}
        </Button>
      )}
      {can('remind') && (
        <Button type="primary" danger loading={remind.isPending} onClick={() => remind.mutateAsync(n.id).then((r) => void message.success(m.remindDone(r.remindedUnitIds.length)), fail)}>
          {m.remind}
        </Button>
      )}
      {can('withdraw') && (
        <Popconfirm title={m.withdrawConfirm} onConfirm={() => withdraw.mutateAsync(n.id).then(() => void message.success(m.withdrawDone), fail)}>
          <Button danger>{m.withdraw}</Button>
        </Popconfirm>
      )}
    </Flex>
  );

  const receiptColumns = [
    { title: m.colUnit, dataIndex: 'unitName' },
    { title: m.colState, dataIndex: 'state', width: 90, render: (s: string) => <Tag color={stateColors[s]}>{m.stateNames[s]}</Tag> },
    { title: m.colReadAt, dataIndex: 'readAt', width: 150, render: (at: string | null) => formatDateTime(at) || none },
    { title: m.colReadBy, dataIndex: 'readByName', width: 200, render: (name: string | null) => name ?? none },
    { title: m.colRepliedAt, dataIndex: 'repliedAt', width: 150, render: (at: string | null) => formatDateTime(at) || none },
    { title: m.colRemindedAt, dataIndex: 'remindedAt', width: 150, render: (at: string | null) => formatDateTime(at) || none },
  ];

  return (
    <>
      <PageHeader
        title={n.title}
        extra={
          <Flex gap={12} align="center" wrap>
            <KindTag kind={n.kind} />
            <Tag color={n.status === 'sent' ? 'green' : n.status === 'withdrawn' ? 'default' : 'orange'}>{n.statusName}</Tag>
            {n.own && <Tag color={stateColors[n.own.state]}>{`${m.ownState}${m.stateNames[n.own.state]}`}</Tag>}
            {buttons}
            <Link to={n.isSender ? '/notices?box=sent' : '/notices'}>{m.back}</Link>
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        <Card>
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={m.sender}>{n.senderUnitName}</Descriptions.Item>
            <Descriptions.Item label={m.author}>{n.createdByName}</Descriptions.Item>
            <Descriptions.Item label={m.sentAt}>{formatDateTime(n.sentAt) || none}</Descriptions.Item>
            <Descriptions.Item label={m.replyDue}>{n.replyDueOn ?? m.noReplyDue}</Descriptions.Item>
            {n.withdrawnAt && <Descriptions.Item label={m.withdrawnAt}>{formatDateTime(n.withdrawnAt)}</Descriptions.Item>}
            {n.relatedMeetingId && (
              <Descriptions.Item label={m.relatedMeeting}>
                <Link to={`/risk-meetings/${n.relatedMeetingId}`}>{m.viewMeeting}</Link>
              </Descriptions.Item>
            )}
            {n.relatedSampleIds.length > 0 && <Descriptions.Item label={m.related}>{m.relatedSamples(n.relatedSampleIds.length)}</Descriptions.Item>}
          </Descriptions>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 16, marginBottom: 0 }}>{n.body}</Typography.Paragraph>
          <NoticeFiles notice={n} replyId={null} canUpload={n.isSender && n.status !== 'withdrawn'} />
        </Card>
        {n.receipts && (
          <Card title={m.receipts}>
            <Table<NoticeReceipt> rowKey="unitId" size="small" columns={receiptColumns} dataSource={n.receipts} pagination={n.receipts.length > 20 ? { pageSize: 20 } : false} scroll={{ x: 900 }} />
          </Card>
        )}
        <Card title={m.replies}>
          {n.replies.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.noReplies} />
          ) : (
            <Timeline
              items={n.replies.map((r) => ({
                key: r.id,
                children: (
                  <>
                    <Typography.Text strong>{r.unitName}</Typography.Text>
                    <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                      {r.userName} · {formatDateTime(r.createdAt)}
                    </Typography.Text>
                    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0 0' }}>{r.body}</Typography.Paragraph>
                    <NoticeFiles notice={n} replyId={r.id} canUpload={can('reply') && !n.isSender} />
                  </>
                ),
              }))}
            />
          )}
          {can('reply') && (
            <Form
              form={form}
              layout="vertical"
              style={{ marginTop: 16 }}
              onFinish={(v) =>
                reply.mutateAsync({ id: n.id, body: v.body }).then(() => {
                  form.resetFields();
                  void message.success(m.replyDone);
                }, fail)
              }
            >
              <Form.Item name="body" rules={[{ required: true, whitespace: true, message: m.replyRequired }]}>
                <Input.TextArea rows={4} maxLength={20000} placeholder={m.replyPlaceholder} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={reply.isPending}>
                {m.replySubmit}
              </Button>
            </Form>
          )}
        </Card>
      </Flex>
    </>
  );
}
