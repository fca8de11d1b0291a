/**
 * 录入/更正检验结果. Sends the version the user saw; if someone else saved in between (409), says
 * so and keeps what was typed, and the next submit carries the fresh version.
 */
import { Col, Form, Input, Row } from 'antd';
import { useEffect } from 'react';
import { FormModal } from '../../../components/FormModal';
import { sampleDetailMessages, sampleFormMessages } from '../messages';
import { ResultItemsList } from '../form/ResultItemsList';
import { itemFieldPatterns, text, toItemInputs, type ItemValues } from '../form/sample-form';
import { useRecordResults, type SampleDetail } from '../samples-api';

const m = sampleDetailMessages;
const f = sampleFormMessages;
const fields = ['labName', 'reportNo', 'items', ...itemFieldPatterns];

interface Values {
  labName?: string;
  reportNo?: string;
  items: ItemValues[];
}

export function RecordResultsModal({ sample, open, onClose }: { sample: SampleDetail; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const record = useRecordResults(sample.id);

  // After FormModal's reset on opening (a child's effect runs first).
  useEffect(() => {
    if (!open) return;
    form.setFieldsValue({
      labName: sample.labName ?? '',
      reportNo: sample.reportNo ?? '',
      items: sample.items.length
        ? sample.items.map((i) => ({ itemName: i.itemName, resultText: i.resultText, unit: i.unit ?? '', limitText: i.limitText ?? '', standard: i.standard ?? '' }))
        : [{}],
    });
    // Only when opened: a refetch after a conflict must not wipe what the user typed.
  }, [open]);

  const submit = async (v: Values) => {
    await record.mutateAsync({ version: sample.version, labName: text(v.labName), reportNo: text(v.reportNo), items: toItemInputs(v.items) });
  };

  return (
    <FormModal
      open={open}
      title={sample.items.length ? m.correctResults : m.recordResults}
      width={1000}
      form={form}
      fields={fields}
      conflict={m.versionConflict}
      submit={submit}
      success={m.resultsSaved}
      onClose={onClose}
    >
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
    </FormModal>
  );
}
