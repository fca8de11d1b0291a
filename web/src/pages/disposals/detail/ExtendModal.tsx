/** 延期: days, reason and the head who approved it in writing (办法 art. 45); once per disposal. */
import { Alert, Form, Input, InputNumber } from 'antd';
import { FormModal } from '../../../components/FormModal';
import { disposalDetailMessages } from '../messages';
import { useDisposalMutations, type DisposalDetail } from '../disposals-api';

const m = disposalDetailMessages;
const fields = ['days', 'reason', 'approvedBy'];

interface Values {
  days?: number;
  reason?: string;
  approvedBy?: string;
}

export function ExtendModal({ disposal, open, onClose }: { disposal: DisposalDetail; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { extend } = useDisposalMutations(disposal.id);

  const submit = async (v: Values) => {
    await extend.mutateAsync({ version: disposal.version, days: v.days!, reason: v.reason!.trim(), approvedBy: v.approvedBy!.trim() });
  };

  return (
    <FormModal
      open={open}
      title={m.extendTitle}
      okText={m.extend}
      form={form}
      fields={fields}
      conflict={m.versionConflict}
      submit={submit}
      success={m.extended}
      onClose={onClose}
    >
      <Alert type="info" showIcon title={m.extendNote} style={{ marginBottom: 16 }} />
      <Form.Item name="days" label={m.extendDays} rules={[{ required: true, type: 'integer', min: 1, max: 90, message: m.extendDaysRequired }]}>
        <InputNumber min={1} max={90} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="reason" label={m.extendReason} rules={[{ required: true, whitespace: true, min: 4, message: m.extendReasonRequired }]}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
      <Form.Item name="approvedBy" label={m.approvedBy} rules={[{ required: true, whitespace: true, message: m.approvedByRequired }]}>
        <Input maxLength={64} style={{ width: 240 }} />
      </Form.Item>
    </FormModal>
  );
}
