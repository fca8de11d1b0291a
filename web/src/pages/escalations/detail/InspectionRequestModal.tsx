/** The supervising division asks 检查技术中心 for a flight, system or special inspection, with its reason. */
import { Alert, Form, Input, Radio } from 'antd';
import { FormModal } from '../../../components/FormModal';
import { optionsOf } from '../../../lib/enums';
import { escalationsMessages } from '../messages';
import { useEscalationMutations, type InspectionKind } from '../escalations-api';

const m = escalationsMessages;
const fields = ['kind', 'reason'];

interface Values {
  kind?: InspectionKind;
  reason?: string;
}

export function InspectionRequestModal({ escalationId, open, onClose }: { escalationId: string; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { requestInspection } = useEscalationMutations(escalationId);

  const submit = async (v: Values) => {
    await requestInspection.mutateAsync({ kind: v.kind!, reason: v.reason!.trim() });
  };

  return (
    <FormModal
      open={open}
      title={m.requestInspectionTitle}
      okText={m.requestInspection}
      form={form}
      fields={fields}
      conflict={m.versionConflict}
      formProps={{ initialValues: { kind: 'flight' } }}
      submit={submit}
      success={m.inspectionRequested}
      onClose={onClose}
    >
      <Alert type="info" showIcon title={m.requestInspectionNote} style={{ marginBottom: 16 }} />
      <Form.Item name="kind" label={m.inspectionKind} rules={[{ required: true, message: m.inspectionKindRequired }]}>
        <Radio.Group options={optionsOf(m.inspectionKinds)} optionType="button" />
      </Form.Item>
      <Form.Item name="reason" label={m.inspectionReason} rules={[{ required: true, whitespace: true, min: 4, message: m.inspectionReasonRequired }]}>
        <Input.TextArea rows={4} maxLength={5000} showCount />
      </Form.Item>
    </FormModal>
  );
}
