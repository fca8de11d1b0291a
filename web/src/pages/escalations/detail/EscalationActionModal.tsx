/**
 * The forms of the escalation's own actions: 报送办理情况 (the bureau's report), and the division's
 * 结案, 退回补充 and 撤销督办 — each with a required text. Each sends the version the user saw;
 * a stale one says to refresh (the page has refreshed meanwhile).
 */
import { Alert, Form, Input } from 'antd';
import { useEffect } from 'react';
import { FormModal } from '../../../components/FormModal';
import { escalationsMessages } from '../messages';
import { useEscalationMutations, type Decision, type EscalationDetail } from '../escalations-api';

const m = escalationsMessages;

export type FormAction = 'report' | Decision;

interface Text {
  title: string;
  ok: string;
  field: string;
  required: string;
  done: string;
  note?: string;
  help?: string;
}

const texts: Record<FormAction, Text> = {
  report: { title: m.reportTitle, ok: m.report, field: m.reportField, required: m.reportRequired, done: m.reported, note: m.reportNote, help: m.reportHelp },
  close: { title: m.closeTitle, ok: m.close, field: m.closeNoteField, required: m.closeNoteRequired, done: m.closed },
  return: { title: m.returnTitle, ok: m.return, field: m.returnNoteField, required: m.returnNoteRequired, done: m.returned },
  withdraw: { title: m.withdrawTitle, ok: m.withdraw, field: m.withdrawNoteField, required: m.withdrawNoteRequired, done: m.withdrawn, note: m.withdrawNote },
};

/** Named as the server names it (`report`, or a decision's `note`), so its field message lands on it. */
type Values = Partial<Record<'report' | 'note', string>>;
const fieldOf = (action: FormAction) => (action === 'report' ? 'report' : 'note');

export function EscalationActionModal({ escalation, action, onClose }: { escalation: EscalationDetail; action: FormAction | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { report, decide } = useEscalationMutations(escalation.id);
  const t = action ? texts[action] : null;

  // After FormModal's reset on opening (a child's effect runs first).
  useEffect(() => {
    if (!action) return;
    // A returned escalation is reported again: start from what was sent before.
    if (action === 'report' && escalation.report) form.setFieldsValue({ report: escalation.report });
    // Only when opened: keep what was typed across a refetch.
  }, [action]);

  const submit = async (values: Values) => {
    if (!action || !t) return;
    const value = values[fieldOf(action)]!.trim();
    if (action === 'report') await report.mutateAsync({ version: escalation.version, report: value });
    else await decide.mutateAsync({ version: escalation.version, decision: action, note: value });
  };

  return (
    <FormModal
      open={action !== null}
      title={t?.title ?? ''}
      width={action === 'report' ? 680 : 520}
      okText={t?.ok}
      danger={action === 'withdraw' || action === 'return'}
      form={form}
      fields={action ? [fieldOf(action)] : []}
      conflict={m.versionConflict}
      submit={submit}
      success={t?.done}
      onClose={onClose}
    >
      {t?.note && <Alert type={action === 'withdraw' ? 'warning' : 'info'} showIcon title={t.note} style={{ marginBottom: 16 }} />}
      <Form.Item
        name={action ? fieldOf(action) : 'note'}
        label={t?.field}
        extra={t?.help}
        rules={[{ required: true, whitespace: true, min: action === 'report' ? 10 : 2, message: t?.required }]}
      >
        <Input.TextArea rows={action === 'report' ? 8 : 4} maxLength={action === 'report' ? 10000 : 5000} showCount />
      </Form.Item>
    </FormModal>
  );
}
