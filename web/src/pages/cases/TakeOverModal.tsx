/** 接管案件: 综合执法稽查局 takes a bureau's case over, with its reason (seed art. 12). */
import { Alert, App, Form, Input } from 'antd';
import { useEffect, useState } from 'react';
import { FormModal } from '../../components/FormModal';
import { formProblem } from '../../lib/form-errors';
import { messages } from '../../messages';
import { useCaseMutations, type CaseDetail } from './cases-api';

const m = messages.cases;

export function TakeOverModal({ c, open, onClose }: { c: CaseDetail; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const { message } = App.useApp();
  const { takeOver } = useCaseMutations();
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setProblem(null);
    form.resetFields();
  }, [open]);

  const onFinish = async (v: { reason: string }) => {
    setProblem(null);
    try {
      await takeOver.mutateAsync({ id: c.id, body: { version: c.version, reason: v.reason.trim() } });
      message.success(m.takenOver);
      onClose();
    } catch (error) {
      setProblem(formProblem(form, error, ['reason'], m.versionConflict));
    }
  };

  return (
    <FormModal open={open} title={m.takeOverTitle} okText={m.takeOver} pending={takeOver.isPending} problem={problem} onOk={() => form.submit()} onCancel={onClose}>
      <Alert type="info" showIcon title={m.takeOverNote} style={{ marginBottom: 16 }} />
      <Form form={form} name="takeOver" layout="vertical" onFinish={onFinish}>
        <Form.Item name="reason" label={m.takeOverReason} rules={[{ required: true, whitespace: true, min: 2, message: m.takeOverReasonRequired }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
