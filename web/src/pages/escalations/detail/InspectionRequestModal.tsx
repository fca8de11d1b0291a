/** The supervising division asks 检查技术中心 for a flight, system or special inspection, with its reason. */
import { Alert, App, Form, Input, Radio } from 'antd';
import { useEffect, useState } from 'react';
import { FormModal } from '../../../components/FormModal';
import { optionsOf } from '../../../lib/enums';
import { formProblem } from '../../../lib/form-errors';
import { messages } from '../../../messages';
import { useEscalationMutations, type InspectionKind } from '../escalations-api';

const m = messages.escalations;
const fields = ['kind', 'reason'];

interface Values {
  kind?: InspectionKind;
  reason?: string;
}

export function InspectionRequestModal({ escalationId, open, onClose }: { escalationId: string; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const { requestInspection } = useEscalationMutations(escalationId);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setProblem(null);
    form.resetFields();
  }, [open, form]);

  const onFinish = async (v: Values) => {
    setProblem(null);
    try {
      await requestInspection.mutateAsync({ kind: v.kind!, reason: v.reason!.trim() });
      message.success(m.inspectionRequested);
      onClose();
    } catch (error) {
      setProblem(formProblem(form, error, fields, m.versionConflict));
    }
  };

  return (
    <FormModal open={open} title={m.requestInspectionTitle} okText={m.requestInspection} pending={requestInspection.isPending} problem={problem} onOk={() => form.submit()} onCancel={onClose}>
      <Alert type="info" showIcon title={m.requestInspectionNote} style={{ marginBottom: 16 }} />
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} initialValues={{ kind: 'flight' }}>
        <Form.Item name="kind" label={m.inspectionKind} rules={[{ required: true, message: m.inspectionKindRequired }]}>
          <Radio.Group options={optionsOf(m.inspectionKinds)} optionType="button" />
        </Form.Item>
        <Form.Item name="reason" label={m.inspectionReason} rules={[{ required: true, whitespace: true, min: 4, message: m.inspectionReasonRequired }]}>
          <Input.TextArea rows={4} maxLength={5000} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
