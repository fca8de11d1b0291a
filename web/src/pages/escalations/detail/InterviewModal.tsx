/** 登记约谈: who met whom, when and where, why, and what the enterprise committed to. */
import { Alert, DatePicker, Flex, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { FormModal } from '../../../components/FormModal';
import { escalationsMessages } from '../messages';
import { useEscalationMutations } from '../escalations-api';
import { isAfterToday, todayForPicker } from '../../../lib/time';

const m = escalationsMessages;
const fields = ['heldOn', 'place', 'officials', 'attendees', 'reason', 'commitments'];

interface Values {
  heldOn?: Dayjs;
  place?: string;
  officials?: string;
  attendees?: string;
  reason?: string;
  commitments?: string;
}

export function InterviewModal({ escalationId, open, onClose }: { escalationId: string; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { recordInterview } = useEscalationMutations(escalationId);

  // After FormModal's reset on opening (a child's effect runs first).
  useEffect(() => {
    if (!open) return;
    form.setFieldsValue({ heldOn: todayForPicker() });
  }, [open, form]);

  const submit = async (v: Values) => {
    await recordInterview.mutateAsync({
      heldOn: v.heldOn!.format('YYYY-MM-DD'),
      place: v.place?.trim() || undefined,
      officials: v.officials!.trim(),
      attendees: v.attendees!.trim(),
      reason: v.reason!.trim(),
      commitments: v.commitments!.trim(),
    });
  };

  return (
    <FormModal
      open={open}
      title={m.recordInterviewTitle}
      width={680}
      okText={m.recordInterview}
      form={form}
      fields={fields}
      conflict={m.versionConflict}
      submit={submit}
      success={m.interviewRecorded}
      onClose={onClose}
    >
      <Alert type="info" showIcon title={m.interviewNote} style={{ marginBottom: 16 }} />
      <Flex gap={16}>
        <Form.Item name="heldOn" label={m.heldOn} rules={[{ required: true, message: m.heldOnRequired }]}>
          <DatePicker style={{ width: 180 }} disabledDate={(d) => isAfterToday(d)} />
        </Form.Item>
        <Form.Item name="place" label={m.place} style={{ flex: 1 }}>
          <Input maxLength={200} />
        </Form.Item>
      </Flex>
      <Form.Item name="officials" label={m.officials} rules={[{ required: true, whitespace: true, min: 2, message: m.officialsRequired }]}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="attendees" label={m.attendees} extra={m.attendeesHelp} rules={[{ required: true, whitespace: true, min: 2, message: m.attendeesRequired }]}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="reason" label={m.interviewReason} rules={[{ required: true, whitespace: true, min: 4, message: m.interviewReasonRequired }]}>
        <Input.TextArea rows={3} maxLength={5000} showCount />
      </Form.Item>
      <Form.Item name="commitments" label={m.commitments} rules={[{ required: true, whitespace: true, min: 4, message: m.commitmentsRequired }]}>
        <Input.TextArea rows={4} maxLength={10000} showCount />
      </Form.Item>
    </FormModal>
  );
}
