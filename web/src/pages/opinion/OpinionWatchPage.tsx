/**
 * /opinion/watches/:id: the opinion watch a publication opened (信息发布后舆情监测, seed art. 14(2)),
 * reached from the inbox. Each day of the watch gets 未发现舆情 or what was observed, or an event
 * is registered from it (linked to the publication); 办结 needs at least one day recorded.
 */
import { App, Button, Card, Descriptions, Form, Input, Popconfirm, Radio, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { FormModal } from '../../components/FormModal';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../lib/time';
import { messages } from '../../messages';
import { EventFormDrawer } from './EventFormDrawer';
import { opinionMessages as m } from './messages';
import { useOpinionMutations, useOpinionWatch, type OpinionWatchDetail } from './opinion-api';

interface EntryValues {
  day: string;
  finding: 'none' | 'observed';
  note?: string;
}

type Entry = OpinionWatchDetail['entries'][number];

function EntryModal({ w, open, day, onClose }: { w: OpinionWatchDetail; open: boolean; day?: string; onClose: () => void }) {
  const [form] = Form.useForm<EntryValues>();
  const { watch } = useOpinionMutations();
  const finding = Form.useWatch('finding', form);
  const recorded = new Set(w.entries.map((e) => e.day));
  const free = w.days.filter((d) => !recorded.has(d));
  return (
    <FormModal<EntryValues, unknown>
      title={m.recordDayTitle}
      form={form}
      open={open}
      onClose={onClose}
      fields={['day', 'finding', 'note']}
      submit={(v) => watch.mutateAsync({ id: w.id, action: 'entries', body: { ...v, note: v.note?.trim() || null } })}
      success={m.dayRecorded}
      formProps={{ name: 'watchEntry', initialValues: { day: day ?? free.at(-1), finding: 'none' } }}
    >
      <Form.Item name="day" label={m.watchDay} rules={[{ required: true, message: m.dayRequired }]}>
        <Select aria-label={m.watchDay} options={free.map((d) => ({ value: d, label: d }))} />
      </Form.Item>
      <Form.Item name="finding" label={m.watchFinding} rules={[{ required: true, message: m.findingRequired }]}>
        <Radio.Group
          options={[
            { value: 'none', label: m.findingNone },
            { value: 'observed', label: m.findingObserved },
          ]}
        />
      </Form.Item>
      <Form.Item name="note" label={m.watchNote} rules={finding === 'observed' ? [{ required: true, whitespace: true, message: m.noteRequired }] : []}>
        <Input.TextArea rows={3} maxLength={2000} aria-label={m.watchNote} />
      </Form.Item>
    </FormModal>
  );
}

export default function OpinionWatchPage() {
  const { id = '' } = useParams();
  const { data: w, error, isPending, refetch } = useOpinionWatch(id);
  const { watch } = useOpinionMutations();
  const { message } = App.useApp();
  const [recording, setRecording] = useState<{ day?: string } | null>(null);
  const [openingEvent, setOpeningEvent] = useState(false);
  if (isPending) return <Skeleton active />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  const may = (a: string) => w.actions.includes(a);
  const byDay = new Map(w.entries.map((e) => [e.day, e]));
  const rows = [...w.days].reverse().map((day) => ({ day, entry: byDay.get(day) ?? null }));
  // Every day of the watch so far recorded: nothing left to record until tomorrow.
  const dayOpen = rows.some((r) => !r.entry);
  const complete = () =>
    watch.mutateAsync({ id: w.id, action: 'complete', body: { version: w.version } }).then(
      () => void message.success(m.watchCompleted),
      (err: Error) => void message.error(err.message),
    );

  return (
    <>
      <PageHeader
        title={m.watchTitle}
        extra={
          <Space wrap>
            {may('recordEntry') && dayOpen && (
              <Button type="primary" onClick={() => setRecording({})}>
                {m.recordDay}
              </Button>
            )}
            {may('openEvent') && <Button onClick={() => setOpeningEvent(true)}>{m.openEvent}</Button>}
            {may('complete') && (
              <Popconfirm title={w.entries.length ? m.completeWatchConfirm : m.watchNeedsEntry} onConfirm={complete} okText={messages.common.ok} cancelText={messages.common.cancel}>
                <Button>{m.completeWatch}</Button>
              </Popconfirm>
            )}
          </Space>
        }
      />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'publication', label: m.watchPublication, children: <Link to={`/publications/${w.publication.id}`}>{w.publication.title}</Link> },
            { key: 'status', label: m.colStatus, children: <Tag color={w.status === 'open' ? 'processing' : 'success'} data-testid="watch-status">{w.status === 'open' ? m.watchStatusOpen : m.watchStatusDone}</Tag> },
            { key: 'publishAt', label: m.watchPublishAt, children: formatDateTime(w.publication.publishAt) },
            { key: 'due', label: m.watchDue, children: formatDateTime(w.dueAt) },
          ]}
        />
      </Card>
      <Card size="small" title={m.watchDays}>
        <Table<{ day: string; entry: Entry | null }>
          rowKey="day"
          size="small"
          pagination={false}
          dataSource={rows}
          data-testid="watch-days"
          columns={[
            { title: m.watchDay, dataIndex: 'day', width: 120 },
            {
              title: m.watchFinding,
              key: 'finding',
              width: 200,
              render: (_, r) => (r.entry ? <Tag color={r.entry.finding === 'none' ? 'green' : r.entry.finding === 'event' ? 'red' : 'orange'}>{r.entry.findingName}</Tag> : <Typography.Text type="secondary">{m.watchNotRecorded}</Typography.Text>),
            },
            {
              title: m.watchNote,
              key: 'note',
              render: (_, r) =>
                r.entry && (
                  <Space direction="vertical" size={2}>
                    {r.entry.note && <span style={{ whiteSpace: 'pre-wrap' }}>{r.entry.note}</span>}
                    {r.entry.event && (
                      <Link to={`/opinion/${r.entry.event.id}`}>
                        {r.entry.event.title}（{r.entry.event.levelName}）
                      </Link>
                    )}
                  </Space>
                ),
            },
            {
              title: messages.common.actions,
              key: 'actions',
              width: 120,
              render: (_, r) =>
                !r.entry &&
                may('recordEntry') && (
                  <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setRecording({ day: r.day })}>
                    {m.recordDay}
                  </Button>
                ),
            },
          ]}
        />
      </Card>
      {may('recordEntry') && <EntryModal w={w} open={recording !== null} day={recording?.day} onClose={() => setRecording(null)} />}
      {may('openEvent') && <EventFormDrawer open={openingEvent} onClose={() => setOpeningEvent(false)} watch={{ id: w.id, days: w.days }} />}
    </>
  );
}
