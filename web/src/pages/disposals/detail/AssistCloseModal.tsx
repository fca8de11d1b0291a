/** 关闭协查: the requesting bureau closes a 协查 that will not be answered, with the reason on record. */
import { Alert, Form, Input } from 'antd';
import { FormModal } from '../../../components/FormModal';
import { assistsMessages, disposalDetailMessages } from '../messages';
import { useDisposalMutations, type Assist } from '../disposals-api';

const m = assistsMessages;

export function AssistCloseModal({ disposalId, assist, onClose }: { disposalId: string; assist: Assist | null; onClose: () => void }) {
  const [form] = Form.useForm<{ reason?: string }>();
  const { closeAssist } = useDisposalMutations(disposalId);

  const submit = async ({ reason }: { reason?: string }) => {
    if (!assist) return;
    await closeAssist.mutateAsync({ assist, reason: reason!.trim() });
  };

  return (
    <FormModal
      open={assist !== null}
      title={m.closeTitle}
      okText={m.closeAction}
      form={form}
      fields={['reason']}
      conflict={disposalDetailMessages.versionConflict}
      submit={submit}
      success={m.closedDone}
      onClose={onClose}
    >
      {assist && <Alert type="info" title={`${m.producer}：${assist.producerName}`} description={m.closeHint} style={{ marginBottom: 16 }} />}
      <Form.Item name="reason" label={m.closeReasonLabel} rules={[{ required: true, whitespace: true, min: 5, message: m.closeReasonRequired }]}>
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
    </FormModal>
  );
}
