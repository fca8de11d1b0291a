/** 移送司法机关 (食品安全法 art. 121): date, receiving organ, 移送书 number and the suspected crime. */
import { Alert, Col, DatePicker, Form, Input, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { FormModal } from '../../components/FormModal';
import { casesMessages } from './messages';
import { useCaseMutations, type CaseDetail } from './cases-api';
import { isAfterToday, todayForPicker } from '../../lib/time';

const m = casesMessages;
const fields = ['transferredOn', 'organ', 'documentNo', 'reason'];

interface Values {
  transferredOn?: Dayjs | null;
  organ?: string;
  documentNo?: string;
  reason?: string;
}

export function TransferModal({ c, open, onClose }: { c: CaseDetail; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { transfer } = useCaseMutations();

  // After FormModal's reset on opening (a child's effect runs first).
  useEffect(() => {
    if (!open) return;
    form.setFieldsValue({ transferredOn: todayForPicker() });
  }, [open, form]);

  const submit = async (v: Values) => {
    await transfer.mutateAsync({
      id: c.id,
      body: { version: c.version, transferredOn: v.transferredOn?.format('YYYY-MM-DD') ?? '', organ: (v.organ ?? '').trim(), documentNo: (v.documentNo ?? '').trim(), reason: (v.reason ?? '').trim() },
    });
  };

  return (
    <FormModal
      open={open}
      title={m.transferTitle}
      width={680}
      form={form}
      fields={fields}
      conflict={m.versionConflict}
      formProps={{ name: 'caseTransfer' }}
      submit={submit}
      success={m.transferDone}
      onClose={onClose}
    >
      <Alert type="info" showIcon title={m.transferNote} style={{ marginBottom: 16 }} />
      <Row gutter={16}>
        <Col xs={24} md={10}>
          <Form.Item name="transferredOn" label={m.transferredOn} rules={[{ required: true, message: m.transferredOnRequired }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => isAfterToday(d) || d.isBefore(dayjs(c.filedOn), 'day')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={14}>
          <Form.Item name="documentNo" label={m.transferDocumentNo} rules={[{ required: true, whitespace: true, min: 2, message: m.transferDocumentNoRequired }]}>
            <Input maxLength={64} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="organ" label={m.organ} rules={[{ required: true, whitespace: true, min: 2, message: m.organRequired }]}>
        <Input maxLength={200} placeholder={m.organPlaceholder} />
      </Form.Item>
      <Form.Item name="reason" label={m.reason} rules={[{ required: true, whitespace: true, min: 2, message: m.reasonRequired }]}>
        <Input.TextArea rows={4} maxLength={5000} showCount />
      </Form.Item>
    </FormModal>
  );
}
