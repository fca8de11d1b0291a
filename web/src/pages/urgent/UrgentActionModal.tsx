/**
 * The forms of a report's actions: 报送处置情况 (report and measures), 办结 (an optional comment),
 * 退回 (a reason is required). Each sends the version the user saw.
 */
import { Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import { FormModal } from '../../components/FormModal';
import { messages } from '../../messages';
import { disposalDetailMessages } from '../disposals/messages';
import { urgentMessages } from './messages';
import { useUrgentMutations, type UrgentDetail } from './urgent-api';

const m = urgentMessages;

export type FormAction = 'fileHandling' | 'close' | 'return';

interface Values {
  report?: string;
  measures?: string[];
  comment?: string;
}

const titles: Record<FormAction, string> = { fileHandling: m.handlingTitle, close: m.closeTitle, return: m.returnTitle };
const done: Record<FormAction, string> = { fileHandling: m.filed, close: m.closed, return: m.returned };

export function UrgentActionModal({ report, action, onClose }: { report: UrgentDetail; action: FormAction | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const mutations = useUrgentMutations();

  // After FormModal's reset on opening (a child's effect runs first).
  useEffect(() => {
    if (!action) return;
    if (action === 'fileHandling') form.setFieldsValue({ report: report.handlingReport ?? '', measures: report.measures });
    // Only when opened: keep what was typed across a refetch.
  }, [action]);

  const submit = async (v: Values) => {
    if (!action) return;
    if (action === 'fileHandling') await mutations.fileHandling.mutateAsync({ r: report, report: v.report!.trim(), measures: (v.measures ?? []).map((s) => s.trim()).filter(Boolean) });
    if (action === 'close') await mutations.close.mutateAsync({ r: report, comment: v.comment?.trim() || undefined });
    if (action === 'return') await mutations.return.mutateAsync({ r: report, comment: v.comment!.trim() });
  };

  return (
    <FormModal
      open={action !== null}
      title={action ? titles[action] : ''}
      width={action === 'fileHandling' ? 680 : 520}
      okText={messages.common.submit}
      danger={action === 'return'}
      form={form}
      fields={['report', 'measures', 'comment']}
      conflict={disposalDetailMessages.versionConflict}
      submit={submit}
      success={action ? done[action] : undefined}
      onClose={onClose}
    >
      {action === 'fileHandling' ? (
        <>
          <Form.Item name="measures" label={m.handlingMeasures} extra={m.handlingMeasuresHelp} rules={[{ required: true, type: 'array', min: 1, message: m.handlingMeasuresRequired }]}>
            <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={['，', ',', '；', ';']} />
          </Form.Item>
          <Form.Item name="report" label={m.handlingReport} rules={[{ required: true, whitespace: true, min: 10, message: m.handlingReportRequired }]}>
            <Input.TextArea rows={6} maxLength={5000} showCount />
          </Form.Item>
        </>
      ) : (
        <Form.Item
          name="comment"
          label={action === 'return' ? m.returnComment : m.closeComment}
          rules={action === 'return' ? [{ required: true, whitespace: true, message: m.returnCommentRequired }] : []}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      )}
    </FormModal>
  );
}
