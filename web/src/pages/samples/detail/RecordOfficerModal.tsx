/**
 * 补录陪同执法人员 (art. 23): for a sample of 食用农产品 or imported cold-chain food whose import did
 * not name the accompanying officer. Saving completes the owner bureau's work item.
 */
import { Form, Input, Typography } from 'antd';
import { FormModal } from '../../../components/FormModal';
import { sampleDetailMessages, sampleFormMessages } from '../messages';
import { useRecordOfficer, type SampleDetail } from '../samples-api';

const m = sampleDetailMessages;
const fields = ['accompanyingOfficer'];

export function RecordOfficerModal({ sample, open, onClose }: { sample: SampleDetail; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<{ accompanyingOfficer: string }>();
  const record = useRecordOfficer(sample.id);

  const submit = async (v: { accompanyingOfficer: string }) => {
    await record.mutateAsync({ version: sample.version, accompanyingOfficer: v.accompanyingOfficer.trim() });
  };

  return (
    <FormModal
      open={open}
      title={m.recordOfficer}
      form={form}
      fields={fields}
      conflict={m.versionConflict}
      submit={submit}
      success={m.officerSaved}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{sampleFormMessages.accompanyingRule}</Typography.Paragraph>
      <Form.Item name="accompanyingOfficer" label={m.accompanyingOfficer} rules={[{ required: true, whitespace: true, message: sampleFormMessages.accompanyingRequired }]}>
        <Input maxLength={64} placeholder={m.officerPlaceholder} />
      </Form.Item>
    </FormModal>
  );
}
