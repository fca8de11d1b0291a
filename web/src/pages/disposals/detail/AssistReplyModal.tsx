/** 回复协查 (the bureau asked), or 登记对方复函 for a producer outside Sichuan (the requesting bureau). */
import { Alert, App, Form, Input } from 'antd';
import { useEffect, useState } from 'react';
import { FormModal } from '../../../components/FormModal';
import { formProblem } from '../../../lib/form-errors';
import { messages } from '../../../messages';
import { useDisposalMutations, type Assist } from '../disposals-api';

const m = messages.assists;

export function AssistReplyModal({ disposalId, assist, onClose }: { disposalId: string; assist: Assist | null; onClose: () => void }) {
  const [form] = Form.useForm<{ reply?: string }>();
  const { message } = App.useApp();
  const { replyAssist } = useDisposalMutations(disposalId);
  const [problem, setProblem] = useState<string | null>(null);
  const title = assist?.toUnitId ? m.replyTitle : m.recordReply;

  useEffect(() => {
    if (!assist) return;
    setProblem(null);
    form.resetFields();
  }, [assist, form]);

  const onFinish = async ({ reply }: { reply?: string }) => {
    if (!assist) return;
    setProblem(null);
    try {
      await replyAssist.mutateAsync({ assist, reply: reply!.trim() });
      message.success(m.replied_);
      onClose();
    } catch (error) {
      setProblem(formProblem(form, error, ['reply'], messages.disposalDetail.versionConflict));
    }
  };

  return (
    <FormModal
      open={assist !== null}
      title={title}
      okText={messages.common.submit}
      pending={replyAssist.isPending}
      problem={problem}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {assist && <Alert type="info" title={`${m.producer}：${assist.producerName}`} description={assist.producerAddress} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item name="reply" label={m.replyLabel} rules={[{ required: true, whitespace: true, min: 10, message: m.replyRequired }]}>
          <Input.TextArea rows={5} maxLength={5000} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
