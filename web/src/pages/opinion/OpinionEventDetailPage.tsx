/**
 * /opinion/:id: an opinion event — its facts, links, response actions (with 登记效果 and, for a
 * 辟谣, 作为消费提示提交会审), closing, and its history. Buttons come from `actions` only.
 */
import { App, Button, Card, DatePicker, Descriptions, Flex, Form, Input, Popconfirm, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ConclusionTag } from '../../components/ConclusionTag';
import { FormModal } from '../../components/FormModal';
import { HistoryTimeline } from '../../components/HistoryTimeline';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { optionsOf } from '../../lib/enums';
import { formatDateTime, isAfterToday, todayForPicker } from '../../lib/time';
import { messages } from '../../messages';
import { useExplainers } from '../publications/publications-api';
import { EventFormDrawer } from './EventFormDrawer';
import { LinkComplaintsModal, LinkedComplaints } from './LinkedComplaints';
import { opinionMessages as m } from './messages';
import { useOpinionEvent, useOpinionMutations, type OpinionEventDetail, type OpinionResponse } from './opinion-api';
import { LevelTag } from './OpinionEventsPage';

interface ResponseValues {
  kind: string;
  title: string;
  detail?: string;
  actedOn: Dayjs;
  explainerId?: string;
  outcome?: string;
}

function RespondModal({ e, open, onClose }: { e: OpinionEventDetail; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<ResponseValues>();
  const { act } = useOpinionMutations();
  const explainers = useExplainers();
  const kind = Form.useWatch('kind', form);
  return (
    <FormModal<ResponseValues, OpinionEventDetail>
      title={m.respondTitle}
      width={640}
      form={form}
      open={open}
      onClose={onClose}
      fields={['kind', 'title', 'detail', 'actedOn', 'explainerId', 'outcome']}
      submit={(v) => act.mutateAsync({ e, action: 'responses', body: { ...v, actedOn: v.actedOn.format('YYYY-MM-DD'), detail: v.detail?.trim() || null, outcome: v.outcome?.trim() || null } })}
      success={m.responded}
      formProps={{ name: 'opinionResponse', initialValues: { kind: 'statement', actedOn: todayForPicker() } }}
    >
      <Form.Item name="kind" label={m.responseKind} rules={[{ required: true, message: m.responseKindRequired }]}>
        <Select aria-label={m.responseKind} options={optionsOf(m.responseKinds)} />
      </Form.Item>
      <Form.Item name="title" label={m.responseTitle} rules={[{ required: true, whitespace: true, message: m.responseTitleRequired }]}>
        <Input maxLength={200} />
      </Form.Item>
      {kind === 'explainer' && (
        <Form.Item name="explainerId" label={m.responseExplainer} rules={[{ required: true, message: m.responseExplainerRequired }]}>
          <Select aria-label={m.responseExplainer} loading={explainers.isPending} options={(explainers.data?.items ?? []).map((x) => ({ value: x.id, label: x.itemName }))} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
      )}
      <Form.Item
        name="detail"
        label={kind === 'rebuttal' ? m.responseDetailRebuttal : m.responseDetail}
        rules={kind === 'rebuttal' ? [{ required: true, whitespace: true, message: m.responseDetailRebuttalRequired }] : []}
      >
        <Input.TextArea rows={kind === 'rebuttal' ? 6 : 3} maxLength={10000} />
      </Form.Item>
      <Form.Item name="actedOn" label={m.responseActedOn} rules={[{ required: true, message: m.responseActedOnRequired }]}>
        <DatePicker disabledDate={(d) => isAfterToday(d)} aria-label={m.responseActedOn} />
      </Form.Item>
      <Form.Item name="outcome" label={m.responseOutcome}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

type TextAction = 'close' | 'reopen' | 'outcome';
const textActions = {
  close: { title: m.closeTitle, field: 'closingSummary', label: m.closingSummary, required: m.closingSummaryRequired, done: m.closed },
  reopen: { title: m.reopenTitle, field: 'reason', label: m.reopenReason, required: m.reopenReasonRequired, done: m.reopened },
  outcome: { title: m.outcomeTitle, field: 'outcome', label: m.responseOutcome, required: m.outcomeRequired, done: m.outcomeSaved },
} as const;

function TextModal({ e, action, response, onClose }: { e: OpinionEventDetail; action: TextAction | null; response: OpinionResponse | null; onClose: () => void }) {
  const [form] = Form.useForm<{ text: string }>();
  const { act } = useOpinionMutations();
  const spec = textActions[action ?? 'close'];
  return (
    <FormModal<{ text: string }, OpinionEventDetail>
      title={spec.title}
      form={form}
      open={action !== null}
      onClose={onClose}
      fields={['text', spec.field]}
      submit={(v) =>
        action === 'outcome'
          ? act.mutateAsync({ e, action: `responses/${response!.id}/outcome`, body: { outcome: v.text } })
          : act.mutateAsync({ e, action: action!, body: { version: e.version, [spec.field]: v.text } })
      }
      success={spec.done}
      formProps={{ name: 'opinionText' }}
    >
      <Form.Item name="text" label={spec.label} rules={[{ required: true, whitespace: true, message: spec.required }]}>
        <Input.TextArea rows={4} maxLength={5000} aria-label={spec.label} />
      </Form.Item>
    </FormModal>
  );
}

export default function OpinionEventDetailPage() {
  const { id = '' } = useParams();
  const { data: e, error, isPending, refetch } = useOpinionEvent(id);
  const { act } = useOpinionMutations();
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const [responding, setResponding] = useState(false);
  const [linking, setLinking] = useState(false);
  const [textAction, setTextAction] = useState<TextAction | null>(null);
  const [response, setResponse] = useState<OpinionResponse | null>(null);
  if (isPending) return <Skeleton active />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  const may = (a: string) => e.actions.includes(a);
  const publishRebuttal = (r: OpinionResponse) =>
    act.mutateAsync({ e, action: `responses/${r.id}/publish`, body: {} }).then(
      () => void message.success(m.rebuttalSent),
      (err: Error) => void message.error(err.message),
    );

  return (
    <>
      <PageHeader
        title={e.title}
        extra={
          <Space wrap>
            <Link to="/opinion">{m.back}</Link>
            {may('edit') && <Button onClick={() => setEditing(true)}>{m.edit}</Button>}
            {may('respond') && (
              <Button type="primary" onClick={() => setResponding(true)}>
                {m.respond}
              </Button>
            )}
            {may('linkComplaints') && <Button onClick={() => setLinking(true)}>{m.linkComplaints}</Button>}
            {may('close') && <Button onClick={() => setTextAction('close')}>{m.close}</Button>}
            {may('reopen') && <Button onClick={() => setTextAction('reopen')}>{m.reopen}</Button>}
          </Space>
        }
      />
      <Card size="small" title={m.basics} style={{ marginBottom: 12 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'level', label: m.fieldLevel, children: <LevelTag level={e.level} name={e.levelName} /> },
            { key: 'status', label: m.colStatus, children: <Tag color={e.status === 'open' ? 'processing' : 'success'} data-testid="event-status">{e.statusName}</Tag> },
            { key: 'source', label: m.fieldSource, children: `${e.sourceName}${e.sourceNote ? `（${e.sourceNote}）` : ''}` },
            { key: 'firstSeen', label: m.fieldFirstSeen, children: formatDateTime(e.firstSeenAt) },
            { key: 'owner', label: m.fieldOwner, children: e.ownerUnit.name },
            { key: 'region', label: m.fieldRegion, children: e.regionUnit?.name ?? m.none },
            { key: 'recordedBy', label: m.recordedBy, children: e.recordedByUnitName },
            ...(e.fromWatchItemId ? [{ key: 'watch', label: m.fromWatch, children: <Link to={`/opinion/watches/${e.fromWatchItemId}`}>{m.watchTitle}</Link> }] : []),
            { key: 'summary', label: m.summary, span: 'filled' as const, children: <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{e.summary}</Typography.Paragraph> },
            {
              key: 'links',
              label: m.links,
              span: 'filled' as const,
              children: e.links.length ? (
                <Flex vertical gap={2}>
                  {e.links.map((l) => (
                    <Typography.Link key={l} href={l} target="_blank" rel="noreferrer noopener">
                      {l}
                    </Typography.Link>
                  ))}
                </Flex>
              ) : (
                m.noLinks
              ),
            },
          ]}
        />
      </Card>
      <Card size="small" title={m.related} style={{ marginBottom: 12 }}>
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'enterprises', label: m.relatedEnterprises, children: e.enterprises.length ? e.enterprises.map((x) => <Tag key={x.id}>{x.name}</Tag>) : m.none },
            {
              key: 'samples',
              label: m.relatedSamples,
              children: e.samples.length ? (
                <Flex gap={8} wrap>
                  {e.samples.map((s) => (
                    <span key={s.id}>
                      {s.sampleNo} {s.foodName} <ConclusionTag value={s.conclusion} />
                    </span>
                  ))}
                </Flex>
              ) : (
                m.none
              ),
            },
            {
              key: 'publications',
              label: m.relatedPublications,
              children: e.publications.length ? (
                <Flex vertical gap={2}>
                  {e.publications.map((p) => (
                    <Link key={p.id} to={`/publications/${p.id}`}>
                      {p.title}
                    </Link>
                  ))}
                </Flex>
              ) : (
                m.none
              ),
            },
          ]}
        />
      </Card>
      <Card size="small" title={m.relatedComplaints} style={{ marginBottom: 12 }}>
        <LinkedComplaints e={e} />
      </Card>
      <Card size="small" title={m.responses} style={{ marginBottom: 12 }}>
        <Table<OpinionResponse>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={e.responses}
          locale={{ emptyText: m.noResponses }}
          data-testid="responses"
          columns={[
            { title: m.colActedOn, dataIndex: 'actedOn', width: 110 },
            { title: m.colKind, dataIndex: 'kindName', width: 100 },
            {
              title: m.responseTitle,
              dataIndex: 'title',
              render: (title: string, r) => (
                <Flex vertical gap={2}>
                  <span>{title}</span>
                  {r.explainer && <Link to="/explainers">{r.explainer.itemName}</Link>}
                  {r.detail && (
                    <Typography.Text type="secondary" style={{ whiteSpace: 'pre-wrap', fontSize: 12 }}>
                      {r.detail}
                    </Typography.Text>
                  )}
                </Flex>
              ),
            },
            { title: m.colOutcome, dataIndex: 'outcome', width: 200, render: (o: string | null) => o ?? '—' },
            {
              title: m.colPublication,
              key: 'publication',
              width: 160,
              render: (_, r) =>
                r.publication ? (
                  <Link to={`/publications/${r.publication.id}`}>
                    <Tag color={r.publication.status === 'published' ? 'success' : 'processing'}>{r.publication.statusName}</Tag>
                    {m.openPublication}
                  </Link>
                ) : (
                  '—'
                ),
            },
            {
              title: messages.common.actions,
              key: 'actions',
              width: 190,
              render: (_, r) => (
                <Flex vertical gap={2} align="flex-start">
                  {r.actions.includes('recordOutcome') && (
                    <Button
                      type="link"
                      size="small"
                      style={{ padding: 0 }}
                      onClick={() => {
                        setResponse(r);
                        setTextAction('outcome');
                      }}
                    >
                      {m.recordOutcome}
                    </Button>
                  )}
                  {r.actions.includes('publishRebuttal') && (
                    <Popconfirm title={m.publishRebuttalConfirm} onConfirm={() => publishRebuttal(r)} okText={messages.common.ok} cancelText={messages.common.cancel}>
                      <Button type="link" size="small" style={{ padding: 0 }}>
                        {m.publishRebuttal}
                      </Button>
                    </Popconfirm>
                  )}
                </Flex>
              ),
            },
          ]}
        />
      </Card>
      {e.closingSummary && (
        <Card size="small" title={m.closingTitle} style={{ marginBottom: 12 }}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{e.closingSummary}</Typography.Paragraph>
          {e.closedAt && <Typography.Text type="secondary">{formatDateTime(e.closedAt)}</Typography.Text>}
        </Card>
      )}
      <Card size="small" title={m.history}>
        <HistoryTimeline history={e.history} empty={m.noHistory} />
      </Card>
      {may('edit') && <EventFormDrawer open={editing} onClose={() => setEditing(false)} event={e} />}
      {may('linkComplaints') && <LinkComplaintsModal e={e} open={linking} onClose={() => setLinking(false)} />}
      {may('respond') && <RespondModal e={e} open={responding} onClose={() => setResponding(false)} />}
      <TextModal
        e={e}
        action={textAction}
        response={response}
        onClose={() => {
          setTextAction(null);
          setResponse(null);
        }}
      />
    </>
  );
}
