/** 回复协查 (the bureau asked), or 登记对方复函 for a producer outside Sichuan (the requesting bureau). */
import { Alert, Form, Input } from 'antd';
import { FormModal } from '../../../components/FormModal';
import { messages } from '../../../messages';
import { assistsMessages, disposalDetailMessages } from '../messages';
import { useDisposalMutations, type Assist } from '../disposals-api';

const m = assistsMessages;

export function AssistReplyModal({ disposalId, assist, onClose }: { disposalId: string; assist: Assist | null; onClose: () => void }) {
  const [form] = Form.useForm<{ reply?: string }>();
  const { replyAssist } = useDisposalMutations(disposalId);
  const title = assist?.toUnitId ? m.replyTitle : m.recordReply;

  const submit = async ({ reply }: { reply?: string }) => {
    if (!assist) return;
    await replyAssist.mutateAsync({ assist, reply: reply!.trim() });
  };

  return (
    <FormModal
      open={assist !== null}
      title={title}
      okText={messages.common.submit}
      form={form}
      fields={['reply']}
      conflict={disposalDetailMessages.versionConflict}
      submit={submit}
      success={m.replied_}
      onClose={onClose}
    >
      {assist && <Alert type="info" title={`${m.producer}：${assist.producerName}`} description={assist.producerAddress} style={{ marginBottom: 16 }} />}
      <Form.Item name="reply" label={m.replyLabel} rules={[{ required: true, whitespace: true, min: 10, message: m.replyRequired }]}>
        <Input.TextArea rows={5} maxLength={5000} showCount />
      </Form.Item>
    </FormModal>
  );
}
