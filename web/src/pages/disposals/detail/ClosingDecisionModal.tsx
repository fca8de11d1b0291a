/** 审批结案 (an optional comment) or 退回 (a reason is required), by a leader of the owner unit. */
import { Alert, App, Form, Input } from 'antd';
import { useEffect, useState } from 'react';
import { FormModal } from '../../../components/FormModal';
import { formProblem } from '../../../lib/form-errors';
import { messages } from '../../../messages';
import { useDisposalMutations, type DisposalDetail } from '../disposals-api';

const m = messages.disposalDetail;

interface Props {
  disposal: DisposalDetail;
  decision: 'approve' | 'reject' | null;
  onClose: () => void;
}

export function ClosingDecisionModal({ disposal, decision, onClose }: Props) {
  const [form] = Form.useForm<{ comment?: string }>();
  const { message } = App.useApp();
  const { decideClosing } = useDisposalMutations(disposal.id);
  const [problem, setProblem] = useState<string | null>(null);
  const approving = decision === 'approve';

  useEffect(() => {
    if (!decision) return;
    setProblem(null);
    form.resetFields();
  }, [decision, form]);

  const onFinish = async ({ comment }: { comment?: string }) => {
    setProblem(null);
    try {
      await decideClosing.mutateAsync({ version: disposal.version, approve: approving, comment: comment?.trim() || undefined });
      message.success(approving ? m.approved : m.rejected);
      onClose();
    } catch (error) {
      setProblem(formProblem(form, error, ['comment'], m.versionConflict));
    }
  };

  return (
    <FormModal
      open={decision !== null}
      title={approving ? m.approveTitle : m.rejectTitle}
      okText={approving ? m.approveClosing : m.rejectClosing}
      danger={!approving}
      pending={decideClosing.isPending}
      problem={problem}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {approving && <Alert type="info" showIcon title={m.approveConfirm} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="comment"
          label={approving ? m.comment : m.rejectReason}
          rules={approving ? [] : [{ required: true, whitespace: true, message: m.rejectReasonRequired }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
