/** 接管案件: 综合执法稽查局 takes a bureau's case over, with its reason (seed art. 12). */
import { Alert, Form, Input } from 'antd';
import { FormModal } from '../../components/FormModal';
import { casesMessages } from './messages';
import { useCaseMutations, type CaseDetail } from './cases-api';

const m = casesMessages;

export function TakeOverModal({ c, open, onClose }: { c: CaseDetail; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const { takeOver } = useCaseMutations();

  const submit = async (v: { reason: string }) => {
    await takeOver.mutateAsync({ id: c.id, body: { version: c.version, reason: v.reason.trim() } });
  };

  return (
    <FormModal
      open={open}
      title={m.takeOverTitle}
      okText={m.takeOver}
      form={form}
      fields={['reason']}
      conflict={m.versionConflict}
      formProps={{ name: 'takeOver' }}
      submit={submit}
      success={m.takenOver}
      onClose={onClose}
    >
      <Alert type="info" showIcon title={m.takeOverNote} style={{ marginBottom: 16 }} />
      <Form.Item name="reason" label={m.takeOverReason} rules={[{ required: true, whitespace: true, min: 2, message: m.takeOverReasonRequired }]}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </FormModal>
  );
}
