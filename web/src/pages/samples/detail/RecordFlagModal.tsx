/**
 * 确定环节 / 核实抽样日期: for an imported sample whose file did not carry its link or its sampling
 * date (review-flags.ts on the server). Saving removes the review reason and completes the owner
 * bureau's work item; a determined link also lets the disposal's guiding division see it.
 */
import { DatePicker, Form, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { FormModal } from '../../../components/FormModal';
import { linkOptions, type Link } from '../../../lib/enums';
import { isAfterToday } from '../../../lib/time';
import { sampleDetailMessages, sampleFormMessages } from '../messages';
import { useRecordFlag, type SampleDetail } from '../samples-api';

const m = sampleDetailMessages;
const fields = ['link', 'samplingDate'];

export type FlagToRecord = 'link' | 'samplingDate';

interface Values {
  link?: Link;
  samplingDate?: Dayjs | null;
}

export function RecordFlagModal({ sample, flag, onClose }: { sample: SampleDetail; flag: FlagToRecord | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const record = useRecordFlag(sample.id);

  const submit = async (v: Values) => {
    if (flag === 'link') await record.mutateAsync({ path: 'link', body: { version: sample.version, link: v.link } });
    else await record.mutateAsync({ path: 'sampling-date', body: { version: sample.version, samplingDate: v.samplingDate?.format('YYYY-MM-DD') ?? '' } });
  };

  return (
    <FormModal
      open={flag !== null}
      title={flag === 'link' ? m.recordLink : m.recordSamplingDate}
      form={form}
      fields={fields}
      conflict={m.versionConflict}
      submit={submit}
      success={flag === 'link' ? m.linkSaved : m.samplingDateSaved}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{flag === 'link' ? m.recordLinkHint : m.recordSamplingDateHint}</Typography.Paragraph>
      {flag === 'link' ? (
        <Form.Item name="link" label={sampleFormMessages.link} rules={[{ required: true, message: sampleFormMessages.linkRequired }]}>
          <Select options={linkOptions} style={{ width: 200 }} />
        </Form.Item>
      ) : (
        <Form.Item name="samplingDate" label={sampleFormMessages.samplingDate} rules={[{ required: true, message: sampleFormMessages.samplingDateRequired }]}>
          <DatePicker style={{ width: 200 }} disabledDate={(d) => isAfterToday(d)} />
        </Form.Item>
      )}
    </FormModal>
  );
}
