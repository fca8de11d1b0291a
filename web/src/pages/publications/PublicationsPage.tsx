/** 信息公布: announcements and consumer warnings with their co-review state; 起草 for those who may draft. */
import { Button, Form, Input, Radio, Space, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useCapability } from '../../auth/session';
import { FormDrawer } from '../../components/FormDrawer';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { RemoteSearchSelect } from '../../components/RemoteSearchSelect';
import { formatDateTime } from '../../lib/time';
import type { SampleRow } from '../samples/samples-api';
import { publicationMessages as m } from './messages';
import { usePublicationMutations, usePublications, type DraftBody, type PublicationRow } from './publications-api';
import { SampleFilterPicker } from './SampleFilterPicker';

type DraftForm = DraftBody & { pickMode: 'filter' | 'list' };

const statusColors: Record<string, string> = { review: 'processing', returned: 'warning', approved: 'cyan', published: 'success', withdrawn: 'default' };

export function StatusTag({ row }: { row: Pick<PublicationRow, 'status' | 'statusName'> }) {
  return <Tag color={statusColors[row.status]}>{row.statusName}</Tag>;
}

function DraftDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<DraftForm>();
  const navigate = useNavigate();
  const { draft } = usePublicationMutations();
  const kind = Form.useWatch('kind', form);
  const byFilter = Form.useWatch('pickMode', form) === 'filter' && kind === 'announcement';
  return (
    <FormDrawer<DraftForm, { id: string }>
      title={m.draftTitle}
      okText={m.submit}
      size={640}
      form={form}
      open={open}
      onClose={onClose}
      fields={['kind', 'title', 'sampleIds', 'filter', 'body', 'noticeNo']}
      submit={({ pickMode, filter, ...values }) =>
        draft.mutateAsync({ ...values, sampleIds: pickMode === 'filter' && values.kind === 'announcement' ? [] : (values.sampleIds ?? []), filter: pickMode === 'filter' && values.kind === 'announcement' ? (filter ?? {}) : undefined })
      }
      success={m.created}
      onDone={(r) => navigate(`/publications/${r.id}`)}
      formProps={{ initialValues: { kind: 'announcement', sampleIds: [], pickMode: 'filter', filter: { dateField: 'sampling', conclusion: 'unqualified' } } }}
    >
      <Form.Item name="kind" label={m.kind}>
        <Radio.Group options={[{ value: 'announcement', label: m.kindAnnouncement }, { value: 'warning', label: m.kindWarning }]} />
      </Form.Item>
      <Form.Item name="title" label={m.titleField} rules={[{ required: true, message: m.titleField }]}>
        <Input maxLength={200} />
      </Form.Item>
      {kind === 'announcement' && (
        <Form.Item name="pickMode" label={m.pickMode}>
          <Radio.Group options={[{ value: 'filter', label: m.pickByFilter }, { value: 'list', label: m.pickOneByOne }]} />
        </Form.Item>
      )}
      {byFilter ? (
        <Form.Item name="filter" label={m.samples}>
          <SampleFilterPicker />
        </Form.Item>
      ) : (
        <Form.Item name="sampleIds" label={m.samples} extra={m.samplesHelp} rules={kind === 'warning' ? [] : [{ required: true, type: 'array', min: 1, message: m.samplesRequired }]}>
          <RemoteSearchSelect<SampleRow> mode="multiple" path="/api/samples" queryKey={['samples', 'search']} label={(s) => `${s.sampleNo} ${s.foodName}（${s.sampledPartyName}）`} aria-label={m.samples} />
        </Form.Item>
      )}
      {kind === 'announcement' && (
        <Form.Item name="noticeNo" label={m.noticeNo}>
          <Input maxLength={60} />
        </Form.Item>
      )}
      <Form.Item name="body" label={m.body} extra={m.bodyHelp} rules={kind === 'warning' ? [{ required: true, message: m.body }] : []}>
        <Input.TextArea rows={6} maxLength={10000} />
      </Form.Item>
    </FormDrawer>
  );
}

export default function PublicationsPage() {
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind') === 'warning' ? 'warning' : 'announcement';
  const page = Number(params.get('page') ?? 1) || 1;
  const mayDraft = useCapability('publications.create');
  const [drafting, setDrafting] = useState(false);
  const query = usePublications(kind, page);
  return (
    <>
      <PageHeader
        title={m.title}
        extra={
          mayDraft && (
            <Button type="primary" onClick={() => setDrafting(true)}>
              {m.draft}
            </Button>
          )
        }
      />
      <Tabs
        activeKey={kind}
        onChange={(k) => setParams({ kind: k })}
        items={[
          { key: 'announcement', label: m.tabAnnouncements },
          { key: 'warning', label: m.tabWarnings },
        ]}
      />
      {query.error && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      <Table<PublicationRow>
        rowKey="id"
        loading={query.isFetching}
        dataSource={query.data?.items}
        locale={{ emptyText: m.empty }}
        pagination={{ current: page, pageSize: 20, total: query.data?.total, onChange: (p) => setParams({ kind, page: String(p) }), showSizeChanger: false }}
        columns={[
          { title: m.titleField, dataIndex: 'title', render: (t: string, r) => <Link to={`/publications/${r.id}`}>{t}</Link> },
          { title: m.status, render: (_, r) => <StatusTag row={r} />, width: 110 },
          { title: m.sampleCount, dataIndex: 'sampleCount', width: 80 },
          { title: m.unqualifiedCount, dataIndex: 'unqualifiedCount', width: 80 },
          { title: m.approvedBy, render: (_, r) => <Space size={4}>{r.approvedBy.map((s) => <Tag key={s}>{m.sides[s]}</Tag>)}</Space>, width: 200 },
          { title: m.draftedBy, dataIndex: 'draftedByUnitName' },
          { title: m.publishAt, render: (_, r) => formatDateTime(r.publishAt), width: 160 },
        ]}
      />
      <DraftDrawer open={drafting} onClose={() => setDrafting(false)} />
    </>
  );
}
