/** 审批结案 (an optional comment) or 退回 (a reason is required), by a leader of the owner unit. */
import { Alert, Form, Input } from 'antd';
import { FormModal } from '../../../components/FormModal';
import { disposalDetailMessages } from '../messages';
import { useDisposalMutations, type DisposalDetail } from '../disposals-api';

const m = disposalDetailMessages;

interface Props {
  disposal: DisposalDetail;
  decision: 'approve' | 'reject' | null;
  onClose: () => void;
}

export function ClosingDecisionModal({ disposal, decision, onClose }: Props) {
  const [form] = Form.useForm<{ comment?: string }>();
  const { decideClosing } = useDisposalMutations(disposal.id);
  const approving = decision === 'approve';

  const submit = async ({ comment }: { comment?: string }) => {
    await decideClosing.mutateAsync({ version: disposal.version, approve: approving, comment: comment?.trim() || undefined });
  };

  return (
    <FormModal
      open={decision !== null}
      title={approving ? m.approveTitle : m.rejectTitle}
      okText={approving ? m.approveClosing : m.rejectClosing}
      danger={!approving}
      form={form}
      fields={['comment']}
      conflict={m.versionConflict}
      submit={submit}
      success={approving ? m.approved : m.rejected}
      onClose={onClose}
    >
      {approving && <Alert type="info" showIcon title={m.approveConfirm} style={{ marginBottom: 16 }} />}
      <Form.Item
        name="comment"
        label={approving ? m.comment : m.rejectReason}
        rules={approving ? [] : [{ required: true, whitespace: true, message: m.rejectReasonRequired }]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
    </FormModal>
  );
}
