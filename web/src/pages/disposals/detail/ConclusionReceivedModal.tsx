/** 登记收到结论日期: the legal trigger of the disposal's periods; the server counts them again from it. */
import { Alert, DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { FormModal } from '../../../components/FormModal';
import { disposalDetailMessages } from '../messages';
import { useDisposalMutations, type DisposalDetail } from '../disposals-api';
import { isAfterToday } from '../../../lib/time';

const m = disposalDetailMessages;

interface Values {
  conclusionReceivedOn?: Dayjs | null;
}

export function ConclusionReceivedModal({ disposal, open, onClose }: { disposal: DisposalDetail; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { setConclusionReceived } = useDisposalMutations(disposal.id);

  // After FormModal's reset on opening (a child's effect runs first).
  useEffect(() => {
    if (!open) return;
    const known = disposal.clockStart.conclusionReceivedOn;
    if (known) form.setFieldsValue({ conclusionReceivedOn: dayjs(known) });
  }, [open, form, disposal.clockStart.conclusionReceivedOn]);

  const submit = async (v: Values) => {
    await setConclusionReceived.mutateAsync({ version: disposal.version, conclusionReceivedOn: v.conclusionReceivedOn?.format('YYYY-MM-DD') ?? '' });
  };

  return (
    <FormModal
      open={open}
      title={m.setConclusionReceivedTitle}
      okText={m.setConclusionReceived}
      form={form}
      fields={['conclusionReceivedOn']}
      conflict={m.versionConflict}
      formProps={{ name: 'conclusionReceived' }}
      submit={submit}
      success={m.conclusionReceivedSaved}
      onClose={onClose}
    >
      <Alert type="info" showIcon title={m.setConclusionReceivedNote} style={{ marginBottom: 16 }} />
      <Form.Item name="conclusionReceivedOn" label={m.conclusionReceivedOn} rules={[{ required: true, message: m.conclusionReceivedOnRequired }]}>
        <DatePicker
          style={{ width: 200 }}
          disabledDate={(d) => isAfterToday(d) || d.isBefore(dayjs(disposal.sample.samplingDate), 'day')}
        />
      </Form.Item>
    </FormModal>
  );
}
