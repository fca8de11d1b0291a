/**
 * 录入/更正检验结果. Sends the version the user saw; if someone else saved in between (409
 * VERSION_CONFLICT), says so and keeps what was typed, and the next submit carries the fresh
 * version. Other refusals (e.g. results made final by a retest) show the server's message.
 */
import { App, Col, Form, Input, Row } from 'antd';
import { useEffect, useState } from 'react';
import { FormModal } from '../../../components/FormModal';
import { applyFieldErrors, isVersionConflict, otherFieldErrors } from '../../../lib/form-errors';
import { messages } from '../../../messages';
import { ResultItemsList } from '../form/ResultItemsList';
import { itemFieldPatterns, text, toItemInputs, type ItemValues } from '../form/sample-form';
import { useRecordResults, type SampleDetail } from '../samples-api';

const m = messages.sampleDetail;
const f = messages.sampleForm;
const fields = ['labName', 'reportNo', 'items', ...itemFieldPatterns];

interface Values {
  labName?: string;
  reportNo?: string;
  items: ItemValues[];
}

export function RecordResultsModal({ sample, open, onClose }: { sample: SampleDetail; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const record = useRecordResults(sample.id);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setProblem(null);
    form.resetFields();
    form.setFieldsValue({
      labName: sample.labName ?? '',
      reportNo: sample.reportNo ?? '',
      items: sample.items.length
        ? sample.items.map((i) => ({ itemName: i.itemName, resultText: i.resultText, unit: i.unit ?? '', limitText: i.limitText ?? '', standard: i.standard ?? '' }))
        : [{}],
    });
    // Only when opened: a refetch after a conflict must not wipe what the user typed.
  }, [open]);

  const onFinish = async (v: Values) => {
    setProblem(null);
    try {
      await record.mutateAsync({ version: sample.version, labName: text(v.labName), reportNo: text(v.reportNo), items: toItemInputs(v.items) });
      message.success(m.resultsSaved);
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
    <FormModal
      open={open}
      title={sample.items.length ? m.correctResults : m.recordResults}
      width={1000}
      pending={record.isPending}
      problem={problem}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<Values> form={form} layout="vertical" onFinish={onFinish}>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="labName" label={f.labName}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="reportNo" label={f.reportNo}>
              <Input maxLength={64} />
            </Form.Item>
          </Col>
        </Row>
        <ResultItemsList />
      </Form>
    </FormModal>
  );
}
