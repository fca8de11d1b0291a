/**
 * 登记 a step: its date, what was done, and the step's facts. Sends the disposal version the user
 * saw; a conflict (someone saved first) keeps what was typed and the page refreshes underneath.
 */
import { DatePicker, Form, Input } from 'antd';
import { useEffect } from 'react';
import { FormModal } from '../../../components/FormModal';
import { disposalDetailMessages, stepFormMessages } from '../messages';
import { useDisposalMutations, type DisposalDetail, type Step } from '../disposals-api';
import { StepFields } from './StepFields';
import { stepFieldNames, toStepBody, type StepValues } from './step-form';
import { isAfterToday, todayForPicker } from '../../../lib/time';

const m = stepFormMessages;

interface Props {
  disposal: DisposalDetail;
  step: Step | null;
  onClose: () => void;
}

/** What the form starts with: today, and for the notice the sampled party as the addressee. */
function initialValues(disposal: DisposalDetail, step: Step): StepValues {
  const details: Record<string, unknown> = step.kind === 'notice' ? { deliveredTo: disposal.sample.sampledPartyName, method: '直接送达' } : {};
  return { doneOn: todayForPicker(), text: '', caseFiled: 'filed', details };
}

export function StepFormModal({ disposal, step, onClose }: Props) {
  const [form] = Form.useForm<StepValues>();
  const { recordStep } = useDisposalMutations(disposal.id);

  // After FormModal's reset on opening (a child's effect runs first).
  useEffect(() => {
    if (!step) return;
    form.setFieldsValue(initialValues(disposal, step));
    // Only when opened: a refetch after a conflict must not wipe what the user typed.
  }, [step?.kind]);

  const submit = async (values: StepValues) => {
    if (!step) return;
    await recordStep.mutateAsync(toStepBody(step.kind, values, disposal.version));
  };

  return (
    <FormModal
      open={step !== null}
      title={step ? m.title(step.name) : ''}
      width={720}
      form={form}
      fields={step ? stepFieldNames(step.kind) : []}
      conflict={disposalDetailMessages.versionConflict}
      submit={submit}
      success={step ? m.saved(step.name) : undefined}
      onClose={onClose}
    >
      <Form.Item name="doneOn" label={m.doneOn} rules={[{ required: true, message: m.doneOnRequired }]}>
        <DatePicker style={{ width: 200 }} disabledDate={(d) => isAfterToday(d)} />
      </Form.Item>
      {step && <StepFields kind={step.kind} />}
      <Form.Item name="text" label={m.text} rules={[{ required: true, whitespace: true, min: 2, message: m.textRequired }]}>
        <Input.TextArea rows={3} maxLength={5000} showCount />
      </Form.Item>
    </FormModal>
  );
}
