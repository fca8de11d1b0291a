/** 登记移送回执: the judicial organ's receipt of a transfer (its date and number). */
import { App, DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { FormModal } from '../../components/FormModal';
import { formProblem } from '../../lib/form-errors';
import { messages } from '../../messages';
import { useCaseMutations, type CaseDetail } from './cases-api';
import { isAfterToday, todayForPicker } from '../../lib/time';

const m = messages.cases;

interface Values {
  receiptOn?: Dayjs | null;
  receiptNo?: string;
}

export function ReceiptModal({ c, open, onClose }: { c: CaseDetail; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const { receipt } = useCaseMutations();
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setProblem(null);
    form.resetFields();
    form.setFieldsValue({ receiptOn: todayForPicker() });
  }, [open, form]);

  const onFinish = async (v: Values) => {
    setProblem(null);
    try {
      await receipt.mutateAsync({ id: c.id, body: { version: c.version, receiptOn: v.receiptOn?.format('YYYY-MM-DD') ?? '', receiptNo: (v.receiptNo ?? '').trim() } });
      message.success(m.receiptDone);
      onClose();
    } catch (error) {
      setProblem(formProblem(form, error, ['receiptOn', 'receiptNo'], m.versionConflict));
    }
  };

  return (
    <FormModal open={open} title={m.receiptTitle} pending={receipt.isPending} problem={problem} onOk={() => form.submit()} onCancel={onClose}>
      <Form<Values> form={form} name="caseReceipt" layout="vertical" onFinish={onFinish}>
        <Form.Item name="receiptOn" label={m.receiptOn} rules={[{ required: true, message: m.receiptOnRequired }]}>
          <DatePicker style={{ width: 200 }} disabledDate={(d) => isAfterToday(d)} />
        </Form.Item>
        <Form.Item name="receiptNo" label={m.receiptNo} rules={[{ required: true, whitespace: true, message: m.receiptNoRequired }]}>
          <Input maxLength={64} style={{ width: 280 }} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
