/** 登记异议 / 登记复检申请: who applied, when, against what; a late application is recorded and refused at once. */
import { App, Checkbox, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { FormModal } from '../../../components/FormModal';
import { optionsOf } from '../../../lib/enums';
import { messages } from '../../../messages';
import { disposalDetailMessages, objectionsMessages } from '../messages';
import { useApplicationMutations, type ApplicationKind } from './objections-api';

const m = objectionsMessages;
const fields = ['applicant', 'windowStartOn', 'appliedOn', 'content', 'ground', 'backupSampleExpired'];

interface Values {
  ground?: string;
  applicant?: string;
  windowStartOn?: Dayjs;
  appliedOn?: Dayjs;
  content?: string;
  backupSampleExpired?: boolean;
}

export function ApplyModal({ sampleId, kind, onClose }: { sampleId: string; kind: ApplicationKind | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const { apply } = useApplicationMutations(sampleId);

  const submit = async (v: Values) => {
    if (!kind) return;
    const date = (d?: Dayjs) => d?.format('YYYY-MM-DD') ?? '';
    const body = {
      applicant: v.applicant!.trim(),
      windowStartOn: date(v.windowStartOn),
      appliedOn: date(v.appliedOn),
      content: v.content!.trim(),
      ...(kind === 'objection' ? { ground: v.ground } : { backupSampleExpired: v.backupSampleExpired === true }),
    };
    const app = await apply.mutateAsync({ kind, body });
    if (app.status === 'rejected') message.warning(`${app.statusName}：${app.decisionReason ?? ''}`);
    else message.success(m.saved);
  };

  return (
    <FormModal
      open={kind !== null}
      title={kind === 'retest' ? m.retestTitle : m.objectionTitle}
      width={640}
      okText={messages.common.submit}
      form={form}
      fields={fields}
      conflict={disposalDetailMessages.versionConflict}
      submit={submit}
      onClose={onClose}
    >
      {kind === 'objection' && (
        <Form.Item name="ground" label={m.ground} rules={[{ required: true, message: m.groundRequired }]}>
          <Select options={optionsOf(m.groundOptions)} />
        </Form.Item>
      )}
      <Form.Item name="applicant" label={m.applicant} rules={[{ required: true, whitespace: true, message: m.applicantRequired }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="windowStartOn" label={m.windowStartOn} tooltip={m.windowStartOnHelp} rules={[{ required: true, message: m.windowStartOnRequired }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="appliedOn" label={m.appliedOn} rules={[{ required: true, message: m.appliedOnRequired }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="content" label={m.content} rules={[{ required: true, whitespace: true, min: 2, message: m.contentRequired }]}>
        <Input.TextArea rows={4} maxLength={5000} showCount />
      </Form.Item>
      {kind === 'retest' && (
        <Form.Item name="backupSampleExpired" valuePropName="checked">
          <Checkbox>{m.backupSampleExpired}</Checkbox>
        </Form.Item>
      )}
    </FormModal>
  );
}
