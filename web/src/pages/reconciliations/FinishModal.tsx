/** 完成对账: the rectification deadline for what was found not in place (default 30 days). */
import { Alert, Form, InputNumber } from 'antd';
import { useEffect, useState } from 'react';
import { FormModal } from '../../components/FormModal';
import { formProblem } from '../../lib/form-errors';
import { messages } from '../../messages';
import { useReconciliationMutations, type FinishReply, type Reconciliation } from './reconciliations-api';

const m = messages.reconciliations;

interface Props {
  reconciliation: Reconciliation;
  open: boolean;
  onClose: () => void;
  onFinished: (reply: FinishReply) => void;
}

export function FinishModal({ reconciliation, open, onClose, onFinished }: Props) {
  const [form] = Form.useForm<{ rectificationDays?: number }>();
  const { finish } = useReconciliationMutations();
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setProblem(null);
    form.resetFields();
  }, [open, form]);

  const onFinish = async ({ rectificationDays }: { rectificationDays?: number }) => {
    setProblem(null);
    try {
      onFinished(await finish.mutateAsync({ r: reconciliation, rectificationDays }));
    } catch (error) {
      setProblem(formProblem(form, error, ['rectificationDays'], messages.disposalDetail.versionConflict));
    }
  };

  return (
    <FormModal
      open={open}
      title={m.finishTitle}
      okText={m.finish}
      pending={finish.isPending}
      problem={problem}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Alert type="info" showIcon title={m.finishNote} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" initialValues={{ rectificationDays: 30 }} onFinish={onFinish}>
        <Form.Item name="rectificationDays" label={m.rectificationDays} rules={[{ required: true, type: 'integer', min: 1, max: 365 }]}>
          <InputNumber min={1} max={365} precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
