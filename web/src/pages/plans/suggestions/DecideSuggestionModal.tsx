/** 采纳 (choose the plan it goes into) or 不采纳 (a reason is required) one suggestion. */
import { Alert, App, Form, Input, Modal, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { ApiError } from '../../../api/client';
import { applyFieldErrors } from '../../../lib/form-errors';
import { messages } from '../../../messages';
import { usePlanMutations, usePlanOptions, type Suggestion } from '../plans-api';

const m = messages.suggestions;

export type Decision = 'accept' | 'decline';

interface Props {
  target: { suggestion: Suggestion; decision: Decision } | null;
  onClose: () => void;
}

export function DecideSuggestionModal({ target, onClose }: Props) {
  const [form] = Form.useForm<{ planId?: string; reason?: string }>();
  const { message } = App.useApp();
  const { accept, decline } = usePlanMutations();
  const accepting = target?.decision === 'accept';
  const plans = usePlanOptions(accepting);

  useEffect(() => {
    if (target) form.resetFields();
  }, [target, form]);

  const onFinish = async (v: { planId?: string; reason?: string }) => {
    if (!target) return;
    try {
      if (accepting) await accept.mutateAsync({ suggestion: target.suggestion, planId: v.planId! });
      else await decline.mutateAsync({ suggestion: target.suggestion, reason: v.reason!.trim() });
      message.success(accepting ? m.accepted : m.declined);
      onClose();
    } catch (error) {
      if (applyFieldErrors(form, error, ['planId', 'reason'])) return;
      message.error(error instanceof Error ? error.message : messages.common.unknownError);
      if (error instanceof ApiError && error.status === 409) onClose(); // decided meanwhile: the list is refreshed
    }
  };

  return (
    <Modal
      open={target !== null}
      title={accepting ? m.acceptTitle : m.declineTitle}
      okText={accepting ? m.accept : m.decline}
      okButtonProps={{ danger: !accepting }}
      cancelText={messages.common.cancel}
      confirmLoading={accept.isPending || decline.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      {target && (
        <Alert type="info" title={target.suggestion.title} description={<Typography.Paragraph ellipsis={{ rows: 3 }} style={{ margin: 0 }}>{target.suggestion.content}</Typography.Paragraph>} style={{ marginBottom: 16 }} />
      )}
      <Form form={form} layout="vertical" onFinish={onFinish}>
        {accepting ? (
          <Form.Item name="planId" label={m.plan} rules={[{ required: true, message: m.planRequired }]}>
            <Select options={plans.options} loading={plans.loading} showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
        ) : (
          <Form.Item name="reason" label={m.reason} rules={[{ required: true, whitespace: true, min: 2, message: m.reasonRequired }]}>
            <Input.TextArea rows={4} maxLength={2000} showCount />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
