/** 法规处's review: 通过 or 退回, with the opinion (required to return). */
import { App, Form, Input, Radio } from 'antd';
import { useEffect, useState } from 'react';
import { FormModal } from '../../components/FormModal';
import { formProblem } from '../../lib/form-errors';
import { messages } from '../../messages';
import { useCaseMutations, type CaseDetail } from './cases-api';

const m = messages.cases;

interface Values {
  approve: boolean;
  opinion?: string;
}

export function ReviewDecisionModal({ c, open, onClose }: { c: CaseDetail; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const { decideReview } = useCaseMutations();
  const [problem, setProblem] = useState<string | null>(null);
  const approve = Form.useWatch('approve', form) ?? true;

  useEffect(() => {
    if (!open) return;
    setProblem(null);
    form.resetFields();
  }, [open, form]);

  const onFinish = async (v: Values) => {
    setProblem(null);
    try {
      await decideReview.mutateAsync({ id: c.id, body: { version: c.version, approve: v.approve, opinion: v.opinion?.trim() || undefined } });
      message.success(m.reviewDecided(v.approve));
      onClose();
    } catch (error) {
      setProblem(formProblem(form, error, ['approve', 'opinion'], m.versionConflict));
    }
  };

  return (
    <FormModal open={open} title={m.decideReviewTitle} danger={!approve} okText={approve ? m.approve : m.returnReview} pending={decideReview.isPending} problem={problem} onOk={() => form.submit()} onCancel={onClose}>
      <Form<Values> form={form} name="caseReviewDecision" layout="vertical" initialValues={{ approve: true }} onFinish={onFinish}>
        <Form.Item name="approve">
          <Radio.Group optionType="button" options={[{ value: true, label: m.approve }, { value: false, label: m.returnReview }]} />
        </Form.Item>
        <Form.Item name="opinion" label={m.opinion} rules={approve ? [] : [{ required: true, whitespace: true, message: m.opinionRequired }]}>
          <Input.TextArea rows={4} maxLength={5000} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
