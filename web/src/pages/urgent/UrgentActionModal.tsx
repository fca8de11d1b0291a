/**
 * The forms of a report's actions: 报送处置情况 (report and measures), 办结 (an optional comment),
 * 退回 (a reason is required). Each sends the version the user saw.
 */
import { App, Form, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { FormModal } from '../../components/FormModal';
import { formProblem } from '../../lib/form-errors';
import { messages } from '../../messages';
import { useUrgentMutations, type UrgentDetail } from './urgent-api';

const m = messages.urgent;

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
  const { message } = App.useApp();
  const mutations = useUrgentMutations();
  const [problem, setProblem] = useState<string | null>(null);
  const pending = mutations.fileHandling.isPending || mutations.close.isPending || mutations.return.isPending;

  useEffect(() => {
    if (!action) return;
    setProblem(null);
    form.resetFields();
    if (action === 'fileHandling') form.setFieldsValue({ report: report.handlingReport ?? '', measures: report.measures });
    // Only when opened: keep what was typed across a refetch.
  }, [action]);

  const onFinish = async (v: Values) => {
    if (!action) return;
    setProblem(null);
    try {
      if (action === 'fileHandling') await mutations.fileHandling.mutateAsync({ r: report, report: v.report!.trim(), measures: (v.measures ?? []).map((s) => s.trim()).filter(Boolean) });
      if (action === 'close') await mutations.close.mutateAsync({ r: report, comment: v.comment?.trim() || undefined });
      if (action === 'return') await mutations.return.mutateAsync({ r: report, comment: v.comment!.trim() });
      message.success(done[action]);
      onClose();
    } catch (error) {
      setProblem(formProblem(form, error, ['report', 'measures', 'comment'], messages.disposalDetail.versionConflict));
    }
  };

  return (
    <FormModal
      open={action !== null}
      title={action ? titles[action] : ''}
      width={action === 'fileHandling' ? 680 : 520}
      okText={messages.common.submit}
      danger={action === 'return'}
      pending={pending}
      problem={problem}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<Values> form={form} layout="vertical" onFinish={onFinish}>
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
      </Form>
    </FormModal>
  );
}
