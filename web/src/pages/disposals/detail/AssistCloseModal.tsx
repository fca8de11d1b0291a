/** 关闭协查: the requesting bureau closes a 协查 that will not be answered, with the reason on record. */
import { Alert, App, Form, Input } from 'antd';
import { useEffect, useState } from 'react';
import { FormModal } from '../../../components/FormModal';
import { formProblem } from '../../../lib/form-errors';
import { messages } from '../../../messages';
import { useDisposalMutations, type Assist } from '../disposals-api';

const m = messages.assists;

export function AssistCloseModal({ disposalId, assist, onClose }: { disposalId: string; assist: Assist | null; onClose: () => void }) {
  const [form] = Form.useForm<{ reason?: string }>();
  const { message } = App.useApp();
  const { closeAssist } = useDisposalMutations(disposalId);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!assist) return;
    setProblem(null);
    form.resetFields();
  }, [assist, form]);

  const onFinish = async ({ reason }: { reason?: string }) => {
    if (!assist) return;
    setProblem(null);
    try {
      await closeAssist.mutateAsync({ assist, reason: reason!.trim() });
      message.success(m.closedDone);
      onClose();
    } catch (error) {
      setProblem(formProblem(form, error, ['reason'], messages.disposalDetail.versionConflict));
    }
  };

  return (
    <FormModal
      open={assist !== null}
      title={m.closeTitle}
      okText={m.closeAction}
      pending={closeAssist.isPending}
      problem={problem}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {assist && <Alert type="info" title={`${m.producer}：${assist.producerName}`} description={m.closeHint} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item name="reason" label={m.closeReasonLabel} rules={[{ required: true, whitespace: true, min: 5, message: m.closeReasonRequired }]}>
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
