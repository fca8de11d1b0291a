/** 审批: the level above agrees to a bureau's listing (it is listed from that day) or refuses it with a reason. */
import { DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { FormModal } from '../../components/FormModal';
import { isAfterToday, todayForPicker } from '../../lib/time';
import { creditMessages } from './messages';
import { useCreditMutations, type DishonestEntry } from './credit-api';

const m = creditMessages;

interface Values {
  approve: boolean;
  decidedOn?: Dayjs;
  reason?: string;
}

export function ApproveDishonestModal({ entry, onClose }: { entry: DishonestEntry | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { decideDishonest } = useCreditMutations();
  const approve = Form.useWatch('approve', form);

  // After FormModal's reset on opening (a child's effect runs first).
  useEffect(() => {
    if (entry) form.setFieldsValue({ approve: true, decidedOn: todayForPicker() });
  }, [entry, form]);

  return (
    <FormModal<Values, unknown>
      open={entry !== null}
      title={m.approveTitle(entry?.enterpriseName ?? '')}
      form={form}
      fields={['approve', 'decidedOn', 'reason']}
      submit={(v) => decideDishonest.mutateAsync({ entry: entry!, approve: v.approve, decidedOn: v.decidedOn!.format('YYYY-MM-DD'), ...(v.approve ? {} : { reason: v.reason?.trim() }) })}
      success={m.approved}
      onClose={onClose}
    >
      <Form.Item name="approve" label={m.approveDecision}>
        <Radio.Group options={[{ value: true, label: m.approveYes }, { value: false, label: m.approveNo }]} />
      </Form.Item>
      <Form.Item name="decidedOn" label={m.approvedOn} rules={[{ required: true, message: m.approvedOn }]}>
        <DatePicker disabledDate={(d) => isAfterToday(d)} />
      </Form.Item>
      {approve === false && (
        <Form.Item name="reason" label={m.approveReason} rules={[{ required: true, whitespace: true, message: m.approveReasonRequired }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      )}
    </FormModal>
  );
}
