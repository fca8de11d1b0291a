/** 列入严重违法失信名单: the enterprise, the reason and its legal basis, the decision number and date. */
import { App, DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { FormModal } from '../../components/FormModal';
import { formProblem } from '../../lib/form-errors';
import { messages } from '../../messages';
import { useCreditMutations } from './credit-api';
import { EnterpriseSearchSelect } from './EnterpriseSearchSelect';
import { isAfterToday, todayForPicker } from '../../lib/time';

const m = messages.credit;
const FIELDS = ['enterpriseId', 'reason', 'legalBasis', 'decisionNo', 'listedOn'] as const;

interface Values {
  enterpriseId?: string;
  reason?: string;
  legalBasis?: string;
  decisionNo?: string;
  listedOn?: Dayjs;
}

export function AddDishonestModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const { addDishonest } = useCreditMutations();
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setProblem(null);
    form.resetFields();
  }, [open, form]);

  const onFinish = async (v: Values) => {
    setProblem(null);
    try {
      await addDishonest.mutateAsync({
        enterpriseId: v.enterpriseId!,
        reason: v.reason!.trim(),
        legalBasis: v.legalBasis!.trim(),
        decisionNo: v.decisionNo!.trim(),
        listedOn: v.listedOn!.format('YYYY-MM-DD'),
      });
      message.success(m.added);
      onClose();
    } catch (error) {
      setProblem(formProblem(form, error, FIELDS, messages.common.conflict));
    }
  };

  return (
    <FormModal open={open} title={m.addTitle} okText={messages.common.submit} width={640} pending={addDishonest.isPending} problem={problem} onOk={() => form.submit()} onCancel={onClose}>
      <Form<Values> form={form} layout="vertical" initialValues={{ listedOn: todayForPicker() }} onFinish={onFinish}>
        <Form.Item name="enterpriseId" label={m.enterprise} rules={[{ required: true, message: m.enterpriseRequired }]}>
          <EnterpriseSearchSelect placeholder={m.enterpriseSearch} aria-label={m.enterprise} />
        </Form.Item>
        <Form.Item name="reason" label={m.reason} rules={[{ required: true, whitespace: true, message: m.reasonRequired }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="legalBasis" label={m.legalBasis} rules={[{ required: true, whitespace: true, message: m.legalBasisRequired }]}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="decisionNo" label={m.decisionNo} rules={[{ required: true, whitespace: true, message: m.decisionNoRequired }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="listedOn" label={m.listedOn} rules={[{ required: true, message: m.listedOnRequired }]}>
          <DatePicker disabledDate={(d) => isAfterToday(d)} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
