/**
 * 确定环节 / 核实抽样日期: for an imported sample whose file did not carry its link or its sampling
 * date (review-flags.ts on the server). Saving removes the review reason and completes the owner
 * bureau's work item; a determined link also lets the disposal's guiding division see it.
 */
import { App, DatePicker, Form, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { FormModal } from '../../../components/FormModal';
import { linkOptions, type Link } from '../../../lib/enums';
import { formProblem } from '../../../lib/form-errors';
import { isAfterToday } from '../../../lib/time';
import { messages } from '../../../messages';
import { useRecordFlag, type SampleDetail } from '../samples-api';

const m = messages.sampleDetail;

export type FlagToRecord = 'link' | 'samplingDate';

interface Values {
  link?: Link;
  samplingDate?: Dayjs | null;
}

export function RecordFlagModal({ sample, flag, onClose }: { sample: SampleDetail; flag: FlagToRecord | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const record = useRecordFlag(sample.id);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!flag) return;
    setProblem(null);
    form.resetFields();
  }, [flag, form]);

  const onFinish = async (v: Values) => {
    setProblem(null);
    try {
      if (flag === 'link') await record.mutateAsync({ path: 'link', body: { version: sample.version, link: v.link } });
      else await record.mutateAsync({ path: 'sampling-date', body: { version: sample.version, samplingDate: v.samplingDate?.format('YYYY-MM-DD') ?? '' } });
      message.success(flag === 'link' ? m.linkSaved : m.samplingDateSaved);
      onClose();
    } catch (error) {
      setProblem(formProblem(form, error, ['link', 'samplingDate'], m.versionConflict));
    }
  };

  return (
    <FormModal open={flag !== null} title={flag === 'link' ? m.recordLink : m.recordSamplingDate} pending={record.isPending} problem={problem} onOk={() => form.submit()} onCancel={onClose}>
      <Typography.Paragraph type="secondary">{flag === 'link' ? m.recordLinkHint : m.recordSamplingDateHint}</Typography.Paragraph>
      <Form<Values> form={form} name="recordFlag" layout="vertical" onFinish={onFinish}>
        {flag === 'link' ? (
          <Form.Item name="link" label={messages.sampleForm.link} rules={[{ required: true, message: messages.sampleForm.linkRequired }]}>
            <Select options={linkOptions} style={{ width: 200 }} />
          </Form.Item>
        ) : (
          <Form.Item name="samplingDate" label={messages.sampleForm.samplingDate} rules={[{ required: true, message: messages.sampleForm.samplingDateRequired }]}>
            <DatePicker style={{ width: 200 }} disabledDate={(d) => isAfterToday(d)} />
          </Form.Item>
        )}
      </Form>
    </FormModal>
  );
}
