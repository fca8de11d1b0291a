/**
 * 补录陪同执法人员 (art. 23): for a sample of 食用农产品 or imported cold-chain food whose import did
 * not name the accompanying officer. Saving completes the owner bureau's work item.
 */
import { App, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { FormModal } from '../../../components/FormModal';
import { applyFieldErrors, isVersionConflict, otherFieldErrors } from '../../../lib/form-errors';
import { messages } from '../../../messages';
import { useRecordOfficer, type SampleDetail } from '../samples-api';

const m = messages.sampleDetail;
const fields = ['accompanyingOfficer'];

export function RecordOfficerModal({ sample, open, onClose }: { sample: SampleDetail; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<{ accompanyingOfficer: string }>();
  const { message } = App.useApp();
  const record = useRecordOfficer(sample.id);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setProblem(null);
    form.resetFields();
  }, [open]);

  const onFinish = async (v: { accompanyingOfficer: string }) => {
    setProblem(null);
    try {
      await record.mutateAsync({ version: sample.version, accompanyingOfficer: v.accompanyingOfficer.trim() });
      message.success(m.officerSaved);
      onClose();
    } catch (error) {
      // Only a version conflict means someone else saved; any other refusal shows the server's message.
      if (isVersionConflict(error)) {
        setProblem(m.versionConflict);
        return;
      }
      const landed = applyFieldErrors(form, error, fields);
      const others = otherFieldErrors(error, fields);
      if (!landed || others.length) setProblem([error instanceof Error ? error.message : messages.common.unknownError, ...others].join('；'));
    }
  };

  return (
    <FormModal open={open} title={m.recordOfficer} pending={record.isPending} problem={problem} onOk={() => form.submit()} onCancel={onClose}>
      <Typography.Paragraph type="secondary">{messages.sampleForm.accompanyingRule}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item name="accompanyingOfficer" label={m.accompanyingOfficer} rules={[{ required: true, whitespace: true, message: messages.sampleForm.accompanyingRequired }]}>
          <Input maxLength={64} placeholder={m.officerPlaceholder} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
