/** 登记收到结论日期: the legal trigger of the disposal's periods; the server counts them again from it. */
import { Alert, App, DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { FormModal } from '../../../components/FormModal';
import { formProblem } from '../../../lib/form-errors';
import { messages } from '../../../messages';
import { useDisposalMutations, type DisposalDetail } from '../disposals-api';
import { isAfterToday } from '../../../lib/time';

const m = messages.disposalDetail;

interface Values {
  conclusionReceivedOn?: Dayjs | null;
}

export function ConclusionReceivedModal({ disposal, open, onClose }: { disposal: DisposalDetail; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const { setConclusionReceived } = useDisposalMutations(disposal.id);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setProblem(null);
    form.resetFields();
    const known = disposal.clockStart.conclusionReceivedOn;
    if (known) form.setFieldsValue({ conclusionReceivedOn: dayjs(known) });
  }, [open, form, disposal.clockStart.conclusionReceivedOn]);

  const onFinish = async (v: Values) => {
    setProblem(null);
    try {
      await setConclusionReceived.mutateAsync({ version: disposal.version, conclusionReceivedOn: v.conclusionReceivedOn?.format('YYYY-MM-DD') ?? '' });
      message.success(m.conclusionReceivedSaved);
      onClose();
    } catch (error) {
      setProblem(formProblem(form, error, ['conclusionReceivedOn'], m.versionConflict));
    }
  };

  return (
    <FormModal
      open={open}
      title={m.setConclusionReceivedTitle}
      okText={m.setConclusionReceived}
      pending={setConclusionReceived.isPending}
      problem={problem}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Alert type="info" showIcon title={m.setConclusionReceivedNote} style={{ marginBottom: 16 }} />
      <Form<Values> form={form} name="conclusionReceived" layout="vertical" onFinish={onFinish}>
        <Form.Item name="conclusionReceivedOn" label={m.conclusionReceivedOn} rules={[{ required: true, message: m.conclusionReceivedOnRequired }]}>
          <DatePicker
            style={{ width: 200 }}
            disabledDate={(d) => isAfterToday(d) || d.isBefore(dayjs(disposal.sample.samplingDate), 'day')}
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
