/** /publications/:id: the samples (held back ones with why), the co-review record, and the buttons its `actions` allow. */
import { Button, Card, DatePicker, Descriptions, Flex, Form, Input, InputNumber, Skeleton, Table, Tag, Timeline, Typography, App } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ConclusionTag } from '../../components/ConclusionTag';
import { FormModal } from '../../components/FormModal';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../lib/time';
import { messages } from '../../messages';
import { publicationMessages as m } from './messages';
import { StatusTag } from './PublicationsPage';
import { downloadDocument, downloadTables, usePublication, usePublicationMutations, type PublicationDetail } from './publications-api';

type Action = 'approve' | 'return' | 'resubmit' | 'publish' | 'withdraw';
interface ActionValues {
  comment?: string;
  title?: string;
  publishAt?: Dayjs | null;
  watchDays?: number;
  note?: string;
}
type SampleRow = PublicationDetail['samples'][number];

function ActionModal({ p, action, onClose }: { p: PublicationDetail; action: Action | null; onClose: () => void }) {
  const [form] = Form.useForm<ActionValues>();
  const { act } = usePublicationMutations();
  useEffect(() => {
    if (action === 'resubmit') form.setFieldsValue({ title: p.title });
    if (action === 'publish') form.setFieldsValue({ watchDays: 7 });
  }, [action, form, p.title]);
  const body = (v: ActionValues): Record<string, unknown> => {
    switch (action) {
      case 'approve':
        return { comment: v.comment };
      case 'return':
        return { comment: v.comment };
      case 'resubmit':
        return { version: p.version, title: v.title };
      case 'publish':
        return { version: p.version, watchDays: v.watchDays, ...(v.publishAt ? { publishAt: v.publishAt.toISOString() } : {}) };
      default:
        return { note: v.note, version: p.version };
    }
  };
  return (
    <FormModal<ActionValues, PublicationDetail>
      title={action ? m.actions[action] : ''}
      okText={action ? m.actions[action] : undefined}
      danger={action === 'return' || action === 'withdraw'}
      form={form}
      open={action !== null}
      onClose={onClose}
      fields={['comment', 'title', 'publishAt', 'watchDays', 'note']}
      submit={(v) => act.mutateAsync({ p, action: action!, body: body(v) })}
      success={m.done}
      resetOnOpen={false}
    >
      {(action === 'approve' || action === 'return') && (
        <Form.Item name="comment" label={m.comment} rules={action === 'return' ? [{ required: true, message: m.commentRequired }] : []}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      )}
      {action === 'resubmit' && (
        <Form.Item name="title" label={m.titleField} rules={[{ required: true, message: m.titleField }]}>
          <Input maxLength={200} />
        </Form.Item>
      )}
      {action === 'publish' && (
        <>
          <Form.Item name="publishAt" label={m.publishTime} extra={m.publishTimeHelp}>
            <DatePicker showTime style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="watchDays" label={m.watchDays} extra={m.watchDaysHelp}>
            <InputNumber min={1} max={90} />
          </Form.Item>
        </>
      )}
      {action === 'withdraw' && (
        <Form.Item name="note" label={m.note} rules={[{ required: true, message: m.noteRequired }]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      )}
    </FormModal>
  );
}

function ResultModal({ p, target, onClose }: { p: PublicationDetail; target: { row: SampleRow; action: 'correct' | 'withdraw' } | null; onClose: () => void }) {
  const [form] = Form.useForm<{ note: string }>();
  const { result } = usePublicationMutations();
  return (
    <FormModal<{ note: string }, PublicationDetail>
      title={target ? `${target.action === 'correct' ? m.correct : m.withdrawResult}：${target.row.sampleNo}` : ''}
      danger={target?.action === 'withdraw'}
      form={form}
      open={target !== null}
      onClose={onClose}
      fields={['note']}
      submit={(v) => result.mutateAsync({ p, sampleId: target!.row.sampleId, action: target!.action, note: v.note })}
      success={m.done}
    >
      <Form.Item name="note" label={m.note} rules={[{ required: true, message: m.noteRequired }]}>
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}

export default function PublicationDetailPage() {
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const { data: p, error, refetch } = usePublication(id);
  const [action, setAction] = useState<Action | null>(null);
  const [target, setTarget] = useState<{ row: SampleRow; action: 'correct' | 'withdraw' } | null>(null);
  if (error && !p) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!p) return <Skeleton active paragraph={{ rows: 12 }} />;
  const can = (a: string) => p.actions.includes(a);
  const published = p.status === 'published' || p.status === 'withdrawn';
  const download = (f: (p: PublicationDetail) => Promise<void>) => () => void f(p).catch((e: Error) => message.error(e.message));
  return (
    <>
      <PageHeader
        title={p.title}
        extra={
          <Flex gap={8} wrap align="center">
            <StatusTag row={p} />
            {(['approve', 'return', 'resubmit', 'publish', 'withdraw'] as const).filter(can).map((a) => (
              <Button key={a} type={a === 'return' || a === 'withdraw' ? 'default' : 'primary'} danger={a === 'return' || a === 'withdraw'} onClick={() => setAction(a)}>
                {m.actions[a]}
              </Button>
            ))}
            <Link to={`/publications?kind=${p.kind}`}>{messages.common.back}</Link>
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        <Card>
          <Descriptions column={{ xs: 1, md: 3 }} size="small">
            <Descriptions.Item label={m.kind}>{p.kind === 'warning' ? m.kindWarning : m.kindAnnouncement}</Descriptions.Item>
            <Descriptions.Item label={m.draftedBy}>{p.draftedByUnitName}</Descriptions.Item>
            <Descriptions.Item label={m.noticeNo}>{p.noticeNo ?? messages.common.none}</Descriptions.Item>
            <Descriptions.Item label={m.approvedBy}>{p.approvedBy.map((s) => m.sides[s]).join('、') || messages.common.none}</Descriptions.Item>
            <Descriptions.Item label={m.publishAt}>{formatDateTime(p.publishAt) || messages.common.none}</Descriptions.Item>
            <Descriptions.Item label={m.watchDays}>{p.watchDays ?? messages.common.none}</Descriptions.Item>
            {p.withdrawnAt && <Descriptions.Item label={m.withdrawnAt}>{`${formatDateTime(p.withdrawnAt)}：${p.withdrawalNote ?? ''}`}</Descriptions.Item>}
          </Descriptions>
          {p.body && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 12 }}>{p.body}</Typography.Paragraph>}
          <Flex gap={8} wrap style={{ marginTop: 12 }}>
            {p.kind === 'announcement' && <Button onClick={download(downloadTables)}>{m.downloadXlsx}</Button>}
            {p.kind === 'announcement' && <Button onClick={download(downloadDocument)}>{m.downloadDocx}</Button>}
            {published && !p.scheduled && (
              <a href={p.kind === 'warning' ? `/public/warnings/${p.id}` : `/public/announcements/${p.id}`} target="_blank" rel="noreferrer">
                {m.openPublic}
              </a>
            )}
          </Flex>
        </Card>
        <Card title={m.samples}>
          <Table<SampleRow>
            rowKey="sampleId"
            size="small"
            pagination={false}
            dataSource={p.samples}
            scroll={{ x: true }}
            columns={[
              { title: m.sampleNo, dataIndex: 'sampleNo', render: (no: string, r) => <Link to={`/samples/${r.sampleId}`}>{no}</Link> },
              { title: m.food, dataIndex: 'foodName' },
              { title: m.party, dataIndex: 'sampledPartyName' },
              { title: m.conclusion, render: (_, r) => <ConclusionTag value={r.conclusion} /> },
              { title: m.failedItems, render: (_, r) => r.failedItems.join('、') },
              {
                title: m.status,
                render: (_, r) => (r.heldBack ? <Tag color="orange">{m.heldBack}</Tag> : r.publishedStatus ? <Tag>{m.publishedStatus[r.publishedStatus]}</Tag> : null),
              },
              { title: m.publicNote, dataIndex: 'publicNote' },
              {
                title: '',
                render: (_, r) =>
                  r.publishedStatus === 'current' && (
                    <Flex gap={4}>
                      {can('correct') && (
                        <Button size="small" onClick={() => setTarget({ row: r, action: 'correct' })}>
                          {m.correct}
                        </Button>
                      )}
                      {can('withdraw') && (
                        <Button size="small" danger onClick={() => setTarget({ row: r, action: 'withdraw' })}>
                          {m.withdrawResult}
                        </Button>
                      )}
                    </Flex>
                  ),
              },
            ]}
          />
        </Card>
        <Card title={m.reviews}>
          {p.reviews.length === 0 ? (
            <Typography.Text type="secondary">{m.noReviews}</Typography.Text>
          ) : (
            <Timeline
              items={p.reviews.map((r, i) => ({
                key: i,
                color: r.decision === 'approve' ? 'green' : 'red',
                content: `${formatDateTime(r.at)} ${m.round(r.round)} ${r.sideName}（${r.userName ?? r.unitName}）${m.decisions[r.decision]}${r.comment ? `：${r.comment}` : ''}`,
              }))}
            />
          )}
        </Card>
      </Flex>
      <ActionModal p={p} action={action} onClose={() => setAction(null)} />
      <ResultModal p={p} target={target} onClose={() => setTarget(null)} />
    </>
  );
}
