/** 登记移送回执: the judicial organ's receipt of a transfer (its date and number). */
import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { FormModal } from '../../components/FormModal';
import { casesMessages } from './messages';
import { useCaseMutations, type CaseDetail } from './cases-api';
import { isAfterToday, todayForPicker } from '../../lib/time';

const m = casesMessages;

interface Values {
  receiptOn?: Dayjs | null;
  receiptNo?: string;
}

export function ReceiptModal({ c, open, onClose }: { c: CaseDetail; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { receipt } = useCaseMutations();

  // After FormModal's reset on opening (a child's effect runs first).
  useEffect(() => {
    if (!open) return;
    form.setFieldsValue({ receiptOn: todayForPicker() });
  }, [open, form]);

  const submit = async (v: Values) => {
    await receipt.mutateAsync({ id: c.id, body: { version: c.version, receiptOn: v.receiptOn?.format('YYYY-MM-DD') ?? '', receiptNo: (v.receiptNo ?? '').trim() } });
  };

  return (
    <FormModal
      open={open}
      title={m.receiptTitle}
      form={form}
      fields={['receiptOn', 'receiptNo']}
      conflict={m.versionConflict}
      formProps={{ name: 'caseReceipt' }}
      submit={submit}
      success={m.receiptDone}
      onClose={onClose}
    >
      <Form.Item name="receiptOn" label={m.receiptOn} rules={[{ required: true, message: m.receiptOnRequired }]}>
        <DatePicker style={{ width: 200 }} disabledDate={(d) => isAfterToday(d)} />
      </Form.Item>
      <Form.Item name="receiptNo" label={m.receiptNo} rules={[{ required: true, whitespace: true, message: m.receiptNoRequired }]}>
        <Input maxLength={64} style={{ width: 280 }} />
      </Form.Item>
    </FormModal>
  );
}
