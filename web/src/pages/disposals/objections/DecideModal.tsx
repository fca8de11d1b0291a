/** 受理 (a retest draws its lab at random on the server) or 不予受理 with a reason. */
import { Alert, Form, Input } from 'antd';
import { FormModal } from '../../../components/FormModal';
import { disposalDetailMessages, objectionsMessages } from '../messages';
import { useApplicationMutations, type Application } from './objections-api';

const m = objectionsMessages;

export interface Decision {
  app: Application;
  accept: boolean;
}

export function DecideModal({ sampleId, decision, onClose }: { sampleId: string; decision: Decision | null; onClose: () => void }) {
  const [form] = Form.useForm<{ reason?: string }>();
  const { decide } = useApplicationMutations(sampleId);

  const submit = async ({ reason }: { reason?: string }) => {
    if (!decision) return;
    await decide.mutateAsync({ app: decision.app, accept: decision.accept, reason: reason?.trim() || undefined });
  };

  return (
    <FormModal
      open={decision !== null}
      title={decision?.accept ? m.accept : m.reject}
      okText={decision?.accept ? m.accept : m.reject}
      danger={decision ? !decision.accept : false}
      form={form}
      fields={['reason']}
      conflict={disposalDetailMessages.versionConflict}
      submit={submit}
      success={m.saved}
      onClose={onClose}
    >
      {decision?.accept ? (
        <Alert type="info" showIcon title={m.acceptConfirm} />
      ) : (
        <Form.Item name="reason" label={m.reason} rules={[{ required: true, whitespace: true, min: 2, message: m.reasonRequired }]}>
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      )}
    </FormModal>
  );
}
