/** 采纳 (choose the plan it goes into) or 不采纳 (a reason is required) one suggestion. */
import { Alert, Form, Input, Select, Typography } from 'antd';
import { FormModal } from '../../../components/FormModal';
import { suggestionsMessages } from '../messages';
import { usePlanMutations, usePlanOptions, type Suggestion } from '../plans-api';

const m = suggestionsMessages;

export type Decision = 'accept' | 'decline';

interface Props {
  target: { suggestion: Suggestion; decision: Decision } | null;
  onClose: () => void;
}

export function DecideSuggestionModal({ target, onClose }: Props) {
  const [form] = Form.useForm<{ planId?: string; reason?: string }>();
  const { accept, decline } = usePlanMutations();
  const accepting = target?.decision === 'accept';
  const plans = usePlanOptions(accepting);

  const submit = async (v: { planId?: string; reason?: string }) => {
    if (!target) return;
    if (accepting) await accept.mutateAsync({ suggestion: target.suggestion, planId: v.planId! });
    else await decline.mutateAsync({ suggestion: target.suggestion, reason: v.reason!.trim() });
  };

  return (
    <FormModal
      open={target !== null}
      title={accepting ? m.acceptTitle : m.declineTitle}
      okText={accepting ? m.accept : m.decline}
      danger={!accepting}
      form={form}
      fields={['planId', 'reason']}
      // Decided meanwhile: the list is refreshed and the suggestion shows how.
      closeOnConflict
      submit={submit}
      success={accepting ? m.accepted : m.declined}
      onClose={onClose}
    >
      {target && (
        <Alert type="info" title={target.suggestion.title} description={<Typography.Paragraph ellipsis={{ rows: 3 }} style={{ margin: 0 }}>{target.suggestion.content}</Typography.Paragraph>} style={{ marginBottom: 16 }} />
      )}
      {accepting ? (
        <Form.Item name="planId" label={m.plan} rules={[{ required: true, message: m.planRequired }]}>
          <Select options={plans.options} loading={plans.loading} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
      ) : (
        <Form.Item name="reason" label={m.reason} rules={[{ required: true, whitespace: true, min: 2, message: m.reasonRequired }]}>
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      )}
    </FormModal>
  );
}
