/** /assessment/checks/:id: the check, its team and units, and each finding's rectification (report, evidence, acceptance) as `actions` allow. */
import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Descriptions, Form, Input, InputNumber, List, Select, Space, Table, Tag, Typography, Upload, type TableProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { FormModal } from '../../components/FormModal';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { useCheck, useIndicators, useRecordFinding, useReportRectification, useReviewRectification, type CheckDetail } from './assessment-api';
import { assessmentMessages as m } from './messages';

type Finding = CheckDetail['findings'][number];

export default function CheckDetailPage() {
  const { id = '' } = useParams();
  const { data, error, refetch } = useCheck(id);
  const [adding, setAdding] = useState(false);
  const [reporting, setReporting] = useState<Finding | null>(null);
  const [reviewing, setReviewing] = useState<{ finding: Finding; accepted: boolean } | null>(null);
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return null;
  const columns: TableProps<Finding>['columns'] = [
    { title: m.findingUnit, dataIndex: 'unitName', width: 180 },
    { title: m.description, dataIndex: 'description' },
    { title: m.requirement, dataIndex: 'requirement' },
    { title: m.dueOn, dataIndex: 'dueOn', width: 110, render: (d: string, r) => (<>{d}{r.overdue && <Tag color="red">{m.overdue}</Tag>}</>) },
    { title: m.deduction, dataIndex: 'deduction', width: 70 },
    { title: m.status, dataIndex: 'statusName', width: 150, render: (s: string, r) => <Tag color={r.status === 'accepted' ? 'green' : r.status === 'reported' ? 'blue' : 'orange'}>{s}</Tag> },
    {
      key: 'actions',
      width: 220,
      render: (_: unknown, r) => (
        <Space wrap>
          {r.actions.includes('report') && <Button size="small" type="primary" onClick={() => setReporting(r)}>{m.report}</Button>}
          {r.actions.includes('accept') && <Button size="small" type="primary" onClick={() => setReviewing({ finding: r, accepted: true })}>{m.accept}</Button>}
          {r.actions.includes('return') && <Button size="small" danger onClick={() => setReviewing({ finding: r, accepted: false })}>{m.returnIt}</Button>}
          {r.actions.includes('attach') && <EvidenceUpload finding={r} checkId={id} />}
        </Space>
      ),
    },
  ];
  return (
    <>
      <PageHeader title={data.title} extra={<Link to="/assessment?tab=checks">{m.tabChecks}</Link>} />
      <Card style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={2}>
          <Descriptions.Item label={m.method}>{data.methodName}</Descriptions.Item>
          <Descriptions.Item label={m.dates}>{`${data.startOn} 至 ${data.endOn}`}</Descriptions.Item>
          <Descriptions.Item label={m.checkedUnits}>{data.units.map((u) => u.name).join('、')}</Descriptions.Item>
          <Descriptions.Item label={m.team}>{data.team.map((t) => `${t.personName}（${t.unitName}）`).join('、') || '—'}</Descriptions.Item>
          {data.notes && <Descriptions.Item label={m.notes}>{data.notes}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Card title={m.findings} extra={data.checkingSide && <Button type="primary" onClick={() => setAdding(true)}>{m.newFinding}</Button>}>
        <Table<Finding>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={data.findings}
          pagination={false}
          expandable={{
            rowExpandable: (r) => Boolean(r.report || r.reviewNote || r.files.length),
            expandedRowRender: (r) => (
              <>
                {r.report && <Typography.Paragraph>{m.reportText}：{r.report}</Typography.Paragraph>}
                {r.reviewNote && <Typography.Paragraph>{m.reviewNote}：{r.reviewNote}</Typography.Paragraph>}
                <List size="small" header={m.evidence} dataSource={r.files} renderItem={(f) => <List.Item><a href={f.href} target="_blank" rel="noreferrer">{f.fileName}</a></List.Item>} />
              </>
            ),
          }}
        />
      </Card>
      <FindingModal check={data} open={adding} onClose={() => setAdding(false)} />
      <ReportModal finding={reporting} onClose={() => setReporting(null)} />
      <ReviewModal review={reviewing} onClose={() => setReviewing(null)} />
    </>
  );
}

function EvidenceUpload({ finding, checkId }: { finding: Finding; checkId: string }) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const upload = async (file: File) => {
    const form = new FormData();
    form.set('file', file, file.name);
    setBusy(true);
    try {
      await api.upload(`/api/assessment/findings/${finding.id}/attachments`, form);
      void message.success(m.uploaded);
      await client.invalidateQueries({ queryKey: ['assessment', 'check', checkId] });
    } catch (e) {
      void message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Upload showUploadList={false} accept=".jpg,.jpeg,.png,.pdf,.doc,.docx,.xls,.xlsx" beforeUpload={(file) => (void upload(file), false)}>
      <Button size="small" icon={<UploadOutlined />} loading={busy}>{m.addEvidence}</Button>
    </Upload>
  );
}

function FindingModal({ check, open, onClose }: { check: CheckDetail; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<{ unitId: string; description: string; requirement: string; dueOn: Dayjs; indicatorCode?: string; deduction?: number }>();
  const record = useRecordFinding();
  const indicators = useIndicators(check.year);
  const deductionIndicators = (indicators.data?.items ?? []).filter((i) => i.direction === 'deduction');
  return (
    <FormModal
      open={open}
      title={m.newFinding}
      form={form}
      fields={['unitId', 'description', 'requirement', 'dueOn', 'indicatorCode', 'deduction']}
      submit={(v) => record.mutateAsync({ checkId: check.id, unitId: v.unitId, description: v.description, requirement: v.requirement, dueOn: v.dueOn.format('YYYY-MM-DD'), indicatorCode: v.indicatorCode ?? null, deduction: v.indicatorCode ? v.deduction : undefined })}
      success={m.findingSaved}
      onClose={onClose}
    >
      <Form.Item name="unitId" label={m.findingUnit} rules={[{ required: true, message: m.required(m.findingUnit) }]}>
        <Select options={check.units.map((u) => ({ value: u.id, label: u.name }))} />
      </Form.Item>
      <Form.Item name="description" label={m.description} rules={[{ required: true, message: m.required(m.description) }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="requirement" label={m.requirement} rules={[{ required: true, message: m.required(m.requirement) }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="dueOn" label={m.dueOn} rules={[{ required: true, message: m.required(m.dueOn) }]}>
        <DatePicker />
      </Form.Item>
      <Form.Item name="indicatorCode" label={m.deductionIndicator}>
        <Select allowClear placeholder={m.noDeduction} options={deductionIndicators.map((i) => ({ value: i.code, label: i.name }))} />
      </Form.Item>
      <Form.Item name="deduction" label={m.deduction}>
        <InputNumber min={0} max={100} />
      </Form.Item>
    </FormModal>
  );
}

function ReportModal({ finding, onClose }: { finding: Finding | null; onClose: () => void }) {
  const [form] = Form.useForm<{ report: string }>();
  const report = useReportRectification();
  return (
    <FormModal open={Boolean(finding)} title={m.report} form={form} fields={['report']} submit={(v) => report.mutateAsync({ id: finding!.id, version: finding!.version, report: v.report })} success={m.reported} onClose={onClose}>
      <Form.Item name="report" label={m.reportText} rules={[{ required: true, message: m.required(m.reportText) }]}>
        <Input.TextArea rows={4} />
      </Form.Item>
    </FormModal>
  );
}

function ReviewModal({ review, onClose }: { review: { finding: Finding; accepted: boolean } | null; onClose: () => void }) {
  const [form] = Form.useForm<{ note?: string }>();
  const submit = useReviewRectification();
  return (
    <FormModal
      open={Boolean(review)}
      title={review?.accepted ? m.accept : m.returnIt}
      form={form}
      fields={['note']}
      submit={(v) => submit.mutateAsync({ id: review!.finding.id, version: review!.finding.version, accepted: review!.accepted, note: v.note ?? null })}
      success={m.reviewed}
      onClose={onClose}
    >
      <Form.Item name="note" label={m.reviewNote} rules={review && !review.accepted ? [{ required: true, message: m.required(m.reviewNote) }] : []}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}
