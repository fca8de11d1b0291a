/**
 * 协查: the bureau of the nominal producer asked to check it (or, outside Sichuan, the letter sent).
 * The bureau asked replies here; the owner records an out-of-province letter as sent and its reply,
 * or closes, with a reason, a 协查 that will not be answered (the disposal closes only when each
 * is replied or closed).
 */
import { App, Button, Card, Flex, Table, Tag, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '../../../lib/time';
import { messages } from '../../../messages';
import { assistsMessages } from '../messages';
import { useDisposalMutations, type Assist, type DisposalDetail } from '../disposals-api';
import { AssistReplyModal } from './AssistReplyModal';
import { AssistCloseModal } from './AssistCloseModal';

const m = assistsMessages;

export function AssistsCard({ disposal }: { disposal: DisposalDetail }) {
  const { message } = App.useApp();
  const { letterSent } = useDisposalMutations(disposal.id);
  const [replying, setReplying] = useState<Assist | null>(null);
  const [closing, setClosing] = useState<Assist | null>(null);
  // Each 协查 carries what the user may do on it (the server decides: the unit asked replies;
  // outside Sichuan the owner records the letter and the reply; the owner closes one that will not be answered).
  const mayReply = (a: Assist) => a.actions.includes('reply');
  const mayMarkSent = (a: Assist) => a.actions.includes('letterSent');
  const mayClose = (a: Assist) => a.actions.includes('close');

  const markSent = (a: Assist) =>
    letterSent.mutateAsync({ assist: a }).then(
      () => void message.success(m.letterSentDone),
      (e: Error) => void message.error(e.message),
    );

  const columns: TableProps<Assist>['columns'] = [
    { title: m.toUnit, key: 'to', width: 220, render: (_, a) => a.toUnitName ?? m.outside(a.outsideProvince ?? '') },
    {
      title: m.producer,
      key: 'producer',
      width: 260,
      render: (_, a) => (
        <Flex vertical>
          <span>{a.producerName}</span>
          {a.producerAddress && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{a.producerAddress}</Typography.Text>}
        </Flex>
      ),
    },
    {
      title: m.status,
      dataIndex: 'status',
      width: 90,
      render: (s: Assist['status']) =>
        s === 'replied' ? <Tag color="green">{m.replied}</Tag> : s === 'closed' ? <Tag>{m.closed}</Tag> : <Tag color="orange">{m.requested}</Tag>,
    },
    {
      title: m.reply,
      key: 'reply',
      render: (_, a) =>
        a.reply || a.closedReason ? (
          <Flex vertical>
            <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{a.reply ?? a.closedReason}</Typography.Paragraph>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {a.reply ? formatDateTime(a.repliedAt) : m.closedBy(formatDateTime(a.closedAt))}
            </Typography.Text>
          </Flex>
        ) : (
          messages.common.none
        ),
    },
    { title: m.documentNo, dataIndex: 'documentNo', width: 170, render: (no: string | null) => no ?? messages.common.none },
  ];
  if (disposal.assists.some((a) => mayReply(a) || mayMarkSent(a) || mayClose(a))) {
    columns.push({
      title: messages.common.actions,
      key: 'actions',
      width: 170,
      render: (_, a) => (
        <Flex vertical gap={4} align="flex-start">
          {mayReply(a) && (
            <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setReplying(a)}>
              {a.toUnitId ? m.replyAction : m.recordReply}
            </Button>
          )}
          {mayMarkSent(a) && (
            <Button type="link" size="small" style={{ padding: 0 }} loading={letterSent.isPending} onClick={() => void markSent(a)}>
              {m.letterSent}
            </Button>
          )}
          {mayClose(a) && (
            <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setClosing(a)}>
              {m.closeAction}
            </Button>
          )}
        </Flex>
      ),
    });
  }

  return (
    <Card title={m.title}>
      {disposal.assists.length === 0 ? (
        <Typography.Text type="secondary">{m.none}</Typography.Text>
      ) : (
        <Table<Assist> rowKey="id" size="small" columns={columns} dataSource={disposal.assists} pagination={false} scroll={{ x: 1000 }} />
      )}
      <AssistReplyModal disposalId={disposal.id} assist={replying} onClose={() => setReplying(null)} />
      <AssistCloseModal disposalId={disposal.id} assist={closing} onClose={() => setClosing(null)} />
    </Card>
  );
}
