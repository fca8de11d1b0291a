/** 受理 (a retest draws its lab at random on the server) or 不予受理 with a reason. */
import { Alert, App, Form, Input } from 'antd';
import { useEffect, useState } from 'react';
import { FormModal } from '../../../components/FormModal';
import { formProblem } from '../../../lib/form-errors';
import { messages } from '../../../messages';
import { useApplicationMutations, type Application } from './objections-api';

const m = messages.objections;

export interface Decision {
  app: Application;
  accept: boolean;
}

export function DecideModal({ sampleId, decision, onClose }: { sampleId: string; decision: Decision | null; onClose: () => void }) {
  const [form] = Form.useForm<{ reason?: string }>();
  const { message } = App.useApp();
  const { decide } = useApplicationMutations(sampleId);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!decision) return;
    setProblem(null);
    form.resetFields();
  }, [decision, form]);

  const onFinish = async ({ reason }: { reason?: string }) => {
    if (!decision) return;
    setProblem(null);
    try {
      await decide.mutateAsync({ app: decision.app, accept: decision.accept, reason: reason?.trim() || undefined });
      message.success(m.saved);
      onClose();
    } catch (error) {
      setProblem(formProblem(form, error, ['reason'], messages.disposalDetail.versionConflict));
    }
  };

  return (
    <FormModal
      open={decision !== null}
      title={decision?.accept ? m.accept : m.reject}
      okText={decision?.accept ? m.accept : m.reject}
      danger={decision ? !decision.accept : false}
      pending={decide.isPending}
      problem={problem}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical" onFinish={onFinish}>
        {decision?.accept ? (
          <Alert type="info" showIcon title={m.acceptConfirm} />
        ) : (
          <Form.Item name="reason" label={m.reason} rules={[{ required: true, whitespace: true, min: 2, message: m.reasonRequired }]}>
            <Input.TextArea rows={4} maxLength={2000} showCount />
          </Form.Item>
        )}
      </Form>
    </FormModal>
  );
}
