/** 检查技术中心 records what it found: when, who, the findings and the conclusion. */
import { DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { FormModal } from '../../../components/FormModal';
import { optionsOf } from '../../../lib/enums';
import { escalationsMessages } from '../messages';
import { useEscalationMutations, type Inspection, type InspectionConclusion } from '../escalations-api';
import { isAfterToday, todayForPicker } from '../../../lib/time';

const m = escalationsMessages;
const fields = ['inspectedOn', 'inspectors', 'findings', 'conclusion'];

interface Values {
  inspectedOn?: Dayjs;
  inspectors?: string;
  findings?: string;
  conclusion?: InspectionConclusion;
}

export function FindingsModal({ escalationId, inspection, onClose }: { escalationId: string; inspection: Inspection | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { recordFindings } = useEscalationMutations(escalationId);

  // After FormModal's reset on opening (a child's effect runs first).
  useEffect(() => {
    if (!inspection) return;
    form.setFieldsValue({ inspectedOn: todayForPicker() });
  }, [inspection, form]);

  const submit = async (v: Values) => {
    if (!inspection) return;
    await recordFindings.mutateAsync({
      inspection,
      inspectedOn: v.inspectedOn!.format('YYYY-MM-DD'),
      inspectors: v.inspectors!.trim(),
      findings: v.findings!.trim(),
      conclusion: v.conclusion!,
    });
  };

  return (
    <FormModal
      open={inspection !== null}
      title={inspection ? `${m.recordFindingsTitle}（${m.inspectionKinds[inspection.kind]}）` : ''}
      width={640}
      okText={m.recordFindings}
      form={form}
      fields={fields}
      conflict={m.versionConflict}
      submit={submit}
      success={m.findingsRecorded}
      onClose={onClose}
    >
      <Form.Item name="inspectedOn" label={m.inspectedOn} rules={[{ required: true, message: m.inspectedOnRequired }]}>
        <DatePicker style={{ width: 200 }} disabledDate={(d) => isAfterToday(d)} />
      </Form.Item>
      <Form.Item name="inspectors" label={m.inspectors} rules={[{ required: true, whitespace: true, min: 2, message: m.inspectorsRequired }]}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="findings" label={m.findings} rules={[{ required: true, whitespace: true, min: 4, message: m.findingsRequired }]}>
        <Input.TextArea rows={5} maxLength={10000} showCount />
      </Form.Item>
      <Form.Item name="conclusion" label={m.conclusion} rules={[{ required: true, message: m.conclusionRequired }]}>
        <Radio.Group options={optionsOf(m.inspectionConclusions)} />
      </Form.Item>
    </FormModal>
  );
}
