/** 登记审核情形: the grounds of 行政处罚法 art. 58 ¶1 the case officer states; the hearing one follows from the stages. */
import { App, Checkbox, Form, Input } from 'antd';
import { useEffect, useState } from 'react';
import { FormModal } from '../../components/FormModal';
import { formProblem } from '../../lib/form-errors';
import { messages } from '../../messages';
import { useCaseMutations, type CaseDetail } from './cases-api';

const m = messages.cases;

interface Values {
  publicInterest: boolean;
  complex: boolean;
  requiredBy?: string;
}

export function ReviewGroundsModal({ c, open, onClose }: { c: CaseDetail; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const { setGrounds } = useCaseMutations();
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setProblem(null);
    form.setFieldsValue({ publicInterest: c.publicInterest, complex: c.complex, requiredBy: c.reviewRequiredBy ?? '' });
  }, [open]);

  const onFinish = async (v: Values) => {
    setProblem(null);
    try {
      await setGrounds.mutateAsync({ id: c.id, body: { version: c.version, publicInterest: Boolean(v.publicInterest), complex: Boolean(v.complex), requiredBy: v.requiredBy?.trim() || null } });
      message.success(m.groundsSaved);
      onClose();
    } catch (error) {
      setProblem(formProblem(form, error, ['publicInterest', 'complex', 'requiredBy'], m.versionConflict));
    }
  };

  return (
    <FormModal open={open} title={m.groundsTitle} pending={setGrounds.isPending} problem={problem} onOk={() => form.submit()} onCancel={onClose}>
      <Form<Values> form={form} name="reviewGrounds" layout="vertical" onFinish={onFinish}>
        <Form.Item name="publicInterest" valuePropName="checked">
          <Checkbox>{m.publicInterestCase}</Checkbox>
        </Form.Item>
        <Form.Item>
          <Checkbox checked={c.legalReviewGrounds.hearingHeld} disabled>
            {m.hearingGround}
          </Checkbox>
        </Form.Item>
        <Form.Item name="complex" valuePropName="checked">
          <Checkbox>{m.complexCase}</Checkbox>
        </Form.Item>
        <Form.Item name="requiredBy" label={m.requiredBy}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
