/** 审批: the level above agrees to a bureau's listing (it is listed from that day) or refuses it with a reason. */
import { App, DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { FormModal } from '../../components/FormModal';
import { formProblem } from '../../lib/form-errors';
import { isAfterToday, todayForPicker } from '../../lib/time';
import { messages } from '../../messages';
import { useCreditMutations, type DishonestEntry } from './credit-api';

const m = messages.credit;

interface Values {
  approve: boolean;
  decidedOn?: Dayjs;
  reason?: string;
}

export function ApproveDishonestModal({ entry, onClose }: { entry: DishonestEntry | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const { decideDishonest } = useCreditMutations();
  const [problem, setProblem] = useState<string | null>(null);
  const approve = Form.useWatch('approve', form);

  useEffect(() => {
    if (!entry) return;
    setProblem(null);
    form.resetFields();
    form.setFieldsValue({ approve: true, decidedOn: todayForPicker() });
  }, [entry]);

  const onFinish = async (v: Values) => {
    if (!entry) return;
    setProblem(null);
    try {
      await decideDishonest.mutateAsync({ entry, approve: v.approve, decidedOn: v.decidedOn!.format('YYYY-MM-DD'), ...(v.approve ? {} : { reason: v.reason?.trim() }) });
      message.success(m.approved);
      onClose();
    } catch (error) {
      setProblem(formProblem(form, error, ['approve', 'decidedOn', 'reason'], messages.common.conflict));
    }
  };

  return (
    <FormModal open={entry !== null} title={m.approveTitle(entry?.enterpriseName ?? '')} pending={decideDishonest.isPending} problem={problem} onOk={() => form.submit()} onCancel={onClose}>
      <Form<Values> form={form} layout="vertical" onFinish={onFinish}>
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
      </Form>
    </FormModal>
  );
}
