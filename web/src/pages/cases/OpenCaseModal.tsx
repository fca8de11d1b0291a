/**
 * 立案查处: opens a case. From a record's page (a disposal, an escalation) the source is that
 * record and the form starts from its facts; from the case list the source is a complaint or the
 * officer's own lead, with the day the lead was discovered (the 立案 period counts from it).
 * Cross-region cases go to 综合执法稽查局 (the server decides); a major case stays with the bureau.
 */
import { Alert, Checkbox, DatePicker, Descriptions, Flex, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { FormModal } from '../../components/FormModal';
import { casesMessages } from './messages';
import { useCaseMutations, type CaseDetail, type OpenCaseBody } from './cases-api';
import { isAfterToday, todayForPicker } from '../../lib/time';

const m = casesMessages;

/** The record a case is opened from, with what the form starts with. */
export type OpenCaseSource =
  | { kind: 'disposal'; disposalId: string; label: string; partyName: string; title?: string; facts?: string }
  | { kind: 'escalation'; escalationId: string; label: string; partyName: string; title?: string; facts?: string };

interface Values {
  source: 'complaint' | 'manual';
  complaintRef?: string;
  partyName?: string;
  title?: string;
  facts?: string;
  filedOn?: Dayjs | null;
  discoveredOn?: Dayjs | null;
  filingApprovedBy?: string;
  major?: boolean;
  crossRegion?: boolean;
  publicInterest?: boolean;
  complex?: boolean;
}

const fieldNames = ['source', 'complaintRef', 'partyName', 'title', 'facts', 'filedOn', 'discoveredOn', 'filingApprovedBy', 'major', 'crossRegion', 'publicInterest', 'complex'];

interface Props {
  open: boolean;
  onClose: () => void;
  /** The record the case comes from; without it, a complaint or the officer's own lead. */
  from?: OpenCaseSource;
  /** After filing; by default the new case's page opens. */
  onOpened?: (c: CaseDetail) => void;
}

export function OpenCaseModal({ open, onClose, from, onOpened }: Props) {
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const { open: file } = useCaseMutations();
  const source = Form.useWatch('source', form) ?? 'manual';

  // After FormModal's reset on opening (a child's effect runs first).
  useEffect(() => {
    if (!open) return;
    form.setFieldsValue({ source: 'manual', filedOn: todayForPicker(), discoveredOn: todayForPicker(), partyName: from?.partyName, title: from?.title, facts: from?.facts });
    // Only when opened: a refetch of the page behind must not wipe what the user typed.
  }, [open]);

  const submit = (v: Values) => {
    const base = {
      partyName: (v.partyName ?? '').trim(),
      title: (v.title ?? '').trim(),
      facts: (v.facts ?? '').trim(),
      filedOn: v.filedOn?.format('YYYY-MM-DD') ?? '',
      discoveredOn: v.discoveredOn?.format('YYYY-MM-DD') ?? '',
      ...(v.filingApprovedBy?.trim() ? { filingApprovedBy: v.filingApprovedBy.trim() } : {}),
      major: Boolean(v.major),
      crossRegion: Boolean(v.crossRegion),
      publicInterest: Boolean(v.publicInterest),
      complex: Boolean(v.complex),
    };
    const body: OpenCaseBody = !from
      ? { ...base, source: v.source, ...(v.source === 'complaint' ? { complaintRef: (v.complaintRef ?? '').trim() } : {}) }
      : from.kind === 'disposal'
        ? { ...base, source: 'disposal', disposalId: from.disposalId }
        : { ...base, source: 'escalation', escalationId: from.escalationId };
    return file.mutateAsync(body);
  };

  return (
    <FormModal
      open={open}
      title={m.openTitle}
      okText={m.create}
      width={720}
      form={form}
      fields={fieldNames}
      conflict={m.versionConflict}
      formProps={{ name: 'openCase' }}
      submit={submit}
      success={(c) => m.opened(c.caseNo)}
      onClose={onClose}
      onDone={(c) => (onOpened ? onOpened(c) : navigate(`/cases/${c.id}`))}
    >
      <Alert type="info" showIcon title={m.assignNote} style={{ marginBottom: 16 }} />
      {from ? (
        <Descriptions size="small" column={1} style={{ marginBottom: 16 }} items={[{ key: 'from', label: m.sourceLabel, children: `${m.source[from.kind]} · ${from.label}` }]} />
      ) : (
        <Flex gap={16} wrap>
          <Form.Item name="source" label={m.sourceLabel} rules={[{ required: true, message: m.sourceRequired }]}>
            <Radio.Group optionType="button" options={[{ value: 'manual', label: m.source.manual }, { value: 'complaint', label: m.source.complaint }]} />
          </Form.Item>
          {source === 'complaint' && (
            <Form.Item name="complaintRef" label={m.complaintRef} rules={[{ required: true, whitespace: true, message: m.complaintRefRequired }]}>
              <Input maxLength={64} style={{ width: 260 }} />
            </Form.Item>
          )}
        </Flex>
      )}
      <Form.Item name="partyName" label={m.partyName} rules={[{ required: true, whitespace: true, min: 2, message: m.partyNameRequired }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="title" label={m.caseTitle} rules={[{ required: true, whitespace: true, min: 2, message: m.caseTitleRequired }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="facts" label={m.facts} rules={[{ required: true, whitespace: true, min: 2, message: m.factsRequired }]}>
        <Input.TextArea rows={4} maxLength={5000} showCount />
      </Form.Item>
      <Flex gap={24} wrap align="flex-end">
        <Form.Item name="discoveredOn" label={m.discoveredOn} tooltip={m.discoveredHint} rules={[{ required: true, message: m.discoveredOnRequired }]}>
          <DatePicker style={{ width: 200 }} disabledDate={(d) => isAfterToday(d)} />
        </Form.Item>
        <Form.Item name="filedOn" label={m.filedOn} rules={[{ required: true, message: m.filedOnRequired }]}>
          <DatePicker style={{ width: 200 }} disabledDate={(d) => isAfterToday(d)} />
        </Form.Item>
        <Form.Item name="filingApprovedBy" label={m.filingApprovedBy}>
          <Input maxLength={50} style={{ width: 200 }} />
        </Form.Item>
      </Flex>
      <Flex gap={24} wrap align="flex-end">
        <Form.Item name="major" valuePropName="checked">
          <Checkbox>{m.majorCase}</Checkbox>
        </Form.Item>
        <Form.Item name="crossRegion" valuePropName="checked">
          <Checkbox>{m.crossRegionCase}</Checkbox>
        </Form.Item>
        <Form.Item name="publicInterest" valuePropName="checked">
          <Checkbox>{m.publicInterestCase}</Checkbox>
        </Form.Item>
        <Form.Item name="complex" valuePropName="checked">
          <Checkbox>{m.complexCase}</Checkbox>
        </Form.Item>
      </Flex>
    </FormModal>
  );
}
